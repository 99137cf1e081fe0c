// @module-tag dist
/**
 * Limits: numbers at the edges of a double, strings of 10 MB, JSON nested 10,000 deep, HTML with 100,000 nested
 * tags, files too large, and a folder of many files — each gives a clear error or a correct result, in bounded
 * time and memory. (The soak, `npm run fuzz`, measures the bigger ones — 100,000 files, 10 MB of junk on one
 * line, 100,000 nested tables — and writes the figures to docs/reliability.md.) No assertion here is timed.
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CellEntry,
  cellsOf,
  checkReport,
  type Edition,
  editionKeys,
  type Report,
  readCell,
  renderReport,
  sumReports,
  validateReport,
  withTotals,
} from "../../src/index.js";
import { ReportCodec } from "../../src/io-ts.js";
import { parseReport } from "../../src/parse.js";
import { reportJsonSchema } from "../../src/schema.js";
import { ReportSchema } from "../../src/zod.js";
import { checkProblem, controlProblem, parseProblem, sumProblem, validationProblem } from "./support/shapes.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
/** A valid example of each edition, from examples/ (each edition ships one; lianzhou-2023.json for 2021). */
const seeds: Record<string, Report> = Object.fromEntries(
  ["lianzhou-2023.json", ...readdirSync(join(root, "examples")).sort()]
    .map((f) => JSON.parse(readFileSync(join(root, "examples", f), "utf8")) as Report)
    .filter((r) => validateReport(r).ok && checkReport(r).ok)
    .reverse()
    .map((r) => [r.edition, r]),
);
const seedText = readFileSync(join(root, "tests", "fixtures", "lianzhou-2023.txt"), "utf8");
const expected = JSON.parse(
  readFileSync(join(root, "tests", "fixtures", "lianzhou-2023.expected.json"), "utf8"),
) as Report;
const ajvValidate = new Ajv2020({ strict: true, validateFormats: false }).compile(reportJsonSchema);

let dir = "";
beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-limits-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
}

/** A copy of `report` with `value` at `segments`. */
function setCell(report: Report, segments: readonly string[], value: unknown): Report {
  const copy = structuredClone(report) as unknown as Record<string, unknown>;
  let node = copy;
  for (const s of segments.slice(0, -1)) node = node[s] as Record<string, unknown>;
  node[segments[segments.length - 1] as string] = value;
  return copy as unknown as Report;
}

/** The first cell of each kind in an edition (from the descriptors). */
function cellOfKind(edition: Edition, kind: CellEntry["field"]["kind"]): CellEntry | undefined {
  return cellsOf(edition).find((c) => c.field.kind === kind && c.field.total !== true && c.record.node.total !== true);
}

