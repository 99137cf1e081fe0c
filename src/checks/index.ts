/**
 * The accounting rules (勾稽关系) and the check engine: `checkReport`, `checkContinuity`, `sumReports`,
 * `withTotals`, and the rule catalogue.
 *
 * @module
 */
export { type RuleInfo, type RuleKind, ruleCatalogue, ruleInfo } from "./catalogue.js";
export { checkReport } from "./check-report.js";
export {
  type ContinuityRule,
  type ContinuityTerm,
  checkContinuity,
  continuityRules,
  pairRules,
} from "./continuity.js";
export { DecimalSum } from "./decimal.js";
export {
  type DeclaredRule,
  type DocumentedRule,
  envelopeRules,
  governmentNameEndings,
  guessOrganKind,
  publicationDeadline,
  statutoryDeadlines,
} from "./envelope-rules.js";
export { type NarrativeRule, narrativeRules } from "./narrative-rules.js";
export { type RuleText, ruleTexts } from "./rule-texts.js";
export { softRules } from "./soft-rules.js";
export {
  type BlankPolicy,
  type SumIssue,
  type SumIssueCode,
  type SumOptions,
  type SumResult,
  type SumSuccess,
  sumReports,
  unitScales,
} from "./sum-reports.js";
export {
  blankTemplates,
  boundTemplates,
  equationTemplates,
  nonNegativeTemplates,
  type RuleTemplates,
  unitBlankTemplates,
} from "./templates.js";
export type { CheckOptions, CheckResult, Finding, FindingStatus, Lang, OrganKind, Severity } from "./types.js";
export { type TotalStep, totalSteps, type WithTotalsOptions, withTotals } from "./with-totals.js";
