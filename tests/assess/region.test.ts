/**
 * The acceptance test of issue 14: a generated region (a city, 30 departments, 10 towns) with one report missing,
 * one late, one with an error and a roll-up that disagrees, assessed as a whole.
 */
import { describe, expect, it } from "vitest";
import { assessReports, findingFingerprint, indicatorsOf, renderAssessment } from "../../src/assess.js";
import { cellsOf, type Report, readCell } from "../../src/index.js";
import { city, departments, late, missing, regionReports, towns, units, wrong } from "./region.js";

const { reports, rollUp } = regionReports();
const assessment = assessReports(reports, { year: 2024, units });
const unit = (name: string) => assessment.units.find((u) => u.name === name);
const rules = (name: string) => unit(name)?.groups.flatMap((g) => g.findings.map((f) => [f.rule, f.status]));

/** The 表三 and 表四 cells where the roll-up differs from the children's reports summed here by hand. */
function disagreeing(): string[] {
  const children = reports.filter((r) => r !== rollUp);
  return cellsOf("2021")
    .filter((c) => c.table.key === "applications" || c.table.key === "reviewLitigation")
    .filter((c) => {
      let sum = 0;
      for (const r of children) sum += readCell(r, c.segments) as number;
      return readCell(rollUp as Report, c.segments) !== sum;
    })
    .map((c) => c.path);
}

describe("assessing a generated region (某市: 30 departments, 10 towns)", () => {
  it("sums up the region", () => {
    expect(assessment.year).toBe(2024);
    expect(assessment.summary).toEqual({
      units: 41,
      reports: 40, // the roll-up, 29 departments, 10 towns
      errors: 1 + 1 + 7, // 第20局's T4.total, 第7局 missing, 7 cells of the roll-up
      warnings: 1, // 第12局 late
      late: 1,
      missing: 1,
      unknown: 0,
      ignored: 0,
      otherYears: 0,
    });
  });

  it("lists the units in the list's order, each with what is wrong with it", () => {
    expect(assessment.units.map((u) => u.name)).toEqual([city, ...departments, ...towns]);
    expect(rules(missing)).toEqual([["A.missing-report", "fail"]]);
    expect(unit(missing)?.missing).toBe(true);
    expect(rules(late)).toEqual([["R.deadline", "fail"]]);
    expect(unit(late)?.late).toBe(true);
    expect(rules(wrong)).toEqual([["T4.total", "fail"]]);
    const clean = [...departments, ...towns].filter((n) => n !== missing && n !== late && n !== wrong);
    for (const name of clean) expect(unit(name)?.groups, name).toEqual([]);
  });

  it("finds the roll-up's disagreement cell by cell, naming the children", () => {
    const expected = disagreeing();
    expect(expected).toHaveLength(7); // the 6 cells of 5 requests added twice, and 第20局's mistyped 表四 total
    const group = unit(city)?.groups;
    expect(group?.map((g) => g.key)).toEqual(["applications", "reviewLitigation"]);
    const found = group?.flatMap((g) => g.findings) ?? [];
    expect(found.map((f) => [f.rule, f.cells[0]])).toEqual(expected.map((p) => ["A.roll-up", p]));
    const first = found[0];
    expect(first?.cellNames[0]?.zh).toBe("表三 一、本年新收政府信息公开申请数量·自然人");
    expect(first?.message.zh).toContain("39 个下级单位的报告之和");
    expect(unit(city)?.children).toEqual([...departments, ...towns]);
    expect(first?.message.zh).toContain("（缺 某市第7局 的报告）");
    expect(first?.message.zh).toContain("相差 5");
    expect(first?.fix.zh).toContain("重新汇总");
    expect(unit(city)?.reports).toEqual([{ organ: city, edition: "2021", publishedOn: "2025-03-20", rollUp: true }]);
    expect(unit(city)?.indicators).toBeNull(); // a roll-up has no indicators of its own
  });

  it("ranks the units that reported: fewest errors, then warnings, then on time, then by name", () => {
    const ranking = assessment.ranking;
    expect(ranking).toHaveLength(40);
    const clean = [...departments, ...towns].filter((n) => n !== missing && n !== late && n !== wrong).sort();
    expect(ranking.slice(0, 37).map((r) => r.name)).toEqual(clean);
    expect(ranking.slice(0, 37).every((r) => r.rank === 1)).toBe(true);
    expect(ranking.slice(37).map((r) => [r.rank, r.name])).toEqual([
      [38, late],
      [39, wrong],
      [40, city],
    ]);
    const first = reports.find((r) => r.organ === ranking[0]?.name) as Report;
    expect(ranking[0]?.indicators).toEqual(indicatorsOf(first));
  });

  it("gives every finding a stable fingerprint, and leaves out the ones the ignore list names", () => {
    const all = assessment.units.flatMap((u) => u.groups.flatMap((g) => g.findings));
    expect(new Set(all.map((f) => f.fingerprint)).size).toBe(all.length);
    const lateFinding = all.find((f) => f.rule === "R.deadline");
    expect(lateFinding?.fingerprint).toBe(findingFingerprint("R.deadline", late, 2024, ["publishedOn"]));
    expect(assessReports([...reports].reverse(), { year: 2024, units })).toEqual(assessment);
    const again = assessReports(reports, { year: 2024, units, ignore: [lateFinding?.fingerprint as string] });
    expect(again.summary).toMatchObject({ warnings: 0, late: 0, ignored: 1 });
  });

  it("renders the 问题清单 in Markdown and text with the findings, fixes and fingerprints", () => {
    const markdown = renderAssessment(assessment, { format: "markdown" });
    expect(markdown).toContain("# 2024 年度政府信息公开工作年度报告核查报告");
    expect(markdown).toContain("| 未报送 | 1 |");
    expect(markdown).toContain(`### （2）${missing}`);
    const text = renderAssessment(assessment, { format: "text", lang: "en" });
    for (const f of assessment.units.flatMap((u) => u.groups.flatMap((g) => g.findings))) {
      expect(markdown).toContain(f.fingerprint);
      expect(text).toContain(f.fingerprint);
    }
    expect(text).toContain("Fix: Publish on time");
  });

  it("never changes the reports", () => {
    const before = JSON.stringify(reports);
    assessReports(reports, { year: 2024, units });
    expect(JSON.stringify(reports)).toBe(before);
  });
});
