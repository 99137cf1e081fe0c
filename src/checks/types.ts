/**
 * What the checks report: findings with a rule id, a verdict, the cells involved and a message in Chinese
 * and English (docs/rules.md).
 *
 * @module
 */
import type { Message } from "../validate/issues.js";

/**
 * How serious a failed rule is: an `error` makes {@link CheckResult.ok} false; a `warning` does not.
 *
 * @example
 * ```ts
 * const s: Severity = "warning";
 * ```
 */
export type Severity = "error" | "warning";

/**
 * The verdict of one rule instance.
 * - `fail`: the figures contradict the rule.
 * - `not-assessable`: an operand is blank (and `blankAsZero` is off), so the rule cannot be decided.
 * - `pass`: only reported with `includePassed`.
 *
 * @example
 * ```ts
 * const s: FindingStatus = "not-assessable";
 * ```
 */
export type FindingStatus = "fail" | "not-assessable" | "pass";

/**
 * The language of {@link Finding.text}: `zh` (default) or `en`. Every finding carries both messages.
 *
 * @example
 * ```ts
 * const lang: Lang = "en";
 * ```
 */
export type Lang = "zh" | "en";

/**
 * One verdict of one rule instance on one report (or, for the cross-year rules, a pair of reports).
 *
 * @example
 * ```ts
 * const f: Finding = {
 *   rule: "T3.results-total", severity: "error", status: "fail",
 *   cells: ["applications.results.total.naturalPerson", "applications.results.granted.naturalPerson"],
 *   left: 11, right: 12, delta: -1,
 *   message: { zh: "「表三（七）总计·自然人」为 11，各项办理结果之和为 12，相差 1。", en: "…" },
 *   text: "「表三（七）总计·自然人」为 11，各项办理结果之和为 12，相差 1。",
 * };
 * ```
 */
export interface Finding {
  /** Stable rule id (see {@link ruleCatalogue}). */
  readonly rule: string;
  readonly severity: Severity;
  readonly status: FindingStatus;
  /**
   * Dotted paths of the cells involved, in the report checked (for {@link checkContinuity}: the current
   * report); for an equation the left-hand cells first, then the right-hand ones.
   */
  readonly cells: readonly string[];
  /** For the cross-year rules: the cells involved in the previous year's report. */
  readonly previousCells?: readonly string[];
  /** For `not-assessable`: the blank cells among {@link Finding.cells}. */
  readonly blankCells?: readonly string[];
  /** Value of the left-hand side, where the rule is an equation or bound; `null` when not assessable. */
  readonly left?: number | null;
  /** Value of the right-hand side; `null` when not assessable. */
  readonly right?: number | null;
  /** `left − right`; `null` when not assessable. */
  readonly delta?: number | null;
  /** The message in both languages, naming cells by their official labels. */
  readonly message: Message;
  /** The message in the language chosen by {@link CheckOptions.lang}. */
  readonly text: string;
}

/**
 * Options of {@link checkReport} and {@link checkContinuity}.
 *
 * @example
 * ```ts
 * const options: CheckOptions = { blankAsZero: true, lang: "en" };
 * ```
 */
export interface CheckOptions {
  /** Evaluate blank cells as 0 instead of making the rules that involve them `not-assessable`. Default false. */
  readonly blankAsZero?: boolean;
  /** Also report every rule instance that passed (status `pass`), for an audit trail. Default false. */
  readonly includePassed?: boolean;
  /** Language of {@link Finding.text}. Default `zh`. Findings always carry both messages. */
  readonly lang?: Lang;
  /**
   * Whether the issuing organ is a government department (deadline 1月31日) or a people's government
   * whose own report is due by 3月31日 (条例第四十九条). Default: guessed from the organ's name.
   */
  readonly organKind?: OrganKind;
  /** Rule ids, or prefixes ending in `.` (`"N."`), to leave out. Default: none. */
  readonly exclude?: readonly string[];
  /**
   * The parts in the order the published report prints them (`ParseResult.partsOrder` of `zfxxgk/parse`): with
   * it `S.part-order` judges the order; without it (a model from a form) the order is not judged.
   */
  readonly partsOrder?: readonly string[];
}

/**
 * The kind of issuing organ, which fixes the statutory publication deadline (条例第四十九条).
 *
 * @example
 * ```ts
 * const kind: OrganKind = "government";
 * ```
 */
export type OrganKind = "department" | "government";

/**
 * What {@link checkReport} returns: `ok` is false when some error-severity rule failed.
 *
 * @example
 * ```ts
 * import { checkReport } from "zfxxgk";
 * const { ok, findings } = checkReport(report);
 * ```
 */
export interface CheckResult {
  readonly ok: boolean;
  readonly findings: readonly Finding[];
}
