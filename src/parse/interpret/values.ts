/**
 * Reading one value cell: a number (full-width digits, thousands separators, a sign, a unit written in
 * the cell), a blank («», «/», «—», «-»), or something unreadable. The units are the descriptors'.
 *
 * @module
 */
import type { FieldDescriptor } from "../../format/descriptor.js";
import { editionKeys } from "../../format/editions.js";
import { cellsOf } from "../../format/walk.js";
import { halfWidth, isAnyWidthDigit, isDigit, isHan } from "../document/chars.js";

/**
 * A number as written: sign, digits with optional thousands separators, decimals. No exponent: a report never
 * prints one, and «1e308» in a cell is not a figure (found by the soak: it was read as an amount).
 */
const numberPattern = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

let unitCache: readonly string[] | undefined;

/**
 * Every unit the descriptors name (件, 项, 个, 万元, 元 …), longest first.
 *
 * @example
 * ```ts
 * knownUnits(); // ["万元", "件", "项", "个", "元"]
 * ```
 */
export function knownUnits(): readonly string[] {
  if (unitCache === undefined) {
    const set = new Set<string>();
    for (const e of editionKeys) {
      for (const cell of cellsOf(e)) {
        if (cell.field.unit !== undefined) set.add(cell.field.unit);
        for (const v of cell.field.values ?? []) set.add(v);
      }
    }
    unitCache = [...set].sort((a, b) => b.length - a.length);
  }
  return unitCache;
}

/**
 * True for a cell that says "nothing here": empty, or only dashes and slashes (at most three).
 *
 * @example
 * ```ts
 * isBlankMark("—"); // true
 * ```
 */
export function isBlankMark(text: string): boolean {
  const t = text.trim();
  if (t === "") return true;
  if (t.length > 3) return false;
  for (let i = 0; i < t.length; i++) {
    if (!"/／\\-－—–−―_＿".includes(t[i] as string)) return false;
  }
  return true;
}

/** A number with the unit written after it, as read from a cell. */
interface Written {
  readonly value: number;
  readonly unit: string | null;
  readonly integer: boolean;
}

/** Splits a unit written after the number (`1864.5万元`, `3 件`). */
function splitUnit(text: string): { number: string; unit: string | null } {
  for (const u of knownUnits()) {
    if (text.length > u.length && text.endsWith(u)) return { number: text.slice(0, -u.length).trim(), unit: u };
  }
  return { number: text, unit: null };
}

/** True for a string of 1–15 ASCII digits (the common case, read without a regular expression). */
function plainDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** True where the text holds an ASCII or full-width digit. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isAnyWidthDigit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Reads a number as written, or `null` where the text is not one.
 *
 * @example
 * ```ts
 * readNumber("１,８６４.５万元"); // { value: 1864.5, unit: "万元", integer: false }
 * ```
 */
export function readNumber(text: string): Written | null {
  if (plainDigits(text)) return { value: Number(text), unit: null, integer: true };
  // the pattern needs a digit, and only ASCII and full-width digits become one: most labels are told at once
  if (!hasDigit(text)) return null;
  const { number, unit } = splitUnit(halfWidth(text).trim());
  const m = numberPattern.exec(number);
  if (m === null) return null;
  const [, sign = "", int = "", frac] = m;
  const source = `${sign === "-" ? "-" : ""}${int.replace(/,/g, "")}${frac === undefined ? "" : `.${frac}`}`;
  let value = Number(source);
  if (!Number.isFinite(value)) return null;
  if (Object.is(value, -0)) value = 0;
  return { value, unit, integer: Number.isInteger(value) };
}

/**
 * True for a piece of text that is a value cell: a number (with or without a unit) or a blank mark.
 *
 * @example
 * ```ts
 * isValueText("-8"); // true
 * ```
 */
export function isValueText(text: string): boolean {
  return plainDigits(text) || isBlankMark(text) || readNumber(text) !== null;
}

/**
 * True for a unit standing alone (`万元` printed apart from its number).
 *
 * @example
 * ```ts
 * isUnitText("万元"); // true
 * ```
 */
export function isUnitText(text: string): boolean {
  return knownUnits().includes(text.trim());
}

/**
 * True for a table cell that stands where a value should: a value, a short text without a label's
 * worth of Han characters (`无`, `约5`, `N/A`), or a damaged figure — digits with no Han character
 * (`1_2_3`) — read as unreadable rather than taken for a label.
 *
 * @example
 * ```ts
 * isValueLikeCell("无"); // true: read as an unreadable figure, not a label
 * isValueLikeCell("1_2_3"); // true
 * ```
 */
export function isValueLikeCell(text: string): boolean {
  const t = text.trim();
  if (isValueText(t)) return true;
  let han = 0;
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isHan(c)) han++;
    else if (isAnyWidthDigit(c)) digits++;
  }
  return t.length > 4 ? han === 0 && digits > 0 : han < 2;
}

/**
 * What a cell holds for a field.
 *
 * @example
 * ```ts
 * const r: CellReading = { kind: "value", value: 8, unit: null };
 * ```
 */
export type CellReading =
  | { readonly kind: "blank" }
  | { readonly kind: "value"; readonly value: number; readonly unit: string | null }
  | { readonly kind: "unreadable" }
  | { readonly kind: "invalid"; readonly reason: "negative" | "fraction" | "unsafe" }
  | { readonly kind: "unit"; readonly unit: string };

/**
 * Reads a cell for a field: a count must be a non-negative safe integer, a signed value a safe integer,
 * an amount a non-negative number. A unit written in the cell must be the field's, or one the field's
 * unit column allows (`unitValues`).
 *
 * @example
 * ```ts
 * readCellText("1,234", { key: "x", label: "x", en: "x", kind: "count" }); // { kind: "value", value: 1234, unit: null }
 * ```
 */
export function readCellText(text: string, field: FieldDescriptor, unitValues: readonly string[] = []): CellReading {
  if (isBlankMark(text)) return { kind: "blank" };
  const n = readNumber(text);
  if (n === null) return { kind: "unreadable" };
  if (n.unit !== null && n.unit !== field.unit && !unitValues.includes(n.unit)) return { kind: "unit", unit: n.unit };
  switch (field.kind) {
    case "count":
      if (n.value < 0) return { kind: "invalid", reason: "negative" };
      if (!n.integer) return { kind: "invalid", reason: "fraction" };
      if (!Number.isSafeInteger(n.value)) return { kind: "invalid", reason: "unsafe" };
      break;
    case "signed":
      if (!n.integer) return { kind: "invalid", reason: "fraction" };
      if (!Number.isSafeInteger(n.value)) return { kind: "invalid", reason: "unsafe" };
      break;
    case "amount":
      if (n.value < 0) return { kind: "invalid", reason: "negative" };
      break;
    case "unit":
      return { kind: "unreadable" };
  }
  return { kind: "value", value: n.value, unit: unitValues.includes(n.unit ?? "") ? n.unit : null };
}
