/**
 * Character classes and the normalisations the parser compares text under.
 *
 * @module
 */
import { labelVariants, type normalizeLabel } from "../../format/normalize.js";

/**
 * True for a Han character (CJK Unified Ideographs, extensions, compatibility ideographs, 〇).
 *
 * @example
 * ```ts
 * isHan("中".charCodeAt(0)); // true
 * ```
 */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f) ||
    code === 0x3007
  );
}

/**
 * True for CJK punctuation and full-width forms (（）、，。：；“” …).
 *
 * @example
 * ```ts
 * isWidePunct("（".charCodeAt(0)); // true
 * ```
 */
export function isWidePunct(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x2014 ||
    code === 0x2026
  );
}

/**
 * True for a Han character or wide punctuation.
 *
 * @example
 * ```ts
 * isWide("、".charCodeAt(0)); // true
 * ```
 */
export function isWide(code: number): boolean {
  return isHan(code) || isWidePunct(code);
}

/**
 * True for an ASCII digit.
 *
 * @example
 * ```ts
 * isDigit("7".charCodeAt(0)); // true
 * ```
 */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * True for an ASCII or full-width digit (`NaN`, what `charCodeAt` gives past either end, is none).
 *
 * @example
 * ```ts
 * isAnyWidthDigit("７".charCodeAt(0)); // true
 * ```
 */
export function isAnyWidthDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * True for white space, including the ideographic space and no-break space.
 *
 * @example
 * ```ts
 * isSpace(0x3000); // true: the ideographic space
 * ```
 */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x3000 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x0b ||
    code === 0x0c
  );
}

/**
 * Full-width ASCII forms (digits, signs, letters, ．，／) to ASCII, the ideographic space to a space, and
 * the minus sign U+2212 to `-`. For numbers and dates; labels are compared with {@link labelKey}.
 *
 * @example
 * ```ts
 * halfWidth("１２．５"); // "12.5"
 * ```
 */
export function halfWidth(text: string): string {
  let parts: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const mapped =
      c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? " " : c === 0x2212 ? "-" : null;
    if (mapped === null) continue;
    parts ??= [];
    parts.push(text.slice(from, i), mapped);
    from = i + 1;
  }
  if (parts === null) return text;
  parts.push(text.slice(from));
  return parts.join("");
}

/** What {@link normalizeLabel} maps each character to (`""`: dropped), by UTF-16 code unit; built once. */
let labelMap: Map<number, string> | undefined;

function labelMapping(): Map<number, string> {
  if (labelMap !== undefined) return labelMap;
  const map = new Map<number, string>();
  for (const [from, to] of labelVariants) for (const ch of from) map.set(ch.charCodeAt(0), to);
  for (let c = 0xff10; c <= 0xff19; c++) map.set(c, String.fromCharCode(c - 0xfee0));
  for (let c = 0xff21; c <= 0xff3a; c++) map.set(c, String.fromCharCode(c - 0xfee0));
  for (let c = 0xff41; c <= 0xff5a; c++) map.set(c, String.fromCharCode(c - 0xfee0));
  labelMap = map;
  return map;
}

/** {@link normalizeFast}'s treatment of each UTF-16 code unit: 0 kept, 1 dropped (white space), 2 mapped. */
let labelClasses: Uint8Array | undefined;

function labelClass(): Uint8Array {
  if (labelClasses !== undefined) return labelClasses;
  const classes = new Uint8Array(0x10000);
  for (const c of labelMapping().keys()) classes[c] = 2;
  for (let c = 0; c < 0x10000; c++) if (c === 0x200b || isRegExpSpace(c)) classes[c] = 1;
  labelClasses = classes;
  return classes;
}

/**
 * {@link normalizeLabel}, computed in one pass that copies unchanged stretches whole (the parser runs it
 * over whole documents). Same result for every string (a property test holds them equal).
 *
 * @example
 * ```ts
 * normalizeFast("1、属于 国家秘密") === normalizeLabel("1、属于 国家秘密"); // true
 * ```
 */
export function normalizeFast(text: string): string {
  const classes = labelClass();
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const k = classes[text.charCodeAt(i)] as number;
    if (k === 0) continue;
    if (i > from) out += text.slice(from, i);
    if (k === 2) out += labelMapping().get(text.charCodeAt(i)) as string;
    from = i + 1;
  }
  if (from === 0) out = text;
  else if (from < text.length) out += text.slice(from);
  // a list number at the start: "1、" / "1．" / "1." → "1." (as normalizeLabel does)
  let d = 0;
  while (d < 2 && d < out.length && isDigit(out.charCodeAt(d))) d++;
  if (d > 0 && d < out.length && "、．.".includes(out[d] as string)) return `${out.slice(0, d)}.${out.slice(d + 1)}`;
  return out;
}

/**
 * The first UTF-16 code unit of {@link labelKey}`(text)` (or -1 for an empty key), without computing the
 * key: for telling cheaply which lines cannot begin with a given label.
 *
 * @example
 * ```ts
 * firstKeyUnit("　（一）主动公开") === "（".charCodeAt(0); // true
 * ```
 */
export function firstKeyUnit(text: string): number {
  const classes = labelClass();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = classes[c] as number;
    if (k === 1) continue;
    return k === 2 ? (labelUnitTable()[c] as number) : c;
  }
  return -1;
}

/**
 * True for a UTF-16 code unit that `\s` matches (and `String.prototype.trim` removes): ASCII white space, the
 * Unicode space separators, the line and paragraph separators and the byte-order mark.
 *
 * @example
 * ```ts
 * isRegExpSpace(0x3000); // true: the ideographic space
 * ```
 */
