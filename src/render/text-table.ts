/**
 * A {@link TableGrid} as a monospace text table with ASCII borders, merged cells kept: a cell spanning
 * rows has no border line across it, a cell spanning columns no `|` inside it. Header rows are closed by
 * a `=` line. Columns are measured in display width (CJK two columns), so every line of a table has
 * the same width.
 *
 * @module
 */
import { type GridCell, gridSlots, type TableGrid } from "./grid.js";
import { displayWidth, padDisplay, type WidthOptions } from "./width.js";

/** Padding on each side of a cell's text. */
const pad = 1;

/** Alignment of a cell's text: row labels to the start, values to the end, headers centred. */
function alignOf(cell: GridCell): "start" | "center" | "end" {
  return cell.role === "row" ? "start" : cell.role === "value" ? "end" : "center";
}

/** Column widths (without borders) wide enough for every cell, spans shared out over their columns. */
function columnWidths(grid: TableGrid, width: WidthOptions): number[] {
  const widths = new Array<number>(grid.columns).fill(pad * 2);
  const cells = grid.rows.flatMap((r) => r.cells).sort((a, b) => a.colspan - b.colspan);
  for (const cell of cells) {
    const need = displayWidth(cell.text, width) + pad * 2;
    const have = () => {
      let w = cell.colspan - 1;
      for (let c = cell.col; c < cell.col + cell.colspan; c++) w += widths[c] as number;
      return w;
    };
    let missing = need - have();
    // share the missing width out evenly, the remainder to the rightmost columns
    for (let k = cell.colspan - 1; missing > 0 && k >= 0; k--) {
      const share = Math.ceil(missing / (k + 1));
      widths[cell.col + k] = (widths[cell.col + k] as number) + share;
      missing -= share;
    }
  }
  return widths;
}

/** Renders one table grid as text lines (no trailing newline). Every line has the same display width. */
export function renderTextTable(grid: TableGrid, options: WidthOptions = {}): string {
  const widths = columnWidths(grid, options);
  const slots = gridSlots(grid);
  const at = (r: number, c: number): GridCell | undefined => slots[r]?.[c];
  const headEnds = new Set(grid.sections.map((s) => s.bodyStart));
  const lines: string[] = [];

  /** The border line above slot row `r` (r = rows.length: the bottom border). */
  const border = (r: number): string => {
    const fill = headEnds.has(r) && r < grid.rows.length ? "=" : "-";
    let line = "";
    for (let c = 0; c <= grid.columns; c++) {
      const a = at(r - 1, c - 1);
      const b = at(r - 1, c);
      const d = at(r, c);
      const e = at(r, c - 1);
      const horizontal = (c > 0 && a !== e) || (c < grid.columns && b !== d);
      const vertical = a !== b || e !== d;
      line += horizontal && vertical ? "+" : horizontal ? fill : vertical ? "|" : " ";
      if (c < grid.columns) line += (b !== d ? fill : " ").repeat(widths[c] as number);
    }
    return line;
  };

  /** The content line of slot row `r`: each cell's text on its top row. */
  const content = (r: number): string => {
    let line = "";
    let c = 0;
    while (c < grid.columns) {
      const cell = at(r, c);
      line += c === 0 || at(r, c - 1) !== cell ? "|" : " ";
      if (cell === undefined) {
        line += " ".repeat(widths[c] as number);
        c++;
        continue;
      }
      const start = Math.max(c, cell.col);
      const end = cell.col + cell.colspan;
      let span = end - start - 1;
      for (let k = start; k < end; k++) span += widths[k] as number;
      const text = r === cell.row ? cell.text : "";
      line += " ".repeat(pad) + padDisplay(text, span - pad * 2, alignOf(cell), options) + " ".repeat(pad);
      c = end;
    }
    return `${line}|`;
  };

  for (let r = 0; r < grid.rows.length; r++) {
    lines.push(border(r));
    lines.push(content(r));
  }
  lines.push(border(grid.rows.length));
  return lines.join("\n");
}
