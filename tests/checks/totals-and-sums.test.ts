import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CellEntry,
  cellsOf,
  checkReport,
  type Edition,
  type Report,
  readCell,
  sumReports,
  totalSteps,
  validateReport,
  withTotals,
} from "../../src/index.js";
import { runs } from "../support/runs.js";
import { arbConsistentOf, arbSmallReportOf } from "./support.js";

const readJson = (path: string): Report => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Report;
const seed = readJson("../../examples/lianzhou-2023.json");
const example2019 = readJson("../../examples/example-2019.json");
// biome-ignore lint/suspicious/noExplicitAny: tests edit reports loosely, as JSON
type Mutable = Record<string, any>;

const totalRules = new Set(["T3.results-total", "T3.row-total", "T4.total"]);
const isTotalCell = (c: CellEntry) => c.field.total === true || c.record.node.total === true;

/** Every object and array reachable from a value. */
function objectsOf(x: unknown, out = new Set<object>()): Set<object> {
  if (typeof x === "object" && x !== null && !out.has(x)) {
    out.add(x);
    for (const v of Object.values(x)) objectsOf(v, out);
  }
  return out;
}
const sharesNothing = (a: unknown, b: unknown) => [...objectsOf(a)].every((o) => !objectsOf(b).has(o));

describe("withTotals", () => {
  for (const edition of ["2021", "2019"] as const) {
    it(`with overwrite, makes any report pass T3.results-total, T3.row-total and T4.total, with or without blankAsZero (${edition})`, () => {
      fc.assert(
        fc.property(arbSmallReportOf(edition), (report) => {
          const before = JSON.stringify(report);
          const filled = withTotals(report, { overwrite: true });
          expect(JSON.stringify(report)).toBe(before);
          expect(sharesNothing(report, filled)).toBe(true);
          expect(validateReport(filled).ok).toBe(true);
          for (const blankAsZero of [false, true]) {
            const fails = checkReport(filled, { blankAsZero }).findings.filter(
              (f) => totalRules.has(f.rule) && f.status === "fail",
            );
            expect(fails).toEqual([]);
          }
        }),
        { numRuns: runs(100, 1000) },
      );
    });
  }

  it("changes only total cells, keeps the envelope and prose, and is idempotent", () => {
    const arb = fc.oneof(arbSmallReportOf("2021"), arbSmallReportOf("2019"));
    fc.assert(
      fc.property(arb, (report) => {
        for (const overwrite of [false, true]) {
          const filled = withTotals(report, { overwrite });
          for (const cell of cellsOf(report.edition)) {
            if (!isTotalCell(cell)) expect(readCell(filled, cell.segments)).toBe(readCell(report, cell.segments));
          }
          expect(withTotals(filled, { overwrite })).toEqual(filled);
        }
      }),
      { numRuns: runs(100, 1000) },
    );
    const s = withTotals(seed);
    expect(s).toEqual(seed);
    expect(s.sections).not.toBe(seed.sections);
  });

  it("leaves a total blank when all its parts are blank, and counts blank parts as 0 otherwise", () => {
    const r = structuredClone(seed) as Mutable;
    for (const k of ["upheld", "corrected", "other", "pending"]) r.reviewLitigation.review[k] = null;
    r.reviewLitigation.litigationDirect.corrected = null;
    r.reviewLitigation.litigationDirect.upheld = 4;
    const filled = withTotals(r as Report, { overwrite: true }) as Mutable;
    expect(filled.reviewLitigation.review.total).toBeNull();
    expect(filled.reviewLitigation.litigationDirect.total).toBe(4);
  });

  it("by default fills only blank totals: a total the user typed is kept, and checkReport still reports it", () => {
    const arb = fc.oneof(arbSmallReportOf("2021"), arbSmallReportOf("2019"));
    fc.assert(
      fc.property(arb, (report) => {
        const filled = withTotals(report);
        const blankTotals = cellsOf(report.edition).filter(
          (c) => isTotalCell(c) && readCell(report, c.segments) === null,
        );
        for (const cell of cellsOf(report.edition))
          if (isTotalCell(cell) && readCell(report, cell.segments) !== null)
            expect(readCell(filled, cell.segments)).toBe(readCell(report, cell.segments));
        // where every total was blank, filling the blanks is filling them all
        if (blankTotals.length === cellsOf(report.edition).filter(isTotalCell).length)
          expect(filled).toEqual(withTotals(report, { overwrite: true }));
      }),
      { numRuns: runs(100, 1000) },
    );
    // the seed with its 表三（七）总计·自然人 typed wrong: kept, and reported
    const r = structuredClone(seed) as Mutable;
    r.applications.results.total.naturalPerson = 12;
    r.applications.newReceived.total = null;
    const filled = withTotals(r as Report) as Mutable;
    expect(filled.applications.results.total.naturalPerson).toBe(12);
    expect(filled.applications.newReceived.total).toBe(seed.applications.newReceived.total);
    expect(
      checkReport(filled as unknown as Report).findings.some(
        (f) => f.rule === "T3.results-total" && f.status === "fail",
      ),
    ).toBe(true);
    expect((withTotals(r as Report, { overwrite: true }) as Mutable).applications.results.total.naturalPerson).toBe(
      seed.applications.results.total.naturalPerson,
    );
  });

  it("the totals are those marked total in the descriptors: every 总计 column, （七）总计, 表四 总计", () => {
    for (const edition of ["2021", "2019"] as const) {
      const targets = totalSteps(edition).map((s) => s.cell.path);
      expect(new Set(targets)).toEqual(
        new Set(
          cellsOf(edition)
            .filter(isTotalCell)
            .map((c) => c.path),
        ),
      );
      const rows = edition === "2021" ? 25 : 23;
      expect(targets).toHaveLength(rows + 6 + 3);
    }
  });
});

