/**
 * The accounting rules (勾稽关系) and the check engine.
 *
 * @module
 */
export { checkReport } from "./check-report.js";
export { DecimalSum } from "./decimal.js";
export {
  type DeclaredRule,
  envelopeRules,
  governmentNameEndings,
  guessOrganKind,
  publicationDeadline,
  statutoryDeadlines,
} from "./envelope-rules.js";
export { type NarrativeRule, narrativeRules } from "./narrative-rules.js";
export {
  blankTemplates,
  boundTemplates,
  equationTemplates,
  nonNegativeTemplates,
  type RuleTemplates,
  unitBlankTemplates,
} from "./templates.js";
export type { CheckOptions, CheckResult, Finding, FindingStatus, Lang, OrganKind, Severity } from "./types.js";
export { type TotalStep, totalSteps, withTotals } from "./with-totals.js";
