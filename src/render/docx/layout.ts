/**
 * A report laid out as a Word document with the `docx` package, in the conventions of an official document
 * (公文, GB/T 9704-2012) and in the renderers' order and layout (`reportDocument`, `tableGrid`): A4, margins
 * 37/35/28/26 mm (a 156 × 225 mm text block), the title in 小标宋 二号, headings in 黑体 (一、) and 楷体 (（一）),
 * the body in 仿宋 三号 on exact 28.95 pt lines (22 to a page), the tables with their merged cells as Word
 * records them (`w:gridSpan` across, `w:vMerge` down), rows that do not split across pages and header rows that
 * repeat, the signature and the date placed as §7.3.5.2 says, page numbers 「— 1 —」 outside.
 *
 * The `docx` module is given (it is loaded when asked for: an optional peer), so that this file imports no
 * package. Variants of the layout found in published files (blank cells as a full-width space, captions, a table
 * broken in two, headings numbered by Word) are options for the reader's tests; `renderDocx` uses none.
 *
 * @module
 */
import type * as Docx from "docx";
import type { TableKey } from "../../format/editions.js";
import type { Report } from "../../model/report.generated.js";
import { type ReportDocument, reportDocument } from "../document.js";
import { type GridCell, gridSlots, type TableGrid, tableGrid } from "../grid.js";
import { displayWidth } from "../width.js";
import type { DocxFont, DocxFonts } from "./fonts.js";
import { xmlSafe } from "./xml.js";

/** The `docx` package's module. */
export type DocxModule = typeof Docx;

/** Where and how a table is broken over two pages (a variant of published files). */
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

/** How the document is laid out. */
export interface DocxLayoutOptions {
  readonly fonts: DocxFonts;
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

/** Twentieths of a point (twips) in a millimetre. */
const twipsPerMm = 1440 / 25.4;
/** GB/T 9704 §5.2.1: top 37 mm, left 28 mm, a text block of 156 × 225 mm (so bottom 35 mm, right 26 mm). */
export const pageMargins = {
  top: Math.round(37 * twipsPerMm),
  bottom: Math.round(35 * twipsPerMm),
  left: Math.round(28 * twipsPerMm),
  right: Math.round(26 * twipsPerMm),
} as const;
/** Twips across the text block (156 mm). */
const textWidth = Math.round(156 * twipsPerMm);
/** 三号 (16 pt) in half-points; a character of it is 320 twips across. */
const sanhao = 32;
const charTwips = 320;
/** 22 lines to the 225 mm text block: an exact line pitch of 28.95 pt. */
const linePitch = Math.round((225 * twipsPerMm) / 22);

/** The list of numbered section headings (a variant). */
const headingList = "zfxxgk-headings";

const styleIds = { subheading: "ZfxxgkSubheading", table: "ZfxxgkTable", signature: "ZfxxgkSignature" } as const;

/** The run fonts of a face: every slot (ASCII, high ANSI, east-Asian, complex) named, east-Asian hinted. */
function runFonts(font: DocxFont): Docx.IFontAttributesProperties {
  return { ascii: font.name, hAnsi: font.name, eastAsia: font.name, cs: font.name, hint: "eastAsia" };
}

/** The styles: the defaults (仿宋 三号, justified, exact lines), the title, the headings, the table text. */
function styles(d: DocxModule, fonts: DocxFonts): Docx.IStylesOptions {
  const black = { color: "000000", bold: false, italics: false };
  const exact = { line: linePitch, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 };
  return {
    default: {
      document: {
        run: { font: runFonts(fonts.body), size: sanhao, language: { value: "en-US", eastAsia: "zh-CN" } },
        paragraph: { spacing: exact, alignment: d.AlignmentType.JUSTIFIED },
      },
    },
    paragraphStyles: [
      {
        id: "Title",
        name: "Title",
        basedOn: "Normal",
        next: "Normal",
        run: { ...black, font: runFonts(fonts.title), size: 44 },
        paragraph: { alignment: d.AlignmentType.CENTER, spacing: { ...exact, line: 700, after: linePitch } },
      },
      ...[fonts.heading, fonts.subheading].map((font, level) => ({
        id: `Heading${level + 1}`,
        name: `heading ${level + 1}`,
        basedOn: "Normal",
        next: "Normal",
        run: { ...black, font: runFonts(font), size: sanhao },
        paragraph: { outlineLevel: level, keepNext: true, indent: { firstLine: 2 * charTwips }, spacing: exact },
      })),
      {
        id: styleIds.table,
        name: "Table Text",
        basedOn: "Normal",
        run: { font: runFonts(fonts.table), size: 20 },
        paragraph: {
          alignment: d.AlignmentType.CENTER,
          spacing: { line: 240, lineRule: d.LineRuleType.AUTO, before: 0, after: 0 },
        },
      },
    ],
    characterStyles: [
      {
        id: styleIds.subheading,
        name: "Run-in Heading",
        basedOn: "DefaultParagraphFont",
        run: { font: runFonts(fonts.subheading) },
      },
    ],
  };
}

/** A body paragraph: first line indented two characters. */
function bodyParagraph(d: DocxModule, text: string): Docx.Paragraph {
  const sub = /^（[一二三四五六七八九十]{1,3}）/.exec(text);
  if (sub !== null) {
    const stop = text.indexOf("。");
    // a heading alone, or a run-in heading ending at its first full stop (GB/T 9704 §7.3.3: the second level in 楷体)
    if (stop === -1 && text.length <= 40) return new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, text });
    if (stop !== -1 && stop < 40)
      return new d.Paragraph({
        indent: { firstLine: 2 * charTwips },
        children: [
          new d.TextRun({ text: text.slice(0, stop + 1), style: styleIds.subheading }),
          ...(stop + 1 < text.length ? [new d.TextRun(text.slice(stop + 1))] : []),
        ],
      });
  }
  return new d.Paragraph({ text, indent: { firstLine: 2 * charTwips } });
}