describe("numbers at the edges", () => {
  const max = Number.MAX_SAFE_INTEGER;
  // [kind, value, accepted, issue code when rejected]
  const table: [CellEntry["field"]["kind"], number, boolean, string?][] = [
    ["count", max, true],
    ["count", max + 1, false, "unsafe_integer"],
    ["count", max + 3, false, "unsafe_integer"],
    ["count", -0, true],
    ["count", 1e308, false, "unsafe_integer"],
    ["count", Number.MAX_VALUE, false, "unsafe_integer"],
    ["count", Number.MIN_VALUE, false, "not_integer"],
    ["count", -1, false, "negative"],
    ["count", Number.POSITIVE_INFINITY, false],
    ["count", Number.NaN, false],
    ["amount", 1e308, true],
    ["amount", Number.MAX_VALUE, true],
    ["amount", Number.MIN_VALUE, true],
    ["amount", -0, true],
    ["amount", -1e308, false, "negative"],
    ["amount", Number.POSITIVE_INFINITY, false],
    ["amount", Number.NaN, false],
    ["signed", -max, true],
    ["signed", -max - 2, false, "unsafe_integer"],
    ["signed", -0, true],
  ];

  it.each(table)(
    "%s %d: accepted=%s; accepted values check, render and sum; rejected ones say why",
    (kind, value, accepted, code) => {
      for (const edition of editionKeys) {
        const cell = cellOfKind(edition, kind);
        if (cell === undefined) continue; // signed columns exist in the 2019 edition only
        const report = setCell(seeds[edition] as Report, cell.segments, value);
        const result = validateReport(report);
        expect(validationProblem(report, result)).toBeUndefined();
        expect(result.ok, `${edition} ${cell.path}`).toBe(accepted);
        if (!result.ok) {
          const issue = result.issues.find((i) => i.path.join(".") === cell.path);
          expect(issue, cell.path).toBeDefined();
          if (code !== undefined) expect(issue?.code).toBe(code);
          expect(ReportSchema.safeParse(report).success).toBe(false);
          expect(ReportCodec.decode(report)._tag).toBe("Left");
          continue;
        }
        expect(
          checkProblem(checkReport(report, { includePassed: true }), { lang: "zh", includePassed: true, edition }),
        ).toBeUndefined();
        for (const format of ["text", "markdown", "html"] as const) {
          const text = renderReport(report, { format });
          expect(text).not.toMatch(/Infinity|NaN|e\+\d|e-\d/);
          expect(controlProblem(text, format)).toBeUndefined();
        }
        const totals = withTotals(report);
        const v = validateReport(totals);
        if (!v.ok) expect(v.issues.map((i) => i.code)).toEqual(v.issues.map(() => "unsafe_integer"));
        // the sum of two: a valid roll-up, or issues when it cannot be held (a count past 2^53, an amount past MAX_VALUE)
        const sum = sumReports([report, report], { organ: "某市" });
        expect(sumProblem(sum, report, "某市")).toBeUndefined();
        if ((kind === "count" && value === max) || (kind === "amount" && value > Number.MAX_VALUE / 2))
          expect(sum.ok).toBe(false);
      }
    },
  );

  it("as JSON text: 1e400 is Infinity (rejected), 9007199254740993 rounds (rejected as unsafe), -0 and 1E2 are numbers", () => {
    const cell = cellOfKind("2021", "count") as CellEntry;
    const json = (literal: string) =>
      JSON.stringify(setCell(seeds["2021"] as Report, cell.segments, 7)).replace(
        `"${cell.field.key}":7`,
        `"${cell.field.key}":${literal}`,
      );
    const verdict = (literal: string) => {
      const parsed = JSON.parse(json(literal)) as unknown;
      expect(readCell(parsed as Report, cell.segments), literal).not.toBe(7);
      const r = validateReport(parsed);
      return r.ok ? "ok" : (r.issues[0]?.code ?? "?");
    };
    expect(verdict("1e400")).not.toBe("ok");
    expect(verdict("-1e400")).not.toBe("ok");
    expect(verdict("9007199254740993")).toBe("unsafe_integer");
    expect(verdict("-0")).toBe("ok");
    expect(verdict("1E2")).toBe("ok");
    expect(verdict("0.5e1")).toBe("ok");
    // and through the command line
    const inf = join(dir, "infinite.json");
    writeFileSync(inf, json("1e400"));
    const r = run(["check", "--json", inf]);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: "invalid" } });
    const zero = join(dir, "minus-zero.json");
    writeFileSync(zero, json("-0"));
    expect(run(["check", zero]).status).toBe(0);
  });

  it("the parser reads no figure beyond what the model holds: huge figures are null with an error, never rounded", () => {
    const markdown = renderReport(seeds["2021"] as Report, { format: "markdown" });
    for (const huge of [
      "99999999999999999999",
      "9007199254740993",
      "1e308",
      "１２３４５６７８９０１２３４５６７８９",
    ]) {
      const result = parseReport(markdown.replace(/\| 11 \|/, `| ${huge} |`));
      expect(parseProblem(result)).toBeUndefined();
      const figures =
        result.report === null ? [] : cellsOf("2021").map((c) => readCell(result.report as Report, c.segments));
      expect(
        figures.filter((f) => typeof f === "number" && !Number.isSafeInteger(f) && f > 1e15),
        huge,
      ).toEqual([]);
      expect(
        result.diagnostics.some((d) => d.level === "error" && d.code.startsWith("cell.")),
        huge,
      ).toBe(true);
    }
  });
});

describe("strings of 10 MB", () => {
  const big = "政府信息公开".repeat((10 * 1024 * 1024) / 18); // 10 MB of UTF-8
  const report = {
    ...structuredClone(seeds["2021"] as Report),
    title: big,
    preamble: [big],
    sections: { overview: [big] },
  } as Report;

  it("validate: accepted as text; in a cell, rejected with a short message", () => {
    expect(validateReport(report).ok).toBe(true);
    const inCell = setCell(seeds["2021"] as Report, ["applications", "newReceived", "total"], big);
    const r = validateReport(inCell);
    expect(r.ok).toBe(false);
    if (!r.ok) for (const i of r.issues) expect(i.message.zh.length + i.message.en.length).toBeLessThan(1000);
    expect(checkReport(report).ok).toBe(true);
  });

  it("render: every format prints the whole text, escaped and clean", () => {
    for (const format of ["text", "markdown", "html"] as const) {
      const out = renderReport(report, { format });
      expect(out.length).toBeGreaterThan(3 * big.length);
      expect(out).toContain(big);
      expect(controlProblem(out, format)).toBeUndefined();
    }
  });

  it("parse: a published report with a 10 MB paragraph is read exactly", () => {
    const text = seedText.replace("一、总体情况", `一、总体情况\n${big}\n`);
    const result = parseReport(text);
    expect(parseProblem(result)).toBeUndefined();
    for (const key of ["proactive", "applications", "reviewLitigation"] as const)
      expect(result.report?.[key]).toEqual(expected[key]);
  });

  it("the command line refuses a file above its 64 MB limit before reading it", () => {
    const huge = join(dir, "huge.json");
    const fd = openSync(huge, "w");
    ftruncateSync(fd, 65 * 1024 * 1024); // sparse: takes no disk
    closeSync(fd);
    const refused = run(["check", "--json", huge]);
    expect(refused.status).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, error: { code: "unreadable" } });
    expect(refused.stdout).toContain("too large");
  });
});

