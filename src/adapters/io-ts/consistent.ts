/**
 * A report codec plus the error-severity rules of `checkReport`: each failing rule instance becomes an io-ts
 * error at the path of its first cell, and {@link formatErrors} turns it into a {@link RuleIssue}.
 *
 * @module
 */
import * as t from "io-ts";
import { checkReport } from "../../checks/check-report.js";
import type { Finding } from "../../checks/types.js";
import type { Report } from "../../model/report.generated.js";
import type { Message } from "../../validate/issues.js";
import { ruleErrorWith } from "./issues.js";
import type { AnyReportCodec } from "./types.js";

/**
 * Options of {@link withConsistency}.
 *
 * @example
 * ```ts
 * const options: ConsistencyCodecOptions = { blankAsZero: true, lang: "en" };
 * ```
 */
export interface ConsistencyCodecOptions {
  /** Read blank cells as 0 (`checkReport`'s `blankAsZero`). Default false. */
  readonly blankAsZero?: boolean;
  /** Language of the io-ts error messages. Default `zh`. */
  readonly lang?: keyof Message;
}

/**
 * The codec of a consistent report: a refinement of {@link ReportCodec} by the error-severity rules.
 *
 * @example
 * ```ts
 * import type { ConsistentReportCodecType } from "zfxxgk/io-ts";
 * ```
 */
export type ConsistentReportCodecType = t.RefinementC<AnyReportCodec>;

/**
 * Adds the error-severity rules of `checkReport` to a report codec.
 *
 * @example
 * ```ts
 * import { ReportCodec, withConsistency } from "zfxxgk/io-ts";
 * const Strict = withConsistency(ReportCodec, { blankAsZero: true });
 * ```
 */
export function withConsistency(
  codec: AnyReportCodec,
  options: ConsistencyCodecOptions = {},
): ConsistentReportCodecType {
  const lang = options.lang ?? "zh";
  const failures = (report: Report): Finding[] =>
    checkReport(report, { blankAsZero: options.blankAsZero === true }).findings.filter(
      (f) => f.severity === "error" && f.status === "fail",
    );
  const predicate = (report: Report) => failures(report).length === 0;
  const validate: t.Validate<unknown, Report> = (u, c) => {
    const result = codec.validate(u, c);
    if (result._tag === "Left") return result;
    const found = failures(result.right);
    if (found.length === 0) return result;
    return t.failures(found.map((finding) => ruleErrorWith(finding, result.right, c, lang)));
  };
  return new t.RefinementType(
    `Consistent${codec.name}`,
    (u): u is Report => codec.is(u) && predicate(u),
    validate,
    codec.encode,
    codec,
    predicate,
  ) as ConsistentReportCodecType;
}