/** How a cell's text is set: aligned left (else centred), in 楷体 (the template's 勾稽 note) or the table's 宋体. */
interface CellText {
  readonly left: boolean;
  readonly kai: boolean;
}

function cellParagraphs(
  d: DocxModule,
  text: string,
  how: CellText,
  fonts: DocxFonts,
  pageBreakBefore: boolean,
): Docx.Paragraph[] {
  return text.split("\n").map(
    (line, i) =>
      new d.Paragraph({
        style: styleIds.table,
        ...(how.left ? { alignment: d.AlignmentType.LEFT } : {}),
        children:
          line === ""
            ? []
            : [new d.TextRun({ text: xmlSafe(line), ...(how.kai ? { font: runFonts(fonts.subheading) } : {}) })],
        ...(pageBreakBefore && i === 0 ? { pageBreakBefore: true } : {}),
      }),
  );
}

/** Column widths in twips: 表三's label columns as the official template sets them, the rest equal. */
function columnWidths(grid: TableGrid): number[] {
  const weights = Array.from({ length: grid.columns }, (_, c) =>
    grid.labelColumns === 3 && c < 3 ? ([754, 921, 3271][c] as number) : grid.labelColumns === 3 ? 685 : 1,
  );
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w * textWidth) / total));
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + textWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

interface TableContext {
  readonly d: DocxModule;
  readonly grid: TableGrid;
  readonly widths: readonly number[];
  readonly options: DocxLayoutOptions;
}

/**
 * The cell at a slot where its top-left slot is (`restart`: with its text), or a slot it is merged down into
 * (a `continue` cell, empty).
 */
function tableCell(t: TableContext, cell: GridCell, restart: boolean, pageBreakBefore: boolean): Docx.TableCell {
  const { d } = t;
  const text = cell.role === "value" && cell.blank === true ? (t.options.blank ?? "") : cell.text;
  // as the official template: 表二's block titles, 表三's row labels and its 勾稽 note (in 楷体) set left
  const how: CellText = {
    left: cell.role === "title" || cell.role === "corner" || (cell.role === "row" && t.grid.labelColumns > 1),
    kai: cell.role === "corner",
  };
  const width = t.widths.slice(cell.col, cell.col + cell.colspan).reduce((a, b) => a + b, 0);
  return new d.TableCell({
    children: cellParagraphs(d, restart ? text : "", how, t.options.fonts, pageBreakBefore),
    width: { size: width, type: d.WidthType.DXA },
    verticalAlign: d.VerticalAlignTable.CENTER,
    ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
    ...(cell.rowspan > 1
      ? { verticalMerge: restart ? d.VerticalMergeType.RESTART : d.VerticalMergeType.CONTINUE }
      : {}),
  });
}

