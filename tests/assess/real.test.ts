/**
 * Three real published reports of 2023 (tests/fixtures/real) assessed as a small region, against what the hand
 * check of the fixtures says (tests/fixtures/real/README.md, the expected JSON transcribed by hand).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessReports, indicatorsOf } from "../../src/assess.js";
import type { Report } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";

const fixture = (name: string) => new URL(`../fixtures/real/${name}`, import.meta.url);
const parsed = (name: string): Report => {
  const { report } = parseReport(readFileSync(fixture(name), "utf8"));
  if (report === null) throw new Error(name);
  return report;
};
const expected = (name: string) => JSON.parse(readFileSync(fixture(`${name}.expected.json`), "utf8")) as Report;
const files = [
  "lianzhou-zfb-2023.txt",
  "pingtan-2023.html",
  "shuyang-fgj-2023.html",
  "pingtan-2024.html",
  "shuyang-2025.md",
];
const assessment = assessReports(
  files.map((f) => ({ report: parsed(f), source: f })),
  {
    year: 2023,
    units: [
      { name: "连州市人民政府办公室" },
      { name: "平潭综合实验区", aliases: ["平潭综合实验区管委会"] },
      { name: "沭阳县发展和改革局", aliases: ["沭阳县发改局"], parent: "沭阳县人民政府" },
      { name: "沭阳县人民政府" }, // its 2023 report is not among the fixtures
    ],
  },
);
const rules = (name: string) => {
  const counts = new Map<string, number>();
  for (const g of assessment.units.find((u) => u.name === name)?.groups ?? [])
    for (const f of g.findings) counts.set(`${f.rule} ${f.status}`, (counts.get(`${f.rule} ${f.status}`) ?? 0) + 1);
  return Object.fromEntries(counts);
};

describe("three real reports of 2023 assessed together", () => {
  it("counts as the hand check does", () => {
    expect(assessment.summary).toEqual({
      units: 4,
      reports: 3,
      errors: 1, // 沭阳县人民政府: no 2023 report here
      warnings: 125 + 1, // 沭阳县发改局: the five 法人或其他组织 columns printed empty (25 rows × 5), part 五 titled 整改措施
      late: 0, // 连州 2024-01-12 (department), 平潭 2024-03-08 (its own government report), 沭阳发改局 2024-01-17
      missing: 1,
      unknown: 0,
      ignored: 0,
      otherYears: 2, // 平潭 2024, 沭阳县 2025
    });
    expect(rules("连州市人民政府办公室")).toEqual({});
    expect(rules("平潭综合实验区")).toEqual({});
    expect(rules("沭阳县发展和改革局")).toEqual({
      "cell.blank fail": 125,
      "T3.balance not-assessable": 5, // the blank columns
      "T3.results-total not-assessable": 5,
      "T3.row-total not-assessable": 25,
      "S.parts fail": 1,
    });
    expect(rules("沭阳县人民政府")).toEqual({ "A.missing-report fail": 1 });
  });

  it("computes each unit's indicators as the hand-transcribed figures give them", () => {
    for (const [name, file] of [
      ["连州市人民政府办公室", "lianzhou-zfb-2023"],
      ["平潭综合实验区", "pingtan-2023"],
      ["沭阳县发展和改革局", "shuyang-fgj-2023"],
    ] as const) {
      expect(assessment.units.find((u) => u.name === name)?.indicators, name).toEqual(indicatorsOf(expected(file)));
    }
    // 平潭 2023 by hand: (予以公开 22 + 部分公开 20) ÷ 总计 81; 表四 2 + 5 + 2 cases on 81 new requests
    const pingtan = assessment.units.find((u) => u.name === "平潭综合实验区")?.indicators ?? [];
    expect(pingtan.find((v) => v.id === "disclosure-rate")?.value).toBeCloseTo((42 / 81) * 100, 10);
    expect(pingtan.find((v) => v.id === "disputes-per-100")?.value).toBeCloseTo((9 / 81) * 100, 10);
  });

  it("ranks the two clean reports first, together", () => {
    expect(assessment.ranking.map((r) => [r.rank, r.name])).toEqual([
      [1, "平潭综合实验区"],
      [1, "连州市人民政府办公室"],
      [3, "沭阳县发展和改革局"],
    ]);
  });
});