describe("JSON nested 10,000 deep", () => {
  const depth = 10_000;
  const deepObject = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
  const deepArray = `${"[".repeat(depth)}${"]".repeat(depth)}`;
  const places = [
    [],
    ["title"],
    ["organ"],
    ["preamble"],
    ["sections"],
    ["sections", "overview"],
    ["proactive"],
    ["applications", "results"],
    ["applications", "newReceived", "total"],
    ["extra"],
  ];

  it("validate, zod, io-ts and the JSON Schema reject it wherever it is, without overflowing the stack", () => {
    for (const text of [deepObject, deepArray]) {
      for (const path of places) {
        const input: unknown =
          path.length === 0 ? JSON.parse(text) : setCell(seeds["2021"] as Report, path, JSON.parse(text));
        const result = validateReport(input);
        expect(validationProblem(input, result), path.join(".")).toBeUndefined();
        expect(result.ok).toBe(false);
        expect(ReportSchema.safeParse(input).success).toBe(false);
        expect(ReportCodec.decode(input)._tag).toBe("Left");
        expect(ajvValidate(input)).toBe(false);
      }
    }
  });

  it("the command line reports such files as invalid (and 100,000 deep too), never an internal error", () => {
    const folder = join(dir, "deep");
    mkdirSync(folder);
    const seedJson = JSON.stringify(seeds["2021"]);
    writeFileSync(join(folder, "a-root.json"), deepObject);
    writeFileSync(join(folder, "b-array.json"), deepArray);
    writeFileSync(join(folder, "c-in-title.json"), seedJson.replace(/"title":"[^"]*"/, `"title":${deepObject}`));
    writeFileSync(
      join(folder, "d-in-cell.json"),
      seedJson.replace(/"carriedOver":\{"naturalPerson":\d+/, `"carriedOver":{"naturalPerson":${deepArray}`),
    );
    writeFileSync(join(folder, "e-100k.json"), `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    const r = run(["check", "--json", folder]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain("internal error");
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { ok: boolean; error?: { code: string } });
    expect(lines.map((l) => l.error?.code)).toEqual(["invalid", "invalid", "invalid", "invalid", "invalid"]);
  });
});

describe("HTML with 100,000 nested tags", () => {
  const n = 100_000;
  const html = renderReport(seeds["2021"] as Report, { format: "html" });

  it.each(["div", "span", "blockquote"])("a report inside 100,000 nested <%s> is read exactly", (tag) => {
    const input = `${`<${tag}>`.repeat(n)}${html}${`</${tag}>`.repeat(n)}`;
    // the format is declared: detection looks at the first 200,000 characters only, and some tags do not count
    const result = parseReport(input, { format: "html" });
    expect(parseProblem(result)).toBeUndefined();
    for (const key of ["proactive", "applications", "reviewLitigation"] as const)
      expect(result.report?.[key]).toEqual(seeds["2021"]?.[key]);
  });

  it("100,000 nested tags with no report: a clear 'nothing found', no throw", () => {
    const result = parseReport(`${"<div>".repeat(n)}表三${"</div>".repeat(n)}`);
    expect(parseProblem(result)).toBeUndefined();
    expect(result.report).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toContain("input.empty");
  });
});

describe("a folder of many files (the soak walks 100,000)", () => {
  it("2,000 small files, some valid, some junk, some unreadable: one line each, in order, nothing lost", () => {
    const folder = join(dir, "many");
    mkdirSync(folder);
    const valid = JSON.stringify(seeds["2021"]);
    const names: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const name = `${String(i).padStart(5, "0")}.${i % 3 === 0 ? "txt" : "json"}`;
      names.push(name);
      writeFileSync(
        join(folder, name),
        i % 50 === 0 ? valid : i % 3 === 0 ? `垃圾 ${i}` : `{"edition":"2021","n":${i}}`,
      );
    }
    writeFileSync(join(folder, "ignored.png"), "x");
    const r = run(["check", "--json", folder]);
    expect(r.status).toBe(2);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; ok: boolean });
    expect(lines.map((l) => l.file)).toEqual(names.map((n) => join(folder, n)));
    expect(lines.filter((l) => l.ok)).toHaveLength(40);
  });
});
