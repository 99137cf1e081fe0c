/**
 * The assessment's own rules (coverage and roll-up) and a one-line fix for every rule a finding can carry.
 *
 * @module
 */
import { assessRules } from "../checks/assess-rules.js";
import type { DocumentedRule } from "../checks/envelope-rules.js";
import type { Message } from "../validate/issues.js";

/**
 * A rule of the assessment itself (not of one report): its id, severity, words and message templates.
 *
 * @example
 * ```ts
 * import { assessRules } from "zfxxgk/assess";
 * assessRules.map((r) => r.id); // ["A.missing-report", "A.unknown-organ", "A.roll-up"]
 * ```
 */
export type AssessRule = DocumentedRule;

export { assessRules };

/** One-line fixes by rule id. */
const fixes: Readonly<Record<string, Message>> = {
  "A.missing-report": {
    zh: "发布本年度报告；已发布的，把报告所用名称加为该单位的别名。",
    en: "Publish the year's report; if it is published, add the name it prints as an alias of the unit.",
  },
  "A.unknown-organ": {
    zh: "把该机关加入单位清单，或把其名称加为某单位的别名。",
    en: "Add the organ to the unit list, or its name as an alias of a unit.",
  },
  "A.roll-up": {
    zh: "按下级单位的报告重新汇总该格，或核对下级单位报告中的该格。",
    en: "Sum the cell again from the children's reports, or check the cell in the children's reports.",
  },
  "T3.balance": {
    zh: "核对该列：本年新收 + 上年结转 应等于（七）总计 + 结转下年度，改正填错的格。",
    en: "Check the column: new + carried over must equal (7) total + carried forward; correct the wrong cell.",
  },
  "T3.results-total": {
    zh: "使（七）总计等于（一）至（六）各项（含小项）之和。",
    en: "Make (7) total the sum of results (1)–(6), sub-items included.",
  },
  "T3.row-total": {
    zh: "使该行总计等于六类申请人之和。",
    en: "Make the row's total the sum of the six kinds of applicant.",
  },
  "T4.total": {
    zh: "使总计等于结果维持、结果纠正、其他结果、尚未审结之和。",
    en: "Make the total the sum of upheld, corrected, other and pending.",
  },
  "cell.blank": { zh: "填写该格；没有发生的填 0。", en: "Fill in the cell; write 0 where there was none." },
  "cell.unit-blank": { zh: "在金额格注明单位（元或万元）。", en: "Write the amount's unit (元 or 万元)." },
  "E.edition-year": { zh: "改用该年度适用的格式。", en: "Use the format that applies to the year." },
  "R.deadline": {
    zh: "按期发布：部门次年 1月31日前，本级政府报告次年 3月31日前；核对网页所载发布日期。",
    en: "Publish on time: departments by 31 January, a government's own report by 31 March; check the date the page gives.",
  },
  "R.published-before-year-end": {
    zh: "核对发布日期与报告年度。",
    en: "Check the publication date and the report year.",
  },
  "S.parts": {
    zh: "补齐缺少的部分，标题按格式书写。",
    en: "Add the missing part, headed as the format heads it.",
  },
  "S.part-order": {
    zh: "按格式规定的顺序（一至六）排列各部分。",
    en: "Put the parts in the format's order (一 to 六).",
  },
  "S.part-numbering": {
    zh: "把总体情况的分项改编为（一）（二）……",
    en: "Number the overview's topics （一）（二）….",
  },
  "S.problems-empty": {
    zh: "写明存在的主要问题及改进情况。",
    en: "State the main problems and the improvements.",
  },
  "S.fees-reported": {
    zh: "在第六部分说明收取信息处理费的情况（未收取也写明）。",
    en: "State in part 六 the information processing fees charged (say so when none were).",
  },
  "N.all-closed": {
    zh: "删去“均已办结”的表述，或改正结转下年度。",
    en: "Drop the statement that all were closed, or correct the carry-forward.",
  },
  "N.fee-notices": {
    zh: "核对收费通知的表述与表三（六）2.，改正其一。",
    en: "Check the statement on fee notices against Table 3 (6) 2.; correct one of them.",
  },
};

const narrativeFix: Message = {
  zh: "核对正文所述数字与表格，改正其一。",
  en: "Check the figure the text states against the table; correct one of them.",
};

/**
 * The one-line fix for a finding of a rule: the rule's own, for the narrative rules a common one, else a pointer
 * to the rule catalogue (kept out of this entry's bundle).
 *
 * @example
 * ```ts
 * import { fixOf } from "zfxxgk/assess";
 * fixOf("T4.total").zh; // "使总计等于结果维持、结果纠正、其他结果、尚未审结之和。"
 * ```
 */
export function fixOf(rule: string): Message {
  const own = fixes[rule];
  if (own !== undefined) return own;
  if (rule.startsWith("N.")) return narrativeFix;
  // the other rules (表二's soft bounds): their relation in words is in the catalogue (zfxxgk/rules), not loaded here
  return {
    zh: "按该规则（见 docs/rules.md）核对并改正。",
    en: "Check against the rule (see docs/rules.md) and correct.",
  };
}
