/**
 * 表二 二、主动公开政府信息情况 — the two editions differ entirely. Each block is one item of
 * 《政府信息公开条例》第二十条, titled 第二十条第（N）项, with a header row beginning 信息内容.
 *
 * @module
 */
import type { FieldDescriptor, FieldSet, TableDescriptor } from "./descriptor.js";
import { layoutGroup, record } from "./nodes.js";

const header = "信息内容";

/** 2021 第（一）项 columns. */
const documentFields2021 = [
  { key: "issued", label: "本年制发件数", en: "Issued this year", kind: "count", unit: "件" },
  { key: "repealed", label: "本年废止件数", en: "Repealed this year", kind: "count", unit: "件" },
  { key: "inForce", label: "现行有效件数", en: "In force", kind: "count", unit: "件" },
] as const satisfies readonly FieldDescriptor[];
const documentSet2021 = { name: "NormativeDocumentCounts", fields: documentFields2021 } as const satisfies FieldSet;

/** 2021 第（五）（六）项 column. */
const decisionFields2021 = [
  { key: "decisions", label: "本年处理决定数量", en: "Decisions this year", kind: "count" },
] as const satisfies readonly FieldDescriptor[];
const decisionSet2021 = { name: "DecisionCount", fields: decisionFields2021 } as const satisfies FieldSet;

/** 2021 第（八）项 column. */
const feeFields2021 = [
  {
    key: "amount",
    label: "本年收费金额（单位：万元）",
    en: "Fees collected this year (10,000 yuan)",
    kind: "amount",
    unit: "万元",
    aliases: ["本年收费金额（万元）", "本年收费金额"],
  },
] as const satisfies readonly FieldDescriptor[];
const feeSet2021 = { name: "FeeAmount", fields: feeFields2021 } as const satisfies FieldSet;

/**
 * 表二 in the 2021 edition: 第二十条第（一）（五）（六）（八）项.
 *
 * @example
 * ```ts
 * import { proactive2021 } from "zfxxgk/format";
 * proactive2021.children.map((b) => b.label); // ["第二十条第（一）项", …]
 * ```
 */
export const proactive2021 = {
  key: "proactive",
  number: "表二",
  ordinal: "二、",
  title: "主动公开政府信息情况",
  en: "Information disclosed proactively",
  layout: "blocks",
  notes: [],
  children: [
    layoutGroup(
      "article20.1",
      "第二十条第（一）项",
      "Article 20 item (1): regulations and normative documents",
      [
        record("regulations", "", "规章", "Regulations (规章)", documentSet2021),
        record("normativeDocuments", "", "行政规范性文件", "Administrative normative documents", documentSet2021, {
          aliases: ["规范性文件"],
        }),
      ],
      { header, inCellName: false },
    ),
    layoutGroup(
      "article20.5",
      "第二十条第（五）项",
      "Article 20 item (5): administrative licensing",
      [record("licensing", "", "行政许可", "Administrative licensing", decisionSet2021)],
      { header, inCellName: false },
    ),
    layoutGroup(
      "article20.6",
      "第二十条第（六）项",
      "Article 20 item (6): penalties and coercive measures",
      [
        record("penalties", "", "行政处罚", "Administrative penalties", decisionSet2021),
        record("coercion", "", "行政强制", "Administrative coercive measures", decisionSet2021),
      ],
      { header, inCellName: false },
    ),
    layoutGroup(
      "article20.8",
      "第二十条第（八）项",
      "Article 20 item (8): administrative fees",
      [record("fees", "", "行政事业性收费", "Administrative fees", feeSet2021)],
      { header, inCellName: false },
    ),
  ],
  rules: [],
} as const satisfies TableDescriptor;

/** 2019 第（一）项 columns. */
const documentFields2019 = [
  { key: "newlyMade", label: "本年新制作数量", en: "Newly made this year", kind: "count", unit: "件" },
  { key: "newlyPublished", label: "本年新公开数量", en: "Newly published this year", kind: "count", unit: "件" },
  { key: "publicTotal", label: "对外公开总数量", en: "Total published", kind: "count", unit: "件" },
] as const satisfies readonly FieldDescriptor[];
const documentSet2019 = { name: "NormativeDocumentCounts2019", fields: documentFields2019 } as const satisfies FieldSet;