/**
 * The Word rows of grid rows `rows`, in order. A cell merged down from a row before the first written here is
 * begun again (`repeat`) or continued with nothing above it (`continue`).
 */
function wordRows(
  t: TableContext,
  rows: readonly number[],
  carried: "repeat" | "continue",
  pageBreakAt: number | null,
): Docx.TableRow[] {
  const { d, grid, options } = t;
  const slots = gridSlots(grid);
  // only a table of one band repeats its header rows (表二's bands each have their own)
  const header = grid.sections.length === 1 ? (grid.sections[0]?.bodyStart ?? 0) : 0;
  return rows.map((r, i) => {
    const cells: Docx.TableCell[] = [];
    for (let c = 0; c < grid.columns; ) {
      const cell = slots[r]?.[c];
      if (cell === undefined) {
        cells.push(new d.TableCell({ children: [new d.Paragraph({ style: styleIds.table })] }));
        c++;
        continue;
      }
      // a cell merged down from a row not written just before this one is carried over a break
      const previous = i > 0 ? rows[i - 1] : undefined;
      const continued = previous === r - 1 && previous !== undefined && previous >= cell.row;
      const restart = cell.row === r || (!continued && carried === "repeat");
      cells.push(tableCell(t, cell, restart, pageBreakAt === r && c === 0));
      c += cell.colspan;
    }
    return new d.TableRow({
      children: cells,
      cantSplit: true,
      height: { value: 397, rule: d.HeightRule.ATLEAST },
      ...(options.repeatHeader !== false && i < header && r === i ? { tableHeader: true } : {}),
    });
  });
}

function wordTable(t: TableContext, rows: Docx.TableRow[]): Docx.Table {
  const { d } = t;
  return new d.Table({
    rows,
    width: { size: textWidth, type: d.WidthType.DXA },
    columnWidths: [...t.widths],
    layout: d.TableLayoutType.FIXED,
    alignment: d.AlignmentType.CENTER,
    margins: { left: 57, right: 57, top: 0, bottom: 0 },
  });
}

/** A table of the report as Word tables (two when split), with the paragraphs between them. */
function tableBlocks(
  d: DocxModule,
  report: Report,
  key: TableKey,
  options: DocxLayoutOptions,
): (Docx.Paragraph | Docx.Table)[] {
  const grid = tableGrid(report, key);
  const t: TableContext = { d, grid, widths: columnWidths(grid), options };
  const out: (Docx.Paragraph | Docx.Table)[] = [];
  if (options.captions === true)
    out.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, keepNext: true, text: grid.caption }));
  const all = grid.rows.map((_, r) => r);
  const split = options.split?.table === key ? options.split : undefined;
  const bodyStart = grid.sections.length === 1 ? (grid.sections[0]?.bodyStart ?? 0) : 0;
  const at = split === undefined ? null : Math.min(grid.rows.length - 1, bodyStart + Math.max(0, split.at));
  // a break before the first row is no break
  if (split === undefined || at === null || at === 0) {
    out.push(wordTable(t, wordRows(t, all, "repeat", null)));
    return out;
  }
  if (split.style === "row-break") {
    out.push(wordTable(t, wordRows(t, all, "repeat", at)));
    return out;
  }
  const head = split.header === "none" ? [] : all.slice(0, bodyStart);
  out.push(wordTable(t, wordRows(t, all.slice(0, at), "repeat", null)));
  out.push(new d.Paragraph({ pageBreakBefore: true, children: [] }));
  out.push(wordTable(t, wordRows(t, [...head, ...all.slice(at)], split.carried ?? "repeat", null)));
  return out;
}

/** The document with every text XML can hold (see {@link xmlSafe}). */
function xmlSafeDocument(doc: ReportDocument): ReportDocument {
  const list = (ps: readonly string[]) => ps.map(xmlSafe).filter((p) => p !== "");
  return {
    title: xmlSafe(doc.title),
    preamble: list(doc.preamble),
    sections: doc.sections.map((s) => ({ ...s, paragraphs: list(s.paragraphs) })),
    signature: {
      organ: xmlSafe(doc.signature.organ),
      date: doc.signature.date === null ? null : { ...doc.signature.date, text: xmlSafe(doc.signature.date.text) },
    },
  };
}

