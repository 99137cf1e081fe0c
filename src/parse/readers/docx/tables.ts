/**
 * A Word table's rows as the HTML reader gives a `<table>`'s: one cell per cell Word draws, in order. A cell
 * spanning grid columns (`w:gridSpan`) is one cell, as a `colspan` cell is; a cell merged down rows
 * (`w:vMerge`) is a cell of the row it begins in, and absent from the rows it continues into, as a
 * `rowspan` cell is absent from the next `<tr>`s. The interpreter's table reading then sees the same rows
 * from a Word table as from the same table in HTML: merges are structure, not guessed from blanks.
 *
 * @module
 */
import type { DocxCell, DocxTable } from "./model.js";

/**
 * A cell as read: its text, and the text of the cells that continue it (Word shows them in the merged cell).
 */
interface Merged {
  readonly texts: string[];
}

/**
 * A row of a data table: its place in the document and its cells' text.
 *
 * @example
 * ```ts
 * const row: DocxRowCells = { no: 12, cells: ["规章", "0", "0", "0"] };
 * ```
 */
export interface DocxRowCells {
  readonly no: number;
  readonly cells: readonly string[];
}

/**
 * The rows of a table that holds no table. A continuation cell (`w:vMerge` without `restart`) under a cell of
 * the same grid column is left out, its text (Word shows it in the merged cell, normally none) added to that
 * cell's; one with no merged cell above it is a cell of its own, as Word draws it. A legacy `w:hMerge`
 * continuation is part of the cell on its left. Deleted rows (tracked changes) are left out, and so are rows
 * left without cells.
 *
 * @example
 * ```ts
 * // 自然人 merged down two rows under a header spanning two columns
 * tableRows(table, cellText); // [{ no: 1, cells: ["申请人情况"] }, { no: 2, cells: ["自然人", "法人"] }, { no: 3, cells: ["商业企业"] }]
 * ```
 */
export function tableRows(table: DocxTable, cellText: (cell: DocxCell) => string): DocxRowCells[] {
  /** Cells merged down, open at the end of the previous row, by their first grid column. */
  let open = new Map<number, Merged>();
  const rows: { readonly no: number; readonly cells: Merged[] }[] = [];
  for (const row of table.rows) {
    if (row.deleted) continue;
    const next = new Map<number, Merged>();
    const cells: Merged[] = [];
    let col = row.before;
    for (const cell of row.cells) {
      const from = col;
      col += cell.span;
      const text = cellText(cell);
      const left = cells[cells.length - 1];
      if (cell.hMerge === "continue" && left !== undefined) {
        if (text !== "") left.texts.push(text);
        continue;
      }
      const above = cell.vMerge === "continue" ? open.get(from) : undefined;
      if (above !== undefined) {
        if (text !== "") above.texts.push(text);
        next.set(from, above);
        continue;
      }
      const merged: Merged = { texts: [text] };
      cells.push(merged);
      // a continuation with nothing above it begins a merged cell, as Word draws it
      if (cell.vMerge !== "none") next.set(from, merged);
    }
    open = next;
    if (cells.length > 0) rows.push({ no: row.no, cells });
  }
  return rows.map((r) => ({ no: r.no, cells: r.cells.map((c) => c.texts.filter((t) => t !== "").join("\n")) }));
}
