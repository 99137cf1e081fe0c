/**
 * Writes a page's printed lines as layout text, as `pdftotext -layout` does: each piece at the column its
 * left end stands at (one column per half of the page's small font size, a wide character two columns), so
 * the figures of a table stand under their column heads; pieces that touch are joined, a word gap is one
 * space, and a wide vertical gap between lines is a blank line.
 *
 * @module
 */
import { columnsOf, isWide } from "../../document/chars.js";
import type { PlacedText } from "./extract.js";
import type { PrintedLine } from "./lines.js";

/** Below this gap (in font sizes) two pieces of a line are joined without a space. */
const touching = 0.2;
/** Below this gap (in font sizes) two wide characters are joined without a space (letter spacing of a justified line). */
const letterGap = 0.5;
/** From this gap (in font sizes) two pieces stand apart (table cells): at their own columns, at least two spaces apart. */
const apart = 1;
/** Lines whose baselines are further apart than this (in font sizes) have a blank line between them. */
const blankAfter = 2;

/**
 * The width of one text column in points for a page: half the font size of its small text (the tenth
 * percentile, so that a stray footnote mark does not stretch the page), at least 2 pt.
 *
 * @example
 * ```ts
 * columnUnit([{ text: "0", x: 0, y: 0, width: 4, size: 8 }]); // 4
 * ```
 */
export function columnUnit(items: readonly PlacedText[]): number {
  if (items.length === 0) return 5;
  const sizes = items.map((i) => i.size).sort((a, b) => a - b);
  const small = sizes[Math.floor((sizes.length - 1) * 0.1)] ?? 10;
  return Math.max(2, small / 2);
}

/**
 * One line as text, pieces placed by column.
 *
 * @example
 * ```ts
 * layoutLine({ items: [{ text: "规章", x: 0, y: 0, width: 20, size: 10 }, { text: "1", x: 100, y: 0, width: 5, size: 10 }], y: 0, size: 10 }, 0, 5);
 * // "规章                1"
 * ```
 */
export function layoutLine(line: PrintedLine, left: number, unit: number): string {
  // pieces joined once, the last character written kept aside: reading the end of a string grown with `+=`
  // flattens it, quadratic on a line of many pieces (issue 18)
  const out: string[] = [];
  let last = Number.NaN;
  let columns = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const item of line.items) {
    let piece = item.text;
    if (Number.isNaN(last)) piece = " ".repeat(Math.max(0, columnOf(item, left, unit))) + piece;
    else {
      const gap = item.x - end;
      const size = Math.min(item.size, line.size);
      const wide = isWide(last) && isWide(item.text.charCodeAt(0));
      if (gap >= apart * size) piece = " ".repeat(Math.max(2, columnOf(item, left, unit) - columns)) + piece;
      else if (gap >= (wide ? letterGap : touching) * size) piece = ` ${piece}`;
    }
    out.push(piece);
    if (piece !== "") last = piece.charCodeAt(piece.length - 1);
    columns += columnsOf(piece);
    end = Math.max(end, item.x + item.width);
  }
  return out.join("");
}

/**
 * The column a piece starts at: a figure (no wide character) so that it ends at the column of its right
 * end — figures are set right-aligned or centred in their cells, so their ends stand in line row after row,
 * as `pdftotext -layout` and the reading of short rows by position expect; other text at its left end.
 *
 * @example
 * ```ts
 * columnOf({ text: "12", x: 100, y: 0, width: 10, size: 10 }, 0, 5); // 20: it ends at column 22
 * ```
 */
export function columnOf(item: PlacedText, left: number, unit: number): number {
  for (let i = 0; i < item.text.length; i++)
    if (isWide(item.text.charCodeAt(i))) return Math.round((item.x - left) / unit);
  return Math.round((item.x + item.width - left) / unit) - columnsOf(item.text);
}

/**
 * A page's lines as layout text lines, with a blank line where the page leaves a wide vertical gap; beside
 * each text line, the printed line it was written from (`undefined` for a blank).
 *
 * @example
 * ```ts
 * layoutPage(groupLines(page.items)).text.join("\n");
 * ```
 */
export function layoutPage(lines: readonly PrintedLine[]): { text: string[]; from: (PrintedLine | undefined)[] } {
  const items = lines.flatMap((l) => l.items);
  const unit = columnUnit(items);
  const left = items.reduce((min, i) => Math.min(min, i.x), Number.POSITIVE_INFINITY);
  const text: string[] = [];
  const from: (PrintedLine | undefined)[] = [];
  let previous: PrintedLine | undefined;
  for (const line of lines) {
    if (previous !== undefined && line.y - previous.y > blankAfter * Math.max(line.size, previous.size)) {
      text.push("");
      from.push(undefined);
    }
    text.push(layoutLine(line, left, unit).trimEnd());
    from.push(line);
    previous = line;
  }
  return { text, from };
}
