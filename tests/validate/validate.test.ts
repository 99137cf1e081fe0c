import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellsOf, createReportSchema, type Edition, isReport, reportSchema, validateReport } from "../../src/index.js";
import { arbReport, arbReportOf } from "../support/arb.js";
import { runs } from "../support/runs.js";

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const seed = readJson("../../examples/lianzhou-2023.json") as Record<string, unknown>;
const example2019 = readJson("../../examples/example-2019.json") as Record<string, unknown>;
const expected = readJson("../fixtures/lianzhou-2023.expected.json") as Record<string, unknown>;

const clone = <T>(x: T): T => structuredClone(x);

function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe("the bundled examples", () => {
  it("the 连州市 2023 report validates", () => {
    const result = validateReport(seed);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
  it("its tables and metadata equal the expected data", () => {
    for (const key of Object.keys(expected)) expect(seed[key], key).toEqual(expected[key]);
  });
  it("the 2019-edition example validates", () => {
    const result = validateReport(example2019);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe("validateReport on valid reports", () => {
  it("accepts every report generated from the descriptors, returning the input itself, unmutated", () => {
    fc.assert(
      fc.property(arbReport, (report) => {
        const before = JSON.stringify(report);
        const result = validateReport(report);
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(result.ok && result.value).toBe(report);
        expect(JSON.stringify(report)).toBe(before);
      }),
      { numRuns: runs(200) },
    );
  });
  it("accepts frozen inputs and null-prototype objects", () => {
    expect(validateReport(deepFreeze(clone(seed))).ok).toBe(true);
    const bare = JSON.parse(JSON.stringify(seed), (_k, v) =>
      typeof v === "object" && v !== null && !Array.isArray(v) ? Object.assign(Object.create(null), v) : v,
    );
    expect(validateReport(bare).ok).toBe(true);
  });
  it("accepts blank (null) cells", () => {
    const r = clone(seed) as { applications: { results: { total: { naturalPerson: number | null } } } };
    r.applications.results.total.naturalPerson = null;
    expect(validateReport(r).ok).toBe(true);
  });
});

type Mutable = Record<string, unknown>;

function at(root: unknown, segments: readonly string[]): Mutable {
  let node = root as unknown as Mutable;
  for (const s of segments) node = node[s] as unknown as Mutable;
  return node;
}

/** Paths of every object node of a report (records, groups, tables, sections). */
function objectPaths(x: unknown, prefix: string[] = []): string[][] {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return [];
  return [prefix, ...Object.entries(x).flatMap(([k, v]) => objectPaths(v, [...prefix, k]))];
}

const valueMutations = [
  { name: "negative", fits: (k: string) => k !== "signed" && k !== "unit", value: -1, code: "negative" },
  { name: "fractional", fits: (k: string) => k === "count" || k === "signed", value: 1.5, code: "not_integer" },
  { name: "NaN", fits: (k: string) => k !== "unit", value: Number.NaN, code: "not_finite" },
  { name: "Infinity", fits: (k: string) => k !== "unit", value: Number.POSITIVE_INFINITY, code: "not_finite" },
  { name: "huge", fits: (k: string) => k === "count" || k === "signed", value: 2 ** 53, code: "unsafe_integer" },
  { name: "string", fits: () => true, value: "1", code: undefined },
  { name: "boolean", fits: () => true, value: true, code: "invalid_type" },
  { name: "object", fits: () => true, value: {}, code: undefined },
] as const;

describe("validateReport rejects each single mutation with an issue at the mutated cell", () => {
  for (const edition of ["2021", "2019"] as Edition[]) {
    const cells = cellsOf(edition);
    it(`${edition}: a wrong value in any cell`, () => {
      fc.assert(
        fc.property(
          arbReportOf(edition),
          fc.nat(cells.length - 1),
          fc.constantFrom(...valueMutations),
          (report, index, mutation) => {
            const cell = cells[index];
            if (cell === undefined || !mutation.fits(cell.field.kind)) return;
            const r = clone(report);
            at(r, cell.segments.slice(0, -1))[cell.field.key] = mutation.value;
            const result = validateReport(r);
            expect(result.ok).toBe(false);
            if (result.ok) return;
            const hit = result.issues.filter((i) => i.path.join(".") === cell.path);
            expect(hit.length).toBe(1);
            if (mutation.code !== undefined) expect(hit[0]?.code).toBe(mutation.code);
            expect(hit[0]?.message.zh).toContain(cell.name.zh);
            expect(result.issues.length).toBe(1);
          },
        ),
        { numRuns: runs(300) },
      );
    });
    it(`${edition}: a dropped key anywhere`, () => {
      fc.assert(
        fc.property(arbReportOf(edition), fc.nat(), (report, pick) => {
          const r = clone(report) as unknown as Mutable;
          const keys = objectPaths(r).flatMap((p) =>
            Object.keys(at(r, p))
              .filter((k) => !(p.length === 0 && ["title", "preamble", "sections"].includes(k)))
              .map((k) => [...p, k]),
          );
          const path = keys[pick % keys.length] as string[];
          delete at(r, path.slice(0, -1))[path[path.length - 1] as string];
          const result = validateReport(r);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          const hit = result.issues.find((i) => i.path.join(".") === path.join("."));
          expect(hit?.code).toBe(path.join(".") === "edition" ? "invalid_edition" : "missing_key");
        }),
        { numRuns: runs(300) },
      );
    });
    it(`${edition}: an added key anywhere`, () => {
      fc.assert(
        fc.property(
          arbReportOf(edition),
          fc.nat(),
          fc.constantFrom("extra", "__proto__", "constructor", "总计2"),
          (report, pick, key) => {
            const r = clone(report) as unknown as Mutable;
            const paths = objectPaths(r);
            const path = paths[pick % paths.length] as string[];
            Object.defineProperty(at(r, path), key, { value: 0, enumerable: true, configurable: true, writable: true });
            const result = validateReport(r);
            expect(result.ok).toBe(false);
            if (result.ok) return;
            expect(result.issues.find((i) => i.path.join(".") === [...path, key].join("."))?.code).toBe("unknown_key");
          },
        ),
        { numRuns: runs(300) },
      );
    });
  }
  it("a report whose edition is swapped: the tables do not fit, and the issue says which edition they fit", () => {
    fc.assert(
      fc.property(arbReport, (report) => {
        const r = { ...clone(report), edition: report.edition === "2021" ? "2019" : "2021" };
        const result = validateReport(r);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const mismatched = result.issues.filter((i) => i.code === "edition_mismatch").map((i) => i.path[0]);
        expect(mismatched).toEqual(["proactive", "applications"]);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe("validateReport on junk and edge cases", () => {
  it.each([null, undefined, 0, "report", [], [seed], true])("rejects %p without throwing", (input) => {
    const result = validateReport(input);
    expect(result.ok).toBe(false);
  });
  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        const result = validateReport(input);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: runs(300) },
    );
  });
  it("an unknown edition", () => {
    const result = validateReport({ ...seed, edition: "2020" });
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[["edition"], "invalid_edition"]]);
  });
  it("an impossible date, a fractional year, an empty organ", () => {
    const result = validateReport({ ...seed, publishedOn: "2023-02-29", year: 2023.5, organ: " " });
    expect(result.ok ? [] : result.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["organ", "invalid_value"],
      ["year", "invalid_value"],
      ["publishedOn", "invalid_date"],
    ]);
  });
  it("__proto__ from JSON text is an unknown key and pollutes nothing", () => {
    const text = JSON.stringify(seed).replace('"organ"', '"__proto__":{"polluted":1},"organ"');
    const result = validateReport(JSON.parse(text));
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["unknown_key"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("an object whose prototype carries the cells does not pass", () => {
    const { applications, ...rest } = clone(seed) as unknown as Mutable;
    const sneaky = Object.assign(Object.create({ applications }), rest);
    expect(validateReport(sneaky).ok).toBe(false);
  });
  it("a throwing getter or proxy is reported, not thrown", () => {
    const r = clone(seed) as unknown as Mutable;
    Object.defineProperty(r, "organ", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const result = validateReport(r);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["unreadable"]);
    expect(isReport(r)).toBe(false);
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
        get: () => {
          throw new Error("trap");
        },
      },
    );
    expect(validateReport(proxy).ok).toBe(false);
  });
  it("messages name the cell by its official label, in both languages", () => {
    const r = clone(seed) as unknown as Mutable;
    at(r, ["applications", "results", "notDisclosed", "stateSecret"]).naturalPerson = -1;
    at(r, ["reviewLitigation", "litigationDirect"]).total = 1.5;
    const result = validateReport(r);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        {
          "en": "Table 3 (3) Not disclosed / 1. State secret · Natural persons must be a non-negative integer or null; negative: -1",
          "zh": "「表三（三）不予公开 1.属于国家秘密·自然人」应为非负整数或空白（null），不能为负数：-1",
        },
        {
          "en": "Table 4 Administrative litigation / Suits filed without prior reconsideration · Total must be a non-negative integer or null; not an integer: 1.5",
          "zh": "「表四 行政诉讼 未经复议直接起诉·总计」应为非负整数或空白（null），不是整数：1.5",
        },
      ]
    `);
  });
});

describe("reportSchema (Standard Schema V1)", () => {
  it("returns the value or issues with paths", () => {
    const ok = reportSchema["~standard"].validate(seed);
    expect(ok).toEqual({ value: seed });
    const bad = reportSchema["~standard"].validate({ ...seed, year: "2023" });
    expect(bad).toMatchObject({ issues: [{ path: ["year"] }] });
    expect(reportSchema["~standard"].vendor).toBe("zfxxgk");
  });
  it("speaks English on request", () => {
    const bad = createReportSchema({ lang: "en" })["~standard"].validate({ ...seed, year: "2023" });
    expect(bad).toMatchObject({ issues: [{ message: expect.stringMatching(/^year must be an integer/) }] });
  });
});
