/**
 * zfxxgk — 政府信息公开工作年度报告: the official format as data, the typed model and its validator.
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
export { DecimalSum } from "./checks/decimal.js";
export type { DeclaredRule, DocumentedRule } from "./checks/envelope-rules.js";
export type { NarrativeRule } from "./checks/narrative-rules.js";
export type { RuleText } from "./checks/rule-texts.js";
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
export type { RuleTemplates } from "./checks/templates.js";
export type { CheckOptions, CheckResult, Finding, FindingStatus, Lang, OrganKind, Severity } from "./checks/types.js";
export { type TotalStep, totalSteps, type WithTotalsOptions, withTotals } from "./checks/with-totals.js";
export { applicantColumns, applicantFields, applicantRow } from "./format/applicants.js";
export { applications2019, applications2021 } from "./format/applications.js";
export type {
  CellKind,
  ColumnHeader,
  EditionDescriptor,
  FieldDescriptor,
  FieldSet,
  GroupNode,
  ProseSection,
  RecordNode,
  RecordSelector,
  SumRule,
  TableDescriptor,
  TableLayout,
  TableNode,
} from "./format/descriptor.js";
export {
  type Edition,
  edition2019,
  edition2021,
  editionKeys,
  editions,
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
export { proactive2019, proactive2021 } from "./format/proactive.js";
export { reviewGroup, reviewLitigationTable, reviewOutcomeFields } from "./format/review-litigation.js";
export { type CellEntry, cellAt, cellsOf, printedLabel, type RecordEntry, recordsOf } from "./format/walk.js";
export { buildReport, type CellValue, type ReportHead, readCell } from "./model/build.js";
export type * from "./model/index.js";
// The renderers; their building blocks (the layout grid, Chinese numerals and dates, display width, escaping,
// the stylesheet) are in `zfxxgk/render`.
export type { CalendarDate } from "./render/chinese.js";
export type { GridCell, GridCellRole, GridOptions, GridRow, GridSection, TableGrid } from "./render/grid.js";
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
export type { WidthOptions } from "./render/width.js";
export { daysInMonth, isIsoDate } from "./validate/date.js";
export type { IssueCode, Message, ValidationIssue } from "./validate/issues.js";
export { createReportSchema, reportSchema, type StandardSchemaV1 } from "./validate/standard-schema.js";
export { isReport, type ValidationResult, validateReport } from "./validate/validate.js";
