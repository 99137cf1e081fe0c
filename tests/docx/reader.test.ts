/**
 * The Word reader on hand-made documents: what Word shows is read (text, tabs, breaks, symbols, field
 * results, insertions, text boxes once, content controls), what it does not is left out (deletions, field
 * codes, hidden text, the VML fallback), and tables come out as the HTML reader's rows: a `w:gridSpan` cell
 * one cell, a `w:vMerge` continuation absent, a table of tables read as its paragraphs.
 */

import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/docx.js";
import { formatNumber } from "../../src/parse/readers/docx/numbering.js";
import { readHtml } from "../../src/parse/readers/html.js";
import { documentXml, docxOf, p, r, tbl, tc, tr, W } from "./support.js";

const rowsOf = (bytes: Uint8Array) => (readDocx(bytes).lines ?? []).map((l) => (l.kind === "row" ? l.cells : l.text));
const shapeOf = (lines: readonly { kind: string; text: string; cells?: readonly string[] }[]) =>
  lines.map((l) => (l.kind === "row" ? l.cells : l.text));

describe("paragraphs", () => {
  it("reads runs, tabs, line breaks and symbols as Word shows them", () => {
    const body = [
      p(r("一、"), r("总体情况")),
      p(r("本机关"), "<w:r><w:tab/><w:t>全年</w:t></w:r>"),
      p(r("第一行"), "<w:r><w:br/></w:r>", r("第二行")),
      p(r("符号"), '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="SimSun" w:char="2605"/></w:r>'),
      p(),
      p(r("  多个   空格  ")),
    ].join("");
    expect(rowsOf(docxOf(body))).toEqual(["一、总体情况", "本机关 全年", "第一行", "第二行", "符号★", "多个 空格"]);
  });

  it("keeps insertions and leaves out deletions, moved-away text, field codes and hidden runs", () => {
    const body = p(
      r("收到申请"),
      '<w:ins w:id="1" w:author="a"><w:r><w:t>12</w:t></w:r></w:ins>',
      '<w:del w:id="2" w:author="a"><w:r><w:delText>11</w:delText></w:r></w:del>',
      '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>',
      r("件，"),
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>',
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
      "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>",
      '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>页</w:t></w:r>',
      '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>',
    );
    expect(rowsOf(docxOf(body))).toEqual(["收到申请12件，3页9"]);
  });

  it("sets a superscript or subscript run apart, so that a footnote mark never joins a figure", () => {
    const sup = (text: string) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>${text}</w:t></w:r>`;
    const body = [
      p(r("收到申请5"), sup("1"), r("件")),
      tbl(tr(tc("规章"), `<w:tc>${p(r("5"), sup("1"))}</w:tc>`)),
      p(r("基线"), '<w:r><w:rPr><w:vertAlign w:val="baseline"/></w:rPr><w:t>12</w:t></w:r>'),
    ].join("");
    expect(rowsOf(docxOf(body))).toEqual(["收到申请5 1 件", ["规章", "5 1"], "基线12"]);
  });

  it("reads content controls, hyperlinks and smart tags through", () => {
    const body = [
      '<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr>',
      `<w:sdtContent>${p(r("某县人民政府2023年政府信息公开工作年度报告"))}</w:sdtContent></w:sdt>`,
      p('<w:hyperlink r:id="rId9" xmlns:r="r"><w:r><w:t>门户网站</w:t></w:r></w:hyperlink>'),
      p('<w:smartTag w:uri="u" w:element="date"><w:r><w:t>2024年1月12日</w:t></w:r></w:smartTag>'),
    ].join("");
    expect(rowsOf(docxOf(body))).toEqual(["某县人民政府2023年政府信息公开工作年度报告", "门户网站", "2024年1月12日"]);
  });

  it("reads a text box once (the drawing's, not its VML fallback), after the paragraph it is anchored in", () => {
    const box = (text: string) => `<w:txbxContent>${p(r(text))}</w:txbxContent>`;
    const body = [
      p(
        r("正文"),
        "<w:r><mc:AlternateContent>",
        `<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box("框中文字")}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`,
        `<mc:Fallback><w:pict><v:shape><v:textbox>${box("框中文字")}</v:textbox></v:shape></w:pict></mc:Fallback>`,
        "</mc:AlternateContent></w:r>",
      ),
      p(r("下一段")),
      p(`<w:r><w:pict><v:shape><v:textbox>${box("VML 文本框")}</v:textbox></v:shape></w:pict></w:r>`),
    ].join("");
    expect(rowsOf(docxOf(body))).toEqual(["正文", "框中文字", "下一段", "VML 文本框"]);
  });

  it("reads documents whose WordprocessingML prefix is not w (a default namespace, another prefix)", () => {
    const body = "<p><r><t>一、总体情况</t></r></p><tbl><tr><tc><p><r><t>规章</t></r></p></tc></tr></tbl>";
    const xml = `<?xml version="1.0"?><document xmlns="${W}"><body>${body}</body></document>`;
    expect(rowsOf(docxOf("", { xml }))).toEqual(["一、总体情况", ["规章"]]);
    const ns0 = documentXml(p(r("x")), `xmlns:ns0="${W}"`).replace(/(<\/?)w:/g, "$1ns0:");
    expect(ns0).toContain("<ns0:t");
    expect(rowsOf(docxOf("", { xml: ns0 }))).toEqual(["x"]);
  });

  it("numbers lines by the document's paragraphs (in cells too) and table rows", () => {
    const body = [p(r("一")), p(), tbl(tr(tc("a")), tr(tc("b"))), p(r("二"))].join("");
    expect((readDocx(docxOf(body)).lines ?? []).map((l) => l.no)).toEqual([1, 3, 5, 7]);
  });
});

describe("automatic numbering, as Word shows it", () => {
  const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="${W}">
    <w:abstractNum w:abstractNumId="7">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  </w:numbering>`;
  const styles = `<?xml version="1.0"?><w:styles xmlns:w="${W}">
    <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
  </w:styles>`;
  const numbered = (style: string | null, numId: string | null, ilvl: number | null, text: string) =>
    `<w:p><w:pPr>${style === null ? "" : `<w:pStyle w:val="${style}"/>`}${
      numId === null && ilvl === null
        ? ""
        : `<w:numPr>${ilvl === null ? "" : `<w:ilvl w:val="${ilvl}"/>`}${numId === null ? "" : `<w:numId w:val="${numId}"/>`}</w:numPr>`
    }</w:pPr>${r(text)}</w:p>`;

  it("writes each numbered paragraph's number before it: its own list, its style's, levels restarting", () => {
    const body = [
      numbered("1", null, null, "总体情况"),
      numbered(null, "1", 1, "主动公开"),
      numbered(null, "1", 2, "规章"),
      numbered(null, "1", 2, "规范性文件"),
      numbered("Sub", null, null, "依申请公开"),
      numbered(null, "1", 2, "新收"),
      numbered("1", null, null, "存在的主要问题及改进情况"),
      numbered(null, "2", 0, "要点"),
      numbered("1", "0", null, "不编号"),
      numbered(null, "9", 0, "无此列表"),
      numbered(null, "3", 0, "从五开始"),
    ].join("");
    const bytes = docxOf(body, {
      parts: { "word/numbering.xml": strToU8(numbering), "word/styles.xml": strToU8(styles) },
    });
    expect(rowsOf(bytes)).toEqual([
      "一、总体情况",
      "（一）主动公开",
      "1. 规章",
      "2. 规范性文件",
      "（二）依申请公开",
      "1. 新收",
      "二、存在的主要问题及改进情况",
      "要点",
      "不编号",
      "无此列表",
      "五、从五开始",
    ]);
  });

  it("without numbering.xml (or with a damaged one) paragraphs read as their text", () => {
    const body = numbered("1", "1", 0, "总体情况");
    expect(rowsOf(docxOf(body))).toEqual(["总体情况"]);
    const damaged = docxOf(body, { parts: { "word/numbering.xml": strToU8("<w:numbering") } });
    expect(rowsOf(damaged)).toEqual(["总体情况"]);
  });

  it("number formats: Chinese, legal, stems, enclosed, letters, Roman, full-width", () => {
    expect([
      formatNumber(1, "chineseCounting"),
      formatNumber(12, "chineseCountingThousand"),
      formatNumber(21, "chineseCounting"),
      formatNumber(12, "chineseLegalSimplified"),
      formatNumber(3, "ideographTraditional"),
      formatNumber(10, "ideographDigital"),
      formatNumber(3, "decimalEnclosedCircle"),
      formatNumber(2, "decimalEnclosedParen"),
      formatNumber(28, "upperLetter"),
      formatNumber(14, "lowerRoman"),
      formatNumber(7, "decimalFullWidth"),
      formatNumber(7, "decimalZero"),
      formatNumber(7, "somethingNew"),
      formatNumber(7, "bullet"),
    ]).toEqual(["一", "十二", "二十一", "壹拾贰", "丙", "一〇", "③", "⑵", "BB", "xiv", "７", "07", "7", ""]);
  });
});

describe("tables: merges as structure, as HTML's rowspan and colspan", () => {
  it("a gridSpan cell is one cell; a vMerge continuation is absent, as a rowspan'd cell from the next <tr>", () => {
    // 表三's header in the official template
    const docx = tbl(
      tr(tc("（本列数据的勾稽关系为：…）", { span: 3, vMerge: "restart" }), tc("申请人情况", { span: 7 })),
      tr(
        tc("", { span: 3, vMerge: "continue" }),
        tc("自然人", { vMerge: "restart" }),
        tc("法人或其他组织", { span: 5 }),
        tc("总计", { vMerge: "restart" }),
      ),
      tr(
        tc("", { span: 3, vMerge: "" }),
        tc("", { vMerge: "" }),
        tc("商业\n企业"),
        tc("科研\n机构"),
        tc("社会公益组织"),
        tc("法律服务机构"),
        tc("其他"),
        tc("", { vMerge: "continue" }),
      ),
    );
    const html = `<table>
      <tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：…）</td><th colspan="7">申请人情况</th></tr>
      <tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>
      <tr><th>商业<br>企业</th><th>科研<br>机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>
    </table>`;
    const fromWord = rowsOf(docxOf(docx));
    expect(fromWord).toEqual(shapeOf(readHtml(html)));
    expect(fromWord).toEqual([
      ["（本列数据的勾稽关系为：…）", "申请人情况"],
      ["自然人", "法人或其他组织", "总计"],
      ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    ]);
  });

  it("group labels merged down rows are cells of their first row only", () => {
    const docx = tbl(
      tr(
        tc("三、本年度办理结果", { vMerge: "restart" }),
        tc("（三）不予公开", { vMerge: "restart" }),
        tc("1.属于国家秘密"),
        tc("0"),
        tc(""),
      ),
      tr(
        tc("", { vMerge: "continue" }),
        tc("", { vMerge: "continue" }),
        tc("2.其他法律行政法规禁止公开"),
        tc("1"),
        tc("　"),
      ),
      tr(tc("", { vMerge: "continue" }), tc("（七）总计", { span: 2 }), tc("3"), tc("4")),
    );
    expect(rowsOf(docxOf(docx))).toEqual([
      ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "0", ""],
      ["2.其他法律行政法规禁止公开", "1", ""],
      ["（七）总计", "3", "4"],
    ]);
  });

  it("a continuation with no merged cell above it is a cell of its own, as Word draws it; its text joins a merged cell's", () => {
    const docx = tbl(
      tr(tc("", { vMerge: "continue" }), tc("a")),
      tr(tc("", { vMerge: "continue" }), tc("b")),
      tr(tc("x", { vMerge: "restart" }), tc("c")),
      tr(tc("y", { vMerge: "continue" }), tc("d")),
    );
    expect(rowsOf(docxOf(docx))).toEqual([["", "a"], ["b"], ["x\ny", "c"], ["d"]]);
  });

  it("a merge ends where the column holds a cell of its own; gridBefore columns, hMerge and deleted rows", () => {
    const docx = tbl(
      tr(tc("a", { vMerge: "restart" }), tc("1")),
      tr(tc("b"), tc("2")),
      tr(tc("", { vMerge: "continue" }), tc("3")),
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("4")}</w:tr>`,
      `<w:tr>${tc("c")}<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr>${p(r("5"))}</w:tc><w:tc><w:tcPr><w:hMerge/></w:tcPr>${p()}</w:tc></w:tr>`,
      `<w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>${tc("删除的行")}${tc("9")}</w:tr>`,
      `<w:tr>${tc("d")}<w:tc><w:tcPr><w:gridSpan w:val="1"/><w:tcPrChange w:id="2" w:author="a"><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr></w:tcPrChange></w:tcPr>${p(r("6"))}</w:tc></w:tr>`,
    );
    expect(rowsOf(docxOf(docx))).toEqual([["a", "1"], ["b", "2"], ["", "3"], ["4"], ["c", "5"], ["d", "6"]]);
  });

  it("a table that holds a table is page layout: its cells are read as paragraphs, the inner table as rows", () => {
    const inner = tbl(tr(tc("规章"), tc("0")), tr(tc("行政规范性文件"), tc("2")));
    const docx = tbl(tr(`<w:tc>${p(r("二、主动公开政府信息情况"))}${inner}${p()}</w:tc>`, tc("旁注")));
    const html = `<table><tr><td><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td></tr><tr><td>行政规范性文件</td><td>2</td></tr></table></td><td>旁注</td></tr></table>`;
    expect(rowsOf(docxOf(docx))).toEqual(shapeOf(readHtml(html)));
    expect(rowsOf(docxOf(docx))).toEqual(["二、主动公开政府信息情况", ["规章", "0"], ["行政规范性文件", "2"], "旁注"]);
  });
});
