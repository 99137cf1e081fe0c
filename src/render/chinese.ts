/**
 * Chinese formatting used by every renderer: numerals and ordinals (一、 （一） 第二十条第（五）项),
 * dates (2024年1月12日), amounts without float noise, and the full-width punctuation of official documents.
 *
 * @module
 */

/**
 * The full-width punctuation of official documents (GB/T 15834), as used by the renderers.
 *
 * @example
 * ```ts
 * import { punctuation } from "zfxxgk/render";
 * `${punctuation.leftParen}一${punctuation.rightParen}`; // "（一）"
 * ```
 */
export const punctuation = {
  /** 顿号, after a section ordinal (一、) and between items of a list. */
  enumerationComma: "、",
  comma: "，",
  period: "。",
  colon: "：",
  semicolon: "；",
  leftParen: "（",
  rightParen: "）",
  leftQuote: "“",
  rightQuote: "”",
  leftTitle: "《",
  rightTitle: "》",
  /** 〔 〕 around the year of a document number (国办公开办函〔2021〕30号). */
  leftBracket: "〔",
  rightBracket: "〕",
  /** 间隔号: joins the parts of a flattened merged label (（三）不予公开 · 1.属于国家秘密). */
  middleDot: "·",
  dash: "—",
  /** 全角空格 (U+3000). */
  ideographicSpace: "　",
} as const;

const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;
const smallUnits = ["", "十", "百", "千"] as const;

/** 0 < n < 10000, written with 零 where a place is skipped (一千零一, 一百一十). */
function belowTenThousand(n: number, leadingTen: boolean): string {
  let out = "";
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      if (out !== "") zero = true;
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += d === 1 && place === 1 && out === "" && leadingTen ? "十" : `${digits[d] ?? ""}${smallUnits[place] ?? ""}`;
  }
  return out;
}

/**
 * Writes a non-negative integer below 10¹² in Chinese numerals, as in ordinals and dates
 * (十二, 二十二, 一百零五, 一万零一). Throws a `RangeError` for anything else (a programmer error).
 *
 * @example
 * ```ts
 * import { chineseNumeral } from "zfxxgk/render";
 * chineseNumeral(22); // "二十二"
 * chineseNumeral(105); // "一百零五"
 * ```
 */
export function chineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e12)
    throw new RangeError(`chineseNumeral: ${n} is not an integer in [0, 10¹²)`);
  if (n === 0) return "零";
  const groups = [n % 10000, Math.floor(n / 1e4) % 10000, Math.floor(n / 1e8)];
  const names = ["", "万", "亿"];
  let out = "";
  let pendingZero = false;
  for (let g = 2; g >= 0; g--) {
    const v = groups[g] as number;
    if (v === 0) {
      if (out !== "") pendingZero = true;
      continue;
    }
    if (out !== "" && (pendingZero || v < 1000)) out += "零";
    pendingZero = false;
    out += belowTenThousand(v, out === "") + names[g];
  }
  return out;
}

/**
 * A section ordinal as printed before a heading or a first-level row: `一、` … `二十二、`.
 *
 * @example
 * ```ts
 * import { sectionOrdinal } from "zfxxgk/render";
 * sectionOrdinal(22); // "二十二、"
 * ```
 */
export function sectionOrdinal(n: number): string {
  return chineseNumeral(n) + punctuation.enumerationComma;
}

/**
 * A bracketed ordinal as printed before a second-level item: `（一）` … `（十二）`.
 *
 * @example
 * ```ts
 * import { itemOrdinal } from "zfxxgk/render";
 * itemOrdinal(7); // "（七）"
 * ```
 */
export function itemOrdinal(n: number): string {
  return punctuation.leftParen + chineseNumeral(n) + punctuation.rightParen;
}

/**
 * A third-level list number as the format prints it: ASCII digits and an ASCII full stop (`1.`).
 *
 * @example
 * ```ts
 * import { listOrdinal } from "zfxxgk/render";
 * listOrdinal(3); // "3."
 * ```
 */
