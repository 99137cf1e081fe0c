/**
 * A generated region for the assessment tests: a city (某市人民政府, whose report is a roll-up, 汇总), 30
 * departments and 10 towns under it — with one department's report missing, one published late, one with an
 * error in 表四, and the city's roll-up disagreeing with the sum of its children on six cells of 表三.
 */

import type { Unit } from "../../src/assess.js";
import { buildReport, type Report, type Report2021, sumReports, withTotals } from "../../src/index.js";

export const city = "某市人民政府";
export const departments = Array.from({ length: 30 }, (_, i) => `某市第${i + 1}局`);
export const towns = Array.from({ length: 10 }, (_, i) => `某市${"甲乙丙丁戊己庚辛壬癸"[i]}镇人民政府`);
export const missing = departments[6] as string; // 某市第7局
export const late = departments[11] as string; // 某市第12局: published 2025-02-15, 15 days after 1月31日
export const wrong = departments[19] as string; // 某市第20局: 表四 行政复议·总计 one more than its parts

export const units: Unit[] = [
  { name: city, code: "0000", kind: "government" },
  ...departments.map((name, i) => ({ name, code: `1${String(i + 1).padStart(3, "0")}`, parent: "0000" })),
  ...towns.map((name, i) => ({
    name,
    code: `2${String(i + 1).padStart(3, "0")}`,
    parent: city,
    kind: "government" as const,
  })),
];

const prose = {
  overview: ["（一）主动公开方面。全年主动公开政府信息若干条。", "（二）依申请公开方面。依法办理政府信息公开申请。"],
  problems: ["信息更新不够及时。下一步将加强日常维护。"],
  other: ["本年度未收取信息处理费。"],
};

/** A consistent report of `organ` whose figures depend on `i`. */
export function unitReport(organ: string, i: number, publishedOn: string): Report2021 {
  const r = buildReport({ edition: "2021", organ, year: 2024, publishedOn, sections: prose }, (cell) =>
    cell.field.kind === "unit" ? null : cell.field.total === true ? null : 0,
  ) as Report2021;
  const a = r.applications;
  a.newReceived.naturalPerson = 10 + i;
  a.newReceived.commercial = i % 3;
  a.carriedOver.naturalPerson = 1;
  a.results.granted.naturalPerson = 6 + i;
  a.results.partiallyGranted.commercial = i % 3;
  a.results.unableToProvide.notHeld.naturalPerson = 3;
  a.carriedForward.naturalPerson = 2;
  r.reviewLitigation.review.upheld = i % 2;
  r.reviewLitigation.review.corrected = 1;
  r.proactive.normativeDocuments.issued = i;
  r.proactive.normativeDocuments.inForce = 2 * i;
  return withTotals(r, { overwrite: true });
}

/** Everything the region's folder holds, and the children's reports as they should have been summed. */
export function regionReports(): { reports: Report[]; rollUp: Report2021; correctChildren: Report2021[] } {
  const children: Report2021[] = [
    ...departments.map((d, i) => unitReport(d, i, d === late ? "2025-02-15" : "2025-01-20")),
    ...towns.map((t, i) => unitReport(t, 30 + i, "2025-03-10")),
  ];
  const present = children.filter((c) => c.organ !== missing);
  const sum = sumReports(present, {
    organ: city,
    publishedOn: "2025-03-20",
    title: "某市2024年政府信息公开工作年度报告（汇总）",
  });
  if (!sum.ok) throw new Error("the region does not sum");
  // the roll-up was made before 第20局 mistyped its 表四, and 5 requests granted to natural persons were added twice
  const rollUp = structuredClone(sum.value);
  const a = rollUp.applications;
  for (const row of [a.newReceived, a.results.granted, a.results.total]) {
    row.naturalPerson = (row.naturalPerson as number) + 5;
    row.total = (row.total as number) + 5;
  }
  const reports: Report[] = present.map((c) => {
    if (c.organ !== wrong) return c;
    const bad = structuredClone(c);
    bad.reviewLitigation.review.total = (bad.reviewLitigation.review.total as number) + 1;
    return bad;
  });
  return { reports: [rollUp, ...reports], rollUp, correctChildren: present };
}
