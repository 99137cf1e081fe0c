/**
 * Display width in a monospace terminal, counting East Asian Wide and Fullwidth characters as two
 * columns (Unicode Standard Annex #11), and the clean-up of text before it is printed.
 *
 * @module
 */
import { ambiguousRanges, wideRanges } from "./east-asian-width.generated.js";

/** A flat list of ranges from its generated form: differences from the number before, in base 36. */
function decodeRanges(deltas: string): readonly number[] {
  let at = 0;
  return deltas.split(",").map((d) => (at += Number.parseInt(d, 36)));
}

let ranges: { readonly wide: readonly number[]; readonly ambiguous: readonly number[] } | undefined;

/** Binary search in a flat sorted list of inclusive ranges `[start, end, start, end, …]`. */
function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = ranges[mid * 2] as number;
    const end = ranges[mid * 2 + 1] as number;
    if (cp < start) hi = mid - 1;
    else if (cp > end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Options of {@link displayWidth}.
 *
 * @example
 * ```ts
 * const cjkTerminal: WidthOptions = { ambiguousWidth: 2 };
 * ```
 */
export interface WidthOptions {
  /**
   * Columns taken by an East Asian Ambiguous character (“ ” · — and the like): 1 (default, as most
   * terminals) or 2 (terminals set to an East Asian legacy width).
   */
  readonly ambiguousWidth?: 1 | 2;
}

const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff\ud7b0-\ud7ff]$/u;

/**
 * The East Asian Width class of a code point, reduced to what a terminal needs: `"wide"` (W or F: two
 * columns), `"ambiguous"` (A) or `"narrow"` (everything else).
 *
 * @example
 * ```ts
 * import { eastAsianWidth } from "zfxxgk/render";
 * eastAsianWidth("中".codePointAt(0)!); // "wide"
 * eastAsianWidth("（".codePointAt(0)!); // "wide" (full-width bracket)
 * eastAsianWidth("“".codePointAt(0)!); // "ambiguous"
 * ```
 */
export function eastAsianWidth(codePoint: number): "wide" | "ambiguous" | "narrow" {
  ranges ??= { wide: decodeRanges(wideRanges), ambiguous: decodeRanges(ambiguousRanges) };
  if (inRanges(ranges.wide, codePoint)) return "wide";
  if (inRanges(ranges.ambiguous, codePoint)) return "ambiguous";
  return "narrow";
}

/** Columns of one code point: 0 for combining and format characters. */
function codePointWidth(cp: number, ambiguous: 1 | 2): number {
  if (cp < 0x7f) return cp < 0x20 ? 0 : 1;
  const ch = String.fromCodePoint(cp);
  if (zeroWidth.test(ch)) return 0;
  const w = eastAsianWidth(cp);
  return w === "wide" ? 2 : w === "ambiguous" ? ambiguous : 1;
}

/** Characters that join or modify their neighbours: only text with one of them needs grapheme segmentation. */
const clustering = /[\p{M}\p{Cf}\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}]/u;

let segmenter: Intl.Segmenter | null | undefined;

/** The grapheme segmenter, made on first use (so that a bundle without the renderers drops it), or null. */
function graphemes(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== "undefined" && typeof Intl.Segmenter === "function"
        ? new Intl.Segmenter("zh", { granularity: "grapheme" })
        : null;
  }
  return segmenter;
}

/** Columns of one grapheme cluster: its widest code point; emoji presentation (U+FE0F) or a flag makes two. */
function clusterWidth(cluster: string, ambiguous: 1 | 2): number {
  let width = 0;
  let regional = 0;
  for (const ch of cluster) {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0xfe0f) return 2;
    if (cp >= 0x1f1e6 && cp <= 0x1f1ff) regional++;
    width = Math.max(width, codePointWidth(cp, ambiguous));
  }
  return regional >= 2 ? 2 : width;
}

/**
 * How many columns a string takes in a monospace terminal: East Asian Wide and Fullwidth characters
 * count two, combining marks and format characters zero, Ambiguous ones one (or two, by option).
 * Grapheme clusters are measured as one (with `Intl.Segmenter` where the platform has it).
 *
 * @example
 * ```ts
 * import { displayWidth } from "zfxxgk/render";
 * displayWidth("表三（七）总计"); // 14
 * displayWidth("abc"); // 3
 * displayWidth("“三安全一稳定”", { ambiguousWidth: 2 }); // 16
 * ```
 */
export function displayWidth(text: string, options: WidthOptions = {}): number {
  const ambiguous = options.ambiguousWidth ?? 1;
  let width = 0;
  const clusters = clustering.test(text) ? graphemes() : null;
  if (clusters === null) {
    for (const ch of text) width += codePointWidth(ch.codePointAt(0) as number, ambiguous);
    return width;
  }
  for (const { segment } of clusters.segment(text)) width += clusterWidth(segment, ambiguous);
  return width;
}

/** C0 and C1 controls, DEL, and the bidirectional controls that reorder what a terminal shows. */
const controls = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** Breaks and tabs: printed as one space, never as a line break inside a cell or a paragraph. */
const breaks = /[\t\n\v\f\r\u0085\u2028\u2029]+/gu;

/**
 * Prepares text for printing: line breaks and tabs become a space; control characters (C0, C1, DEL)
 * and bidirectional formatting characters are removed, so a report cannot move a terminal's cursor,
 * change its colours or reorder what is shown; white space at both ends is trimmed. Used by every
 * renderer for every text it prints.
 *
 * @example
 * ```ts
 * import { cleanText } from "zfxxgk/render";
 * cleanText("连州\u001b[31m市\n政府\u202e"); // "连州[31m市 政府"
 * ```
 */
export function cleanText(text: string): string {
  return oneLine(text).trim();
}

/**
 * {@link cleanText} without the trimming: line breaks and tabs become a space, control and bidirectional
 * characters are removed (the command line prints paths and messages from files through it).
 *
 * @example
 * ```ts
 * oneLine(" 连州\n市 "); // " 连州 市 "
 * ```
 */
export function oneLine(text: string): string {
  return text.replace(breaks, " ").replace(controls, "");
}

/**
 * Pads a string with spaces to a display width, aligned to the start, the centre or the end. A string
 * already as wide or wider is returned unchanged.
 *
 * @example
 * ```ts
 * import { padDisplay } from "zfxxgk/render";
 * padDisplay("总计", 8, "center"); // "  总计  "
 * padDisplay("11", 4, "end"); // "  11"
 * ```
 */
export function padDisplay(
  text: string,
  width: number,
  align: "start" | "center" | "end" = "start",
  options: WidthOptions = {},
): string {
  const gap = width - displayWidth(text, options);
  if (gap <= 0) return text;
  if (align === "end") return " ".repeat(gap) + text;
  if (align === "center") {
    const left = Math.floor(gap / 2);
    return " ".repeat(left) + text + " ".repeat(gap - left);
  }
  return text + " ".repeat(gap);
}
