/**
 * The normalised text that text reuse is measured on, with a map back to the original strings. Each code point
 * is normalised on its own (NFKC: full-width letters and digits become half-width), Latin letters are lower-cased,
 * and punctuation, symbols, white space (line wraps included) and control or format characters are dropped; every
 * run of digits becomes one mask character, so that 「2023年」 and 「2024年」, or 「12件」 and 「7件」, are the same
 * text. Each normalised character keeps the span of the original string it came from.
 *
 * @module
 */

/**
 * The character every run of digits becomes: `0`.
 *
 * @example
 * ```ts
 * import { figureMask, normaliseText } from "zfxxgk/compare";
 * normaliseText("2024年").chars[0] === figureMask; // true
 * ```
 */
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

/** ASCII: the character it becomes, or -1 (dropped: punctuation, symbols, white space, controls). */
const ascii = Int32Array.from({ length: 128 }, (_, c) => {
  if (c >= 0x30 && c <= 0x39) return figureMask;
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return -1;
});

/** The code point itself when it normalises to itself alone (CJK ideographs), -1 when dropped, else -2. */
function single(cp: number): number {
  if (cp < 128) return ascii[cp] as number;
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return cp;
  return -2;
}

function normalisedOf(cp: number): readonly number[] {
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
 * A growing normalised text: `length` characters in `chars`, each from `start`…`end` of its original string.
 *
 * @example
 * ```ts
 * const buffer = new NormalisedBuffer(64);
 * appendNormalised("第 1,234 件", buffer);
 * buffer.length; // 3
 * ```
 */
export class NormalisedBuffer {
  chars: Int32Array;
  start: Int32Array;
  end: Int32Array;
  length = 0;
  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.chars = new Int32Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
  }
  /** Appends one character from `from`…`to`. */
  push(c: number, from: number, to: number): void {
    if (this.length === this.chars.length) this.grow();
    this.chars[this.length] = c;
    this.start[this.length] = from;
    this.end[this.length] = to;
    this.length++;
  }
  private grow(): void {
    const n = this.chars.length * 2;
    const more = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.chars = more(this.chars);
    this.start = more(this.start);
    this.end = more(this.end);
  }
  /** The text so far, trimmed to its length. */
  done(): { readonly chars: Int32Array; readonly start: Int32Array; readonly end: Int32Array } {
    return {
      chars: this.chars.subarray(0, this.length),
      start: this.start.subarray(0, this.length),
      end: this.end.subarray(0, this.length),
    };
  }
}

/**
 * Appends the normalised form of `text` to `into` (offsets are into `text`). A run of digits (with dropped
 * characters between them, as in `1,234` or `1 234`) becomes one mask. Returns the number of characters appended.
 *
 * @example
 * ```ts
 * appendNormalised("第 1,234 件", new NormalisedBuffer(16)); // 3 ("第", "0", "件")
 * ```
 */
export function appendNormalised(text: string, into: NormalisedBuffer): number {
  const before = into.length;
  // true while the last character appended is a mask that a following digit extends
  let inFigure = false;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const one = single(cp);
    if (one >= 0) {
      // the common case, without a list: one character, or a digit that extends the mask before it
      if (one === figureMask && inFigure) into.end[into.length - 1] = i + width;
      else {
        into.push(one, i, i + width);
        inFigure = one === figureMask;
      }
    } else if (one === -2) {
      const out = normalisedOf(cp);
      for (let j = 0; j < out.length; j++) {
        const c = out[j] as number;
        if (c === figureMask && inFigure) {
          into.end[into.length - 1] = i + width;
          continue;
        }
        into.push(c, i, i + width);
        inFigure = c === figureMask;
      }
    }
    i += width;
  }
  return into.length - before;
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
  const into = new NormalisedBuffer(text.length);
  appendNormalised(text, into);
  const { chars, start, end } = into.done();
  return { chars: Array.from(chars), start: Array.from(start), end: Array.from(end) };
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
