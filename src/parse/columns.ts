/**
 * Reading a short row of `pdftotext -layout` text by where its figures stand: a blank cell leaves a gap
 * in the line, and the columns are known from the table's full rows. A figure is placed only where it is
 * clearly nearer one column than any other; otherwise the row is not read.
 *
 * @module
 */
import type { ValueToken } from "./segments.js";

/**
 * Display columns at which the figures of full rows of a given width end, one list per full row.
 *
 * @example
 * ```ts
 * const samples: ColumnSamples = new Map([[7, [[50, 58, 66, 74, 82, 90, 98]]]]);
 * ```
 */
export type ColumnSamples = Map<number, number[][]>;

/**
 * Records the columns of a full row read from one line of text.
 *
 * @example
 * ```ts
 * sampleColumns(samples, tokens); // records where the figures of a full row end
 * ```
 */
export function sampleColumns(samples: ColumnSamples, tokens: readonly ValueToken[]): void {
  if (tokens.length < 2 || tokens.some((t) => t.structured || t.line !== tokens[0]?.line)) return;
  let list = samples.get(tokens.length);
  if (list === undefined) {
    list = [];
    samples.set(tokens.length, list);
  }
  list.push(tokens.map((t) => t.end));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Places the figures of a short row under the columns of the full rows of its width: for each figure,
 * its column index; `null` where the row cannot be read so.
 *
 * @example
 * ```ts
 * placeByColumns(samples, 7, tokens); // [0, 1, 3, 4, 5, 6]: the third column is blank
 * ```
 */
export function placeByColumns(samples: ColumnSamples, width: number, tokens: readonly ValueToken[]): number[] | null {
  const rows = samples.get(width);
  if (rows === undefined || rows.length === 0 || tokens.length === 0 || tokens.length >= width) return null;
  if (tokens.some((t) => t.structured || t.line !== tokens[0]?.line)) return null;
  // only where the full rows agree on the columns (`-layout`); in reading order they wander with the label
  for (let i = 0; i < width; i++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const r of rows) {
      lo = Math.min(lo, r[i] as number);
      hi = Math.max(hi, r[i] as number);
    }
    if (rows.length < 2 || hi - lo > 3) return null;
  }
  const anchors = Array.from({ length: width }, (_, i) => median(rows.map((r) => r[i] as number)));
  let spacing = Number.POSITIVE_INFINITY;
  for (let i = 1; i < anchors.length; i++)
    spacing = Math.min(spacing, (anchors[i] as number) - (anchors[i - 1] as number));
  if (!(spacing >= 2)) return null;
  const tolerance = spacing / 3;
  const placed: number[] = [];
  for (const t of tokens) {
    let best = -1;
    let distance = Number.POSITIVE_INFINITY;
    anchors.forEach((a, i) => {
      const d = Math.abs(t.end - a);
      if (d < distance) {
        distance = d;
        best = i;
      }
    });
    if (best < 0 || distance > tolerance) return null;
    if (placed.length > 0 && best <= (placed[placed.length - 1] as number)) return null;
    placed.push(best);
  }
  return placed;
}
