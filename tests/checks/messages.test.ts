import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContinuity, checkReport, type Finding, type Report } from "../../src/index.js";

const readJson = (path: string): Report => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Report;
const seed = readJson("../../examples/lianzhou-2023.json");
const example2019 = readJson("../../examples/example-2019.json");
// biome-ignore lint/suspicious/noExplicitAny: tests edit reports loosely, as JSON
type Mutable = Record<string, any>;
const copy = (r: Report): Mutable => structuredClone(r) as Mutable;

/** The messages of a rule's findings, both languages. */
const messages = (findings: readonly Finding[], rule: string) =>
  findings.filter((f) => f.rule === rule).map((f) => `${f.status}: ${f.message.zh} | ${f.message.en}`);

describe("messages of the accounting relations name cells by their official labels", () => {
  it("T3.results-total, the wording of the issue", () => {
    const r = copy(seed);
    r.applications.results.total.naturalPerson = 11;
    r.applications.results.notProcessed.duplicate.naturalPerson = 6;
    r.applications.results.notProcessed.duplicate.total = 6;
    r.applications.results.total.total = 11;
    const fs = checkReport(r as Report).findings;
    expect(messages(fs, "T3.results-total")).toMatchInlineSnapshot(`
      [
        "fail: 「表三（七）总计·自然人」为 11，各项办理结果之和为 12，相差 1。 | Table 3 (7) Total · Natural persons is 11, but the sum of the results is 12: a difference of 1.",
        "fail: 「表三（七）总计·总计」为 11，各项办理结果之和为 12，相差 1。 | Table 3 (7) Total · Total is 11, but the sum of the results is 12: a difference of 1.",
      ]
    `);
    expect(messages(fs, "T3.row-total")).toMatchInlineSnapshot(`[]`);
  });

  it("T3.balance, per column, with the column named", () => {
    const r = copy(seed);
    r.applications.carriedForward.commercial = 1;
    r.applications.carriedForward.total = 1;
    const fs = checkReport(r as Report).findings;
    expect(messages(fs, "T3.balance")).toMatchInlineSnapshot(`
      [
        "fail: 表三「商业企业」列：本年新收与上年结转之和为 0，（七）总计与结转下年度之和为 1，相差 1。 | Table 3, column Commercial enterprises: new requests plus those carried over is 0, but the (7) total plus those carried forward is 1: a difference of 1.",
        "fail: 表三「总计」列：本年新收与上年结转之和为 11，（七）总计与结转下年度之和为 12，相差 1。 | Table 3, column Total: new requests plus those carried over is 11, but the (7) total plus those carried forward is 12: a difference of 1.",
      ]
    `);
  });

  it("T4.total", () => {
    const r = copy(seed);
    r.reviewLitigation.review.total = 3;
    expect(messages(checkReport(r as Report).findings, "T4.total")).toMatchInlineSnapshot(`
      [
        "fail: 「表四 行政复议·总计」为 3，各项结果之和为 0，相差 3。 | Table 4 Administrative reconsideration · Total is 3, but the sum of the outcomes is 0: a difference of 3.",
      ]
    `);
  });

  it("not-assessable and cell.blank", () => {
    const r = copy(seed);
    r.reviewLitigation.litigationAfterReview.pending = null;
    const fs = checkReport(r as Report).findings;
    expect(messages(fs, "cell.blank")).toMatchInlineSnapshot(`
      [
        "fail: 「表四 行政诉讼 复议后起诉·尚未审结」为空白，未填写数字。 | Table 4 Administrative litigation / Suits filed after reconsideration · Pending is blank: no figure was given.",
      ]
    `);
    expect(messages(fs, "T4.total")).toMatchInlineSnapshot(`
      [
        "not-assessable: 「表四 行政诉讼 复议后起诉·总计」与各项结果之和无法核对：「表四 行政诉讼 复议后起诉·尚未审结」为空白。 | Table 4 Administrative litigation / Suits filed after reconsideration · Total cannot be checked against the sum of the outcomes: blank cells Table 4 Administrative litigation / Suits filed after reconsideration · Pending.",
      ]
    `);
  });

  it("passes, for the audit trail", () => {
    const fs = checkReport(seed, { includePassed: true }).findings;
    expect(messages(fs, "T3.balance").slice(0, 1)).toMatchInlineSnapshot(`
      [
        "pass: 表三「自然人」列：本年新收与上年结转之和为 11，等于（七）总计与结转下年度之和。 | Table 3, column Natural persons: new requests plus those carried over is 11, equal to the (7) total plus those carried forward.",
      ]
    `);
    expect(messages(fs, "T4.total").slice(0, 1)).toMatchInlineSnapshot(`
      [
        "pass: 「表四 行政复议·总计」为 0，等于各项结果之和。 | Table 4 Administrative reconsideration · Total is 0, equal to the sum of the outcomes.",
      ]
    `);
  });
});

