/**
 * The second reading of a PDF, for a file whose tables could not all be read from its layout text (a row with
 * a blank cell gives fewer figures than columns, and layout text cannot always tell which column is blank):
 * the tables are rebuilt from their ruling lines into rows of cells, as an HTML table's rows, and put in the
 * place of their lines of text; the rest of the document stays as it was read.
 *
 * @module
 */
import type { Diagnostics } from "../../diagnostics.js";
import { rowLine, type SourceDocument, type SourceLine, textLine } from "../../document/lines.js";
import { readText } from "../text.js";
import { type ExtractOptions, withDocument } from "./extract.js";
import { type GridTable, gridTables } from "./grid.js";
import type { PdfJsModule } from "./pdfjs.js";
import type { PdfLayout } from "./read.js";
import { type Ruling, rulingsOf } from "./rulings.js";

/**
 * The rulings of every page (opening the file again: pdf.js's operator lists cost more than the text alone,
 * so they are read only for the files that need them); `null` when the file cannot be opened.
 *
 * @example
 * ```ts
 * const rulings = await readRulings(pdfjs, data, { assets });
 * ```
 */
export async function readRulings(
  pdfjs: PdfJsModule,
  data: Uint8Array,
  options: ExtractOptions,
): Promise<Ruling[][] | null> {
  const read = await withDocument(pdfjs, data, options, async (document) => {
    const pages: Ruling[][] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const list = await page.getOperatorList();
      pages.push(rulingsOf(list, page.getViewport({ scale: 1 }).transform, pdfjs));
      page.cleanup();
    }
    return pages;
  });
  return read.ok ? read.value : null;
}

/** The lowest of some numbers (not empty), without spreading them into a call. */
function lowest(ns: readonly number[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const n of ns) if (n < min) min = n;
  return min;
}

/**
 * The document with its ruled tables as rows of cells: each table's rows where its first line of text was
 * (each row numbered by the first line of text its pieces are on), its other lines blank. `null` when no page
 * has a ruled table.
 *
 * @example
 * ```ts
 * const document = cellDocument(read.text, read.layout, rulings, diagnostics);
 * ```
 */
export function cellDocument(
  text: string,
  layout: PdfLayout,
  rulings: readonly (readonly Ruling[])[],
  diagnostics: Diagnostics,
): SourceDocument | null {
  const tables: GridTable[] = [];
  layout.pages.forEach((page, i) => {
    for (const table of gridTables(rulings[i] ?? [], page.items)) tables.push(table);
  });
  // the lines of text each table takes, and the rows to put at its first
  const taken = new Set<number>();
  const rowsAt = new Map<number, SourceLine[]>();
  for (const table of tables) {
    const lines = [...table.items].map((item) => layout.lineOf.get(item)).filter((n): n is number => n !== undefined);
    if (lines.length === 0) continue;
    // loops, not Math.min(...lines) nor push(...rows): a table of 200,000 pieces overflowed the call stack (issue 18)
    const first = lowest(lines);
    for (const n of lines) taken.add(n);
    let no = first;
    const rows: SourceLine[] = [];
    for (const row of table.rows) {
      const own = row.items.map((item) => layout.lineOf.get(item)).filter((n): n is number => n !== undefined);
      if (own.length > 0) no = Math.max(no, lowest(own));
      rows.push(row.cells.some((c) => c !== "") ? rowLine(no, row.cells) : textLine(no, "blank", ""));
    }
    rowsAt.set(first, [...(rowsAt.get(first) ?? []), ...rows]);
  }
  if (rowsAt.size === 0) return null;
  const out: SourceLine[] = [];
  for (const line of readText(text, diagnostics)) {
    const rows = rowsAt.get(line.no);
    if (rows !== undefined) for (const row of rows) out.push(row);
    else if (taken.has(line.no)) out.push(textLine(line.no, "blank", ""));
    else out.push(line);
  }
  return { format: "pdf", lines: out, printed: true, webPage: false };
}
