/**
 * Groups a page's placed text into printed lines: pieces whose glyph boxes share most of their height
 * stand on one line (a row label set 2 pt higher than its figures is one line; the second line of a wrapped
 * label, half a line below the figures, is another), ordered top to bottom and left to right.
 *
 * @module
 */
import type { PlacedText } from "./extract.js";

/**
 * A printed line: its pieces left to right, its baseline and its (largest) font size.
 *
 * @example
 * ```ts
 * const line: PrintedLine = { items: [{ text: "规章", x: 78.8, y: 101.5, width: 19.9, size: 9.95 }], y: 101.5, size: 9.95 };
 * ```
 */
export interface PrintedLine {
  readonly items: readonly PlacedText[];
  readonly y: number;
  readonly size: number;
}

/** The part of a glyph box's height (above the baseline, in font sizes) two pieces of a line share at least. */
const shared = 0.5;

/** Vertical overlap of two glyph boxes `[y - size, y]`. */
function overlap(y1: number, s1: number, y2: number, s2: number): number {
  return Math.min(y1, y2) - Math.max(y1 - s1, y2 - s2);
}

/** True when `b` repeats `a` (text painted twice, a little apart, to look bold). */
function repeats(a: PlacedText, b: PlacedText): boolean {
  const near = 0.2 * Math.min(a.size, b.size);
  return a.text === b.text && Math.abs(a.x - b.x) < near && Math.abs(a.y - b.y) < near;
}

/**
 * The page's pieces as lines, top to bottom.
 *
 * @example
 * ```ts
 * groupLines([
 *   { text: "规章", x: 78, y: 100, width: 20, size: 10 },
 *   { text: "1", x: 249, y: 101, width: 5, size: 11 },
 * ]).length; // 1
 * ```
 */
export function groupLines(items: readonly PlacedText[]): PrintedLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { items: PlacedText[]; y: number; size: number }[] = [];
  let current: { items: PlacedText[]; y: number; size: number } | undefined;
  for (const item of sorted) {
    if (
      current !== undefined &&
      overlap(current.y, current.size, item.y, item.size) >= shared * Math.min(current.size, item.size)
    )
      current.items.push(item);
    else {
      current = { items: [item], y: item.y, size: item.size };
      groups.push(current);
    }
  }
  return groups.map((g) => {
    const byX = g.items.sort((a, b) => a.x - b.x);
    // a repeat stands within a fifth of its size to the left: only the pieces kept that near are compared, and
    // the size is found by a loop (a line of many pieces: no quadratic scan, no spread past the stack, issue 18)
    const kept: PlacedText[] = [];
    let size = Number.NEGATIVE_INFINITY;
    for (const item of byX) {
      let k = kept.length - 1;
      while (k >= 0 && item.x - (kept[k] as PlacedText).x < 0.2 * item.size && !repeats(kept[k] as PlacedText, item))
        k--;
      if (k >= 0 && item.x - (kept[k] as PlacedText).x < 0.2 * item.size) continue;
      kept.push(item);
      size = Math.max(size, item.size);
    }
    return { items: kept, y: g.y, size };
  });
}
