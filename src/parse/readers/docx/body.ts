/**
 * The XML walk of `word/document.xml` (saxes, bundled into `zfxxgk/docx` only): the body's paragraphs and
 * tables in document order, as {@link DocxBlock}s. What Word shows is kept and what it does not is left out:
 * - text: `w:t`, tabs (`w:tab`, `w:ptab`), line breaks (`w:br`, `w:cr`), `w:noBreakHyphen`, `w:sym` (but a
 *   symbol font's private-use character), field results (not field codes: `w:instrText`);
 * - revisions: insertions (`w:ins`, `w:moveTo`) kept, deletions (`w:del`, `w:moveFrom`, `w:delText`, a deleted
 *   table row) left out; hidden runs (`w:vanish`) left out; a superscript or subscript run (a footnote mark)
 *   set apart by spaces, so that a mark after a figure (`5¹`) never reads as part of it (`51`);
 * - content controls (`w:sdt`), smart tags, custom XML and hyperlinks read through; text boxes
 *   (`w:txbxContent`) read as paragraphs after the paragraph they are anchored in, only one choice of an
 *   `mc:AlternateContent` (the VML fallback repeats the text box);
 * - tables with each cell's `w:gridSpan`, `w:vMerge` (and the legacy `w:hMerge`) and the row's `w:gridBefore`;
 * - automatic numbers (`一、`, `（一）`) of paragraphs in a list, given the document's {@link Numbering}.
 *
 * The walk is event-driven: nesting depth does not matter and memory is linear in the text kept.
 *
 * @module
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { DocxBlock, DocxBody, DocxCell, DocxParagraph, DocxRow, DocxTable, VerticalMerge } from "./model.js";
import type { Numbering } from "./numbering.js";

/** WordprocessingML's namespace (transitional, and strict OOXML). */
const wordNamespaces = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Elements whose content Word does not show as text of the document. */
const skipped = new Set([
  "del",
  "moveFrom",
  "delText",
  "delInstrText",
  "instrText",
  "rt",
  "sdtPr",
  "fldData",
  "ffData",
  "sectPr",
  "tblPr",
  "tblGrid",
  "tblPrEx",
  "pPrChange",
  "rPrChange",
  "tcPrChange",
  "trPrChange",
  "tblPrChange",
  "tblGridChange",
  "sectPrChange",
  "numberingChange",
  "footnoteReference",
  "endnoteReference",
  "commentReference",
]);

interface CellBuilder {
  span: number;
  vMerge: VerticalMerge;
  hMerge: VerticalMerge;
  readonly blocks: DocxBlock[];
}

interface RowBuilder {
  readonly no: number;
  before: number;
  deleted: boolean;
  readonly cells: DocxCell[];
}

interface ParagraphBuilder {
  readonly no: number;
  text: string;
  /** The paragraph's style and list (`w:pStyle`, `w:numPr`), for its automatic number. */
  style: string | null;
  numId: string | null;
  level: number | null;
  /** Paragraphs of text boxes anchored in it, read after it. */
  readonly floating: DocxBlock[];
}

/**
 * The character a `w:sym` stands for, or `""` for a symbol font's private-use code (F000–F0FF), whose
 * meaning depends on the font.
 */
function symbolText(hex: string | undefined): string {
  if (hex === undefined || !/^[0-9A-Fa-f]{1,6}$/.test(hex)) return "";
  const code = Number.parseInt(hex, 16);
  if ((code >= 0xf000 && code <= 0xf0ff) || code > 0x10ffff || code < 0x20) return "";
  return String.fromCodePoint(code);
}

/** A merge attribute: `restart`, else `continue` (an absent `w:val` continues). */
function mergeOf(value: string | undefined): VerticalMerge {
  return value === "restart" ? "restart" : "continue";
}

/** An on/off property's value (`w:vanish`, `w:vanish w:val="false"`). */
function isOn(value: string | undefined): boolean {
  return value === undefined || !(value === "false" || value === "0" || value === "off");
}