export function isRegExpSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True for the Chinese numerals a list number is written with (一 … 十). */
function isChineseNumeral(c: number): boolean {
  return "一二三四五六七八九十".includes(String.fromCharCode(c));
}

/** What {@link normalizeLabel} maps each UTF-16 code unit to, for the mapped ones (all map to one unit). */
let labelUnits: Uint16Array | undefined;

function labelUnitTable(): Uint16Array {
  if (labelUnits !== undefined) return labelUnits;
  const units = new Uint16Array(0x10000);
  for (const [from, to] of labelMapping()) {
    if (to.length !== 1) throw new Error(`labelKey: the variant of U+${from.toString(16)} is not one character`);
    units[from] = to.charCodeAt(0);
  }
  labelUnits = units;
  return units;
}

/** The code units of the last key made, reused from call to call. */
let keyBuffer = new Uint16Array(256);

/** Longest run of code units turned into a string by one `String.fromCharCode` call. */
const chunk = 4096;

/**
 * A label as compared: {@link normalizeLabel} (width, brackets, quotes, commas, spaces) and list numbers
 * anywhere in the text read alike (`1、` `1．` → `1.`, `一.` `一．` → `一、`). Computed in one pass over the
 * code units (a property test holds it equal to `normalizeLabel` and two regular-expression replacements).
 *
 * @example
 * ```ts
 * labelKey("（三）不予公开 1、属于国家秘密") === labelKey("(三)不予公开1.属于国家秘密"); // true
 * ```
 */
export function labelKey(text: string): string {
  const classes = labelClass();
  const units = labelUnitTable();
  if (keyBuffer.length < text.length) keyBuffer = new Uint16Array(Math.max(text.length, keyBuffer.length * 2));
  const buf = keyBuffer;
  let n = 0;
  let changed = false;
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = classes[c] as number;
    if (k === 0) {
      buf[n++] = c;
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    } else {
      changed = true;
      if (k === 2) buf[n++] = units[c] as number;
    }
  }
  // a list number at the start: "1、" / "1．" / "1." → "1." (as normalizeLabel does)
  let d = 0;
  while (d < 2 && d < n && isDigit(buf[d] as number)) d++;
  if (d > 0 && d < n && (buf[d] === 0x3001 || buf[d] === 0xff0e)) {
    buf[d] = 0x2e;
    changed = true;
  }
  // anywhere: a digit's 、 or ． becomes `.`, a Chinese numeral's `.` or ． becomes 、 (a rewritten unit was
  // neither a digit nor a numeral, so rewriting in place reads the same units as rewriting a copy)
  for (let i = 1; i < n; i++) {
    const c = buf[i] as number;
    if (c !== 0x3001 && c !== 0xff0e && c !== 0x2e) continue;
    const before = buf[i - 1] as number;
    if (c !== 0x2e && isDigit(before)) {
      buf[i] = 0x2e;
      changed = true;
    } else if (c !== 0x3001 && isChineseNumeral(before)) {
      buf[i] = 0x3001;
      changed = true;
    }
  }
  if (!changed) return text;
  return unitsToString(buf, n, surrogates);
}

let utf16: InstanceType<typeof TextDecoder> | undefined;

/**
 * The string of the first `n` code units of `buf`. A long run without surrogates is decoded as UTF-16
 * (several times faster); with a surrogate, which the decoder would replace where it is unpaired, or a
 * short run, by `String.fromCharCode`.
 */
function unitsToString(buf: Uint16Array, n: number, surrogates: boolean): string {
  if (n > 64 && !surrogates) {
    utf16 ??= new TextDecoder("utf-16le", { ignoreBOM: true });
    return utf16.decode(buf.subarray(0, n));
  }
  let out = "";
  for (let k = 0; k < n; k += chunk)
    out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + chunk)) as unknown as number[]);
  return out;
}

/**
 * Display width of one character (a code point) as printed: a tab four columns, a wide character two, any
 * other one.
 *
 * @example
 * ```ts
 * columnWidth("　".charCodeAt(0)); // 2: the ideographic space
 * ```
 */
export function columnWidth(code: number): number {
  return code === 0x09 ? 4 : isWide(code) ? 2 : 1;
}

/**
 * Display width of a line as printed: a wide character counts two columns, a tab four.
 *
 * @example
 * ```ts
 * columnsOf("规章 0"); // 6
 * ```
 */
export function columnsOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // a surrogate pair is one character (as iterating the string's code points counts it)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    n += columnWidth(c);
  }
  return n;
}

/**
 * Width of the leading white space of a line, in columns.
 *
 * @example
 * ```ts
 * indentOf("　　（一）主动公开"); // 4
 * ```
 */
export function indentOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) break;
    n += columnWidth(c);
  }
  return n;
}

/**
 * Removes the spaces `pdftotext` puts between Han text and figures set in another font
 * (`2023 年` → `2023年`, `公开 8145 条` → `公开8145条`); a space between two Han characters stays.
 *
 * @example
 * ```ts
 * closePdfSpacing("2023 年，公开 8145 条"); // "2023年，公开8145条"
 * ```
 */
export function closePdfSpacing(text: string): string {
  let out = "";
  // text[from, i) is kept as it is and not yet in `out`; `last`: the last code unit of both together (-1: none)
  let from = 0;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 || last === -1) {
      last = c;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 0x20) j++;
    const after = j < text.length ? text.charCodeAt(j) : 0;
    out += text.slice(from, i);
    // a run of spaces between Han text and a figure goes; any other becomes one space
    if (!((isWide(last) && isAsciiWord(after)) || (isAsciiWord(last) && isWide(after)))) {
      out += " ";
      last = 0x20;
    }
    from = j;
    i = j - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function isAsciiWord(code: number): boolean {
  return isDigit(code) || code === 0x25 /* % */;
}
