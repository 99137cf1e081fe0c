/**
 * What validation reports: issues with a path and a message in Chinese and English.
 *
 * @module
 */

/**
 * A message in both languages of the library.
 *
 * @example
 * ```ts
 * const m: Message = { zh: "缺少「表四 行政复议·总计」", en: "Missing Table 4 Administrative reconsideration · Total" };
 * ```
 */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/**
 * Why an input was rejected.
 *
 * @example
 * ```ts
 * const code: IssueCode = "negative";
 * ```
 */
export type IssueCode =
  | "invalid_type"
  | "missing_key"
  | "unknown_key"
  | "negative"
  | "not_integer"
  | "not_finite"
  | "unsafe_integer"
  | "invalid_date"
  | "invalid_value"
  | "invalid_edition"
  | "edition_mismatch"
  | "unreadable"
  | "too_many";

/**
 * One reason an input is not a valid report.
 *
 * @example
 * ```ts
 * import { validateReport } from "zfxxgk";
 * const r = validateReport({ edition: "2021" });
 * if (!r.ok) console.log(r.issues[0]?.path, r.issues[0]?.message.zh);
 * ```
 */
export interface ValidationIssue {
  /** Keys (and array indexes) from the root to the offending value. */
  readonly path: readonly (string | number)[];
  readonly code: IssueCode;
  readonly message: Message;
}

/**
 * Describes a value for a message: its JSON type and a short rendering.
 *
 * @example
 * ```ts
 * describe(-1); // "-1"
 * ```
 */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "数组/array";
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "string":
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case "object":
      return "对象/object";
    case "undefined":
      return "undefined";
    default:
      return typeof value;
  }
}
