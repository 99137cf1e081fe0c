/**
 * The normalised text that text reuse is measured on, with a map back to the original strings. Each code point
 * is normalised on its own (NFKC: full-width letters and digits become half-width), Latin letters are lower-cased,
 * and punctuation, symbols, white space (line wraps included) and control or format characters are dropped; every
 * run of digits becomes one mask character, so that 「2023年」 and 「2024年」, or 「12件」 and 「7件」, are the same
 * text. Each normalised character keeps the span of the original string it came from.
 *
 * @module
 */

/** The character every run of digits becomes: `0`. */
export const figureMask = 0x30;

/**
 * A text in normalised form: `chars[i]` is the i-th normalised code point; it came from
 * `source.slice(start[i], end[i])` (a run of digits: from its first digit to its last).
 *
 * @example
 * ```ts
 * const n = normaliseText("２０２３年，公开 12 件。");
 * codePointsToString(n.chars); // "0年公开0件"
 * ```
 */
export interface NormalisedText {
  readonly chars: readonly number[];
  readonly start: readonly number[];
  readonly end: readonly number[];
}

/** What one code point becomes: the code points it normalises to (digits as `figureMask`), or none. */
const cache = new Map<number, readonly number[]>();
const dropped = /^[\p{P}\p{S}\p{Z}\p{C}]$/u;

function normalisedOf(cp: number): readonly number[] {
  // fast paths: CJK ideographs stay, ASCII is decided by a test
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return [cp];
  if (cp >= 0x30 && cp <= 0x39) return [figureMask];
  if (cp >= 0x61 && cp <= 0x7a) return [cp];
  if (cp >= 0x41 && cp <= 0x5a) return [cp + 0x20];
  let out = cache.get(cp);
  if (out === undefined) {
    const list: number[] = [];
    for (const ch of String.fromCodePoint(cp).normalize("NFKC")) {
      const c = ch.codePointAt(0) as number;
      if (c >= 0x30 && c <= 0x39) list.push(figureMask);
      else if (c >= 0x41 && c <= 0x5a) list.push(c + 0x20);
      else if (!dropped.test(ch)) list.push(c);
    }
    out = list;
    if (cache.size < 65536) cache.set(cp, out);
  }
  return out;
}

/**
 * Appends the normalised form of `text` to `into`, each character's span offset by nothing (offsets are into
 * `text`). A run of digits (with dropped characters between them, as in `1,234` or `1 234`) becomes one mask.
 * Returns the number of characters appended.
 *
 * @example
 * ```ts
 * const into = { chars: [], start: [], end: [] };
 * appendNormalised("第 1,234 件", into); // 3 ("第", "0", "件")
 * ```
 */
export function appendNormalised(
  text: string,
  into: { readonly chars: number[]; readonly start: number[]; readonly end: number[] },
): number {
  const before = into.chars.length;
  // true while the last character appended is a mask that a following digit extends
  let inFigure = false;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const out = normalisedOf(cp);
    if (out.length === 0) {
      i += width;
      continue;
    }
    for (let j = 0; j < out.length; j++) {
      const c = out[j] as number;
      if (c === figureMask && inFigure) {
        into.end[into.end.length - 1] = i + width;
        continue;
      }
      into.chars.push(c);
      into.start.push(i);
      into.end.push(i + width);
      inFigure = c === figureMask;
    }
    i += width;
  }
  return into.chars.length - before;
}

/**
 * The normalised form of one string.
 *
 * @example
 * ```ts
 * codePointsToString(normaliseText("ＡＢ　ｃ\n2024年").chars); // "abc0年"
 * ```
 */
export function normaliseText(text: string): NormalisedText {
  const into = { chars: [] as number[], start: [] as number[], end: [] as number[] };
  appendNormalised(text, into);
  return into;
}

/**
 * The normalised form of a text as a string (for comparing passages and for display of the measure).
 *
 * @example
 * ```ts
 * normalisedString("２０２３年，  公开"); // "0年公开"
 * ```
 */
export function normalisedString(text: string): string {
  return codePointsToString(normaliseText(text).chars);
}

/**
 * Code points to a string, in chunks (a spread of a long list would overflow the stack).
 *
 * @example
 * ```ts
 * codePointsToString([0x5e74, 0x30]); // "年0"
 * ```
 */
export function codePointsToString(chars: readonly number[]): string {
  let out = "";
  for (let i = 0; i < chars.length; i += 4096) out += String.fromCodePoint(...chars.slice(i, i + 4096));
  return out;
}
