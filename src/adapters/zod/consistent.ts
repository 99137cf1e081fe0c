/**
 * A report schema plus the error-severity rules of `checkReport`: each failing rule instance becomes a zod
 * issue at the path of its first cell, with the rule id and the finding in `params`.
 *
 * @module
 */
import type * as z from "zod/v4";
import { checkReport } from "../../checks/check-report.js";
import type { Finding } from "../../checks/types.js";
import type { Report } from "../../model/report.generated.js";
import type { Message } from "../../validate/issues.js";

/**
 * What a consistency issue carries in `params`.
 *
 * @example
 * ```ts
 * const issue = ConsistentReportSchema.safeParse(report).error?.issues[0];
 * if (issue?.code === "custom") console.log((issue.params as RuleIssueParams).rule); // "T3.balance"
 * ```
 */
export interface RuleIssueParams {
  /** The rule id (docs/rules.md): `T3.balance`, `T3.results-total`, `T3.row-total`, `T4.total`. */
  readonly rule: string;
  /** Dotted paths of every cell of the failing instance. */
  readonly cells: readonly string[];
  /** The finding of `checkReport`, in full. */
  readonly finding: Finding;
}

/**
 * Options of the consistency check.
 *
 * @example
 * ```ts
 * const options: ConsistencyOptions = { blankAsZero: true };
 * ```
 */
export interface ConsistencyOptions {
  /** Read blank cells as 0 (`checkReport`'s `blankAsZero`). Default false: a rule with a blank operand is not assessable, not failed. */
  readonly blankAsZero?: boolean;
}

/**
 * Adds the error-severity rules of `checkReport` to a report schema (they run only when the structure is
 * valid).
 *
 * @example
 * ```ts
 * import { ReportSchema, withConsistency } from "zfxxgk/zod";
 * const Strict = withConsistency(ReportSchema, { blankAsZero: true });
 * ```
 */
export function withConsistency<S extends z.ZodType<Report>>(
  schema: S,
  options: ConsistencyOptions & { readonly lang?: keyof Message } = {},
): S {
  const lang = options.lang ?? "zh";
  return schema.superRefine(
    (report, ctx) => {
      const { findings } = checkReport(report, { blankAsZero: options.blankAsZero === true });
      for (const finding of findings) {
        if (finding.severity !== "error" || finding.status !== "fail") continue;
        const params: RuleIssueParams = { rule: finding.rule, cells: finding.cells, finding };
        ctx.addIssue({
          code: "custom",
          message: finding.message[lang],
          path: (finding.cells[0] ?? "").split("."),
          input: report,
          params: { ...params },
        });
      }
    },
    { when: (payload) => payload.issues.length === 0 },
  ) as S;
}
