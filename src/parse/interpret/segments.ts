/**
 * Tokenising a table's lines into segments: the label text since the last figures (the "gap"), then a run
 * of figures. Line wraps, group labels printed one character per line, spaces inside labels and rows of
 * labels without figures all end up in the gap, which is compared under {@link labelKey}.
 *
 * @module
 */
import { columnWidth, isDigit, isSpace, isWide, labelKey } from "../document/chars.js";
import type { SourceLine } from "../document/lines.js";
import { isUnitText, isValueLikeCell, isValueText } from "./values.js";

/**
 * One figure (or blank, or unreadable cell) as found.
 *
 * @example
 * ```ts
 * const t: ValueToken = { raw: "11", line: 183, start: 38, end: 40, startChar: 30, endChar: 32, gap: 6, structured: false };
 * ```
 */
export interface ValueToken {
  readonly raw: string;
  /** Index of its line in the line list. */
  readonly line: number;
  /**
   * For a token of a text line, where it stands (for `-layout` column reading): display columns (a wide
   * character two) and character indexes, from its first to just after its last; else all -1.
   */
  readonly start: number;
  readonly end: number;
  readonly startChar: number;
  readonly endChar: number;
  /** For a token of a text line: the white space before it on its line (its indentation if first); else -1. */
  readonly gap: number;
  /** True for a cell of a row whose cells are known (HTML, Markdown, box-drawn). */
  readonly structured: boolean;
}

/**
 * A figure of a row whose cells are known: its text and line in an object of two fields, the rest read from the
 * class (a long table's rows cost a token each: 40 bytes instead of 88; issue 18).
 */
class CellToken implements ValueToken {
  readonly raw: string;
  readonly line: number;
  constructor(raw: string, line: number) {
    this.raw = raw;
    this.line = line;
  }
  get start(): number {
    return -1;
  }
  get end(): number {
    return -1;
  }
  get startChar(): number {
    return -1;
  }
  get endChar(): number {
    return -1;
  }
  get gap(): number {
    return -1;
  }
  get structured(): boolean {
    return true;
  }
}

/**
 * Label text, then the figures that follow it.
 *
 * @example
 * ```ts
 * const s: Segment = { gap: "规章", values: [t], from: 130, to: 130, lineStart: 0 };
 * ```
 */
export interface Segment {
  /** The label text since the previous run of figures, as compared ({@link labelKey}), at most {@link gapLimit} characters. */
  readonly gap: string;
  /**
   * Where in {@link gap} the label text of the first figure's own line begins (`gap.length`: that line holds
   * none): the label is on the figures' line only where a match ends after it.
   */
  readonly lineStart: number;
  readonly values: readonly ValueToken[];
  /** Index of the first line of the segment. */
  readonly from: number;
  /** Index of the last line of the segment. */
  readonly to: number;
}

/**
 * Longest gap kept: the labels of a few rows; long prose before a table does not need to be kept.
 *
 * @example
 * ```ts
 * const kept = gap.slice(-gapLimit);
 * ```
 */
export const gapLimit = 4000;

/** A piece of a text line between spaces, with where it stands (display columns and character indexes). */
interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly startChar: number;
  readonly endChar: number;
  /** White space before it on the line (display columns). */
  readonly gap: number;
}

/** Splits a line at white space, keeping the display column at which each piece ends. */
function piecesOf(text: string): Piece[] {
  const out: Piece[] = [];
  let col = 0;
  let start = -1;
  let startCol = 0;
  let previousEnd = 0;
  const push = (endChar: number) => {
    out.push({
      text: text.slice(start, endChar),
      start: startCol,
      end: col,
      startChar: start,
      endChar,
      gap: startCol - previousEnd,
    });
    previousEnd = col;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (start >= 0) push(i);
      start = -1;
      col += columnWidth(c);
      continue;
    }
    if (start < 0) {
      start = i;
      startCol = col;
    }
    // a surrogate pair is one character (its low half adds nothing)
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    col += columnWidth(c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? c) : c);
  }
  if (start >= 0) push(text.length);
  return out;
}

