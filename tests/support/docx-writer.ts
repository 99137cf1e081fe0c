/**
 * A Word writer for tests: a report as a .docx (with the `docx` package) in the layouts organs use — the
 * official template's tables with their merged cells as Word records them (`w:gridSpan` across columns,
 * `w:vMerge` restart/continue down rows), laid out by the renderers' one layout engine (`tableGrid`), in the
 * document order of the renderers (`reportDocument`): title, preamble, the six sections, the signature.
 * Options give the variants found in published files: blank cells as nothing or as a full-width space (the
 * template's), repeated header rows, a table broken in two over a page break, captions above the tables.
 * Kept apart from the tests so that it can become a public renderer.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";
import type { TableKey } from "../../src/format/editions.js";
import type { Report } from "../../src/model/report.generated.js";
import { reportDocument } from "../../src/render/document.js";
import { type GridCell, gridSlots, type TableGrid, tableGrid } from "../../src/render/grid.js";

/** Where and how a table is broken over two pages. */
export interface DocxSplit {
  readonly table: TableKey;
  /**
   * The body row (0-based, among the table's body rows) that begins the second part; 0 with `two-tables`: the
   * header rows are a table of their own.
   */
  readonly at: number;
  /**
   * `two-tables`: two tables with a page break between, the second beginning with the header rows again (as
   * organs cut a table by hand); `row-break`: one table whose row `at` begins a new page (header rows marked to
   * repeat: Word repeats them, the file holds them once).
   */
  readonly style: "two-tables" | "row-break";
  /**
   * For `two-tables`: a label cell merged down across the break is printed again at the top of the second
   * table (`repeat`), or continued there with nothing above it (`continue`, as Word leaves it when a table is
   * split), which Word draws as an empty cell.
   */
  readonly carried?: "repeat" | "continue";
  /** For `two-tables`: the second table begins with the header rows again (`repeat`, default) or without them. */
  readonly header?: "repeat" | "none";
}

/**
 * How the document is written.
 *
 * @example
 * ```ts
 * const options: DocxWriterOptions = { blank: "\u3000", split: { table: "applications", at: 9, style: "two-tables" } };
 * ```
 */
export interface DocxWriterOptions {
  /** The text of a blank value cell: `""` (default), the template's full-width space `"\u3000"`, `"—"`, `"/"`. */
  readonly blank?: string;
  /** A caption paragraph (`表三 收到和处理政府信息公开申请情况`) above each table. Default false. */
  readonly captions?: boolean;
  /** Mark each table's header rows to repeat on every page (`w:tblHeader`). Default true. */
  readonly repeatHeader?: boolean;
  readonly split?: DocxSplit;
  /**
   * Section headings numbered by Word (a list in Chinese counting, `%1、`) rather than typed: the file holds
   * 「总体情况」, Word shows 「一、总体情况」. Default false.
   */
  readonly numberedHeadings?: boolean;
}

/** The list of numbered section headings. */
const headingList = "zfxxgk-headings";

/** Twips across the text of an A4 page with the official margins. */
const textWidth = 8844;

function cellParagraphs(text: string, pageBreakBefore: boolean): Paragraph[] {
  return text.split("\n").map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: line === "" ? [] : [new TextRun(line)],
        ...(pageBreakBefore && i === 0 ? { pageBreakBefore: true } : {}),
      }),
  );
}

/**
 * The cell at a slot where its top-left slot is (`restart`: with its text), or a slot it is merged down into
 * (a `continue` cell, empty).
 */
