/**
 * The core's issue behind each io-ts error the adapter's codecs produce, and {@link formatErrors}.
 *
 * @module
 */
import type * as t from "io-ts";
import type { ValidationIssue } from "../../validate/issues.js";

const issueOf = new WeakMap<t.ValidationError, ValidationIssue>();

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
 * codes and messages (Chinese and English) of `validateReport`'s issues, in the same order. An error made by
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
export function formatErrors(errors: readonly t.ValidationError[]): ValidationIssue[] {
  return errors.map((error) => {
    const known = issueOf.get(error);
    if (known !== undefined) return known;
    const path = error.context.slice(1).map((entry) => entry.key);
    const text = error.message ?? `Invalid value supplied to ${error.context.map((e) => e.type.name).join("/")}`;
    return { path, code: "invalid_type", message: { zh: text, en: text } };
  });
}
