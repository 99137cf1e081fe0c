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

/**
 * Options of {@link renderTextTable}: the display width of East Asian Ambiguous characters, and the most columns
 * a line may take (`maxWidth`): the label and header columns then wrap their text over several lines, the figures
 * never; a table whose figures alone are wider keeps the least width it can have.
 *
 * @example
 * ```ts
 * const options: TextTableOptions = { maxWidth: 100 };
 * ```
 */
export interface TextTableOptions extends WidthOptions {
  readonly maxWidth?: number | undefined;
}

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

/** The least width a column can have: its widest figure, and two columns (one CJK character) for text, padded. */
function leastWidths(grid: TableGrid, width: WidthOptions): number[] {
  const least = new Array<number>(grid.columns).fill(pad * 2 + 2);
  for (const row of grid.rows)
    for (const cell of row.cells)
      if (cell.colspan === 1 && cell.role === "value")
        least[cell.col] = Math.max(least[cell.col] as number, displayWidth(cell.text, width) + pad * 2);
  return least;
}

/**
 * Narrows the columns until the table fits in `maxWidth` (borders included): one column at a time, the widest of
 * those that can still give, so that the long label columns give first and the figures never.
 */
function fitWidths(widths: number[], least: readonly number[], maxWidth: number): number[] {
  let total = widths.reduce((a, b) => a + b, 0) + widths.length + 1;
  while (total > maxWidth) {
    let widest = -1;
    for (let c = 0; c < widths.length; c++)
      if (
        (widths[c] as number) > (least[c] as number) &&
        (widest < 0 || (widths[c] as number) > (widths[widest] as number))
      )
        widest = c;
    if (widest < 0) break;
    widths[widest] = (widths[widest] as number) - 1;
    total--;
  }
  return widths;
}

/** A cell's text cut into lines of at most `room` columns, between characters (never inside a number). */
function wrapText(text: string, room: number, width: WidthOptions): string[] {
  if (displayWidth(text, width) <= room) return [text];
  const lines: string[] = [];
  let line = "";
  // a run of digits, Latin letters and their punctuation stays whole; any other character stands alone, with the
  // closing punctuation after it (a line never starts with ）、，。)
  for (const piece of text.match(/[0-9A-Za-z.,%/-]+|[\s\S][）」』”’、，。：；！？》〉)]*/gu) ?? []) {
    if (line !== "" && displayWidth(line + piece, width) > room) {
      lines.push(line);
      line = "";
    }
    line += piece;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Renders one table grid as text lines (no trailing newline). Every line has the same display width. */
export function renderTextTable(grid: TableGrid, options: TextTableOptions = {}): string {
  const natural = columnWidths(grid, options);
  const widths =
    options.maxWidth === undefined ? natural : fitWidths(natural, leastWidths(grid, options), options.maxWidth);
  const slots = gridSlots(grid);
  /** The room for text of a cell (its columns and the borders between them, less the padding). */
  const roomOf = (cell: GridCell): number => {
    let span = cell.colspan - 1;
    for (let k = cell.col; k < cell.col + cell.colspan; k++) span += widths[k] as number;
    return span - pad * 2;
  };
  const linesOf = new Map<GridCell, string[]>();
  for (const row of grid.rows)
    for (const cell of row.cells) linesOf.set(cell, wrapText(cell.text, roomOf(cell), options));
  // each row as many lines high as its cells need; a cell spanning rows shares their lines, the last row grows
  const heights = grid.rows.map((row) =>
    Math.max(1, ...row.cells.filter((c) => c.rowspan === 1).map((c) => (linesOf.get(c) as string[]).length)),
  );
  for (const row of grid.rows)
    for (const cell of row.cells) {
      if (cell.rowspan === 1) continue;
      let have = 0;
      for (let r = cell.row; r < cell.row + cell.rowspan; r++) have += heights[r] as number;
      const need = (linesOf.get(cell) as string[]).length;
      const last = cell.row + cell.rowspan - 1;
      if (need > have) heights[last] = (heights[last] as number) + need - have;
    }
  /** The first line of slot row `r` within a cell that starts at row `start`. */
  const offset = (start: number, r: number): number => {
    let lines = 0;
    for (let k = start; k < r; k++) lines += heights[k] as number;
    return lines;
  };
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

  /** Line `n` of slot row `r`: each cell's text, its lines running down the rows it spans. */
  const content = (r: number, n: number): string => {
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
      const text = (linesOf.get(cell) as string[])[offset(cell.row, r) + n] ?? "";
      line += " ".repeat(pad) + padDisplay(text, span - pad * 2, alignOf(cell), options) + " ".repeat(pad);
      c = end;
    }
    return `${line}|`;
  };

  for (let r = 0; r < grid.rows.length; r++) {
    lines.push(border(r));
    for (let n = 0; n < (heights[r] as number); n++) lines.push(content(r, n));
  }
  lines.push(border(grid.rows.length));
  return lines.join("\n");
}