describe("messages of the soft rules", () => {
  it("表二 bounds (2021 and 2019)", () => {
    const r = copy(seed);
    r.proactive.regulations.issued = 3;
    expect(messages(checkReport(r as Report).findings, "T2.in-force-issued")).toMatchInlineSnapshot(`
      [
        "fail: 「表二 规章」：现行有效件数与本年废止件数之和为 0，小于「表二 规章·本年制发件数」（3）。 | Table 2 Regulations (规章): in force plus repealed this year is 0, less than Table 2 Regulations (规章) · Issued this year (3).",
      ]
    `);
    const s = copy(example2019);
    s.proactive.coercion.change = -13;
    s.proactive.normativeDocuments.publicTotal = 4;
    s.proactive.procurement.amountUnit = null;
    const fs = checkReport(s as Report).findings;
    expect(messages(fs, "T2.items-nonnegative")).toMatchInlineSnapshot(`
      [
        "fail: 「表二 行政强制」：上一年项目数量与本年增/减之和为 -1，小于 0。 | Table 2 Administrative coercive measures: items last year plus the change this year is -1, less than 0.",
      ]
    `);
    expect(messages(fs, "T2.published-within-total")).toMatchInlineSnapshot(`
      [
        "fail: 「表二 规范性文件·对外公开总数量」为 4，小于「表二 规范性文件·本年新公开数量」（5）。 | Table 2 Normative documents · Total published is 4, less than Table 2 Normative documents · Newly published this year (5).",
      ]
    `);
    expect(messages(fs, "cell.unit-blank")).toMatchInlineSnapshot(`
      [
        "fail: 「表二 政府集中采购·采购总金额」为 1864.5，但未注明单位（元/万元）。 | Table 2 Government centralised procurement · Total procurement amount is 1864.5 but its unit (元/万元) is not given.",
      ]
    `);
  });

  it("the envelope", () => {
    const r = copy(seed);
    r.publishedOn = "2024-02-20";
    expect(messages(checkReport(r as Report).findings, "R.deadline")).toMatchInlineSnapshot(`
      [
        "fail: 发布日期 2024-02-20 晚于法定期限 2024-01-31（政府部门，条例第四十九条），迟 20 天。 | Published on 2024-02-20, after the statutory deadline 2024-01-31 (a government department, Regulations art. 49): 20 days late.",
      ]
    `);
    r.organ = "连州市人民政府";
    expect(messages(checkReport(r as Report).findings, "R.deadline")).toEqual([]);
    r.publishedOn = "2023-12-30";
    expect(messages(checkReport(r as Report).findings, "R.published-before-year-end")).toMatchInlineSnapshot(`
      [
        "fail: 发布日期 2023-12-30 不晚于报告年度 2023 年的 12月31日，年度尚未结束。 | Published on 2023-12-30, before the report year 2023 had ended.",
      ]
    `);
    const old = copy(example2019);
    old.year = 2022;
    old.publishedOn = "2023-01-10";
    expect(messages(checkReport(old as Report).findings, "E.edition-year")).toMatchInlineSnapshot(`
      [
        "fail: 报告年度为 2022 年，但所用为国办公开办函〔2019〕60号格式（适用于2019—2020 年度报告）；该年度应使用国办公开办函〔2021〕30号格式。 | The report year is 2022, but the format used is that of 国办公开办函〔2019〕60号 (for reports for 2019–2020); that year calls for the format of 国办公开办函〔2021〕30号.",
      ]
    `);
  });

  it("the narrative", () => {
    const r = copy(seed);
    r.sections.overview[2] =
      "全年收到政府信息依申请公开12宗，上年结转1件，结转下年度3件；被申请行政复议2件，行政诉讼1件。";
    const fs = checkReport(r as Report).findings.filter((f) => f.rule.startsWith("N."));
    expect(fs.map((f) => `${f.rule}: ${f.message.zh} | ${f.message.en}`)).toMatchInlineSnapshot(`
      [
        "N.applications-received: 正文称“收到政府信息依申请公开12宗”，即 12；而「表三 一、本年新收政府信息公开申请数量·总计」为 11，相差 1。 | The text says “收到政府信息依申请公开12宗”, that is 12; but Table 3 1. New requests received this year · Total is 11: a difference of 1.",
        "N.applications-carried-over: 正文称“上年结转1件”，即 1；而「表三 二、上年结转政府信息公开申请数量·总计」为 0，相差 1。 | The text says “上年结转1件”, that is 1; but Table 3 2. Requests carried over from last year · Total is 0: a difference of 1.",
        "N.applications-carried-forward: 正文称“结转下年度3件”，即 3；而「表三 四、结转下年度继续办理·总计」为 0，相差 3。 | The text says “结转下年度3件”, that is 3; but Table 3 4. Carried forward to next year · Total is 0: a difference of 3.",
        "N.review-cases: 正文称“行政复议2件”，即 2；而「表四 行政复议·总计」为 0，相差 2。 | The text says “行政复议2件”, that is 2; but Table 4 Administrative reconsideration · Total is 0: a difference of 2.",
        "N.litigation-cases: 正文称“行政诉讼1件”，即 1；而「表四 行政诉讼 未经复议直接起诉·总计」与「表四 行政诉讼 复议后起诉·总计」之和为 0，相差 1。 | The text says “行政诉讼1件”, that is 1; but the sum of Table 4 Administrative litigation / Suits filed without prior reconsideration · Total and Table 4 Administrative litigation / Suits filed after reconsideration · Total is 0: a difference of 1.",
      ]
    `);
  });
});

