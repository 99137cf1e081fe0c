/**
 * The 2021 edition of the format: its module is the one place that says what it is.
 *
 * @module
 */
import { applications2021 } from "../applications.js";
import type { EditionDescriptor } from "../descriptor.js";
import { proactive2021 } from "../proactive.js";
import { reviewLitigationTable } from "../review-litigation.js";
import { proseSections, sectionOrder } from "./shared.js";

/**
 * The 2021 edition: 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号, for report
 * years 2021 onward.
 *
 * @example
 * ```ts
 * import { edition2021 } from "zfxxgk/format";
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
  order: sectionOrder,
  typeNames: {
    report: "Report2021",
    proactive: "Proactive2021",
    applications: "Applications2021",
    "applications.results": "Results2021",
  },
} as const satisfies EditionDescriptor;
