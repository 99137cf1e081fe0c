/**
 * 表四 四、政府信息公开行政复议、行政诉讼情况 — identical in both editions.
 *
 * @module
 */
import type { FieldDescriptor, FieldSet, SumRule, TableDescriptor } from "./descriptor.js";
import { layoutGroup, record } from "./nodes.js";

/**
 * The five columns of each 表四 group, in printed order.
 *
 * @example
 * ```ts
 * import { reviewOutcomeFields } from "zfxxgk/format";
 * reviewOutcomeFields[0].label; // "结果维持"
 * ```
 */
export const reviewOutcomeFields = [
  { key: "upheld", label: "结果维持", en: "Upheld", kind: "count", unit: "件" },
  { key: "corrected", label: "结果纠正", en: "Corrected", kind: "count", unit: "件" },
  { key: "other", label: "其他结果", en: "Other outcome", kind: "count", unit: "件" },
  { key: "pending", label: "尚未审结", en: "Pending", kind: "count", unit: "件" },
  { key: "total", label: "总计", en: "Total", kind: "count", unit: "件", total: true },
] as const satisfies readonly FieldDescriptor[];

/**
 * 表四's group type: the five outcome columns, named `ReviewGroup` in the model.
 *
 * @example
 * ```ts
 * import { reviewGroup } from "zfxxgk/format";
 * reviewGroup.fields.length; // 5
 * ```
 */
export const reviewGroup = { name: "ReviewGroup", fields: reviewOutcomeFields } as const satisfies FieldSet;

const rules = [
  {
    id: "T4.total",
    severity: "error",
    per: "record",
    records: "all",
    left: ["total"],
    right: ["upheld", "corrected", "other", "pending"],
    official: false,
    equation: {
      zh: "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结（每一组）",
      en: "total = upheld + corrected + other + pending (each group)",
    },
    rightName: { zh: "各项结果之和", en: "the sum of the outcomes" },
  },
] as const satisfies readonly SumRule[];

/**
 * 表四: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉), five columns each, one data row.
 *
 * @example
 * ```ts
 * import { reviewLitigationTable } from "zfxxgk/format";
 * reviewLitigationTable.layout; // "column-groups"
 * ```
 */
export const reviewLitigationTable = {
  key: "reviewLitigation",
  number: "表四",
  ordinal: "四、",
  title: "政府信息公开行政复议、行政诉讼情况",
  en: "Administrative reconsideration and litigation over government information",
  layout: "column-groups",
  notes: [],
  aliases: ["因政府信息公开工作被申请行政复议、提起行政诉讼情况", "因政府信息公开工作被申请行政复议提起行政诉讼情况"],
  children: [
    record("review", "", "行政复议", "Administrative reconsideration", reviewGroup),
    layoutGroup("litigation", "行政诉讼", "Administrative litigation", [
      record("litigationDirect", "", "未经复议直接起诉", "Suits filed without prior reconsideration", reviewGroup),
      record("litigationAfterReview", "", "复议后起诉", "Suits filed after reconsideration", reviewGroup),
    ]),
  ],
  rules,
} as const satisfies TableDescriptor;