export function listOrdinal(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`listOrdinal: ${n} is not a non-negative integer`);
  return `${n}.`;
}

/**
 * A citation of an article, and optionally one of its items: `第二十条`, `第二十条第（五）项`.
 *
 * @example
 * ```ts
 * import { articleItem } from "zfxxgk/render";
 * articleItem(20, 5); // "第二十条第（五）项"
 * articleItem(50); // "第五十条"
 * ```
 */
export function articleItem(article: number, item?: number): string {
  const head = `第${chineseNumeral(article)}条`;
  return item === undefined ? head : `${head}第${itemOrdinal(item)}项`;
}

/**
 * A calendar date as a year, a month (1–12) and a day (1–31).
 *
 * @example
 * ```ts
 * const d: CalendarDate = { year: 2024, month: 1, day: 12 };
 * ```
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Writes a date the way official documents sign it: `2024年1月12日` (Arabic digits, no leading zeros),
 * from a `{ year, month, day }` or an ISO `YYYY-MM-DD` string — never through `Date`, so the result
 * does not depend on a time zone. Throws a `RangeError` for a malformed date (a programmer error: a
 * validated report holds only real dates).
 *
 * @example
 * ```ts
 * import { formatDate } from "zfxxgk/render";
 * formatDate("2024-01-12"); // "2024年1月12日"
 * formatDate({ year: 2021, month: 9, day: 26 }); // "2021年9月26日"
 * ```
 */
export function formatDate(date: CalendarDate | string): string {
  let d: CalendarDate;
  if (typeof date === "string") {
    const m = isoDate.exec(date);
    if (m === null) throw new RangeError(`formatDate: "${date}" is not an ISO date YYYY-MM-DD`);
    d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  } else d = date;
  const valid =
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= 0 && // the model's dates run from 0000-01-01 (isIsoDate: the proleptic Gregorian calendar)
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= 31;
  if (!valid) throw new RangeError(`formatDate: ${JSON.stringify(date)} is not a calendar date`);
  return `${d.year}年${d.month}月${d.day}日`;
}

/** Expands exponent notation (`1e-7`, `1.5e+22`) into plain decimal digits. */
function plainDecimal(text: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (m === null) return text;
  const [, sign, int, frac = "", exp] = m;
  const digitsOnly = (int as string) + frac;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digitsOnly}`;
  if (point >= digitsOnly.length) return sign + digitsOnly + "0".repeat(point - digitsOnly.length);
  return `${sign + digitsOnly.slice(0, point)}.${digitsOnly.slice(point)}`;
}

/**
 * Writes an amount (万元, 元) in plain decimal digits, without float noise: the shortest form with at
 * most 15 significant digits, so `0.1 + 0.2` prints `0.3`, and any amount written with up to 15
 * significant digits prints exactly as written (and parses back to the same number). No digit grouping,
 * no exponent. Throws a `RangeError` for a non-finite number (a programmer error).
 *
 * @example
 * ```ts
 * import { formatAmount } from "zfxxgk/render";
 * formatAmount(0.1 + 0.2); // "0.3"
 * formatAmount(1864.5); // "1864.5"
 * formatAmount(251000); // "251000"
 * ```
 */
export function formatAmount(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`formatAmount: ${amount} is not a finite number`);
  if (amount === 0) return "0";
  const rounded = Number(amount.toPrecision(15));
  // near Number.MAX_VALUE, rounding to 15 digits overflows to Infinity: print the exact shortest form instead
  return plainDecimal(String(Number.isFinite(rounded) ? rounded : amount));
}

/**
 * Writes an amount followed by its unit, as in a 表二 cell: `1864.5万元`.
 *
 * @example
 * ```ts
 * import { formatAmountWithUnit } from "zfxxgk/render";
 * formatAmountWithUnit(0.1 + 0.2, "万元"); // "0.3万元"
 * ```
 */
export function formatAmountWithUnit(amount: number, unit: string): string {
  return formatAmount(amount) + unit;
}
