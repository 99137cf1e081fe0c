// @module-tag dist
/**
 * Prototype pollution, aliasing and frozen inputs, through every entry point.
 *
 * - `__proto__`, `constructor` and `prototype` keys — as JSON text (JSON.parse makes them own properties) and as
 *   objects — at every object of a report: `validateReport`, the zod schema, the io-ts codec and the JSON Schema
 *   (ajv) all reject them (no silent pass), and nothing anywhere adds a property to `Object.prototype`. The
 *   checked entry points (check, continuity, sum, totals, render), which take validated reports, pollute
 *   nothing even when handed such objects unvalidated. The parser and the CLI read them as text and data only.
 * - Outputs never alias inputs: `sumReports`, `withTotals`, `parseReport` and `checkReport` results share no
 *   object with their inputs (or options).
 * - Deep-frozen inputs work everywhere (and are proof that nothing writes to them).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadText } from "../../src/cli/input.js";
import {
  checkContinuity,
  checkReport,
  type Report,
  renderReport,
  renderTable,
  reportSchema,
  sumReports,
  tableKeys,
  validateReport,
  withTotals,
} from "../../src/index.js";
import { ReportCodec } from "../../src/io-ts.js";
import { parseReport } from "../../src/parse.js";
import { reportJsonSchema } from "../../src/schema.js";
import { ReportSchema } from "../../src/zod.js";
import {
  deepFreeze,
  isDeepFrozen,
  isPolluted,
  objectsOf,
  pollutionMarker,
  prototypeSnapshot,
  sharedObjects,
} from "./support/objects.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const read = (name: string) =>
  JSON.parse(readFileSync(join(root, "examples", name), "utf8")) as Record<string, unknown>;
const seeds = { "2021": read("lianzhou-2023.json"), "2019": read("example-2019.json") };
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajvValidate = addFormats(new Ajv2020({ strict: true, allErrors: true })).compile(reportJsonSchema);

const dangerousKeys = ["__proto__", "constructor", "prototype"] as const;
/** What a polluting payload puts under a dangerous key: enough for `__proto__` and for `constructor.prototype`. */
const payload = () => ({ [pollutionMarker]: "yes", prototype: { [pollutionMarker]: "yes" } });

