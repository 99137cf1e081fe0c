/**
 * `withTotals`: a copy of a report with every total cell computed from its parts. Which cells are totals,
 * and what their parts are, comes from the descriptors: a cell is a total when its field or its record is
 * marked `total: true`, and its parts are the right-hand side of an equation rule whose left-hand side is
 * that one cell (表三 总计 column: `T3.row-total`; （七）总计: `T3.results-total`; 表四 总计: `T4.total`).
 *
 * @module
 */
import type { Edition } from "../format/editions.js";
import type { CellEntry } from "../format/walk.js";
import type { Report } from "../model/report.generated.js";
import { clonePlain, setPath } from "./clone.js";
import { DecimalSum } from "./decimal.js";
import { planFor, readCells } from "./read-cells.js";
import { type EditionPlan, planOf } from "./sum-plan.js";

/**
 * One step of filling totals: the total cell and the cells it sums.
 *
 * @example
 * ```ts
 * totalSteps("2021")[0]?.cell.path; // "applications.newReceived.total"
 * ```
 */
export interface TotalStep {
  readonly cell: CellEntry;
  readonly index: number;
  readonly parts: readonly number[];
  /** Some part is an amount: summed as exact decimals. */
  readonly exact: boolean;
}

const isTotal = (c: CellEntry): boolean => c.field.total === true || c.record.node.total === true;

/** The totals of an edition in an order where every total's parts are known before it. */
function buildSteps(plan: EditionPlan): readonly TotalStep[] {
  const definitions = new Map<number, (readonly number[])[]>();
  for (const inst of plan.instances) {
    if (inst.atLeast || inst.left.length !== 1) continue;
    const target = inst.left[0] as number;
    if (!isTotal(plan.cells[target] as CellEntry)) continue;
    let list = definitions.get(target);
    if (list === undefined) {
      list = [];
      definitions.set(target, list);
    }
    list.push(inst.right);
  }
  const pending = new Set(definitions.keys());
  const steps: TotalStep[] = [];
  let progress = true;
  while (pending.size > 0 && progress) {
    progress = false;
    for (const target of [...pending].sort((a, b) => a - b)) {
      const parts = definitions.get(target)?.find((p) => p.every((i) => !pending.has(i)));
      if (parts === undefined) continue;
      pending.delete(target);
      progress = true;
      const cell = plan.cells[target] as CellEntry;
      steps.push({
        cell,
        index: target,
        parts,
        exact: parts.some((i) => plan.cells[i]?.field.kind === "amount") || cell.field.kind === "amount",
      });
    }
  }
  return steps;
}

const stepCache = new Map<Edition, readonly TotalStep[]>();

/**
 * The totals of an edition, in the order {@link withTotals} fills them.
 *
 * @example
 * ```ts
 * totalSteps("2019").length; // 23 row totals + 6 （七）总计 columns + 3 表四 totals
 * ```
 */
export function totalSteps(edition: Edition): readonly TotalStep[] {
  let steps = stepCache.get(edition);
  if (steps === undefined) {
    steps = buildSteps(planOf(edition));
    stepCache.set(edition, steps);
  }
  return steps;
}

/**
 * Options of {@link withTotals}.
 *
 * @example
 * ```ts
 * const options: WithTotalsOptions = { overwrite: true };
 * ```
 */
export interface WithTotalsOptions {
  /**
   * Also replace totals that hold a figure (default `false`: only blank totals are filled, so a total the user
   * typed is kept and `checkReport` still says when it does not add up).
   */
  readonly overwrite?: boolean;
}

/**
 * A new report equal to `report` with its blank total cells (表三 总计 column, （七）总计 row, 表四 总计) set to
 * the sum of their parts — or, with `{ overwrite: true }`, every total cell, so that the totals hold whatever was
 * typed. By default a total that holds a figure is kept as it is: check what was submitted first (`checkReport`),
 * and fill only what was left blank. A blank part counts as 0; a total whose parts are all blank is left blank.
 * The input is not changed and the result shares no object with it. `T3.balance` is not a total (结转下年度 is
 * data), so it is not made to hold. Counts whose sum exceeds `Number.MAX_SAFE_INTEGER` cannot be held exactly;
 * the nearest number is written (and the result then fails validation).
 *
 * @example
 * ```ts
 * import { buildReport, checkReport, withTotals } from "zfxxgk";
 * const draft = buildReport({ edition: "2021", organ: "某机关", year: 2024, publishedOn: null }, (c) =>
 *   c.field.kind === "unit" ? null : c.field.total || c.record.node.total ? null : 1,
 * );
 * checkReport(withTotals(draft)).findings.filter((f) => f.rule === "T3.row-total").length; // 0: the blank totals filled
 * withTotals(typedWrong); // a 总计 the user typed wrong is kept: checkReport reports it
 * withTotals(typedWrong, { overwrite: true }); // every 总计 recomputed from its parts
 * ```
 */
export function withTotals<R extends Report>(report: R, options: WithTotalsOptions = {}): R {
  const overwrite = options.overwrite === true;
  const plan = planFor(report);
  const out = clonePlain(report);
  readCells(plan, out);
  const { values, blank } = plan;
  for (const step of totalSteps(plan.edition)) {
    if (!overwrite && blank[step.index] !== 1) continue; // a figure the user gave: kept
    let filled = 0;
    let value: number;
    if (step.exact) {
      const sum = new DecimalSum();
      for (const i of step.parts) {
        if (blank[i] === 1) continue;
        filled++;
        sum.add(values[i] as number);
      }
      value = sum.toNumber();
    } else {
      value = 0;
      for (const i of step.parts) {
        if (blank[i] === 1) continue;
        filled++;
        value += values[i] as number;
      }
    }
    const isBlank = filled === 0 && step.parts.length > 0;
    values[step.index] = isBlank ? 0 : value;
    blank[step.index] = isBlank ? 1 : 0;
    setPath(out as unknown as Record<string, unknown>, step.cell.segments, isBlank ? null : value);
  }
  return out;
}
