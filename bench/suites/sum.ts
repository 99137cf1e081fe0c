/**
 * `sumReports` over 10,000 reports of one edition and year.
 *
 * @module
 */
import { rollUpReports } from "../corpus.js";
import type { Library } from "../lib.js";
import { medianOf } from "../measure.js";

/** Reports per roll-up. */
export const rollUpSize = 10_000;

/** One roll-up's timing. */
export interface SumTiming {
  readonly edition: "2021" | "2019";
  readonly reports: number;
  readonly ms: number;
  readonly runs: number;
}

/**
 * Times `sumReports` over {@link rollUpSize} reports of each edition (median of `runs`).
 *
 * @example
 * ```ts
 * sumSuite(lib, 7);
 * ```
 */
export function sumSuite(lib: Library, runs: number): SumTiming[] {
  const { sumReports } = lib.core;
  return (["2021", "2019"] as const).map((edition) => {
    const reports = rollUpReports(lib, edition, rollUpSize);
    const first = sumReports(reports, { organ: "某市人民政府" });
    if (!first.ok) throw new Error(`sumReports failed: ${first.issues.map((i) => i.code).join(", ")}`);
    medianOf(2, () => sumReports(reports, { organ: "某市人民政府" })); // warm up
    const ms = medianOf(runs, () => sumReports(reports, { organ: "某市人民政府" }));
    return { edition, reports: reports.length, ms, runs };
  });
}