describe("messages of the cross-year rules", () => {
  it("X.carry-over and the 表二 roll-forward", () => {
    const next = copy(seed);
    next.year = 2024;
    next.publishedOn = "2025-01-20";
    next.applications.carriedOver.naturalPerson = 2;
    next.proactive.normativeDocuments.inForce = 20;
    const fs = checkContinuity(seed, next as Report).findings;
    expect(messages(fs, "X.carry-over")).toMatchInlineSnapshot(`
      [
        "fail: 「表三 二、上年结转政府信息公开申请数量·自然人」为 2，上一年度报告「表三 四、结转下年度继续办理·自然人」为 0，相差 2。 | Table 3 2. Requests carried over from last year · Natural persons is 2, but last year's Table 3 4. Carried forward to next year · Natural persons is 0: a difference of 2.",
      ]
    `);
    expect(messages(fs, "X.documents-roll-forward")).toMatchInlineSnapshot(`
      [
        "fail: 「表二 行政规范性文件」：现行有效件数为 20，上年现行有效件数加本年制发、减本年废止为 13，相差 7（文件也可能因有效期届满而失效）。 | Table 2 Administrative normative documents: the number in force is 20, but last year's number in force plus issued minus repealed is 13: a difference of 7 (documents may also have lapsed).",
      ]
    `);
    const later = copy(example2019);
    later.year = 2021;
    later.proactive.licensing.previousItems = 150;
    expect(
      messages(checkContinuity(example2019, later as Report).findings, "X.items-roll-forward"),
    ).toMatchInlineSnapshot(`
      [
        "fail: 「表二 行政许可」：上一年项目数量为 150，上一年度报告的上一年项目数量加本年增/减为 148，相差 2。 | Table 2 Administrative licensing: items last year is 150, but last year's report's items last year plus its change is 148: a difference of 2.",
        "fail: 「表二 其他对外管理服务事项」：上一年项目数量为 48，上一年度报告的上一年项目数量加本年增/减为 51，相差 3。 | Table 2 Other external management services: items last year is 48, but last year's report's items last year plus its change is 51: a difference of 3.",
        "fail: 「表二 行政强制」：上一年项目数量为 12，上一年度报告的上一年项目数量加本年增/减为 11，相差 1。 | Table 2 Administrative coercive measures: items last year is 12, but last year's report's items last year plus its change is 11: a difference of 1.",
        "fail: 「表二 行政事业性收费」：上一年项目数量为 9，上一年度报告的上一年项目数量加本年增/减为 7，相差 2。 | Table 2 Administrative fee items: items last year is 9, but last year's report's items last year plus its change is 7: a difference of 2.",
      ]
    `);
    expect(messages(checkContinuity(example2019, seed).findings, "X.consecutive-years")).toMatchInlineSnapshot(`
      [
        "fail: 两份报告的年度为 2020 年和 2023 年，不是相邻年度，未作跨年度核对。 | The reports are for 2020 and 2023, not consecutive years; no cross-year rule was checked.",
      ]
    `);
  });
});