/** Sum of cell values across reports, as the oracle: counts as integers, amounts in cents. */
function oracle(reports: readonly Report[], cell: CellEntry): number | null {
  const values = reports.map((r) => readCell(r, cell.segments) as number | null);
  if (values.some((v) => v === null)) return null;
  if (cell.field.kind === "amount")
    return values.reduce<number>((s, v) => s + Math.round((v as number) * 100), 0) / 100;
  return values.reduce<number>((s, v) => s + (v as number), 0);
}

describe("sumReports", () => {
  const arbSameYear = (edition: Edition) =>
    fc
      .array(arbConsistentOf(edition), { minLength: 1, maxLength: 6 })
      .map((rs) => rs.map((r) => ({ ...r, year: rs[0]?.year ?? r.year }) as Report));

  for (const edition of ["2021", "2019"] as const) {
    it(`the roll-up of consistent reports is consistent, and each cell is the sum of the cells (${edition})`, () => {
      fc.assert(
        fc.property(arbSameYear(edition), (reports) => {
          // One unit for the whole set, so that the oracle needs no conversion.
          const unit = (reports[0] as Mutable).proactive.procurement?.amountUnit;
          for (const r of reports) if (unit !== undefined) (r as Mutable).proactive.procurement.amountUnit = unit;
          const before = JSON.stringify(reports);
          const result = sumReports(reports, {
            organ: "某市人民政府",
            publishedOn: `${(reports[0] as Report).year + 1}-03-01`,
          });
          expect(JSON.stringify(reports)).toBe(before);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.incomplete).toEqual([]);
          expect(sharesNothing(reports, result.value)).toBe(true);
          expect(validateReport(result.value).ok).toBe(true);
          const check = checkReport(result.value);
          expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
          for (const cell of cellsOf(edition)) {
            if (cell.field.kind === "unit") continue;
            expect(readCell(result.value, cell.segments), cell.path).toBe(oracle(reports, cell));
          }
          expect(result.value).toMatchObject({ edition, organ: "某市人民政府", year: (reports[0] as Report).year });
        }),
        { numRuns: runs(50, 1000) },
      );
    });
  }

  it("sums amounts exactly: 0.1 + 0.2 万元 is 0.3", () => {
    const a = structuredClone(seed) as Mutable;
    const b = structuredClone(seed) as Mutable;
    a.proactive.fees.amount = 0.1;
    b.proactive.fees.amount = 0.2;
    const r = sumReports([a as Report, b as Report], { organ: "连州市人民政府" });
    expect(r.ok && (r.value as Mutable).proactive.fees.amount).toBe(0.3);
    const many = Array.from({ length: 10 }, () => a as Report);
    const ten = sumReports(many, { organ: "连州市人民政府" });
    expect(ten.ok && (ten.value as Mutable).proactive.fees.amount).toBe(1);
  });

  it("reconciles 元 and 万元 in the 2019 采购总金额, exactly", () => {
    const yuan = structuredClone(example2019) as Mutable;
    yuan.proactive.procurement = { projects: 1, amount: 251000, amountUnit: "元" };
    const r = sumReports([example2019, yuan as Report], { organ: "示例市人民政府" });
    expect(r.ok && (r.value as Mutable).proactive.procurement).toEqual({
      projects: 24,
      amount: 1889.6,
      amountUnit: "万元",
    });
    const both = sumReports([yuan as Report, yuan as Report], { organ: "示例市人民政府" });
    expect(both.ok && (both.value as Mutable).proactive.procurement).toEqual({
      projects: 2,
      amount: 502000,
      amountUnit: "元",
    });
    const noUnit = structuredClone(yuan) as Mutable;
    noUnit.proactive.procurement.amountUnit = null;
    const bad = sumReports([example2019, noUnit as Report], { organ: "示例市人民政府" });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.index, i.path])).toEqual([
      ["unit_unknown", 1, "proactive.procurement.amount"],
    ]);
  });

  it("returns issues, without throwing, for no reports, another edition, another year, or no organ", () => {
    expect(sumReports([], { organ: "某市" })).toMatchObject({ ok: false, issues: [{ code: "no_reports" }] });
    expect(sumReports([seed, example2019] as Report[], { organ: "某市" })).toMatchObject({
      ok: false,
      issues: [{ code: "edition_mismatch", index: 1 }],
    });
    const later = { ...seed, year: 2024 } as Report;
    const r = sumReports([seed, later], { organ: " " });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(["no_organ", "year_mismatch"]);
    expect(!r.ok && r.issues[1]?.message.zh).toBe("第 2 份报告为 2024 年度，第 1 份为 2023 年度，不能汇总。");
  });

  it("blank policy: propagate (default) keeps a blank anywhere blank; as-zero sums the figures given", () => {
    const a = structuredClone(seed) as Mutable;
    a.applications.newReceived.naturalPerson = null;
    a.reviewLitigation.review.upheld = null;
    const b = structuredClone(seed) as Mutable;
    b.reviewLitigation.review.upheld = null;
    const reports = [a as Report, b as Report];
    const plain = sumReports(reports, { organ: "某市" });
    expect(plain.ok && (plain.value as Mutable).applications.newReceived.naturalPerson).toBeNull();
    expect(plain.ok && (plain.value as Mutable).reviewLitigation.review.upheld).toBeNull();
    expect(plain.ok && plain.incomplete).toEqual(["applications.newReceived.naturalPerson"]);
    const zero = sumReports(reports, { organ: "某市", blanks: "as-zero" });
    expect(zero.ok && (zero.value as Mutable).applications.newReceived.naturalPerson).toBe(11);
    expect(zero.ok && (zero.value as Mutable).reviewLitigation.review.upheld).toBeNull();
    expect(zero.ok && zero.incomplete).toEqual(["applications.newReceived.naturalPerson"]);
  });

  it("flags counts whose sum is beyond exact integers", () => {
    const a = structuredClone(seed) as Mutable;
    a.applications.newReceived.other = Number.MAX_SAFE_INTEGER;
    const r = sumReports([a as Report, a as Report], { organ: "某市" });
    expect(!r.ok && r.issues.map((i) => i.path)).toContain("applications.newReceived.other");
  });
});
