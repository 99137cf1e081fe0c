/**
 * The Word reader on anything: random bytes, a .docx damaged or cut anywhere, random WordprocessingML (any
 * nesting of paragraphs, runs, tables, merges, revisions, text boxes, alternate content) and deep nesting —
 * never a throw, a result of the documented shape, the input unchanged.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocx, readDocx } from "../../src/docx.js";
import { runs } from "../support/runs.js";
import { documentXml, docxOf, p, r, tbl, tc, tr } from "./support.js";

/** A report-like body: a heading and a merged table, for damaging. */
const sample = docxOf(
  [
    p(r("某县人民政府2023年政府信息公开工作年度报告")),
    p(r("三、收到和处理政府信息公开申请情况")),
    tbl(
      tr(tc("三、本年度办理结果", { vMerge: "restart" }), tc("（一）予以公开", { span: 2 }), tc("1"), tc("2")),
      tr(tc("", { vMerge: "continue" }), tc("（二）部分公开", { span: 2 }), tc("3"), tc("")),
    ),
  ].join(""),
);

function wellShaped(bytes: Uint8Array): void {
  const copy = bytes.slice();
  const result = parseDocx(bytes);
  expect(result.format).toBe("docx");
  expect(result.diagnostics.filter((d) => d.code === "internal")).toEqual([]);
  if (result.report === null) expect(result.diagnostics.some((d) => d.level === "error")).toBe(true);
  const reading = readDocx(bytes);
  if (reading.lines !== null)
    for (const line of reading.lines) {
      expect(["para", "row"]).toContain(line.kind);
      if (line.kind === "row") expect(line.cells?.every((c) => typeof c === "string")).toBe(true);
    }
  expect(bytes).toEqual(copy);
}

/** Random WordprocessingML: elements of the body, nested at random. */
const arbBody: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("一、总体情况", "12", "（三）不予公开", "&amp;", " ", "　").map(r),
    fc.constantFrom(
      "<w:r><w:tab/></w:r>",
      "<w:r><w:br/></w:r>",
      '<w:r><w:sym w:char="F0FC"/></w:r>',
      '<w:r><w:sym w:char="zz"/></w:r>',
      "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐</w:t></w:r>",
      '<w:tcPr><w:gridSpan w:val="3"/><w:vMerge/></w:tcPr>',
      '<w:tcPr><w:gridSpan w:val="-2"/><w:vMerge w:val="restart"/></w:tcPr>',
      '<w:trPr><w:gridBefore w:val="99999"/><w:del/></w:trPr>',
      '<w:pPr><w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr></w:pPr>',
      "<w:altChunk/>",
      "",
    ),
    fc
      .tuple(
        fc.constantFrom(
          "w:p",
          "w:r",
          "w:t",
          "w:tbl",
          "w:tr",
          "w:tc",
          "w:del",
          "w:ins",
          "w:sdt",
          "w:sdtContent",
          "w:txbxContent",
          "mc:AlternateContent",
          "mc:Choice",
          "mc:Fallback",
          "w:hyperlink",
          "w:fldSimple",
          "v:textbox",
        ),
        fc.array(tie("node"), { maxLength: 4 }),
      )
      .map(([name, kids]) => `<${name}>${kids.join("")}</${name}>`),
  ),
})).node;

describe("never a throw", () => {
  it("random bytes, and bytes that begin like a zip or an OLE file", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        (tail, head) => wellShaped(new Uint8Array([...head, ...tail])),
      ),
      { numRuns: runs(200, 1000) },
    );
  });

  it("a .docx with bytes changed anywhere, or cut anywhere", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(sample.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat(sample.length),
        (changes, cut) => {
          const damaged = sample.slice();
          for (const [at, byte] of changes) damaged[at] = byte;
          wellShaped(damaged);
          wellShaped(sample.slice(0, cut));
        },
      ),
      { numRuns: runs(200, 1000) },
    );
  });

  it("random WordprocessingML, well-formed or not", () => {
    fc.assert(
      fc.property(fc.array(arbBody, { maxLength: 6 }), fc.boolean(), (nodes, broken) => {
        const xml = documentXml(nodes.join(""));
        wellShaped(docxOf("", { xml: broken ? xml.slice(0, Math.floor(xml.length / 2)) : xml }));
      }),
      { numRuns: runs(200, 1000) },
    );
  });

  it("deep nesting: tables in tables and text boxes in text boxes, thousands deep", () => {
    const depth = 5000;
    const tables = `${"<w:tbl><w:tr><w:tc>".repeat(depth)}${p(r("最里面"))}${"</w:tc></w:tr></w:tbl>".repeat(depth)}`;
    expect(readDocx(docxOf(tables)).lines?.map((l) => l.text)).toEqual(["最里面"]);
    const boxes = `<w:p>${"<w:r><w:txbxContent><w:p>".repeat(depth)}${r("框")}${"</w:p></w:txbxContent></w:r>".repeat(depth)}</w:p>`;
    expect(readDocx(docxOf(boxes)).lines?.map((l) => l.text)).toEqual(["框"]);
  });
});