/** Splits figures glued to the end of a label (`（七）总计11` → `（七）总计`, `11`). */
function unglue(piece: string): [string, string] | null {
  let k = piece.length;
  while (k > 0 && isDigit(piece.charCodeAt(k - 1))) k--;
  if (k === 0 || k === piece.length) return null;
  const before = piece.charCodeAt(k - 1);
  return isWide(before) ? [piece.slice(0, k), piece.slice(k)] : null;
}

/** The most figures in one segment: more than any table holds (表三 of the 2021 edition: 7 × 25). */
const runLimit = 4096;

/**
 * Cuts the given lines into segments.
 *
 * @example
 * ```ts
 * segmentsOf([{ no: 1, kind: "text", text: "规章 0 0 0" }], [0])[0]; // { gap: "规章", values: [0, 0, 0], lineStart: 0 … }
 * ```
 */
export function segmentsOf(lines: readonly SourceLine[], indices: readonly number[]): Segment[] {
  const out: Segment[] = [];
  let gap: string[] = [];
  /** The line of each piece of the gap (-1: kept from before). */
  let gapLines: number[] = [];
  let run: ValueToken[] = [];
  let from = indices[0] ?? 0;
  let last = from;
  let previousWasValue = false;

  /** Ends a segment; `keep`: its label text stays in the gap of the next (a row of empty cells may be header padding). */
  const flush = (to: number, next: number, keep = false): void => {
    if (run.length === 0 && gap.length === 0) return;
    let joined = gap.join("");
    if (joined.length > gapLimit * 2) joined = joined.slice(-gapLimit * 2);
    const key = labelKey(joined).slice(-gapLimit);
    const first = run[0]?.line;
    let k = gap.length;
    while (k > 0 && gapLines[k - 1] === first) k--;
    const own = k === gap.length ? "" : gap.slice(k).join("");
    const lineStart = Math.max(0, key.length - (own === "" ? 0 : labelKey(own).length));
    // the values in a list of their own length (one grown by push keeps room for 17: 150 bytes a row of a long table)
    out.push({ gap: key, values: run.slice(), from, to, lineStart });
    gap = keep ? [joined] : [];
    gapLines = keep ? [-1] : [];
    run = [];
    if (!keep) from = next;
  };
  const addText = (text: string, index: number): void => {
    if (run.length > 0) flush(last, index);
    gap.push(text);
    gapLines.push(index);
    previousWasValue = false;
  };

  for (const index of indices) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    if (run.length === 0 && gap.length === 0) from = index;
    if (line.kind === "row") {
      const cells = line.cells ?? [];
      let start = cells.length;
      while (start > 0 && isValueLikeCell(cells[start - 1] as string)) start--;
      for (let c = 0; c < start; c++) {
        const text = (cells[c] as string).trim();
        if (text !== "") addText(text, index);
      }
      for (let c = start; c < cells.length; c++) run.push(new CellToken((cells[c] as string).trim(), index));
      last = index;
      if (run.length > 0)
        flush(
          index,
          index + 1,
          run.every((v) => v.raw === ""),
        );
      previousWasValue = false;
      continue;
    }
    for (const piece of piecesOf(line.text)) {
      if (isValueText(piece.text)) {
        run.push({
          raw: piece.text,
          line: index,
          start: piece.start,
          end: piece.end,
          startChar: piece.startChar,
          endChar: piece.endChar,
          gap: piece.gap,
          structured: false,
        });
        last = index;
        previousWasValue = true;
        // a run longer than any table's figures is cut: lines of nothing but figures made one segment of millions
        if (run.length >= runLimit) flush(index, index);
        continue;
      }
      const lastToken = run[run.length - 1];
      if (previousWasValue && lastToken !== undefined && lastToken.line === index && isUnitText(piece.text)) {
        run[run.length - 1] = { ...lastToken, raw: lastToken.raw + piece.text, end: piece.end, endChar: piece.endChar };
        continue;
      }
      const glued = unglue(piece.text);
      if (glued !== null) {
        addText(glued[0], index);
        const digits = glued[1].length;
        run.push({
          raw: glued[1],
          line: index,
          start: piece.end - digits,
          end: piece.end,
          startChar: piece.endChar - digits,
          endChar: piece.endChar,
          gap: 0,
          structured: false,
        });
        last = index;
        previousWasValue = true;
        continue;
      }
      addText(piece.text, index);
    }
    if (run.length === 0) last = index;
  }
  flush(last, last + 1);
  return out;
}
