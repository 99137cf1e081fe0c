/**
 * The words of the rules, by rule id, for the rule catalogue: the rationale of the accounting relations
 * declared in the table descriptors (whose relation in words is in the descriptor), and the relation in
 * words and rationale of the envelope, narrative and soft rules. Kept apart so that neither `checkReport`
 * nor the descriptors carry them in a bundle.
 *
 * @module
 */
import type { Message } from "../validate/issues.js";
import { editionYearsEquation, editionYearsRationale } from "./edition-years-text.js";

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
    // the years of each edition, written from the registry on each read
    get equation() {
      return editionYearsEquation();
    },
    get rationale() {
      return editionYearsRationale();
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
      zh: "总体情况常以“全年收到政府信息公开申请 N 件”概括依申请公开，应与表三一致。“收到/受理”可能连同上年结转计算，二者之一相符即不警告。",
      en: "The overview usually sums up requests as “received N”; that figure should match Table 3. “Received” may include those carried over, so either reading is accepted.",
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
      zh: "正文所述因政府信息公开被申请行政复议的件数应与表四一致。数字前若有结果（维持、纠正等）或“诉讼”等字样则不比较。",
      en: "The number of reconsideration cases the text gives should match Table 4. A figure after an outcome word (upheld, corrected…) or after “litigation” is not compared.",
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
  "S.parts": {
    official: true,
    equation: {
      zh: "六部分中的三节正文齐全：一、总体情况；五、存在的主要问题及改进情况；六、其他需要报告的事项",
      en: "the prose parts of the six are there: 一、overview; 五、problems and improvements; 六、other matters",
    },
    rationale: {
      zh: "国办公开办函〔2021〕30号、〔2019〕60号规定年度报告由六部分组成。只核对至少载有一节正文的报告（从文件读出、找到了标题的）：一节正文没有内容即视为缺少该部分。二、三、四部分是表格，模型中总是存在，未填的表格逐格报 cell.blank（解析时另报 table.missing），此处不重复。标题与格式不同（如“存在的主要问题及整改措施”）时解析器找不到该节，也报此项。各部分的先后由 S.part-order 核对。",
      en: "Both notices (〔2021〕30号, 〔2019〕60号) give the report six parts. Only a report with at least one section of prose (read from a document whose headings were found) is judged: a section with no text counts as missing. Parts 二, 三 and 四 are tables, always in the model: a table left blank is reported cell by cell (cell.blank, and table.missing when parsed), not again here. A heading worded otherwise than the format (存在的主要问题及整改措施) is not found by the parser and is reported too. The order of the parts is judged by S.part-order.",
    },
  },
  "S.part-order": {
    official: true,
    equation: {
      zh: "六部分按格式规定的顺序排列：一、总体情况；二、主动公开；三、依申请公开；四、复议诉讼；五、存在的主要问题及改进情况；六、其他需要报告的事项",
      en: "the six parts come in the format's order: 一 overview; 二 proactive; 三 requests; 四 reconsideration and litigation; 五 problems; 六 other matters",
    },
    rationale: {
      zh: "国办公开办函〔2021〕30号、〔2019〕60号规定了六部分及其顺序，评估者按此顺序查找。模型按名称存放各部分，不记录顺序：只有给出解析器读到的顺序（parseReport 的 partsOrder，作为 checkReport 的 partsOrder 选项；命令行自动给出）时才核对。不在其位置的部分取最少者：除去按格式顺序排列的最长一串之外的部分。",
      en: "Both notices (〔2021〕30号, 〔2019〕60号) set the six parts and their order, and assessors look for them in that order. The model keeps the parts by name, not in order: the rule is judged only where the order the parser read is given (partsOrder of parseReport, passed to checkReport as the partsOrder option; the command line does this). The parts named out of place are the fewest: those outside the longest run in the format's order.",
    },
  },
  "S.part-numbering": {
    official: false,
    equation: {
      zh: "「一、总体情况」的分项不用部分一级序号（一、二、三、……）",
      en: "the overview's topics are not numbered as parts (一、二、三、…)",
    },
    rationale: {
      zh: "常见错误：把总体情况的分项（主动公开、依申请公开、政府信息管理……）编为“二、”“三、”，与后面的二、至六、部分重号，读者与评估者无法分辨各部分。只看总体情况各段段首的“一、”至“十、”；段首就是该部分本身的标题（解析时未当作标题的）不算。",
      en: "A common error: the overview's topics (proactive disclosure, requests, information management…) numbered 二、, 三、…, clashing with parts 二 to 六, so that neither readers nor assessors can tell the parts apart. Only a paragraph of the overview that opens with 一、 to 十、 is looked at; one that is the part's own heading (not taken as a heading when parsed) is not counted.",
    },
  },
  "S.problems-empty": {
    official: true,
    equation: {
      zh: "「五、存在的主要问题及改进情况」不为空、不只写“无”",
      en: "part 五 (problems and improvements) is neither empty nor just “无”",
    },
    rationale: {
      zh: "格式要求报告存在的主要问题及改进情况；评估（如中国社会科学院的年度评估）把只写“无”或空白视为缺项。",
      en: "The format asks for the main problems and the improvements; assessments (such as the Chinese Academy of Social Sciences' yearly evaluation) count an empty part or a bare “无” as missing.",
    },
  },
  "S.fees-reported": {
    official: true,
    equation: {
      zh: "「六、其他需要报告的事项」说明收取信息处理费的情况（2021 年版）",
      en: "part 六 states the information processing fees charged (2021 edition)",
    },
    rationale: {
      zh: "国办公开办函〔2021〕30号格式在第六部分要求报告“依据《政府信息公开信息处理费管理办法》收取信息处理费的情况”。只要第六部分提到信息处理费、处理费或收费即视为已报告（包括“未收取”）。",
      en: "The 2021 format asks part 六 to report the information processing fees charged under the fee measures. Any mention of 信息处理费, 处理费 or 收费 in part 六 (“none charged” included) counts as reported.",
    },
  },
  "N.all-closed": {
    official: false,
    equation: {
      zh: "正文称申请“均已办结”时，结转下年度继续办理·总计 = 0",
      en: "where the text says every request was closed, Table 3 carried forward, total = 0",
    },
    rationale: {
      zh: "结转下年度的申请尚未办结；正文说“均已办结”“全部办结”“办结率100%”而表三结转下年度大于 0，二者必有一误。“均已按时答复”不在此列：跨年的申请可在期限内结转。前有“未”“尚未”等否定词的不算。",
      en: "Requests carried forward are not closed; a text saying all were closed (均已办结, 全部办结, 办结率100%) while Table 3 carries some forward contradicts itself. “Answered in time” (均已按时答复) is not taken as such: a request received late in the year is carried forward within its time limit. A statement after a negation (未, 尚未) is not taken.",
    },
  },
  "N.fee-notices": {
    official: false,
    equation: {
      zh: "正文称未发出收费通知时，表三（六）其他处理 2.（逾期未按收费通知缴费）·总计 = 0（2021 年版）",
      en: "where the text says no fee notice was sent, Table 3 (6) 2. (fee notice unpaid), total = 0 (2021 edition)",
    },
    rationale: {
      zh: "表三（六）2. 计的是申请人逾期未按收费通知要求缴费、机关不再处理的申请，必先发出过收费通知。正文说“未发出收费通知”而该行大于 0，二者必有一误。正文只说“未收取信息处理费”不矛盾（通知了而未缴费），不核对。",
      en: "Table 3 (6) 2. counts requests dropped because the applicant did not pay after a fee notice: a notice was sent. A text saying no fee notice was sent while that row is above 0 contradicts itself. “No fee charged” alone does not (a notice may have gone unpaid) and is not compared.",
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
      zh: "上一年项目数量加本年增/减即本年末的项目数量，不可能为负（2019 年版表二，国办公开办函〔2019〕60号；见 docs/format-2019.md）。本年增/减的含义（减用负值表示）只见于湖北省的填报说明，故作为警告而非错误。",
      en: "Items last year plus this year's change is the number of items at year end, which cannot be negative (Table 2 of the 2019 edition, 国办公开办函〔2019〕60号; see docs/format-2019.md). The meaning of 本年增/减 (a decrease written as a negative number) is attested only by a provincial annotation, so this is a warning, not an error.",
    },
  },
  "T2.published-within-total": {
    rationale: {
      zh: "对外公开总数量是累计已公开的件数，应包括本年新公开的件数（2019 年版表二，国办公开办函〔2019〕60号；见 docs/format-2019.md）；但有些机关只统计现行有效的文件，故为警告。",
      en: "对外公开总数量 counts every document published so far, this year's included (Table 2 of the 2019 edition, 国办公开办函〔2019〕60号; see docs/format-2019.md); some organs count only those still in force, hence a warning.",
    },
  },
};
