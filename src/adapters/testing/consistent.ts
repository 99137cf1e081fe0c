/**
 * Filling a report's cells so that every error-severity rule declared in the descriptors holds. Nothing here
 * is specific to a table: the totals come from {@link totalSteps} (the rules whose left side is one total
 * cell), and every other error rule instance whose one side holds no total gets that side by splitting the
 * other side's sum, in proportion to the side's own random values. Instances with totals on both sides then
 * hold by linearity (a test checks every generated report with `checkReport`).
 *
 * @module
 */
import { planOf } from "../../checks/sum-plan.js";
import { type TotalStep, totalSteps } from "../../checks/with-totals.js";
import type { Edition } from "../../format/editions.js";

/** One instance made to hold by splitting: `dependent` gets the sum of `source`. */
interface Split {
  readonly dependent: readonly number[];
  readonly source: readonly number[];
}

/**
 * How to make an edition's cells consistent.
 *
 * @example
 * ```ts
 * solutionOf("2021").constrained[0]; // 0: 表二's cells are in no error rule
 * ```
 */
export interface Solution {
  readonly steps: readonly TotalStep[];
  readonly splits: readonly Split[];
  /** 1 for every cell in some error-severity rule instance. */
  readonly constrained: Uint8Array;
}

function buildSolution(edition: Edition): Solution {
  const plan = planOf(edition);
  const steps = totalSteps(edition);
  const defined = new Set(steps.map((s) => s.index));
  const constrained = new Uint8Array(plan.cells.length);
  const splits: Split[] = [];
  const taken = new Set<number>();
  for (const instance of plan.instances) {
    if (instance.rule.severity !== "error") continue;
    for (const i of [...instance.left, ...instance.right]) constrained[i] = 1;
    const [first] = instance.left;
    if (instance.left.length === 1 && first !== undefined && defined.has(first)) continue;
    const open = (side: readonly number[]) => side.length > 0 && side.every((i) => !defined.has(i));
    const dependent = open(instance.left) ? instance.left : open(instance.right) ? instance.right : undefined;
    if (dependent === undefined) continue;
    const source = dependent === instance.left ? instance.right : instance.left;
    for (const i of dependent) {
      if (taken.has(i) || plan.cells[i]?.field.kind !== "count") {
        throw new Error(
          `zfxxgk/testing: cannot make rule ${instance.rule.id} hold by construction (cell ${plan.cells[i]?.path})`,
        );
      }
      taken.add(i);
    }
    splits.push({ dependent, source });
  }
  return { steps, splits, constrained };
}

const cache = new Map<Edition, Solution>();

/**
 * The solution of an edition, built on first use and kept.
 *
 * @example
 * ```ts
 * solutionOf("2019").splits.length; // 6: T3.balance in each applicant column
 * ```
 */
export function solutionOf(edition: Edition): Solution {
  let solution = cache.get(edition);
  if (solution === undefined) {
    solution = buildSolution(edition);
    cache.set(edition, solution);
  }
  return solution;
}

function applyTotals(values: number[], steps: readonly TotalStep[]): void {
  for (const step of steps) {
    let sum = 0;
    for (const i of step.parts) sum += values[i] as number;
    values[step.index] = sum;
  }
}

/** Splits `total` in proportion to `weights` (all to the first when they are all 0), exactly. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0));
  const t = BigInt(total);
  const parts = weights.map((w) => (t * BigInt(w)) / sum);
  const rest = t - parts.reduce((s, p) => s + p, 0n);
  const biggest = weights.indexOf(Math.max(...weights));
  parts[biggest] = (parts[biggest] as bigint) + rest;
  return parts.map(Number);
}

/**
 * Makes `values` (one per cell of the edition, in `cellsOf` order, numbers where numeric) satisfy every
 * error-severity rule, in place.
 *
 * @example
 * ```ts
 * const values = cellsOf("2021").map(() => 1);
 * makeConsistent("2021", values);
 * ```
 */
export function makeConsistent(edition: Edition, values: number[]): void {
  const { steps, splits } = solutionOf(edition);
  applyTotals(values, steps);
  for (const s of splits) {
    let total = 0;
    for (const i of s.source) total += values[i] as number;
    const parts = split(
      total,
      s.dependent.map((i) => values[i] as number),
    );
    s.dependent.forEach((i, k) => {
      values[i] = parts[k] as number;
    });
  }
  applyTotals(values, steps);
}
