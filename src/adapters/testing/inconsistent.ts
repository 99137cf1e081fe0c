/**
 * `arbInconsistentReport`: a consistent report with exactly one instance of one rule broken, and the finding
 * that says which. Other instances that the change would also break are made not assessable by leaving a
 * cell of theirs blank (a cell outside the broken instance), so that `checkReport` with its default options
 * reports exactly one error-severity failure.
 *
 * @module
 */
import { checkReport } from "../../checks/check-report.js";
import { planOf, type RuleInstance } from "../../checks/sum-plan.js";
import type { Finding } from "../../checks/types.js";
import { type Edition, editionKeys, type editions, type TableKey } from "../../format/editions.js";
import type { CellEntry } from "../../format/walk.js";
import { readCell } from "../../model/build.js";
import type { Report } from "../../model/report.generated.js";
import type { Arbitrary, FastCheck } from "./fast-check.js";
import { arbReportWith, type ReportOfEdition } from "./report.js";

/** The rules declared in the descriptors' tables. */
type DeclaredRule = (typeof editions)[Edition]["tables"][TableKey]["rules"][number];

/**
 * The id of an error-severity rule declared in the descriptors: `T3.balance`, `T3.results-total`,
 * `T3.row-total`, `T4.total`.
 *
 * @example
 * ```ts
 * const id: ErrorRuleId = "T3.balance";
 * ```
 */
export type ErrorRuleId = Extract<DeclaredRule, { severity: "error" }>["id"];

/**
 * A report with one rule instance broken.
 *
 * @example
 * ```ts
 * const { report, finding } = sample;
 * finding.rule; // "T3.balance"
 * ```
 */
export interface Inconsistency<E extends Edition = Edition> {
  readonly report: ReportOfEdition<E>;
  /** The one error-severity failure `checkReport(report)` reports: the rule, its cells, both sides and the delta. */
  readonly finding: Finding;
  /** Cells left blank to keep other instances from failing too (dotted paths). */
  readonly blanked: readonly string[];
}

/**
 * Options of {@link arbInconsistentReport}.
 *
 * @example
 * ```ts
 * const options: ArbInconsistentOptions<"2019"> = { edition: "2019" };
 * ```
 */
export interface ArbInconsistentOptions<E extends Edition = Edition> {
  /** The edition; every edition that declares the rule when omitted. */
  readonly edition?: E;
}

const errorFailures = (report: Report): Finding[] =>
  checkReport(report).findings.filter((f) => f.severity === "error" && f.status === "fail");

function setCell(report: Report, cell: CellEntry, value: number | null): void {
  let node = report as unknown as Record<string, unknown>;
  for (const key of cell.segments.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[cell.segments[cell.segments.length - 1] as string] = value;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Breaks `instance` by moving one of its cells; then blanks cells until only it fails. `undefined` if it cannot. */
function breakOne(
  report: Report,
  instance: RuleInstance,
  cellPick: number,
  delta: number,
  down: boolean,
  picks: readonly number[],
): Inconsistency | undefined {
  const plan = planOf(report.edition);
  const operands = [...instance.left, ...instance.right];
  const cell = plan.cells[operands[cellPick % operands.length] as number] as CellEntry;
  const out = structuredClone(report);
  const old = readCell(out, cell.segments) as number;
  setCell(out, cell, down && old >= delta ? old - delta : old + delta);
  const blanked: string[] = [];
  for (let round = 0; round < 64; round++) {
    const failures = errorFailures(out);
    const target = failures.find((f) => f.rule === instance.rule.id && same(f.cells, instance.paths));
    if (target === undefined) return undefined;
    const other = failures.find((f) => f !== target);
    if (other === undefined) return { report: out as ReportOfEdition<Edition>, finding: target, blanked };
    const candidates = other.cells.filter((p) => !target.cells.includes(p));
    const path = candidates[(picks[round % picks.length] ?? 0) % Math.max(1, candidates.length)];
    const blank = plan.cells.find((c) => c.path === path);
    if (blank === undefined) return undefined;
    setCell(out, blank, null);
    blanked.push(blank.path);
  }
  return undefined;
}

/**
 * Reports with exactly one instance of an error-severity rule broken, in the `(fc) => Arbitrary` form.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbInconsistentReportWith } from "zfxxgk/testing";
 * fc.assert(fc.property(arbInconsistentReportWith("T4.total")(fc), ({ report, finding }) => !checkReport(report).ok));
 * ```
 */
export function arbInconsistentReportWith<E extends Edition = Edition>(
  ruleId: ErrorRuleId,
  options: ArbInconsistentOptions<E> = {},
): (fc: FastCheck) => Arbitrary<Inconsistency<E>> {
  const which = (options.edition === undefined ? editionKeys : [options.edition]).filter((e) =>
    planOf(e).instances.some((i) => i.rule.id === ruleId && i.rule.severity === "error"),
  );
  if (which.length === 0)
    throw new RangeError(`zfxxgk/testing: no error-severity rule ${String(ruleId)} in the chosen edition(s)`);
  return (fc) => {
    const arbs = which.map((edition) => {
      const instances = planOf(edition).instances.filter((i) => i.rule.id === ruleId);
      return fc
        .record({
          report: arbReportWith({ edition, consistent: true, blanks: false })(fc),
          which: fc.nat(instances.length - 1),
          cellPick: fc.nat(),
          delta: fc.integer({ min: 1, max: 20 }),
          down: fc.boolean(),
          picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        })
        .map(({ report, which, cellPick, delta, down, picks }) =>
          breakOne(report, instances[which] as RuleInstance, cellPick, delta, down, picks),
        )
        .filter((x): x is Inconsistency => x !== undefined);
    });
    return (arbs.length === 1 ? arbs[0] : fc.oneof(...arbs)) as Arbitrary<Inconsistency<E>>;
  };
}
