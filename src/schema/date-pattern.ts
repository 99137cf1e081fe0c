/**
 * A regular expression for the model's dates, for JSON Schema validators that do not assert `format`.
 *
 * @module
 */

/**
 * An ISO calendar date `YYYY-MM-DD` that exists in the proleptic Gregorian calendar (29 February only in
 * leap years), as a JSON Schema `pattern` (ASCII only, anchored). Accepts exactly what {@link isIsoDate}
 * accepts; a property test proves it.
 *
 * @example
 * ```ts
 * import { isoDatePattern } from "zfxxgk/schema";
 * new RegExp(isoDatePattern, "u").test("2024-02-29"); // true
 * new RegExp(isoDatePattern, "u").test("2023-02-29"); // false
 * ```
 */
export const isoDatePattern =
  "^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)" +
  "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$";