/** Paths of every plain object in a report (the root included). */
function objectPaths(x: unknown, path: string[] = []): string[][] {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return [];
  return [path, ...Object.entries(x).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

/** A copy of `report` with `key` defined as an own property (as JSON.parse would) on the object at `path`. */
function withKey(report: Record<string, unknown>, path: readonly string[], key: string): Record<string, unknown> {
  const copy = structuredClone(report);
  let node: Record<string, unknown> = copy;
  for (const k of path) node = node[k] as Record<string, unknown>;
  Object.defineProperty(node, key, { value: payload(), enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Every case: an edition, the object's path, the key; as an object and as JSON text. */
const cases = Object.entries(seeds).flatMap(([edition, seed]) =>
  objectPaths(seed).flatMap((path) =>
    dangerousKeys.map((key) => {
      const object = withKey(seed, path, key);
      return {
        name: `${edition} ${path.join(".") || "(root)"} + ${key}`,
        object,
        text: JSON.stringify(object),
        path,
        key,
      };
    }),
  ),
);

const before = prototypeSnapshot();
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-pollution-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  // whatever ran above, the built-in prototypes are as they were
  expect(isPolluted()).toBe(false);
  expect(prototypeSnapshot()).toEqual(before);
});

describe("dangerous keys are rejected by every validator, as JSON text and as objects", () => {
  it("the JSON text really carries them as own properties (the payload is live)", () => {
    const parsed = JSON.parse(cases[0]?.text ?? "") as object;
    expect(Object.hasOwn(parsed, "__proto__")).toBe(true);
    // and the probe sees pollution when there is some
    (Object.prototype as Record<string, unknown>)[pollutionMarker] = "yes";
    expect(isPolluted()).toBe(true);
    delete (Object.prototype as Record<string, unknown>)[pollutionMarker];
    expect(isPolluted()).toBe(false);
  });

  it(`validateReport, reportSchema, zod, io-ts and the JSON Schema: ${cases.length} cases, each rejected with the key named`, () => {
    const passed: string[] = [];
    for (const c of cases) {
      for (const [form, input] of [
        ["object", c.object],
        ["JSON", JSON.parse(c.text) as unknown],
      ] as const) {
        const v = validateReport(input);
        if (v.ok) passed.push(`${c.name} (${form}): validateReport`);
        else if (!v.issues.some((i) => i.code === "unknown_key" && i.message.en.includes(c.key)))
          passed.push(`${c.name} (${form}): issue does not name the key`);
        if (!("issues" in reportSchema["~standard"].validate(input))) passed.push(`${c.name} (${form}): reportSchema`);
        if (ReportSchema.safeParse(input).success) passed.push(`${c.name} (${form}): zod`);
        if (ReportCodec.decode(input)._tag === "Right") passed.push(`${c.name} (${form}): io-ts`);
        if (ajvValidate(input)) passed.push(`${c.name} (${form}): JSON Schema`);
      }
    }
    expect(passed).toEqual([]);
    expect(isPolluted()).toBe(false);
  });

  it("an object whose prototype carries the report's keys, or a polluted one, is not a report", () => {
    for (const seed of Object.values(seeds)) {
      const inherited = Object.create(structuredClone(seed)) as object;
      const polluted = Object.assign(Object.create({ [pollutionMarker]: "yes" }) as object, structuredClone(seed));
      for (const input of [inherited, polluted]) {
        expect(validateReport(input).ok).toBe(false);
        expect(ReportSchema.safeParse(input).success).toBe(false);
        expect(ReportCodec.decode(input)._tag).toBe("Left");
      }
    }
  });

  it("the checked entry points, handed such objects unvalidated, pollute nothing; their outputs have ordinary prototypes", () => {
    cases.forEach((c, i) => {
      const input = c.object as unknown as Report;
      const run = (f: () => unknown): unknown => {
        try {
          return f();
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          return undefined;
        }
      };
      const outputs = [
        run(() => checkReport(input, { includePassed: true })),
        run(() => checkContinuity(input, input)),
        run(() => sumReports([input, input], { organ: "某市" })),
        run(() => withTotals(input)),
        run(() => renderReport(input, { format: (["text", "markdown", "html"] as const)[i % 3] ?? "text" })),
      ];
      const odd = [...objectsOf(outputs)].filter(
        (o) => ![Object.prototype, Array.prototype, null].includes(Object.getPrototypeOf(o)),
      );
      expect(odd, c.name).toEqual([]);
      const sum = outputs[2] as ReturnType<typeof sumReports> | undefined;
      // the roll-up is built from the descriptors: it never carries a key of its inputs
      if (sum?.ok === true) expect(validateReport(sum.value).ok, c.name).toBe(true);
    });
    expect(isPolluted()).toBe(false);
  });
});

describe("the parser reads dangerous words as text", () => {
  const words = [...dangerousKeys, "__defineGetter__", "hasOwnProperty", "toString", "valueOf", "__lookupGetter__"];
  const sources = Object.values(seeds).flatMap((seed) =>
    (["text", "markdown", "html"] as const).map((format) => renderReport(seed as unknown as Report, { format })),
  );

  it("as organ, title, table labels, header cells, figures and HTML attributes: no pollution, ordinary objects, no internal error", () => {
    for (const source of sources) {
      for (const word of words) {
        const variants = [
          source.replace(/连州市人民政府办公室|某[^\s|<]{0,12}(局|政府|办公室)/, word),
          source.replace(/自然人/g, word),
          source.replace(/行政复议/g, word),
          source.replace(/(\d+)(?=\s*\|)/, word),
          source.replace(/<td /g, `<td ${word}="1" `),
          `${word}\n${source}\n${word}`,
        ];
        for (const input of variants) {
          const result = parseReport(input);
          expect(result.diagnostics.filter((d) => d.code === "internal")).toEqual([]);
          const odd = [...objectsOf(result)].filter(
            (o) => ![Object.prototype, Array.prototype].includes(Object.getPrototypeOf(o)),
          );
          expect(odd).toEqual([]);
          if (result.report !== null) expect(Object.keys(result.report)).not.toContain(word);
        }
      }
    }
    expect(isPolluted()).toBe(false);
  });
});

describe("the command line", () => {
  it("reads JSON with dangerous keys as invalid data (in process: loadText), naming the key", () => {
    for (const c of cases) {
      const loaded = loadText(c.text);
      expect(loaded.ok, c.name).toBe(false);
      if (!loaded.ok) {
        expect(loaded.code).toBe("invalid");
        expect((loaded.details ?? []).join("\n")).toContain(c.key);
      }
    }
    expect(isPolluted()).toBe(false);
  });

  it("through the built binary: a folder of polluting files gives one 'invalid' line each, exit 2", () => {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
    const folder = join(dir, "polluting");
    mkdirSync(folder);
    const picked = cases.filter((_, i) => i % 7 === 0);
    picked.forEach((c, i) => {
      writeFileSync(join(folder, `${String(i).padStart(3, "0")}.json`), c.text);
    });
    const r = spawnSync(process.execPath, [cli, "check", "--json", folder], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(r.status).toBe(2);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { ok: boolean; error?: { code: string } });
    expect(lines).toHaveLength(picked.length);
    for (const l of lines) expect(l).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(r.stderr).not.toContain("internal error");
  });
});

describe("outputs never alias inputs", () => {
  const [a, b] = [seeds["2021"], seeds["2021"]].map((s) => structuredClone(s) as unknown as Report) as [Report, Report];

  it("sumReports: the roll-up shares no object with the reports or the options", () => {
    const options = { organ: "连州市人民政府", title: "汇总" };
    const result = sumReports([a, b], options);
    expect(result.ok).toBe(true);
    expect(sharedObjects(result, [a, b, options])).toEqual([]);
  });

  it("withTotals: the copy shares no object with the report", () => {
    expect(sharedObjects(withTotals(a), a)).toEqual([]);
  });

  it("checkReport and checkContinuity: findings share no object with the reports", () => {
    const previous = { ...structuredClone(a), year: a.year - 1 } as Report;
    expect(sharedObjects(checkReport(a, { includePassed: true }), a)).toEqual([]);
    expect(sharedObjects(checkContinuity(previous, a, { includePassed: true }), [previous, a])).toEqual([]);
  });

  it("parseReport: the result shares no object with the options, nor with another parse of the same text", () => {
    const text = readFileSync(join(root, "tests", "fixtures", "lianzhou-2023.txt"), "utf8");
    const options = { organ: "连州市人民政府办公室", year: 2023 };
    const first = parseReport(text, options);
    expect(first.report).not.toBeNull();
    expect(sharedObjects(first, options)).toEqual([]);
    expect(sharedObjects(first, parseReport(text, options))).toEqual([]);
  });
});

describe("deep-frozen inputs work everywhere", () => {
  const frozen = Object.values(seeds).map((s) => deepFreeze(structuredClone(s)) as unknown as Report);

  it("validate, reportSchema, zod, io-ts, JSON Schema", () => {
    for (const r of frozen) {
      expect(isDeepFrozen(r)).toBe(true);
      expect(validateReport(r)).toEqual({ ok: true, value: r });
      expect("issues" in reportSchema["~standard"].validate(r)).toBe(false);
      expect(ReportSchema.safeParse(r).success).toBe(true);
      expect(ReportCodec.decode(r)._tag).toBe("Right");
      expect(ajvValidate(r)).toBe(true);
    }
  });

  it("check, continuity, sum, totals, render — with frozen options too", () => {
    for (const r of frozen) {
      const options = deepFreeze({ lang: "en" as const, includePassed: true, exclude: ["N."] });
      expect(checkReport(r, options).findings.length).toBeGreaterThan(0);
      const previous = deepFreeze({ ...structuredClone(r), year: r.year - 1 }) as Report;
      expect(checkContinuity(previous, r, options).findings.length).toBeGreaterThan(0);
      const sum = sumReports(deepFreeze([r, r]), deepFreeze({ organ: "某市" }));
      expect(sum.ok).toBe(true);
      expect(validateReport(withTotals(r)).ok).toBe(true);
      for (const format of ["text", "markdown", "html"] as const) {
        expect(renderReport(r, deepFreeze({ format }))).toContain(r.organ);
        for (const t of tableKeys) expect(renderTable(r, t, deepFreeze({ format })).length).toBeGreaterThan(0);
      }
      expect(isDeepFrozen(r)).toBe(true);
    }
  });

  it("parseReport with frozen options", () => {
    const text = renderReport(frozen[0] as Report, { format: "text" });
    const result = parseReport(text, deepFreeze({ format: "text" as const, organ: "某机关", year: 2023 }));
    expect(result.report?.organ).toBe((frozen[0] as Report).organ);
  });
});