const previousItems = {
  key: "previousItems",
  label: "上一年项目数量",
  en: "Items last year",
  kind: "count",
  unit: "项",
} as const satisfies FieldDescriptor;
const change = {
  key: "change",
  label: "本年增/减",
  en: "Change this year (signed)",
  kind: "signed",
  unit: "项",
  aliases: ["本年增／减", "本年增减", "本年增(减)"],
} as const satisfies FieldDescriptor;

/** 2019 第（五）（六）项 columns. */
const itemFields2019 = [
  previousItems,
  change,
  { key: "decisions", label: "处理决定数量", en: "Decisions", kind: "count" },
] as const satisfies readonly FieldDescriptor[];
const itemSet2019 = { name: "ItemCounts2019", fields: itemFields2019 } as const satisfies FieldSet;

/** 2019 第（八）项 columns (counts of fee items, not money). */
const feeFields2019 = [previousItems, change] as const satisfies readonly FieldDescriptor[];
const feeSet2019 = { name: "FeeItemCounts2019", fields: feeFields2019 } as const satisfies FieldSet;

/** 2019 第（九）项 columns; the unit of 采购总金额 is written in the cell. */
const procurementFields2019 = [
  { key: "projects", label: "采购项目数量", en: "Procurement projects", kind: "count", unit: "个" },
  { key: "amount", label: "采购总金额", en: "Total procurement amount", kind: "amount" },
  {
    key: "amountUnit",
    label: "采购总金额单位",
    en: "Unit written with the total amount",
    kind: "unit",
    values: ["元", "万元"],
    unitOf: "amount",
  },
] as const satisfies readonly FieldDescriptor[];
const procurementSet2019 = { name: "Procurement2019", fields: procurementFields2019 } as const satisfies FieldSet;

/**
 * 表二 in the 2019 edition (试行): 第二十条第（一）（五）（六）（八）（九）项.
 *
 * @example
 * ```ts
 * import { proactive2019 } from "zfxxgk/format";
 * proactive2019.children.length; // 5
 * ```
 */
export const proactive2019 = {
  key: "proactive",
  number: "表二",
  ordinal: "二、",
  title: "主动公开政府信息情况",
  en: "Information disclosed proactively",
  layout: "blocks",
  notes: [],
  children: [
    layoutGroup(
      "article20.1",
      "第二十条第（一）项",
      "Article 20 item (1): regulations and normative documents",
      [
        record("regulations", "", "规章", "Regulations (规章)", documentSet2019),
        record("normativeDocuments", "", "规范性文件", "Normative documents", documentSet2019),
      ],
      { header, inCellName: false },
    ),
    layoutGroup(
      "article20.5",
      "第二十条第（五）项",
      "Article 20 item (5): licensing and other external services",
      [
        record("licensing", "", "行政许可", "Administrative licensing", itemSet2019),
        record("otherServices", "", "其他对外管理服务事项", "Other external management services", itemSet2019),
      ],
      { header, inCellName: false },
    ),
    layoutGroup(
      "article20.6",
      "第二十条第（六）项",
      "Article 20 item (6): penalties and coercive measures",
      [
        record("penalties", "", "行政处罚", "Administrative penalties", itemSet2019),
        record("coercion", "", "行政强制", "Administrative coercive measures", itemSet2019),
      ],
      { header, inCellName: false },
    ),
    layoutGroup(
      "article20.8",
      "第二十条第（八）项",
      "Article 20 item (8): administrative fee items",
      [record("fees", "", "行政事业性收费", "Administrative fee items", feeSet2019)],
      { header, inCellName: false },
    ),
    layoutGroup(
      "article20.9",
      "第二十条第（九）项",
      "Article 20 item (9): government centralised procurement",
      [record("procurement", "", "政府集中采购", "Government centralised procurement", procurementSet2019)],
      { header, inCellName: false },
    ),
  ],
  rules: [],
} as const satisfies TableDescriptor;