/** Twips a line of 三号 text takes (a wide character 320, a narrow one 160). */
function textTwips(text: string): number {
  return (displayWidth(text) * charTwips) / 2;
}

/**
 * The signature and the date as GB/T 9704 §7.3.5.2 places them (no seal): the organ two characters from the
 * right, the date on the next line beginning two characters right of the organ's first character — or, when
 * the date is the longer, the date two characters from the right and the organ moved left to keep the offset.
 */
function signatureBlock(d: DocxModule, organ: string, date: string | null): Docx.Paragraph[] {
  const two = 2 * charTwips;
  const organWidth = textTwips(organ);
  const dateWidth = date === null ? 0 : textTwips(date);
  let organRight = two;
  let dateRight = organWidth - dateWidth;
  if (dateRight < two) {
    dateRight = two;
    organRight = two + dateWidth + two - organWidth;
  }
  const line = (text: string, right: number) =>
    new d.Paragraph({ alignment: d.AlignmentType.RIGHT, indent: { right: Math.max(0, right) }, text });
  return [
    new d.Paragraph({ children: [] }),
    line(organ, organRight),
    ...(date === null ? [] : [line(date, dateRight)]),
  ];
}

/** The page number 「— 1 —」 in 宋体 四号, one character in from the outside edge. */
function pageNumberFooter(d: DocxModule, fonts: DocxFonts, side: "left" | "right"): Docx.Footer {
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: side === "right" ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        indent: side === "right" ? { right: 280 } : { left: 280 },
        spacing: { line: 240, lineRule: d.LineRuleType.AUTO },
        children: [
          new d.TextRun({
            font: runFonts(fonts.pageNumber),
            size: 28,
            children: ["— ", d.PageNumber.CURRENT, " —"],
          }),
        ],
      }),
    ],
  });
}

/**
 * The Word document of a report: its paragraphs and tables, in the renderers' order, in the 公文 layout.
 *
 * @example
 * ```ts
 * const docx = await import("docx");
 * const doc = docxDocument(docx, report, { fonts: defaultDocxFonts });
 * const bytes = await docx.Packer.toArrayBuffer(doc);
 * ```
 */
export function docxDocument(d: DocxModule, report: Report, options: DocxLayoutOptions): Docx.Document {
  const doc = xmlSafeDocument(reportDocument(report));
  const children: (Docx.Paragraph | Docx.Table)[] = [
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, text: doc.title }),
  ];
  for (const p of doc.preamble) children.push(bodyParagraph(d, p));
  const numbered = options.numberedHeadings === true;
  for (const section of doc.sections) {
    const heading = numbered ? section.heading.replace(/^[一二三四五六七八九十]+、/, "") : section.heading;
    children.push(
      new d.Paragraph({
        heading: d.HeadingLevel.HEADING_1,
        text: heading,
        ...(numbered ? { numbering: { reference: headingList, level: 0 } } : {}),
      }),
    );
    for (const p of section.paragraphs) children.push(bodyParagraph(d, p));
    if (section.table !== undefined) children.push(...tableBlocks(d, report, section.table, options));
  }
  children.push(...signatureBlock(d, doc.signature.organ, doc.signature.date?.text ?? null));
  const numbering = {
    config: [
      {
        reference: headingList,
        levels: [
          {
            level: 0,
            format: d.LevelFormat.CHINESE_COUNTING,
            text: "%1、",
            suffix: d.LevelSuffix.NOTHING,
            style: { paragraph: { indent: { firstLine: 2 * charTwips } } },
          },
        ],
      },
    ],
  };
  return new d.Document({
    title: doc.title,
    creator: doc.signature.organ,
    styles: styles(d, options.fonts),
    numbering,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: d.PageOrientation.PORTRAIT },
            // the page number's line begins 7 mm below the text block (§7.5): its foot about 22 mm above the page's
            margin: { ...pageMargins, header: 851, footer: Math.round(22 * twipsPerMm) },
          },
        },
        footers: {
          default: pageNumberFooter(d, options.fonts, "right"),
          even: pageNumberFooter(d, options.fonts, "left"),
        },
        children,
      },
    ],
  });
}
