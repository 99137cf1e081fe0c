/**
 * Reading a short row of `pdftotext -layout` text by where its figures stand: a blank cell leaves a gap
 * in the line, and the columns are known from the table's full rows. Only where the full rows show
 * layout text (figures apart by two spaces or more, standing in the same columns row after row), and a
 * figure is placed only where it is clearly nearer one column than any other; otherwise the row is not
 * read. Columns are measured both as displayed (a wide character two) and as character indexes (how
 * `pdftotext` places words), whichever the full rows agree on.
 *
 * @module
 */
import type { ValueToken } from "./segments.js";

/**
 * The figures of full rows read from one line of text, by row width.
 *
 * @example
 * ```ts
 * const samples: ColumnSamples = new Map();
 * sampleColumns(samples, tokens);
 * ```
 */
export type ColumnSamples = Map<number, (readonly ValueToken[])[]>;

/**
 * Records a full row read from one line of text.
 *
 * @example
 * ```ts
 * sampleColumns(samples, tokens); // records where the figures of a full row stand
 * ```
 */
export function sampleColumns(samples: ColumnSamples, tokens: readonly ValueToken[]): void {
  // a row of layout text: on one line, its figures two spaces or more away from the label
  if (tokens.length < 2 || tokens.some((t) => t.structured || t.line !== tokens[0]?.line) || (tokens[0]?.gap ?? 0) < 2)
    return;
  let list = samples.get(tokens.length);
  if (list === undefined) {
    list = [];
    samples.set(tokens.length, list);
  }
  list.push(tokens);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Where a figure stands on its line, from its first column to just after its last. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where the figures of one line stand, counted one way. */
type Measure = (row: readonly ValueToken[]) => Span[];

/** Wide characters in a figure (full-width digits): displayed two columns, one character each. */
const wideIn = (t: ValueToken) => t.end - t.start - (t.endChar - t.startChar);

const measures: readonly Measure[] = [
  // as displayed, a wide character two columns
  (row) => row.map((t) => ({ start: t.start, end: t.end })),
  // as character indexes (how pdftotext places words)
  (row) => row.map((t) => ({ start: t.startChar, end: t.endChar })),
  // as displayed, but the figures' own wide characters one column: full-width digits put in after the layout
  // push the columns after them aside by as many columns as they have digits
  (row) => {
    let wide = 0;
    return row.map((t) => {
      const start = t.start - wide;
      wide += wideIn(t);
      return { start, end: t.end - wide };
    });
  },
];

/** True where figures stand two spaces apart or more (layout text, not words joined by one space). */
function spread(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if ((spans[i] as Span).start - (spans[i - 1] as Span).end < 2) return false;
  return true;
}

/**
 * Places the figures of a short row under the columns of the full rows of its width: for each figure,
 * its column index; `null` where the row cannot be read so. Columns are counted three ways (as displayed,
 * as characters, as displayed with the figures' full-width digits one column each); every way the full
 * rows agree on must place the figures alike: a row whose wide characters (label, full-width digits)
 * differ from theirs may stand where one count says one column and another count another, and which is
 * right is unknown.
 *
 * @example
 * ```ts
 * placeByColumns(samples, 7, tokens); // [0, 1, 3, 4, 5, 6]: the third column is blank
 * ```
 */
export function placeByColumns(samples: ColumnSamples, width: number, tokens: readonly ValueToken[]): number[] | null {
  const rows = samples.get(width);
  if (rows === undefined || rows.length < 2 || tokens.length === 0 || tokens.length >= width) return null;
  if (tokens.some((t) => t.structured || t.line !== tokens[0]?.line || t.gap < 2)) return null;
  let placed: number[] | null | undefined;
  for (const m of measures) {
    const here = placeBy(m, rows, width, tokens);
    if (here === undefined) continue;
    if (here === null) return null;
    if (placed !== undefined && (placed === null || placed.join() !== here.join())) return null;
    placed = here;
  }
  return placed ?? null;
}

/**
 * The placement under one way of counting columns: `undefined` where the full rows do not show columns
 * so counted (not spread, not agreeing, too close), `null` where they do but the short row does not fit them.
 */
function placeBy(
  m: Measure,
  rows: readonly (readonly ValueToken[])[],
  width: number,
  tokens: readonly ValueToken[],
): number[] | null | undefined {
  const full = rows.map(m);
  const own = m(tokens);
  if (!full.every(spread) || !spread(own)) return undefined;
  const anchors: number[] = [];
  for (let i = 0; i < width; i++) {
    const ends = full.map((r) => (r[i] as Span).end);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const e of ends) {
      lo = Math.min(lo, e);
      hi = Math.max(hi, e);
    }
    if (hi - lo > 2) return undefined;
    anchors.push(median(ends));
  }
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < anchors.length; i++) gap = Math.min(gap, (anchors[i] as number) - (anchors[i - 1] as number));
  if (!(gap >= 3)) return undefined;
  // the full rows' figures of a column: from the leftmost start to the rightmost end
  const reach = (i: number, edge: "start" | "end") =>
    full.reduce(
      (x, r) => (edge === "end" ? Math.max(x, (r[i] as Span).end) : Math.min(x, (r[i] as Span).start)),
      edge === "end" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
    );
  // within two columns of one column's end, and less than half as far from it as from any other
  const placed: number[] = [];
  for (const [k, t] of tokens.entries()) {
    const span = own[k] as Span;
    const distances = anchors.map((a) => Math.abs(span.end - a));
    const best = distances.indexOf(Math.min(...distances));
    const second = Math.min(...distances.filter((_, i) => i !== best));
    const d = distances[best] as number;
    if (d > 2 || d * 2 >= second || (placed.length > 0 && best <= (placed[placed.length - 1] as number))) return null;
    // and within its column: clear of where the full rows' figures of the columns beside it stand
    if (
      (best > 0 && span.start <= reach(best - 1, "end")) ||
      (best < width - 1 && span.end >= reach(best + 1, "start"))
    )
      return null;
    // where the full rows have as many wide characters before each column (so they agree however the
    // columns are counted), the short row must have as many too: else which count is right is unknown
    const wide = new Set(rows.map((r) => (r[best] as ValueToken).end - (r[best] as ValueToken).endChar));
    if (wide.size === 1 && !wide.has(t.end - t.endChar)) return null;
    placed.push(best);
  }
  return placed;
}
