/**
 * Figures wrapped in their cells: a narrow column of a Word table breaks a long figure over two lines
 * (`1000000212` printed as `100000` above `0212`), and `pdftotext -layout` puts the rest on the next line,
 * under the figure it belongs to. The row's line then holds a figure cut short, which must not be read.
 *
 * @module
 */
import { isDigit } from "../document/chars.js";
import type { ValueToken } from "./segments.js";

/** True for a piece of plain ASCII digits (what is left of a figure broken in two). */
function digitsOnly(raw: string): boolean {
  if (raw === "") return false;
  for (let i = 0; i < raw.length; i++) if (!isDigit(raw.charCodeAt(i))) return false;
  return true;
}

/** The index of the one figure of `row` that `piece` stands under (by characters or by columns), else -1. */
function under(row: readonly ValueToken[], piece: ValueToken): number {
  const hit = (lo: (t: ValueToken) => number, hi: (t: ValueToken) => number): number => {
    let found = -1;
    for (let i = 0; i < row.length; i++) {
      const t = row[i] as ValueToken;
      if (lo(t) < hi(piece) && lo(piece) < hi(t)) {
        if (found >= 0) return -1;
        found = i;
      }
    }
    return found;
  };
  const byChar = hit(
    (t) => t.startChar,
    (t) => t.endChar,
  );
  return byChar >= 0
    ? byChar
    : hit(
        (t) => t.start,
        (t) => t.end,
      );
}

/**
 * Where `pieces` (the figures of a line with no row label) are the rests of figures of `row` (a row's
 * figures, read from the line just above) wrapped in their cells: for each of `row`'s figures, the rest of it
 * (`null`: not cut short); `null` where they are not. They are rests where they are fewer than the row's figures,
 * plain digits on one line, each standing under a figure of the row, and on the very next line — or, `apart`
 * (no row's label before them, only the table's headers, which a page break repeated), on any later line.
 *
 * @example
 * ```ts
 * wrappedRests(rowTokens, nextLineTokens); // [null, null, «0212», null, «156», null, «4189»]
 * ```
 */
export function wrappedRests(
  row: readonly ValueToken[],
  pieces: readonly ValueToken[],
  apart = false,
): (ValueToken | null)[] | null {
  const first = pieces[0];
  const last = row[row.length - 1];
  if (first === undefined || last === undefined || pieces.length >= row.length) return null;
  if (row.some((t) => t.structured || t.start < 0 || t.line !== last.line)) return null;
  if (pieces.some((p) => p.structured || p.start < 0 || p.line !== first.line || !digitsOnly(p.raw))) return null;
  if (first.line !== last.line + 1 && !(apart && first.line > last.line)) return null;
  const rests: (ValueToken | null)[] = row.map(() => null);
  for (const p of pieces) {
    const i = under(row, p);
    if (i < 0 || rests[i] !== null) return null;
    rests[i] = p;
  }
  return rests;
}
