/**
 * `zfxxgk/rules` — the rules as data, for documentation, user interfaces and tools: the rule catalogue (every
 * rule's id, severity, equation and rationale in both languages), the message templates, the declared envelope,
 * narrative, soft and cross-year rules, and the helpers behind the envelope rules (statutory deadlines, organ
 * kinds). `checkReport`, `checkContinuity` and `sumReports` themselves are in the root entry `zfxxgk`; this entry
 * keeps the rule texts out of bundles that only check.
 *
 * @example
 * ```ts
 * import { checkReport } from "zfxxgk";
 * import { ruleInfo } from "zfxxgk/rules";
 * for (const f of checkReport(report).findings) console.log(f.rule, ruleInfo(f.rule)?.rationale.zh);
 * ```
 *
 * @module zfxxgk/rules
 */
export { type BlankGroup, groupBlankCells } from "./checks/blank-groups.js";
export { type RuleInfo, type RuleKind, ruleCatalogue, ruleInfo } from "./checks/catalogue.js";
export { type ContinuityRule, type ContinuityTerm, continuityRules, pairRules } from "./checks/continuity.js";
export {
  type DeclaredRule,
  type DocumentedRule,
  envelopeRules,
  governmentNameEndings,
  guessOrganKind,
  publicationDeadline,
  statutoryDeadlines,
} from "./checks/envelope-rules.js";
export { type NarrativeRule, narrativeRules } from "./checks/narrative-rules.js";
export { type RuleText, ruleTexts } from "./checks/rule-texts.js";
export { softRules } from "./checks/soft-rules.js";
export { type StructureRule, structureRules } from "./checks/structure-rules.js";
export {
  blankTemplates,
  boundTemplates,
  equationTemplates,
  nonNegativeTemplates,
  type RuleTemplates,
  unitBlankTemplates,
} from "./checks/templates.js";
