/**
 * The core's issue behind each io-ts error the adapter's codecs produce, and {@link formatErrors}.
 *
 * @module
 */
import * as t from "io-ts";
import type { Finding } from "../../checks/types.js";
import type { Message, ValidationIssue } from "../../validate/issues.js";

/**
 * A failed rule of a consistent codec: the rule id, and the finding of `checkReport`.
 *
 * @example
 * ```ts
 * const issue: RuleIssue = { path: ["applications", "newReceived", "total"], code: "rule_failed", rule: "T3.balance", finding, message: finding.message };
 * ```
 */
export interface RuleIssue {
  /** The path of the instance's first cell. */
  readonly path: readonly (string | number)[];
  readonly code: "rule_failed";
  readonly rule: string;
  readonly finding: Finding;
  readonly message: Message;
}

/**
 * What {@link formatErrors} returns for each error: the core's structural issue, or a failed rule.
 *
 * @example
 * ```ts
 * const issues: readonly AdapterIssue[] = formatErrors(errors);
 * ```
 */
export type AdapterIssue = ValidationIssue | RuleIssue;

const issueOf = new WeakMap<t.ValidationError, AdapterIssue>();

/**
 * An io-ts error for a failed rule instance, at the path of its first cell.
 *
 * @example
 * ```ts
 * ruleErrorWith(finding, report, [], "zh");
 * ```
 */
export function ruleErrorWith(
  finding: Finding,
  report: unknown,
  context: t.Context,
  lang: keyof Message,
): t.ValidationError {
  const path = (finding.cells[0] ?? "").split(".");
  let c = context;
  let value: unknown = report;
  for (const key of path) {
    value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    c = t.appendContext(c, key, t.unknown, value);
  }
  const error: t.ValidationError = { value, context: c, message: finding.message[lang] };
  issueOf.set(error, { path, code: "rule_failed", rule: finding.rule, finding, message: finding.message });
  return error;
}

/**
 * A failed validation carrying the core's issue (its message in `lang` as the io-ts message).
 *
 * @example
 * ```ts
 * failWith(cellIssue(plan, -1), -1, context, "zh");
 * ```
 */
export function failWith<A>(
  issue: ValidationIssue,
  value: unknown,
  context: t.Context,
  lang: "zh" | "en",
): t.Validation<A> {
  const error: t.ValidationError = { value, context, message: issue.message[lang] };
  issueOf.set(error, issue);
  return { _tag: "Left", left: [error] };
}

/**
 * An io-ts error made by this adapter, with the core's issue.
 *
 * @example
 * ```ts
 * errorWith(issue, value, context, "zh");
 * ```
 */
export function errorWith(
  issue: ValidationIssue,
  value: unknown,
  context: t.Context,
  lang: "zh" | "en",
): t.ValidationError {
  const error: t.ValidationError = { value, context, message: issue.message[lang] };
  issueOf.set(error, issue);
  return error;
}

/**
 * The issues of a failed decode, as the core reports them: for {@link ReportCodec}, exactly the paths,
 * codes and messages (Chinese and English) of `validateReport`'s issues, in the same order; for
 * {@link ConsistentReportCodec}, on a structurally valid report, one {@link RuleIssue} per failing
 * error-severity rule instance, in `checkReport`'s order. An error made by
 * another codec (one of yours, composed with ours) becomes an `invalid_type` issue at its context path with
 * its own message.
 *
 * @example
 * ```ts
 * import { ReportCodec, formatErrors } from "zfxxgk/io-ts";
 * const result = ReportCodec.decode(input);
 * if (result._tag === "Left") for (const issue of formatErrors(result.left)) console.log(issue.path.join("."), issue.message.zh);
 * ```
 */
export function formatErrors(errors: readonly t.ValidationError[]): AdapterIssue[] {
  return errors.map((error) => {
    const known = issueOf.get(error);
    if (known !== undefined) return known;
    const path = error.context.slice(1).map((entry) => entry.key);
    const text = error.message ?? `Invalid value supplied to ${error.context.map((e) => e.type.name).join("/")}`;
    return { path, code: "invalid_type", message: { zh: text, en: text } };
  });
}
