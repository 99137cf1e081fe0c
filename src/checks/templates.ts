/**
 * Message templates of the rule kinds, as data: the engine fills them, and the rule catalogue shows them.
 * Placeholders: `{scope}` (the column or row a multi-cell left-hand side belongs to, with a colon, or
 * empty), `{left}` / `{right}` (a quoted cell name, or the rule's `leftName` / `rightName`),
 * `{leftValue}` / `{rightValue}`, `{difference}` (absolute), `{blanks}` (the blank cells, quoted).
 *
 * @module
 */
import type { Message } from "../validate/issues.js";

/**
 * The message templates of one kind of rule, by verdict.
 *
 * @example
 * ```ts
 * const t: RuleTemplates = { fail: { zh: "{left}为空白。", en: "{left} is blank." } };
 * ```
 */
export interface RuleTemplates {
  readonly fail: Message;
  readonly notAssessable?: Message;
  readonly pass?: Message;
}

/**
 * Templates of an equation Σ left = Σ right (`compare: "equal"`).
 *
 * @example
 * ```ts
 * import { equationTemplates } from "zfxxgk/rules";
 * equationTemplates.fail.zh; // "{scope}{left}为 {leftValue}，{right}为 {rightValue}，相差 {difference}。"
 * ```
 */
export const equationTemplates = {
  fail: {
    zh: "{scope}{left}为 {leftValue}，{right}为 {rightValue}，相差 {difference}。",
    en: "{scope}{left} is {leftValue}, but {right} is {rightValue}: a difference of {difference}.",
  },
  notAssessable: {
    zh: "{scope}{left}与{right}无法核对：{blanks}为空白。",
    en: "{scope}{left} cannot be checked against {right}: blank cells {blanks}.",
  },
  pass: {
    zh: "{scope}{left}为 {leftValue}，等于{right}。",
    en: "{scope}{left} is {leftValue}, equal to {right}.",
  },
} as const satisfies RuleTemplates;

/**
 * Templates of a bound Σ left ≥ Σ right (`compare: "at-least"`).
 *
 * @example
 * ```ts
 * import { boundTemplates } from "zfxxgk/rules";
 * boundTemplates.fail.en; // "{scope}{left} is {leftValue}, less than {right} ({rightValue})."
 * ```
 */
export const boundTemplates = {
  fail: {
    zh: "{scope}{left}为 {leftValue}，小于{right}（{rightValue}）。",
    en: "{scope}{left} is {leftValue}, less than {right} ({rightValue}).",
  },
  notAssessable: equationTemplates.notAssessable,
  pass: {
    zh: "{scope}{left}为 {leftValue}，不小于{right}（{rightValue}）。",
    en: "{scope}{left} is {leftValue}, not less than {right} ({rightValue}).",
  },
} as const satisfies RuleTemplates;

/**
 * Templates of a bound Σ left ≥ 0 (`compare: "at-least"` with an empty right-hand side).
 *
 * @example
 * ```ts
 * import { nonNegativeTemplates } from "zfxxgk/rules";
 * nonNegativeTemplates.fail.zh; // "{scope}{left}为 {leftValue}，小于 0。"
 * ```
 */
export const nonNegativeTemplates = {
  fail: { zh: "{scope}{left}为 {leftValue}，小于 0。", en: "{scope}{left} is {leftValue}, less than 0." },
  notAssessable: {
    zh: "{scope}{left}无法核对：{blanks}为空白。",
    en: "{scope}{left} cannot be checked: blank cells {blanks}.",
  },
  pass: { zh: "{scope}{left}为 {leftValue}，不小于 0。", en: "{scope}{left} is {leftValue}, not less than 0." },
} as const satisfies RuleTemplates;

/**
 * Templates of `cell.blank`.
 *
 * @example
 * ```ts
 * import { blankTemplates } from "zfxxgk/rules";
 * blankTemplates.fail.zh; // "{left}为空白，未填写数字。"
 * ```
 */
export const blankTemplates = {
  fail: { zh: "{left}为空白，未填写数字。", en: "{left} is blank: no figure was given." },
  pass: { zh: "{left}已填写。", en: "{left} is filled in." },
} as const satisfies RuleTemplates;

/**
 * Templates of `cell.unit-blank`: an amount given without the unit written beside it.
 *
 * @example
 * ```ts
 * import { unitBlankTemplates } from "zfxxgk/rules";
 * unitBlankTemplates.fail.zh; // "{left}为 {leftValue}，但未注明单位（{units}）。"
 * ```
 */
export const unitBlankTemplates = {
  fail: {
    zh: "{left}为 {leftValue}，但未注明单位（{units}）。",
    en: "{left} is {leftValue} but its unit ({units}) is not given.",
  },
  pass: { zh: "{left}已注明单位。", en: "{left} has its unit." },
} as const satisfies RuleTemplates;
