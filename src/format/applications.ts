/**
 * 表三 三、收到和处理政府信息公开申请情况 — both editions. They differ only in （六）其他处理:
 * one row in 2019, three sub-items in 2021 (国办函〔2020〕109号 brought in the 信息处理费).
 *
 * @module
 */
import { applicantColumns, applicantRow } from "./applicants.js";
import type { SumRule, TableDescriptor, TableNode } from "./descriptor.js";
import { group, record } from "./nodes.js";

const f = applicantRow;

const resultsHead = [
  record("granted", "（一）", "予以公开", "Granted", f),
  record("partiallyGranted", "（二）", "部分公开", "Partially granted", f, {
    note: "（区分处理的，只计这一情形，不计其他情形）",
  }),
  group("notDisclosed", "（三）", "不予公开", "Not disclosed", [
    record("stateSecret", "1.", "属于国家秘密", "State secret", f),
    record(
      "prohibitedByLaw",
      "2.",
      "其他法律行政法规禁止公开",
      "Disclosure prohibited by other laws and regulations",
      f,
    ),
    record(
      "securityStability",
      "3.",
      "危及“三安全一稳定”",
      "Would endanger the “three securities and one stability”",
      f,
    ),
    record("thirdPartyRights", "4.", "保护第三方合法权益", "Protecting third parties' lawful rights", f),
    record("internalAffairs", "5.", "属于三类内部事务信息", "Internal-affairs information (three kinds)", f),
    record("processInformation", "6.", "属于四类过程性信息", "Process information (four kinds)", f),
    record("enforcementRecords", "7.", "属于行政执法案卷", "Administrative enforcement files", f),
    record("administrativeQuery", "8.", "属于行政查询事项", "Administrative query matters", f),
  ]),
  group("unableToProvide", "（四）", "无法提供", "Unable to provide", [
    record("notHeld", "1.", "本机关不掌握相关政府信息", "Information not held by this organ", f),
    record("needsCreation", "2.", "没有现成信息需要另行制作", "No existing information; would have to be created", f),
    record("unclear", "3.", "补正后申请内容仍不明确", "Request still unclear after correction", f),
  ]),
  group("notProcessed", "（五）", "不予处理", "Not processed", [
    record("complaint", "1.", "信访举报投诉类申请", "Petitions, reports and complaints", f),
    record("duplicate", "2.", "重复申请", "Duplicate requests", f),
    record("publication", "3.", "要求提供公开出版物", "Requests for published materials", f),
    record("excessive", "4.", "无正当理由大量反复申请", "Large or repeated requests without justification", f),
    record(
      "confirmation",
      "5.",
      "要求行政机关确认或重新出具已获取信息",
      "Requests to confirm or re-issue information already obtained",
      f,
    ),
  ]),
] as const;

/** （六）其他处理 as in the 2021 edition: three sub-items. */
const otherHandling2021 = group("otherHandling", "（六）", "其他处理", "Other handling", [
  record(
    "overdueCorrection",
    "1.",
    "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "Applicant failed to correct the request in time without justification; no longer processed",
    f,
  ),
  record(
    "overdueFee",
    "2.",
    "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "Applicant did not pay the fee notice in time; no longer processed",
    f,
  ),
  record("other", "3.", "其他", "Other", f),
]);

/** （六）其他处理 as in the 2019 edition: one row. */
const otherHandling2019 = record("otherHandling", "（六）", "其他处理", "Other handling", f);

/** The accounting relations of 表三 (docs/rules.md). */
const applicationRules = [
  {
    id: "T3.balance",
    severity: "error",
    per: "field",
    fields: "all",
    left: ["newReceived", "carriedOver"],
    right: ["results.total", "carriedForward"],
    official: true,
    equation: {
      zh: "本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理（每一列）",
      en: "new requests + carried over = (7) total + carried forward (each column)",
    },
    leftName: { zh: "本年新收与上年结转之和", en: "new requests plus those carried over" },
    rightName: { zh: "（七）总计与结转下年度之和", en: "the (7) total plus those carried forward" },
  },
  {
    id: "T3.results-total",
    severity: "error",
    per: "field",
    fields: "all",
    left: ["results.total"],
    right: { leavesOf: "results", except: ["results.total"] },
    official: false,
    equation: {
      zh: "（七）总计 = （一）至（六）各项办理结果之和（含各小项，每一列）",
      en: "(7) total = the sum of results (1)–(6), sub-items included (each column)",
    },
    rightName: { zh: "各项办理结果之和", en: "the sum of the results" },
  },
  {
    id: "T3.row-total",
    severity: "error",
    per: "record",
    records: "all",
    left: ["total"],
    right: ["naturalPerson", "commercial", "research", "publicWelfare", "legalService", "other"],
    official: false,
    equation: {
      zh: "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他（每一行）",
      en: "total = natural persons + the five kinds of legal persons and other organisations (each row)",
    },
    rightName: { zh: "各类申请人之和", en: "the sum of the applicant columns" },
  },
] as const satisfies readonly SumRule[];

function applicationsTable<const O extends TableNode>(otherHandling: O) {
  return {
    key: "applications",
    number: "表三",
    ordinal: "三、",
    title: "收到和处理政府信息公开申请情况",
    en: "Requests for government information received and processed",
    layout: "rows",
    corner: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    notes: [
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "（区分处理的，只计这一情形，不计其他情形）",
    ],
    columns: applicantColumns,
    children: [
      record("newReceived", "一、", "本年新收政府信息公开申请数量", "New requests received this year", f),
      record("carriedOver", "二、", "上年结转政府信息公开申请数量", "Requests carried over from last year", f),
      group(
        "results",
        "三、",
        "本年度办理结果",
        "Results this year",
        [...resultsHead, otherHandling, record("total", "（七）", "总计", "Total", f, { total: true })] as const,
        { inCellName: false },
      ),
      record("carriedForward", "四、", "结转下年度继续办理", "Carried forward to next year", f, {
        aliases: ["结转下一年度继续办理", "结转下年度继续处理"],
      }),
    ],
    rules: applicationRules,
  } as const satisfies TableDescriptor;
}

/**
 * 表三 in the 2021 edition (国办公开办函〔2021〕30号): 25 rows, （六）其他处理 with three sub-items.
 *
 * @example
 * ```ts
 * import { applications2021 } from "zfxxgk/format";
 * applications2021.corner; // "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
 * ```
 */
export const applications2021 = applicationsTable(otherHandling2021);

/**
 * 表三 in the 2019 edition (国办公开办函〔2019〕60号): 23 rows, （六）其他处理 a single row.
 *
 * @example
 * ```ts
 * import { applications2019 } from "zfxxgk/format";
 * applications2019.number; // "表三"
 * ```
 */
export const applications2019 = applicationsTable(otherHandling2019);
