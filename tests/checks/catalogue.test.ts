import fc from "fast-check";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { DecimalSum } from "../../src/checks/decimal.js";
import { editions } from "../../src/format.js";
import { checkContinuity, checkReport, editionKeys, tableKeys } from "../../src/index.js";
import { narrativeRules, ruleCatalogue, ruleInfo } from "../../src/rules.js";
import { runs } from "../support/runs.js";
import { arbSmallReportOf } from "./support.js";

describe("the rule catalogue", () => {
  it("has unique ids, MODEL.md's stable ids among them, with their severities", () => {
    const ids = ruleCatalogue.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, severity] of [
      ["T3.balance", "error"],
      ["T3.results-total", "error"],
      ["T3.row-total", "error"],
      ["T4.total", "error"],
      ["cell.blank", "warning"],
      ["X.carry-over", "error"],
    ] as const) {
      expect(ruleInfo(id)?.severity, id).toBe(severity);
    }
  });

  it("lists every rule declared in the table descriptors, for the editions that declare it", () => {
    for (const e of editionKeys) {
      for (const t of tableKeys) {
        for (const rule of editions[e].tables[t].rules) {
          expect(ruleInfo(rule.id)?.editions, rule.id).toContain(e);
          expect(ruleInfo(rule.id)?.equation).toEqual(rule.equation);
          expect(ruleInfo(rule.id)?.table).toBe(t);
        }
      }
    }
  });

  it("gives every rule an equation, templates and a rationale in both languages", () => {
    for (const r of ruleCatalogue) {
      for (const m of [r.equation, r.rationale, r.templates.fail]) {
        expect(m.zh.length, r.id).toBeGreaterThan(0);
        expect(m.en.length, r.id).toBeGreaterThan(0);
      }
    }
  });

  it("covers every rule a finding can carry, and every message is fully filled in", () => {
    const known = new Set(ruleCatalogue.map((r) => r.id));
    fc.assert(
      fc.property(fc.oneof(arbSmallReportOf("2021"), arbSmallReportOf("2019")), (report) => {
        const all = [
          ...checkReport(report, { includePassed: true }).findings,
          ...checkContinuity(report, { ...report, year: report.year + 1 }, { includePassed: true }).findings,
        ];
        for (const f of all) {
          expect(known.has(f.rule), f.rule).toBe(true);
          expect(f.severity).toBe(ruleInfo(f.rule)?.severity);
          expect(f.message.zh).not.toMatch(/\{\w+\}/);
          expect(f.message.en).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: runs(30, 300) },
    );
  });
});

describe("the narrative's regular expressions", () => {
  it("run in linear time as used (sticky tails)", () => {
    for (const rule of narrativeRules) {
      expect(checkSync(rule.tail, "y", { timeout: 10_000 }).status, rule.id).toBe("safe");
    }
  });
});

describe("DecimalSum", () => {
  it("adds decimals exactly: 0.1 + 0.2 = 0.3", () => {
    const s = new DecimalSum();
    s.add(0.1);
    s.add(0.2);
    expect(s.toNumber()).toBe(0.3);
    expect(s.toString()).toBe("0.3");
  });

  it("agrees with integer arithmetic on cents, and subtracts exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (cents) => {
        const s = new DecimalSum();
        for (const c of cents) s.add(c / 100);
        const total = cents.reduce((a, b) => a + b, 0);
        expect(s.toNumber()).toBe(total / 100);
        const back = new DecimalSum();
        back.addSum(s);
        const t = new DecimalSum();
        for (const c of cents) t.add(c / 100);
        back.subtractSum(t);
        expect(back.isZero()).toBe(true);
      }),
      { numRuns: runs(200, 1000) },
    );
  });

  it("converts units by powers of ten exactly, and reads exponents", () => {
    const s = new DecimalSum();
    s.addShifted(251000, 4);
    s.add(1864.5);
    expect(s.toString()).toBe("1889.6");
    const e = new DecimalSum();
    e.add(1e21);
    e.add(1.5e-7);
    expect(e.toString()).toBe("1000000000000000000000.00000015");
    const a = new DecimalSum();
    a.add(0.3);
    const b = new DecimalSum();
    b.add(0.1);
    b.add(0.2);
    expect(a.compare(b)).toBe(0);
  });
});