function tableCell(cell: GridCell, restart: boolean, text: string, pageBreakBefore: boolean): TableCell {
  const merged = cell.rowspan > 1;
  return new TableCell({
    children: cellParagraphs(restart ? text : "", pageBreakBefore),
    ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
    ...(merged ? { verticalMerge: restart ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  });
}

/**
 * The Word rows of grid rows `rows`, in order. A cell merged down from a row before the first written here is
 * begun again (`repeat`) or continued with nothing above it (`continue`).
 */
function wordRows(
  grid: TableGrid,
  rows: readonly number[],
  options: DocxWriterOptions,
  carried: "repeat" | "continue",
  pageBreakAt: number | null,
): TableRow[] {
  const slots = gridSlots(grid);
  const header = grid.sections.length === 1 ? (grid.sections[0]?.bodyStart ?? 0) : 0;
  const blank = options.blank ?? "";
  return rows.map((r, i) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < grid.columns; ) {
      const cell = slots[r]?.[c];
      if (cell === undefined) {
        cells.push(new TableCell({ children: [new Paragraph("")] }));
        c++;
        continue;
      }
      // a cell merged down from a row not written just before this one is carried over a break
      const previous = i > 0 ? rows[i - 1] : undefined;
      const continued = previous === r - 1 && previous !== undefined && previous >= cell.row;
      const restart = cell.row === r || (!continued && carried === "repeat");
      const text = cell.role === "value" && cell.blank === true ? blank : cell.text;
      cells.push(tableCell(cell, restart, text, pageBreakAt === r && c === 0));
      c += cell.colspan;
    }
    return new TableRow({
      children: cells,
      ...(options.repeatHeader !== false && i < header && r === i ? { tableHeader: true } : {}),
    });
  });
}

function wordTable(rows: TableRow[], columns: number): Table {
  const width = Math.floor(textWidth / columns);
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: Array.from({ length: columns }, () => width),
  });
}

/** A table of the report as Word tables (two when split), with the paragraphs between them. */
function tableBlocks(report: Report, key: TableKey, options: DocxWriterOptions): (Paragraph | Table)[] {
  const grid = tableGrid(report, key);
  const out: (Paragraph | Table)[] = [];
  if (options.captions === true) out.push(new Paragraph({ alignment: AlignmentType.CENTER, text: grid.caption }));
  const all = grid.rows.map((_, r) => r);
  const split = options.split?.table === key ? options.split : undefined;
  const bodyStart = grid.sections.length === 1 ? (grid.sections[0]?.bodyStart ?? 0) : 0;
  const at = split === undefined ? null : Math.min(grid.rows.length - 1, bodyStart + Math.max(0, split.at));
  // a break before the first row is no break
  if (split === undefined || at === null || at === 0) {
    out.push(wordTable(wordRows(grid, all, options, "repeat", null), grid.columns));
    return out;
  }
  if (split.style === "row-break") {
    out.push(wordTable(wordRows(grid, all, options, "repeat", at), grid.columns));
    return out;
  }
  const head = split.header === "none" ? [] : all.slice(0, bodyStart);
  out.push(wordTable(wordRows(grid, all.slice(0, at), options, "repeat", null), grid.columns));
  out.push(new Paragraph({ pageBreakBefore: true, children: [] }));
  out.push(
    wordTable(wordRows(grid, [...head, ...all.slice(at)], options, split.carried ?? "repeat", null), grid.columns),
  );
  return out;
}

/**
 * The Word document of a report: its paragraphs and tables, in the renderers' order.
 *
 * @example
 * ```ts
 * const doc = docxDocument(report, { blank: "\u3000" });
 * const bytes = await Packer.toBuffer(doc);
 * ```
 */
export function docxDocument(report: Report, options: DocxWriterOptions = {}): Document {
  const doc = reportDocument(report);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: doc.title }),
  ];
  for (const p of doc.preamble) children.push(new Paragraph({ text: p, indent: { firstLine: 640 } }));
  for (const section of doc.sections) {
    const numbered = options.numberedHeadings === true;
    const heading = numbered ? section.heading.replace(/^[一二三四五六七八九十]+、/, "") : section.heading;
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        text: heading,
        ...(numbered ? { numbering: { reference: headingList, level: 0 } } : {}),
      }),
    );
    for (const p of section.paragraphs) children.push(new Paragraph({ text: p, indent: { firstLine: 640 } }));
    if (section.table !== undefined) children.push(...tableBlocks(report, section.table, options));
  }
  children.push(new Paragraph({ alignment: AlignmentType.RIGHT, text: doc.signature.organ }));
  if (doc.signature.date !== null)
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, text: doc.signature.date.text }));
  const numbering = {
    config: [
      {
        reference: headingList,
        levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", suffix: LevelSuffix.NOTHING }],
      },
    ],
  };
  return new Document({ title: doc.title, numbering, sections: [{ children }] });
}

/**
 * A report written as a .docx file.
 *
 * @example
 * ```ts
 * const bytes = await writeDocx(report);
 * parseDocx(bytes).report; // the same tables and metadata
 * ```
 */
export async function writeDocx(report: Report, options: DocxWriterOptions = {}): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(docxDocument(report, options));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
