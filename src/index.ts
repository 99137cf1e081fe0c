/**
 * zfxxgk — 政府信息公开工作年度报告: the typed model and its validator, the checks (勾稽关系), the renderers, the
 * official categories as enums. The format's descriptors and the pieces they are built from (tables, shared
 * blocks, the edition registry, the walks over a table) are in `zfxxgk/format`; the rules as data in
 * `zfxxgk/rules`; the renderers' building blocks in `zfxxgk/render`. docs/api-report.md lists every export of
 * every entry.
 *
 * @example
 * ```ts
 * import { validateReport } from "zfxxgk";
 * const result = validateReport(JSON.parse(text));
 * ```
 *
 * @module zfxxgk
 */

// The checks; the rules as data (catalogue, texts, templates, declared rules) are in `zfxxgk/rules`.
export type { RuleInfo, RuleKind } from "./checks/catalogue.js";
export { checkReport } from "./checks/check-report.js";
export { type ContinuityRule, type ContinuityTerm, checkContinuity } from "./checks/continuity.js";
export {
  type BlankPolicy,
  type SumIssue,
  type SumIssueCode,
  type SumOptions,
  type SumResult,
  type SumSuccess,
  sumReports,
  unitScales,
} from "./checks/sum-reports.js";
export type { CheckOptions, CheckResult, Finding, FindingStatus, Lang, OrganKind, Severity } from "./checks/types.js";
export { type TotalStep, totalSteps, type WithTotalsOptions, withTotals } from "./checks/with-totals.js";
// The editions and tables by key, the official categories, every cell of an edition; the descriptors themselves,
// the registry and the pieces of the format are in `zfxxgk/format`.
export {
  type Edition,
  type Editions,
  editionForYear,
  editionKeys,
  editionYears,
  isEdition,
  type TableKey,
  tableKeys,
} from "./format/editions.js";
export {
  ApplicantType,
  Article20Item,
  CaseKind,
  type EnumEntry,
  LitigationKind,
  NotDisclosedReason,
  NotProcessedReason,
  type OfficialEnum,
  OtherHandlingReason,
  OutcomeCategory,
  ReviewOutcome,
  UnableToProvideReason,
} from "./format/enums.js";
export { type CellEntry, cellsOf } from "./format/walk.js";
// The model: its types (generated from the descriptors), a report from cell values, a cell's value.
export { buildReport, type CellValue, type ReportHead, readCell } from "./model/build.js";
export type * from "./model/index.js";
// The renderers; their building blocks (the layout grid, Chinese numerals and dates, display width, escaping,
// the stylesheet) are in `zfxxgk/render`.
export type {
  BlankStyle,
  CommonRenderOptions,
  HtmlRenderOptions,
  MarkdownRenderOptions,
  RenderFormat,
  RenderOptions,
  TextRenderOptions,
} from "./render/options.js";
export { renderReport, renderTable } from "./render/render.js";
// Validation: the core validator, its issues, a Standard Schema V1.
export type { IssueCode, Message, ValidationIssue } from "./validate/issues.js";
export { createReportSchema, reportSchema, type StandardSchemaV1 } from "./validate/standard-schema.js";
export { isReport, type ValidationResult, validateReport } from "./validate/validate.js";
