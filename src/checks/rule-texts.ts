/**
 * The words of the rules, by rule id, for the rule catalogue: the rationale of the accounting relations
 * declared in the table descriptors (whose relation in words is in the descriptor), and the relation in
 * words and rationale of the envelope, narrative and soft rules. Kept apart so that neither `checkReport`
 * nor the descriptors carry them in a bundle.
 *
 * @module
 */
import type { Message } from "../validate/issues.js";

/**
 * The relation in words, the rationale, and whether the rule rests on an official text.
 *
 * @example
 * ```ts
 * const t: RuleText = { official: false, equation: { zh: "…", en: "…" }, rationale: { zh: "…", en: "…" } };
 * ```
 */
export interface RuleText {
  readonly official?: boolean;
  readonly equation?: Message;
  readonly rationale: Message;
}

/**
 * Rule texts by id.
 *
 * @example
 * ```ts
 * import { ruleTexts } from "zfxxgk/rules";
 * ruleTexts["R.deadline"]?.rationale.zh;
 * ```
 */
export const ruleTexts: Readonly<Record<string, RuleText>> = {
  "T3.balance": {
    rationale: {
      zh: "表三左上角印有“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”：每一列中，本年新收加上年结转的申请，要么本年办结（第三项，其合计为（七）总计），要么结转下年度。",
      en: "Printed in Table 3's corner: in every column, requests received this year plus those carried over are either settled this year (item 3, whose total is row (7)) or carried forward.",
    },
  },
  "T3.results-total": {
    rationale: {
      zh: "每件申请只计入一种办理结果（（二）的注：“区分处理的，只计这一情形，不计其他情形”），所以（七）总计恰为（一）至（六）各项（含各小项）之和，是等式而非不等式。",
      en: "Each request is counted under exactly one result (the note of (2): a request handled in parts counts only there), so row (7) is exactly the sum of results (1)–(6), sub-items included: an equation, not a bound.",
    },
  },
  "T3.row-total": {
    rationale: {
      zh: "每件申请的申请人属于且只属于一类（自然人，或法人或其他组织的五类之一），所以每一行的总计是六类之和。",
      en: "Each request's applicant is of exactly one kind (a natural person, or one of the five kinds of legal persons and other organisations), so each row's total is the sum of the six columns.",
    },
  },
  "T4.total": {
    rationale: {
      zh: "每件行政复议或行政诉讼案件在年底要么已有结果（维持、纠正、其他），要么尚未审结，所以每组的总计是四项之和。",
      en: "At year end each reconsideration or lawsuit either has an outcome (upheld, corrected, other) or is pending, so each group's total is the sum of the four.",
    },
  },
  "E.edition-year": {
    official: true,
    equation: {
      zh: "报告年度在所用格式的适用年度内（2019—2020 年用〔2019〕60号试行格式，2021 年起用〔2021〕30号格式）",
      en: "the report year lies within the years of the edition used (2019–2020: the 2019 trial format; 2021 onward: the 2021 format)",
    },
    rationale: {
      zh: "国办公开办函〔2021〕30号印发修订后的格式，自 2021 年度报告起使用；2019、2020 年度报告使用〔2019〕60号试行格式。表二在两版之间完全不同，用错版本的报告缺少应报的数据。作为警告：报告可能按旧格式发布，数据本身仍可核对。",
      en: "The 2021 notice (国办公开办函〔2021〕30号) issued the revised format used from the 2021 reports on; the 2019 and 2020 reports use the 2019 trial format. Table 2 differs entirely between them, so a report in the wrong edition lacks figures it should give. A warning: the figures it does give can still be checked.",
    },
  },
  "R.deadline": {
    official: true,
    equation: {
      zh: "发布日期不晚于法定期限：部门为次年 1月31日，本级政府报告为次年 3月31日（条例第四十九条）",
      en: "published by the statutory deadline: 31 January of the next year for departments, 31 March for a government's own report (Regulations art. 49)",
    },
    rationale: {
      zh: "《政府信息公开条例》第四十九条：县级以上人民政府部门应当在每年1月31日前向社会公布本行政机关上一年度年度报告；县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度年度报告。机关类别按名称推断（以“人民政府”“街道办事处”结尾的按 3月31日），调用者可用 organKind 指定。作为警告：发布日期可能是网页上的转载日期。",
      en: "Regulations on Open Government Information, art. 49: government departments at or above county level publish last year's report by 31 January; the 主管部门 of a local government publishes that government's report by 31 March. The kind of organ is guessed from its name (names ending in 人民政府 or 街道办事处 get 31 March); callers set `organKind` to override. A warning: the date found may be a repost date.",
    },
  },
  "R.published-before-year-end": {
    official: false,
    equation: {
      zh: "发布日期晚于报告年度的 12月31日",
      en: "published after 31 December of the report year",
    },
    rationale: {
      zh: "年度报告统计期限为 1月1日至 12月31日，年度结束前不可能发布完整的年度报告；这样的日期多为年度或日期填错。",
      en: "A report covers 1 January to 31 December; it cannot be complete before the year ends, so such a date usually means a wrong year or date.",
    },
  },
  "N.applications-received": {
    official: false,
    equation: {
      zh: "总体情况所述收到（新收、受理）申请数 = 表三 一、本年新收·总计（或加上年结转）",
      en: "requests received as stated in the overview = Table 3 new requests, total (or plus those carried over)",
    },
    rationale: {
      zh: "总体情况常以“全年收到政府信息公开申请 N 件”概括依申请公开，应与表三一致（official-format.md §4.5）。“收到/受理”可能连同上年结转计算，二者之一相符即不警告。",
      en: "The overview usually sums up requests as “received N”; that figure should match Table 3 (official-format.md §4.5). “Received” may include those carried over, so either reading is accepted.",
    },
  },
  "N.applications-carried-over": {
    official: false,
    equation: {
      zh: "总体情况所述上年结转申请数 = 表三 二、上年结转·总计",
      en: "requests carried over as stated in the overview = Table 3 carried over, total",
    },
    rationale: {
      zh: "正文所述上年结转件数应与表三第二项一致。",
      en: "The number of requests the text says were carried over should match Table 3 item 2.",
    },
  },
  "N.applications-carried-forward": {
    official: false,
    equation: {
      zh: "总体情况所述结转下年度申请数 = 表三 四、结转下年度继续办理·总计",
      en: "requests carried forward as stated in the overview = Table 3 carried forward, total",
    },
    rationale: {
      zh: "正文所述结转下年度件数应与表三第四项一致。",
      en: "The number of requests the text says were carried forward should match Table 3 item 4.",
    },
  },
  "N.review-cases": {
    official: false,
    equation: {
      zh: "总体情况所述行政复议案件数 = 表四 行政复议·总计",
      en: "review cases as stated in the overview = Table 4 reconsideration, total",
    },
    rationale: {
      zh: "正文所述因政府信息公开被申请行政复议的件数应与表四一致（official-format.md §4.5）。数字前若有结果（维持、纠正等）或“诉讼”等字样则不比较。",
      en: "The number of reconsideration cases the text gives should match Table 4 (official-format.md §4.5). A figure after an outcome word (upheld, corrected…) or after “litigation” is not compared.",
    },
  },
  "N.litigation-cases": {
    official: false,
    equation: {
      zh: "总体情况所述行政诉讼案件数 = 表四 未经复议直接起诉·总计 + 复议后起诉·总计（或其一）",
      en: "litigation cases as stated in the overview = Table 4 direct suits + suits after reconsideration, totals (or either)",
    },
    rationale: {
      zh: "正文所述因政府信息公开被提起行政诉讼的件数应与表四一致；正文可能只说其中一类，三种读法之一相符即不警告。",
      en: "The number of suits the text gives should match Table 4; the text may mean either kind alone, so any of the three readings is accepted.",
    },
  },
  "T2.in-force-issued": {
    rationale: {
      zh: "本年制发的文件到年底要么仍然有效（计入现行有效件数），要么已被废止（计入本年废止件数），要么已因有效期届满而失效。最后一种情形在制发当年很少见，所以左边小于右边几乎总是填错；但并非不可能，故为警告。现行有效件数与上年数、制发、废止之间没有精确关系（文件也会到期失效），单份报告内不作等式核对。",
      en: "A document issued this year is, at year end, still in force (counted in 现行有效件数), repealed (counted in 本年废止件数), or lapsed at the end of its validity. Lapsing in the year of issue is rare, so a left side below the right is almost always a mistake — but not impossible, hence a warning. 现行有效件数 has no exact relation to issued and repealed within one report (documents also lapse), so no equation is checked.",
    },
  },
  "T2.items-nonnegative": {
    rationale: {
      zh: "上一年项目数量加本年增/减即本年末的项目数量，不可能为负（official-format.md §4.4 T2′-C）。本年增/减的含义（减用负值表示）只见于湖北省的填报说明，故作为警告而非错误。",
      en: "Items last year plus this year's change is the number of items at year end, which cannot be negative (official-format.md §4.4 T2′-C). The meaning of 本年增/减 (a decrease written as a negative number) is attested only by a provincial annotation, so this is a warning, not an error.",
    },
  },
  "T2.published-within-total": {
    rationale: {
      zh: "对外公开总数量是累计已公开的件数，应包括本年新公开的件数（official-format.md §4.4 T2′-E）；但有些机关只统计现行有效的文件，故为警告。",
      en: "对外公开总数量 counts every document published so far, this year's included (official-format.md §4.4 T2′-E); some organs count only those still in force, hence a warning.",
    },
  },
};