/**
 * Reads the body of a `word/document.xml` into blocks, counting the content it embeds as other documents.
 * Throws (the XML parser's error) on XML that is not well-formed; the caller reports the document as damaged.
 *
 * @example
 * ```ts
 * const xml = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
 *   "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>";
 * readBody(xml).blocks; // [{ kind: "paragraph", no: 1, text: "一、总体情况" }]
 * ```
 */
export function readBody(xml: string, numbering: Numbering | null = null): DocxBody {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const body: DocxBlock[] = [];
  /** Where blocks go: the body, a table cell, a text box. */
  const containers: DocxBlock[][] = [body];
  const paragraphs: ParagraphBuilder[] = [];
  const tables: { readonly rows: DocxRow[] }[] = [];
  const rows: RowBuilder[] = [];
  const cells: CellBuilder[] = [];
  /** Local names of the open elements (`""` for another namespace's). */
  const open: string[] = [];
  /** For each open run: whether it is hidden, and whether it is raised or lowered (super- or subscript). */
  const runs: { hidden: boolean; shifted: boolean }[] = [];
  /** For each open `mc:AlternateContent`: whether a choice has been read. */
  const alternates: boolean[] = [];
  let prefix = "w:";
  let compat = "mc:";
  let skip = 0;
  let counter = 0;
  let rooted = false;
  let altChunks = 0;

  const localOf = (name: string): string =>
    prefix === "" ? (name.includes(":") ? "" : name) : name.startsWith(prefix) ? name.slice(prefix.length) : "";
  const attr = (tag: SaxesTagPlain, name: string): string | undefined => tag.attributes[prefix + name];
  const parent = (): string => open[open.length - 1] ?? "";
  const append = (text: string): void => {
    const p = paragraphs[paragraphs.length - 1];
    const run = runs[runs.length - 1];
    if (p === undefined || run?.hidden === true) return;
    p.text += run?.shifted === true ? ` ${text} ` : text;
  };

  parser.on("opentag", (tag) => {
    if (!rooted) {
      rooted = true;
      for (const [name, value] of Object.entries(tag.attributes)) {
        if (wordNamespaces.has(value)) prefix = name === "xmlns" ? "" : `${name.slice(6)}:`;
        else if (value === compatibilityNamespace && name.startsWith("xmlns:")) compat = `${name.slice(6)}:`;
      }
    }
    if (skip > 0) {
      skip++;
      return;
    }
    const name = tag.name;
    if (name === `${compat}Fallback` || (name === `${compat}Choice` && alternates[alternates.length - 1] === true)) {
      skip = 1;
      return;
    }
    if (name === `${compat}AlternateContent`) alternates.push(false);
    else if (name === `${compat}Choice`) alternates[alternates.length - 1] = true;
    const local = localOf(name);
    const up = parent();
    if (local === "del" && up === "trPr") {
      const row = rows[rows.length - 1];
      if (row !== undefined) row.deleted = true;
    }
    if (skipped.has(local)) {
      skip = 1;
      return;
    }
    open.push(local);
    switch (local) {
      case "altChunk":
        altChunks++;
        break;
      case "p":
        paragraphs.push({ no: ++counter, text: "", style: null, numId: null, level: null, floating: [] });
        break;
      case "pStyle":
      case "numId":
      case "ilvl": {
        const paragraph = paragraphs[paragraphs.length - 1];
        const inPPr = local === "pStyle" ? up === "pPr" : up === "numPr" && open[open.length - 3] === "pPr";
        if (paragraph === undefined || !inPPr) break;
        const value = attr(tag, "val") ?? null;
        if (local === "pStyle") paragraph.style = value;
        else if (local === "numId") paragraph.numId = value;
        else paragraph.level = value === null || !/^[0-9]$/.test(value) ? null : Number(value);
        break;
      }
      case "r":
        runs.push({ hidden: runs[runs.length - 1]?.hidden === true, shifted: false });
        break;
      case "vanish":
        if (up === "rPr" && open[open.length - 3] === "r" && isOn(attr(tag, "val"))) {
          const run = runs[runs.length - 1];
          if (run !== undefined) run.hidden = true;
        }
        break;
      case "vertAlign":
        if (up === "rPr" && open[open.length - 3] === "r" && attr(tag, "val") !== "baseline") {
          const run = runs[runs.length - 1];
          if (run !== undefined) run.shifted = true;
        }
        break;
      case "tab":
      case "ptab":
        if (up === "r") append("\t");
        break;
      case "br":
      case "cr":
        if (up === "r") append("\n");
        break;
      case "noBreakHyphen":
        if (up === "r") append("-");
        break;
      case "sym":
        if (up === "r") append(symbolText(attr(tag, "char")));
        break;
      case "txbxContent":
        containers.push([]);
        break;
      case "tbl":
        tables.push({ rows: [] });
        break;
      case "tr":
        rows.push({ no: ++counter, before: 0, deleted: false, cells: [] });
        break;
      case "gridBefore":
        if (up === "trPr") {
          const row = rows[rows.length - 1];
          const n = Number(attr(tag, "val"));
          if (row !== undefined && Number.isInteger(n) && n > 0 && n < 1000) row.before = n;
        }
        break;
      case "tc": {
        const cell: CellBuilder = { span: 1, vMerge: "none", hMerge: "none", blocks: [] };
        cells.push(cell);
        containers.push(cell.blocks);
        break;
      }
      case "gridSpan":
      case "vMerge":
      case "hMerge": {
        const cell = cells[cells.length - 1];
        if (up !== "tcPr" || cell === undefined) break;
        if (local === "gridSpan") {
          const n = Number(attr(tag, "val"));
          if (Number.isInteger(n) && n > 1 && n < 1000) cell.span = n;
        } else if (local === "vMerge") cell.vMerge = mergeOf(attr(tag, "val"));
        else cell.hMerge = mergeOf(attr(tag, "val"));
        break;
      }
    }
  });

  const onText = (text: string): void => {
    if (skip === 0 && parent() === "t" && open[open.length - 2] === "r") append(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  parser.on("closetag", (tag) => {
    if (skip > 0) {
      skip--;
      return;
    }
    if (tag.name === `${compat}AlternateContent`) alternates.pop();
    const local = open.pop();
    const container = containers[containers.length - 1] as DocxBlock[];
    switch (local) {
      case "p": {
        const p = paragraphs.pop();
        if (p === undefined) break;
        const paragraph: DocxParagraph = { kind: "paragraph", no: p.no, text: p.text };
        container.push(paragraph);
        for (const block of p.floating) container.push(block);
        break;
      }
      case "r":
        runs.pop();
        break;
      case "pPr": {
        const paragraph = paragraphs[paragraphs.length - 1];
        if (numbering !== null && paragraph !== undefined && paragraph.text === "")
          paragraph.text = numbering.label(paragraph.numId, paragraph.level, paragraph.style);
        break;
      }
      case "txbxContent": {
        const boxed = containers.pop() as DocxBlock[];
        const anchor = paragraphs[paragraphs.length - 1];
        // a loop, not push(...boxed): a box of 200,000 paragraphs overflowed the call stack (issue 18)
        const into = anchor !== undefined ? anchor.floating : (containers[containers.length - 1] as DocxBlock[]);
        for (const block of boxed) into.push(block);
        break;
      }
      case "tc": {
        const cell = cells.pop();
        containers.pop();
        if (cell !== undefined) rows[rows.length - 1]?.cells.push(cell);
        break;
      }
      case "tr": {
        const row = rows.pop();
        if (row !== undefined) tables[tables.length - 1]?.rows.push(row);
        break;
      }
      case "tbl": {
        const table = tables.pop();
        if (table !== undefined) container.push({ kind: "table", rows: table.rows } satisfies DocxTable);
        break;
      }
    }
  });

  parser.write(xml).close();
  return { blocks: body, altChunks };
}
