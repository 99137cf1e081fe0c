import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indicatorFormula, indicators, indicatorsOf } from "../../src/assess.js";
import type { Report } from "../../src/index.js";
import { arbConsistent } from "../checks/support.js";
import { runs } from "../support/runs.js";

const readJson = (path: string): Report => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Report;
const seed = readJson("../../examples/lianzhou-2023.json");
// biome-ignore lint/suspicious/noExplicitAny: tests edit reports loosely, as JSON
type Mutable = Record<string, any>;
const byId = (report: Report, options?: Parameters<typeof indicatorsOf>[1]) =>
  Object.fromEntries(indicatorsOf(report, options).map((v) => [v.id, v]));

describe("indicatorsOf on the seed (连州市人民政府办公室 2023)", () => {
  it("computes the request rates by hand from 表三", () => {
    // 表三: 新收 11, 上年结转 0; 予以公开 0, 部分公开 0, 不予公开 0, 无法提供 4 (本机关不掌握), 不予处理 7
    // (重复申请 5, 要求确认 2), 总计 11; 结转下年度 0.
    const v = byId(seed);
    expect(v["disclosure-rate"]).toEqual({
      id: "disclosure-rate",
      value: 0,
      status: "computed",
      numerator: 0,
      denominator: 11,
      blank: [],
    });
    expect(v["refusal-rate"]?.value).toBe(0);
    expect(v["unable-rate"]?.value).toBeCloseTo(36.3636, 4); // 4 ÷ 11 × 100
    expect(v["unable-rate"]?.numerator).toBe(4);
    expect(v["carry-forward-rate"]?.value).toBe(0);
    expect(v["carry-forward-rate"]?.denominator).toBe(11 + 0);
    // 表四 is all 0: 11 new requests, no case.
    expect(v["disputes-per-100"]?.value).toBe(0);
  });

  it("gives null below the minimum sample: no concluded case, so no correction rate", () => {
    const v = byId(seed);
    for (const id of ["review-correction-rate", "litigation-correction-rate"]) {
      expect(v[id]?.status).toBe("below-minimum");
      expect(v[id]?.value).toBeNull();
      expect(v[id]?.denominator).toBe(0);
    }
  });

  it("gives null when the sample is under the minimum, and a value once it reaches it", () => {
    const r = structuredClone(seed) as Mutable;
    r.applications.results.total.total = 9; // a total of 9 (the relations do not matter to the indicator)
    expect(byId(r as Report)["disclosure-rate"]).toMatchObject({ status: "below-minimum", value: null });
    r.applications.results.total.total = 10;
    expect(byId(r as Report)["disclosure-rate"]).toMatchObject({ status: "computed", value: 0 });
    expect(byId(r as Report, { minimum: { "disclosure-rate": 11 } })["disclosure-rate"]?.value).toBeNull();
  });

  it("computes the correction rates from 表四's concluded cases, pending left out", () => {
    const r = structuredClone(seed) as Mutable;
    r.reviewLitigation.review = { upheld: 3, corrected: 2, other: 1, pending: 4, total: 10 };
    r.reviewLitigation.litigationDirect = { upheld: 2, corrected: 1, other: 0, pending: 0, total: 3 };
    r.reviewLitigation.litigationAfterReview = { upheld: 1, corrected: 1, other: 0, pending: 1, total: 3 };
    const v = byId(r as Report);
    expect(v["review-correction-rate"]?.value).toBeCloseTo(33.3333, 4); // 2 ÷ (3 + 2 + 1) × 100
    expect(v["litigation-correction-rate"]?.value).toBe(40); // (1 + 1) ÷ (2 + 1 + 0 + 1 + 1 + 0) × 100
    expect(v["disputes-per-100"]?.value).toBeCloseTo(145.4545, 4); // (10 + 3 + 3) ÷ 11 × 100
  });

  it("is not assessable when a cell it reads is blank, and names the cell", () => {
    const r = structuredClone(seed) as Mutable;
    r.applications.results.granted.total = null;
    const v = byId(r as Report)["disclosure-rate"];
    expect(v).toMatchObject({ status: "not-assessable", value: null, numerator: null, denominator: 11 });
    expect(v?.blank).toEqual(["applications.results.granted.total"]);
  });

  it("never changes the report", () => {
    const before = JSON.stringify(seed);
    indicatorsOf(seed);
    expect(JSON.stringify(seed)).toBe(before);
  });
});

describe("the indicators as data", () => {
  it("read cells that exist in both editions", async () => {
    const { cellAt } = await import("../../src/format.js");
    for (const i of indicators)
      for (const path of [...i.numerator, ...i.denominator])
        for (const edition of ["2021", "2019"] as const) expect(cellAt(edition, path), `${i.id} ${path}`).toBeDefined();
  });

  it("word their formulas with the official cell names", () => {
    const disclosure = indicators.find((i) => i.id === "disclosure-rate");
    expect(disclosure && indicatorFormula(disclosure, "zh")).toBe(
      "（表三（一）予以公开·总计 + 表三（二）部分公开·总计） ÷ 表三（七）总计·总计 × 100",
    );
  });
});

describe("on any consistent report", () => {
  it("every indicator is within its range, or null", () => {
    fc.assert(
      fc.property(arbConsistent, (report) => {
        for (const v of indicatorsOf(report)) {
          const info = indicators.find((i) => i.id === v.id);
          if (info === undefined) throw new Error(v.id);
          if (v.value === null) {
            expect(v.status).not.toBe("computed");
            continue;
          }
          expect(v.denominator as number).toBeGreaterThanOrEqual(info.minimum);
          expect(v.value).toBeGreaterThanOrEqual(info.range[0]);
          if (info.range[1] !== null) expect(v.value).toBeLessThanOrEqual(info.range[1]);
          expect(Number.isFinite(v.value)).toBe(true);
        }
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});

describe("docs/indicators.md and its Chinese twin", () => {
  const read = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), "utf8");
  it("print every indicator's formula as the data words it, with its minimum", () => {
    for (const [file, lang] of [
      ["indicators.md", "en"],
      ["indicators.zh-CN.md", "zh"],
    ] as const) {
      const text = read(file);
      for (const i of indicators) {
        expect(text, `${file} ${i.id}`).toContain(`${i.name[lang]} = ${indicatorFormula(i, lang)}`);
        expect(text, `${file} ${i.id}`).toContain(
          lang === "zh" ? `分母不足 ${i.minimum} 时` : `denominator is under ${i.minimum};`,
        );
      }
    }
  });
});
