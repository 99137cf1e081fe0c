/**
 * The 2019 edition of the format (试行): its module is the one place that says what it is.
 *
 * @module
 */
import { applications2019 } from "../applications.js";
import type { EditionDescriptor } from "../descriptor.js";
import { proactive2019 } from "../proactive.js";
import { reviewLitigationTable } from "../review-litigation.js";
import { proseSections, sectionOrder } from "./shared.js";

/**
 * The 2019 edition: 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号, for
 * report years 2019 and 2020.
 *
 * @example
 * ```ts
 * import { edition2019 } from "zfxxgk/format";
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
  order: sectionOrder,
  typeNames: {
    report: "Report2019",
    proactive: "Proactive2019",
    applications: "Applications2019",
    "applications.results": "Results2019",
  },
} as const satisfies EditionDescriptor;
