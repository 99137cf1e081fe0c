/**
 * Paragraphs from lines. HTML and Markdown bring whole paragraphs; text extracted from a PDF brings
 * lines wrapped at the page width, sometimes double spaced, sometimes indented (`-layout`). A paragraph
 * ends where a line that ends a sentence falls short of the width, where the next line is indented or
 * opens with a list ordinal, or at a blank line where blank lines are not mere double spacing.
 *
 * @module
 */
import { closePdfSpacing, columnsOf, indentOf } from "../document/chars.js";
import { plainText, type SourceLine } from "../document/lines.js";

/** Characters that end a sentence (before closing quotes and brackets). */
const enders = "。！？；…!?;";
/** Closing quotes and brackets a sentence may end inside. */
const closers = "”’」』）)】";

/**
 * True for a line that ends a sentence.
 *
 * @example
 * ```ts
 * endsSentence("提升公开质量。”"); // true
 * ```
 */
export function endsSentence(text: string): boolean {
  let t = text.trimEnd();
  while (t.length > 0 && closers.includes(t[t.length - 1] as string)) t = t.slice(0, -1);
  return t.length > 0 && enders.includes(t[t.length - 1] as string);
}

/** True for a line that opens with a list ordinal: （一）, 一、, 1., 1、. */
function opensWithOrdinal(text: string): boolean {
  return /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、．](?![0-9]))/.test(
    text.trimStart(),
  );
}

/**
 * How the text lines of a document are wrapped; measured once over all its prose.
 *
 * @example
 * ```ts
 * const style: WrapStyle = { wrapped: true, width: 56, doubleSpaced: true, indent: 0 };
 * ```
 */
export interface WrapStyle {
  /** True where the lines are wrapped at a page width (most lines end mid-sentence). */
  readonly wrapped: boolean;
  /** The width (display columns) of a full line. */
  readonly width: number;
  /** True where a blank line follows (nearly) every line: blank lines then mean nothing. */
  readonly doubleSpaced: boolean;
  /** The margin: the indentation of a line that does not open a paragraph. */
  readonly indent: number;
}

/** The margin: the least indentation that at least two lines share (or the least, if none do). */
function margin(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const shared = [...counts].filter(([, c]) => c >= 2).map(([v]) => v);
  const pool = shared.length > 0 ? shared : values;
  return pool.reduce((a, b) => Math.min(a, b), pool[0] ?? 0);
}

/** Widths up to this are ranked by counting; a wider line (never seen in a report) makes it sort. */
const countedWidths = 4096;

/**
 * The `n`-th smallest (from 0) of some widths (whole display columns), as sorting them would give: by
 * counting, in time linear in the number of lines (sorting would add a log factor on a long document).
 */
function nthSmallest(widths: readonly number[], n: number): number {
  let max = 0;
  for (const w of widths) max = Math.max(max, w);
  if (max > countedWidths || !widths.every((w) => Number.isInteger(w) && w >= 0))
    return [...widths].sort((a, b) => a - b)[n] as number;
  const counts = new Uint32Array(max + 1);
  for (const w of widths) counts[w] = (counts[w] as number) + 1;
  let seen = 0;
  for (let w = 0; w <= max; w++) {
    seen += counts[w] as number;
    if (seen > n) return w;
  }
  return max;
}

/**
 * Measures the wrapping of the text lines at the given indexes.
 *
 * @example
 * ```ts
 * wrapStyleOf(lines, indexes).wrapped; // true for pdftotext output
 * ```
 */
export function wrapStyleOf(lines: readonly SourceLine[], indexes: readonly number[]): WrapStyle {
  const text: SourceLine[] = [];
  let pairs = 0;
  let blankPairs = 0;
  let seenBlank = false;
  for (const i of indexes) {
    const line = lines[i] as SourceLine;
    if (line.kind === "blank") {
      seenBlank = true;
      continue;
    }
    if (line.kind !== "text") {
      seenBlank = false;
      continue;
    }
    if (text.length > 0) {
      pairs++;
      if (seenBlank) blankPairs++;
    }
    seenBlank = false;
    text.push(line);
  }
  // each line's width, measured once; and those of the lines that stop mid-sentence
  const all = text.map((l) => columnsOf(l.text.trim()));
  const open = all.filter((_, k) => !endsSentence((text[k] as SourceLine).text));
  // wrapped: lines that stop mid-sentence at (nearly) the full width are common
  const widest = all.reduce((m, w) => Math.max(m, w), 0);
  const full = open.filter((w) => w >= widest * 0.85);
  const wrapped = text.length >= 2 && full.length >= 1 && full.length >= text.length * 0.2;
  const widths = open.length > 0 ? open : all;
  const width = widths.length === 0 ? 0 : nthSmallest(widths, Math.floor(widths.length / 2));
  return {
    wrapped,
    width,
    doubleSpaced: pairs >= 2 && blankPairs / pairs >= 0.8,
    indent: margin(text.map((l) => indentOf(l.text))),
  };
}

/**
 * The paragraphs of the lines at the given indexes.
 *
 * @example
 * ```ts
 * paragraphsOf(lines, indexes, style); // ["2023年，连州市坚持…", "（一）主动公开方面。…"]
 * ```
 */
export function paragraphsOf(lines: readonly SourceLine[], indexes: readonly number[], style: WrapStyle): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let previous: SourceLine | null = null;
  let blankSince = false;
  const close = () => {
    if (current.length > 0) {
      const p = closePdfSpacing(current.join("")).trim();
      if (p !== "") out.push(p);
    }
    current = [];
  };
  for (const i of indexes) {
    const line = lines[i] as SourceLine;
    if (line.kind === "blank") {
      blankSince = true;
      continue;
    }
    if (line.kind !== "text") {
      close();
      const t = line.kind === "row" ? plainText(line) : line.text.replace(/\s+/g, " ").trim();
      if (t !== "") out.push(t);
      previous = null;
      blankSince = false;
      continue;
    }
    if (previous !== null && current.length > 0 && breaksBefore(previous.text, line.text, blankSince, style)) close();
    current.push(line.text.trim());
    previous = line;
    blankSince = false;
  }
  close();
  return out;
}

function breaksBefore(a: string, b: string, blankBetween: boolean, style: WrapStyle): boolean {
  if (blankBetween && !style.doubleSpaced) return true;
  if (indentOf(b) >= style.indent + 2) return true;
  if (!style.wrapped) return true;
  const width = columnsOf(a.trim());
  if (endsSentence(a) && (width < style.width - 4 || opensWithOrdinal(b))) return true;
  return width < style.width - 8 && opensWithOrdinal(b);
}
