import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessReports, normaliseOrgan, readUnits } from "../../src/assess.js";
import type { Report } from "../../src/index.js";

const seed = JSON.parse(readFileSync(new URL("../../examples/lianzhou-2023.json", import.meta.url), "utf8")) as Report;

describe("the unit list", () => {
  it("reads CSV with English or Chinese headers, aliases split on ; or 、, and says what it skipped", () => {
    const { units, issues } = readUnits(
      "\ufeff名称,别名,代码,上级,类别\n某市人民政府,,0000,,政府\n某市教育局,市教育局；教育局、市教体局,1001,0000,部门\n,,9,,\n某市财政局,,1002,0000,厅\n",
    );
    expect(units).toEqual([
      { name: "某市人民政府", code: "0000", kind: "government" },
      {
        name: "某市教育局",
        aliases: ["市教育局", "教育局", "市教体局"],
        code: "1001",
        parent: "0000",
        kind: "department",
      },
      { name: "某市财政局", code: "1002", parent: "0000" },
    ]);
    expect(issues.map((i) => i.zh)).toEqual([
      "第 4 行：没有单位名称，已跳过",
      "第 5 行：机关类别“厅”不可识别（department/部门 或 government/政府），按名称推断",
    ]);
  });

  it("reads JSON, and refuses what is not a list without throwing", () => {
    expect(readUnits('[{"name":"甲局","aliases":["甲"]}, 3]').units).toEqual([{ name: "甲局", aliases: ["甲"] }]);
    expect(readUnits('{"units":[{"name":"乙局"}]}').units).toEqual([{ name: "乙局" }]);
    expect(readUnits("{oops").units).toEqual([]);
    expect(readUnits("code\n1\n").issues[0]?.en).toBe("the unit list's header has no name column");
  });

  it("matches organs by normalised name and alias; a report of no unit is A.unknown-organ", () => {
    expect(normaliseOrgan("连州市 人民政府（办公室）")).toBe("连州市人民政府办公室");
    const byAlias = assessReports([seed], {
      year: 2023,
      units: [{ name: "连州市政府办", aliases: ["连州市人民政府 办公室"] }],
    });
    expect(byAlias.summary).toMatchObject({ units: 1, reports: 1, missing: 0, unknown: 0 });
    const outside = assessReports([seed, { ...seed, year: 2022 }], { year: 2023, units: [{ name: "连州市教育局" }] });
    expect(outside.summary).toMatchObject({ units: 2, reports: 1, missing: 1, unknown: 1, otherYears: 1 });
    expect(
      outside.units.map((u) => [u.name, u.listed, u.groups.flatMap((g) => g.findings.map((f) => f.rule))]),
    ).toEqual([
      ["连州市教育局", true, ["A.missing-report"]],
      ["连州市人民政府办公室", false, ["A.unknown-organ"]],
    ]);
  });
});

describe("the unit's level and the deadline", () => {
  it("a unit's kind decides the deadline: the same report on 3月1日 is late for a department, on time for a government", () => {
    const march = { ...seed, publishedOn: "2024-03-01" } as Report; // 连州市人民政府办公室: a department by its name
    const asNamed = assessReports([march], { year: 2023, units: [{ name: seed.organ }] });
    expect(asNamed.summary.late).toBe(1);
    expect(asNamed.units[0]?.groups[0]?.findings[0]?.message.zh).toContain("迟 30 天");
    const asGovernment = assessReports([march], { year: 2023, units: [{ name: seed.organ, kind: "government" }] });
    expect(asGovernment.summary.late).toBe(0);
  });
});

describe("units listed twice, parents by name", () => {
  it("keeps the first of a unit listed twice, saying so, and finds a parent by its name or alias", () => {
    expect(readUnits("name\n甲局\n甲 局\n").issues.map((i) => i.zh)).toEqual(["第 3 行：单位“甲 局”重复，已跳过"]);
    const a = assessReports([seed], {
      year: 2023,
      units: [
        { name: "连州市人民政府", aliases: ["连州市政府"] },
        { name: seed.organ, parent: "连州市政府" },
        { name: seed.organ },
      ],
    });
    expect(a.units.map((u) => [u.name, u.children])).toEqual([
      ["连州市人民政府", [seed.organ]],
      [seed.organ, []],
    ]);
  });
});
