/**
 * `zfxxgk/testing` — fast-check arbitraries of reports for property-testing code that handles them: valid
 * reports (optionally consistent, with or without blank cells), reports with exactly one rule instance
 * broken, and fuzzing inputs. Each comes twice: `arbX(…)` built with the fast-check this package resolves,
 * and `arbXWith(…)(fc)` built with yours. fast-check is an optional peer dependency, imported only here.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { checkReport } from "zfxxgk";
 * import { arbReport } from "zfxxgk/testing";
 * fc.assert(fc.property(arbReport({ consistent: true }), (report) => checkReport(report).ok));
 * ```
 *
 * @module zfxxgk/testing
 */
import * as fc from "fast-check";
import type { Arbitrary } from "./adapters/testing/fast-check.js";
import {
  type ArbInconsistentOptions,
  arbInconsistentReportWith,
  type ErrorRuleId,
  type Inconsistency,
} from "./adapters/testing/inconsistent.js";
import { type ArbReportInputOptions, arbReportInputWith } from "./adapters/testing/input.js";
import { type ArbReportOptions, arbReportWith, type ReportOfEdition } from "./adapters/testing/report.js";
import type { Edition } from "./format/editions.js";

export type { Arbitrary, FastCheck } from "./adapters/testing/fast-check.js";
export {
  type ArbInconsistentOptions,
  arbInconsistentReportWith,
  type ErrorRuleId,
  type Inconsistency,
} from "./adapters/testing/inconsistent.js";
export { type ArbReportInputOptions, arbReportInputWith } from "./adapters/testing/input.js";
export { type ArbReportOptions, arbReportWith, type ReportOfEdition } from "./adapters/testing/report.js";

/**
 * Structurally valid reports (`validateReport(report).ok`), built cell by cell from the descriptors.
 * `{ consistent: true }`: every error-severity rule holds too (`checkReport(report).ok`); `{ blanks: false }`:
 * no blank cell; `{ edition }`: one edition only.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbReport } from "zfxxgk/testing";
 * fc.assert(fc.property(arbReport({ edition: "2021", consistent: true, blanks: false }), (report) => myRender(report).length > 0));
 * ```
 */
export function arbReport<E extends Edition = Edition>(
  options: ArbReportOptions<E> = {},
): Arbitrary<ReportOfEdition<E>> {
  return arbReportWith(options)(fc);
}

/**
 * Consistent reports with exactly one instance of `ruleId` broken: `checkReport(report)` (default options)
 * reports exactly one error-severity failure, `finding`. Cells that other instances would share are left
 * blank to isolate it (`blanked`).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbInconsistentReport } from "zfxxgk/testing";
 * fc.assert(fc.property(arbInconsistentReport("T3.balance"), ({ report, finding }) => myChecker(report).includes(finding.rule)));
 * ```
 */
export function arbInconsistentReport<E extends Edition = Edition>(
  ruleId: ErrorRuleId,
  options: ArbInconsistentOptions<E> = {},
): Arbitrary<Inconsistency<E>> {
  return arbInconsistentReportWith(ruleId, options)(fc);
}

/**
 * Inputs for fuzzing a validator or a reader: valid reports, near misses and junk (`{ json: true }`: only
 * what JSON can carry).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { validateReport } from "zfxxgk";
 * import { arbReportInput } from "zfxxgk/testing";
 * fc.assert(fc.property(arbReportInput(), (input) => typeof validateReport(input).ok === "boolean"));
 * ```
 */
export function arbReportInput(options: ArbReportInputOptions = {}): Arbitrary<unknown> {
  return arbReportInputWith(options)(fc);
}
