/**
 * The assessment's own rules (`assessReports`, `zfxxgk/assess`): coverage against a unit list and the roll-up of a
 * parent against its children. Declared beside the other rules so that the catalogue lists them; the assessment
 * fills their templates.
 *
 * @module
 */
import type { DocumentedRule } from "./envelope-rules.js";

/**
 * `A.missing-report`, `A.unknown-organ` and `A.roll-up`.
 *
 * @example
 * ```ts
 * import { assessRules } from "zfxxgk/assess";
 * assessRules.map((r) => r.id); // ["A.missing-report", "A.unknown-organ", "A.roll-up"]
 * ```
 */
export const assessRules = [
  {
    id: "A.missing-report",
    severity: "error",
    official: true,
    equation: { zh: "清单中的每个单位都有本年度报告", en: "every unit of the list has a report for the year" },
    templates: {
      fail: { zh: "未找到「{unit}」{year} 年度的报告。", en: "No {year} report of “{unit}” was found." },
    },
    rationale: {
      zh: "条例第四十九条要求各行政机关每年公布上一年度的年度报告；未找到报告的单位可能未发布，或其报告所用名称不在单位清单中。",
      en: "Regulations art. 49: every organ publishes last year's report each year. A unit without a report may not have published, or its report prints a name the list does not know.",
    },
  },
  {
    id: "A.unknown-organ",
    severity: "warning",
    official: false,
    equation: { zh: "每份报告的机关都在单位清单中", en: "every report's organ is in the unit list" },
    templates: {
      fail: { zh: "报告机关「{organ}」不在单位清单中。", en: "The report's organ “{organ}” is not in the unit list." },
    },
    rationale: {
      zh: "报告的机关名称（规范化后）与清单中任一单位的名称或别名都不相同：可能是清单外的单位，或名称写法不同。",
      en: "The report's organ (normalised) matches no unit's name or alias: a unit outside the list, or a name written otherwise.",
    },
  },
  {
    id: "A.roll-up",
    severity: "error",
    official: false,
    equation: {
      zh: "汇总报告的表三、表四每格 = 下级单位报告该格之和",
      en: "each cell of a roll-up's Tables 3 and 4 = the sum of that cell over its children's reports",
    },
    templates: {
      fail: {
        zh: "汇总报告「{cell}」为 {value}，{children} 个下级单位的报告之和为 {sum}，相差 {difference}{absent}。",
        en: "The roll-up's {cell} is {value}, the sum of {children} children's reports is {sum}: a difference of {difference}{absent}.",
      },
    },
    rationale: {
      zh: "上级单位的汇总报告（标题或机关名称含“汇总”）应等于其下级单位报告之和（sumReports）。表二统计各机关自身制发的文件，不比较；下级报告缺失或格为空白时该格不比较。",
      en: "A parent's roll-up (汇总 in its title or organ) should equal the sum of its children's reports (sumReports). Table 2 counts each organ's own documents and is not compared; a cell is not compared where a child's report is missing or the cell is blank.",
    },
  },
] as const satisfies readonly DocumentedRule[];
