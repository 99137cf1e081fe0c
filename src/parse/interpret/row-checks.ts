/**
 * What the table reader may rely on when a row's label does not stand right before its figures (plain
 * `pdftotext`, text converted from a PDF): a row's own 总计 (its total column equals the sum of its other
 * columns), and whether label text between a row's label and the figures is the table's own text (group
 * labels, column headers, the tail of a wrapped label) or something else — a label that could not be read.
 *
 * @module
 */

import type { ValueToken } from "./segments.js";
import type { Target } from "./targets.js";
import { readNumber } from "./values.js";

/**
 * True where the figures, read as a row of the target, hold its own total: the row has a 总计 column, every
 * figure is a number, and the total equals the sum of the other columns. False where any of this fails or
 * cannot be told (a blank, an unreadable figure, a row without a total column).
 *
 * @example
 * ```ts
 * totalHolds(tablePlan("2021", "applications").targets[0]!, tokens); // 3001+53+0+0+61+4 = 3119: true
 * ```
 */
export function totalHolds(target: Target, tokens: readonly ValueToken[]): boolean {
  const { fields } = target;
  if (tokens.length !== fields.length) return false;
  const at = fields.findIndex((f) => f.total === true);
  if (at < 0) return false;
  let sum = 0;
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber((tokens[i] as ValueToken).raw);
    if (n === null || n.unit !== null || !Number.isSafeInteger(n.value) || n.value < 0) return false;
    if (i === at) total = n.value;
    else sum += n.value;
  }
  return Number.isSafeInteger(sum) && sum === total;
}

/**
 * Shares runs of figures out among rows in order: each row its cells' worth, every run ending where a row ends
 * (a run of a structured row is one or more rows), every row holding its own total ({@link totalHolds}).
 * The rows' figures, or `null` where the runs do not fit the rows so.
 *
 * @example
 * ```ts
 * shareByOrder([carriedOver, granted], [run]); // [[34 0 0 0 0 0 34], [1288 21 0 0 50 3 1362]] for a run of 14
 * ```
 */
export function shareByOrder(
  rows: readonly Target[],
  runs: readonly (readonly ValueToken[])[],
): (readonly ValueToken[])[] | null {
  const out: (readonly ValueToken[])[] = [];
  let r = 0;
  for (const run of runs) {
    let k = 0;
    while (k < run.length) {
      const row = rows[r];
      if (row === undefined || k + row.fields.length > run.length) return null;
      const chunk = run.slice(k, k + row.fields.length);
      if (!totalHolds(row, chunk)) return null;
      out.push(chunk);
      k += row.fields.length;
      r++;
    }
  }
  return r === rows.length && rows.length > 0 ? out : null;
}

/**
 * True where a text (as compared) is made only of pieces of the table's own texts — its labels, notes,
 * headers, column labels — each the longest that is one. The vocabulary holds every substring (up to 64
 * characters) of them, so every prefix of a piece in it is in it too: the longest is found by doubling,
 * then halving. Linear in the text's length times a logarithm.
 *
 * @example
 * ```ts
 * isTableText(labelKey("（五）不予处理结果"), tableVocabulary("applications")); // true
 * isTableText("□□□", tableVocabulary("applications")); // false
 * ```
 */
export function isTableText(text: string, vocabulary: ReadonlySet<string>): boolean {
  let at = 0;
  while (at < text.length) {
    const most = Math.min(64, text.length - at);
    let lo = 0;
    let probe = 1;
    while (probe <= most && vocabulary.has(text.slice(at, at + probe))) {
      lo = probe;
      probe *= 2;
    }
    let hi = Math.min(most, probe - 1);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (vocabulary.has(text.slice(at, at + mid))) lo = mid;
      else hi = mid - 1;
    }
    if (lo === 0) return false;
    at += lo;
  }
  return true;
}
