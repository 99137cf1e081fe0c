/**
 * A rule added to a table descriptor works with no change to the engine (and before the generated fast
 * path is regenerated): here 表四 and 表三 get one extra rule each, through a mocked descriptor module.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { signatures } from "../../src/checks/read.generated.js";
import { planOf } from "../../src/checks/sum-plan.js";
import type { SumRule } from "../../src/format/descriptor.js";
import { editionKeys } from "../../src/format/editions.js";
import { checkReport, type Report, withTotals } from "../../src/index.js";
import { ruleInfo } from "../../src/rules.js";

vi.mock("../../src/format/review-litigation.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/format/review-litigation.js")>();
  const extra: SumRule = {
    id: "T4.pending-within-total",
    severity: "warning",
    per: "record",
    records: "all",
    compare: "at-least",
    left: ["total"],
    right: ["pending"],
    official: false,
    equation: { zh: "总计 ≥ 尚未审结", en: "total ≥ pending" },
  };
  const table = original.reviewLitigationTable;
  return { ...original, reviewLitigationTable: { ...table, rules: [...table.rules, extra] } };
});

vi.mock("../../src/format/applications.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/format/applications.js")>();
  const extra: SumRule = {
    id: "T3.granted-equals-partial",
    severity: "error",
    per: "field",
    fields: ["naturalPerson"],
    left: ["results.granted"],
    right: ["results.partiallyGranted"],
    official: false,
    equation: { zh: "予以公开 = 部分公开（自然人）", en: "granted = partially granted (natural persons)" },
    rightName: { zh: "部分公开", en: "partially granted" },
  };
  const add = <T extends { rules: readonly SumRule[] }>(t: T): T => ({ ...t, rules: [...t.rules, extra] });
  return {
    ...original,
    applications2021: add(original.applications2021),
    applications2019: add(original.applications2019),
  };
});

const seed = JSON.parse(readFileSync(new URL("../../examples/lianzhou-2023.json", import.meta.url), "utf8")) as Report;
// biome-ignore lint/suspicious/noExplicitAny: tests edit reports loosely, as JSON
type Mutable = Record<string, any>;

describe("a rule added to the descriptors", () => {
  it("makes the plan differ from the one the fast path was generated from, so the interpreter runs", () => {
    expect(planOf("2021").signature).not.toBe(signatures["2021"]);
  });

  it("is evaluated, instance by instance, with its own id, wording and severity", () => {
    expect(checkReport(seed)).toEqual({ ok: true, findings: [] });
    const all = checkReport(seed, { includePassed: true }).findings;
    expect(all.filter((f) => f.rule === "T4.pending-within-total")).toHaveLength(3);
    expect(all.filter((f) => f.rule === "T3.granted-equals-partial")).toHaveLength(1);

    const r = structuredClone(seed) as Mutable;
    r.applications.results.granted.naturalPerson = 1;
    r.applications.results.granted.total = 1;
    r.reviewLitigation.review.pending = 2;
    const found = checkReport(r as Report).findings.filter(
      (f) => f.rule.endsWith("-partial") || f.rule.endsWith("-total"),
    );
    expect(found.map((f) => [f.rule, f.status, f.message.zh])).toContainEqual([
      "T3.granted-equals-partial",
      "fail",
      "「表三（一）予以公开·自然人」为 1，「表三（二）部分公开·自然人」为 0，相差 1。",
    ]);
    expect(found.map((f) => [f.rule, f.message.zh])).toContainEqual([
      "T4.pending-within-total",
      "「表四 行政复议·总计」为 0，小于「表四 行政复议·尚未审结」（2）。",
    ]);
    expect(checkReport(r as Report).ok).toBe(false);
  });

  it("appears in the catalogue", () => {
    expect(ruleInfo("T4.pending-within-total")).toMatchObject({ severity: "warning", table: "reviewLitigation" });
    expect(ruleInfo("T3.granted-equals-partial")?.editions).toEqual(editionKeys);
  });

  it("does not disturb withTotals, which fills totals from the equations that define them", () => {
    const r = structuredClone(seed) as Mutable;
    r.reviewLitigation.review.pending = 2;
    expect((withTotals(r as Report, { overwrite: true }) as Mutable).reviewLitigation.review.total).toBe(2);
  });
});
