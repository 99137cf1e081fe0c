/**
 * Rows of a table found away from it: after a page break, `pdftotext` may print the rest of a table
 * after the next section's prose (the seed's （六）其他处理 rows sit inside 五、). A block of lines made
 * only of figures and pieces of the table's own labels is such a fragment if the table reader finds
 * rows in it.
 *
 * @module
 */
import { labelKey } from "../document/chars.js";
import type { SourceLine } from "../document/lines.js";
import { segmentsOf } from "./segments.js";
import type { TableReader } from "./table-reader.js";
import type { tableVocabulary } from "./targets.js";
import { isUnitText, isValueText } from "./values.js";

/** What a line is to a table: not part of it, part of it, or part of it with figures. */
function lineRole(line: SourceLine, vocabulary: ReadonlySet<string>): "none" | "label" | "figures" {
  if (line.kind === "blank") return "label";
  if (line.kind === "row")
    return (line.cells ?? []).some((c) => c.trim() !== "" && isValueText(c)) ? "figures" : "label";
  let figures = false;
  for (const raw of line.text.split(/[\s·]+/)) {
    if (raw === "") continue;
    if (isValueText(raw)) {
      figures = true;
      continue;
    }
    if (isUnitText(raw)) continue;
    if (!covered(labelKey(raw), vocabulary)) return "none";
  }
  return figures ? "figures" : "label";
}

/**
 * True where a piece is made of at most three pieces of the table's texts (labels glued together: `总计商业`),
 * each the longest that is one. The vocabulary holds every substring (up to 64 characters) of its texts, so
 * every prefix of a piece in it is in it too: the longest is found by doubling, then halving.
 */
function covered(piece: string, vocabulary: ReadonlySet<string>): boolean {
  let at = 0;
  for (let parts = 0; parts < 3 && at < piece.length; parts++) {
    // the longest length in the vocabulary lies in [lo, hi]: first bounded by doubling from 1 (in prose the
    // longest is short, and short slices are cheap to look up), then found by halving
    const most = Math.min(64, piece.length - at);
    let lo = 0;
    let probe = 1;
    while (probe <= most && vocabulary.has(piece.slice(at, at + probe))) {
      lo = probe;
      probe *= 2;
    }
    let hi = Math.min(most, probe - 1);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (vocabulary.has(piece.slice(at, at + mid))) lo = mid;
      else hi = mid - 1;
    }
    if (lo === 0) return false;
    at += lo;
  }
  return at === piece.length;
}

/**
 * A block of lines given to a table.
 *
 * @example
 * ```ts
 * const f: Fragment = { lines: [261, 262, 263], rows: 2 };
 * ```
 */
export interface Fragment {
  /** Line indexes, in order. */
  readonly lines: readonly number[];
  /** Rows found in it. */
  readonly rows: number;
}

/** The most lines in one block: far more than any table takes, even with every label wrapped over many lines. */
const blockLimit = 2000;

/**
 * Searches the candidate lines (indexes in order; lines left out are not adjacent) for fragments of the
 * reader's table, feeding each to the reader until it is complete.
 * The vocabulary holds every substring of the table's texts up to 64 characters, as
 * {@link tableVocabulary} makes it.
 *
 * @example
 * ```ts
 * findFragments(lines, candidates, tableVocabulary("applications"), reader); // [{ lines: [261, 262, …], rows: 5 }]
 * ```
 */
export function findFragments(
  lines: readonly SourceLine[],
  candidates: readonly number[],
  vocabulary: ReadonlySet<string>,
  reader: TableReader,
): Fragment[] {
  const out: Fragment[] = [];
  const roles = candidates.map((i) => lineRole(lines[i] as SourceLine, vocabulary));
  /** True where candidates k and k+1 are neighbours in the input (only blank lines between). */
  const adjacent = (k: number): boolean => {
    const a = candidates[k] as number;
    const b = candidates[k + 1];
    if (b === undefined) return false;
    for (let i = a + 1; i < b; i++) if ((lines[i] as SourceLine).kind !== "blank") return false;
    return true;
  };
  let k = 0;
  // candidates before `floor` were given to a fragment already: a block never reaches back into them (their
  // figures would be read twice)
  let floor = 0;
  while (k < candidates.length && !reader.complete) {
    if (roles[k] !== "figures") {
      k++;
      continue;
    }
    // at most `blockLimit` lines a block, at most an eighth of them before k: a block's segments are held at once, and a
    // hostile input of millions of rows of figures made one block of them all (issue 18); past a cut, the next
    // block starts at most an eighth of a block back, so a line is read twice at most one time in seven
    let start = k;
    while (start > floor && k - start < blockLimit / 8 && roles[start - 1] !== "none" && adjacent(start - 1)) start--;
    let end = k;
    while (end + 1 < candidates.length && end - start + 1 < blockLimit && roles[end + 1] !== "none" && adjacent(end))
      end++;
    const block = candidates.slice(start, end + 1).filter((i) => (lines[i] as SourceLine).kind !== "blank");
    const outcome = reader.read(segmentsOf(lines, block), "search");
    if (outcome.rows > 0) {
      // the block up to the last row found, and the label text right after it (a wrapped label's tail);
      // what follows may be another table
      let last = block.findIndex((i) => i > outcome.lastLine);
      if (last < 0) last = block.length;
      while (
        last < block.length &&
        (lines[block[last] as number] as SourceLine).kind === "text" &&
        lineRole(lines[block[last] as number] as SourceLine, vocabulary) === "label"
      )
        last++;
      const taken = block.slice(0, last);
      out.push({ lines: taken, rows: outcome.rows });
      const after = taken[taken.length - 1] as number;
      while (k + 1 < candidates.length && (candidates[k + 1] as number) <= after) k++;
      k++;
      floor = k;
      continue;
    }
    k = end + 1;
  }
  return out;
}
