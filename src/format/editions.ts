/**
 * The two official editions of the format, each a complete descriptor.
 *
 * @module
 */
import { applications2019, applications2021 } from "./applications.js";
import type { EditionDescriptor, ProseSection } from "./descriptor.js";
import { proactive2019, proactive2021 } from "./proactive.js";
import { reviewLitigationTable } from "./review-litigation.js";

/** The prose sections, shared by both editions. */
const proseSections = [
  { key: "overview", ordinal: "一、", title: "总体情况", en: "Overview" },
  {
    key: "problems",
    ordinal: "五、",
    title: "存在的主要问题及改进情况",
    en: "Main problems and improvements",
    aliases: [
      "政府信息公开工作存在的主要问题及改进情况",
      "存在问题及改进情况",
      "存在问题及下一步工作",
      "存在的主要问题及下一步工作",
      "存在的主要问题及改进措施",
    ],
  },
  { key: "other", ordinal: "六、", title: "其他需要报告的事项", en: "Other matters to report" },
] as const satisfies readonly ProseSection[];

const order = ["overview", "proactive", "applications", "reviewLitigation", "problems", "other"] as const;

/**
 * The 2021 edition: 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号, for report
 * years 2021 onward.
 *
 * @example
 * ```ts
 * import { edition2021 } from "zfxxgk";
 * edition2021.tables.applications.title; // "收到和处理政府信息公开申请情况"
 * ```
 */
export const edition2021 = {
  edition: "2021",
  notice: "国办公开办函〔2021〕30号",
  formatTitle: "中华人民共和国政府信息公开工作年度报告格式",
  years: { from: 2021, to: null },
  sections: proseSections,
  tables: { proactive: proactive2021, applications: applications2021, reviewLitigation: reviewLitigationTable },
  order,
} as const satisfies EditionDescriptor;

/**
 * The 2019 edition: 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号, for
 * report years 2019 and 2020.
 *
 * @example
 * ```ts
 * import { edition2019 } from "zfxxgk";
 * edition2019.years; // { from: 2019, to: 2020 }
 * ```
 */
export const edition2019 = {
  edition: "2019",
  notice: "国办公开办函〔2019〕60号",
  formatTitle: "中华人民共和国政府信息公开工作年度报告格式（试行）",
  years: { from: 2019, to: 2020 },
  sections: proseSections,
  tables: { proactive: proactive2019, applications: applications2019, reviewLitigation: reviewLitigationTable },
  order,
} as const satisfies EditionDescriptor;

/**
 * Both editions by their `edition` key.
 *
 * @example
 * ```ts
 * import { editions } from "zfxxgk";
 * Object.keys(editions); // ["2021", "2019"]
 * ```
 */
export const editions = { "2021": edition2021, "2019": edition2019 } as const;

/**
 * An edition key: `"2021"` or `"2019"`.
 *
 * @example
 * ```ts
 * const e: Edition = "2021";
 * ```
 */
export type Edition = keyof typeof editions;

/**
 * The edition keys, newest first.
 *
 * @example
 * ```ts
 * import { editionKeys } from "zfxxgk";
 * editionKeys; // ["2021", "2019"]
 * ```
 */
export const editionKeys = ["2021", "2019"] as const satisfies readonly Edition[];

/**
 * The table keys of a report, in printed order.
 *
 * @example
 * ```ts
 * import { tableKeys } from "zfxxgk";
 * tableKeys; // ["proactive", "applications", "reviewLitigation"]
 * ```
 */
export const tableKeys = ["proactive", "applications", "reviewLitigation"] as const;

/**
 * A table key.
 *
 * @example
 * ```ts
 * const t: TableKey = "applications";
 * ```
 */
export type TableKey = (typeof tableKeys)[number];
