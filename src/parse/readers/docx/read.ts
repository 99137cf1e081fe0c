/**
 * A Word document read into the one document form: each paragraph a `para` line (a line break inside it
 * starts another, as `<br>` does in HTML), each row of a data table a `row` line with one cell per cell Word
 * draws, merges as structure ({@link tableRows}). A table that holds tables is page layout, read as the
 * paragraphs and tables of its cells — as the HTML reader reads a layout `<table>`. White space is collapsed
 * as HTML's is, so a document reads the same from Word as from the same document as a web page.
 *
 * @module
 */
import type { Diagnostics } from "../../diagnostics.js";
import { rowLine, type SourceDocument, type SourceLine, textLine } from "../../document/lines.js";
import { collapseSpace } from "../../document/space.js";
import { readBody } from "./body.js";
import type { DocxBlock, DocxBody, DocxCell, DocxTable } from "./model.js";
import { Numbering } from "./numbering.js";
import { tableRows } from "./tables.js";
import { openDocx } from "./unzip.js";

function holdsTable(table: DocxTable): boolean {
  return table.rows.some((r) => r.cells.some((c) => c.blocks.some((b) => b.kind === "table")));
}

/** A data cell's text: its paragraphs as lines, white space collapsed as in an HTML cell. */
function cellText(cell: DocxCell): string {
  const texts: string[] = [];
  for (const b of cell.blocks) if (b.kind === "paragraph") texts.push(b.text);
  return collapseSpace(texts.join("\n")).trim();
}

/**
 * The lines of a document's blocks, in order. Iterative: nested layout tables do not deepen the stack.
 *
 * @example
 * ```ts
 * docxLines([{ kind: "paragraph", no: 1, text: "一、总体情况" }]); // [{ no: 1, kind: "para", text: "一、总体情况" }]
 * ```
 */
export function docxLines(blocks: readonly DocxBlock[]): SourceLine[] {
  const out: SourceLine[] = [];
  const stack: DocxBlock[] = [...blocks].reverse();
  while (stack.length > 0) {
    const block = stack.pop() as DocxBlock;
    if (block.kind === "paragraph") {
      for (const piece of block.text.split("\n")) {
        const text = collapseSpace(piece).trim();
        if (text !== "") out.push(textLine(block.no, "para", text));
      }
    } else if (holdsTable(block)) {
      const inner: DocxBlock[] = [];
      // a loop, not push(...cell.blocks): a cell of 200,000 paragraphs overflowed the call stack (issue 18)
      for (const row of block.rows)
        if (!row.deleted) for (const cell of row.cells) for (const b of cell.blocks) inner.push(b);
      for (let k = inner.length - 1; k >= 0; k--) stack.push(inner[k] as DocxBlock);
    } else for (const row of tableRows(block, cellText)) out.push(rowLine(row.no, row.cells));
  }
  return out;
}

/**
 * Reads a .docx into the one document form, or reports why it cannot (`input.unsupported`, `input.damaged`)
 * and returns `null`; content embedded as another document (`w:altChunk`) is an `input.unsupported` error, the
 * rest read. Never throws; the bytes are not changed. The line numbers (`no`) count the document's
 * paragraphs and table rows: line 12 is its twelfth paragraph or row.
 *
 * @example
 * ```ts
 * const diagnostics = new Diagnostics();
 * const document = readDocxDocument(bytes, diagnostics);
 * if (document !== null) interpretDocument(document, {}, diagnostics);
 * ```
 */
export function readDocxDocument(bytes: Uint8Array, diagnostics: Diagnostics): SourceDocument | null {
  const opened = openDocx(bytes);
  if (!opened.ok) {
    diagnostics.error(opened.problem.code, opened.problem.message);
    return null;
  }
  let body: DocxBody;
  try {
    const numbering = new Numbering(opened.numbering, opened.styles);
    body = readBody(opened.xml, numbering.empty ? null : numbering);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    diagnostics.error("input.damaged", {
      zh: `Word 文档已损坏：word/document.xml 不是完好的 XML（${why}）`,
      en: `the Word document is damaged: word/document.xml is not well-formed XML (${why})`,
    });
    return null;
  }
  if (body.altChunks > 0)
    diagnostics.error("input.unsupported", {
      zh: `文档中有 ${body.altChunks} 处内容以嵌入的网页或 RTF（altChunk）保存，未读取：请在 Word 或 WPS 中打开后另存为 .docx（嵌入内容会转为正文）再读取`,
      en: `the document holds ${body.altChunks} piece(s) of content as an embedded web page or RTF (altChunk), which are not read: open it in Word or WPS and save it as .docx again (the embedded content becomes text)`,
    });
  return { format: "docx", lines: docxLines(body.blocks), printed: false, webPage: false };
}
