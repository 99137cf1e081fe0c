/**
 * Small helpers to word findings: template filling, cell names in quotes, lists.
 *
 * @module
 */
import type { CellEntry } from "../format/walk.js";
import type { Message } from "../validate/issues.js";

/**
 * Replaces each `{name}` in a template by its value (unknown names are left as they are).
 *
 * @example
 * ```ts
 * fill("「{left}」为 {leftValue}", { left: "表三（七）总计·自然人", leftValue: "11" }); // "「表三（七）总计·自然人」为 11"
 * ```
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  const parts = partsOf(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    out += (values[key] ?? `{${key}}`) + (parts[i + 1] as string);
  }
  return out;
}

/** Templates split once into literal text and placeholder names, alternately. */
const splitTemplates = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (splitTemplates.size < 1024) splitTemplates.set(template, parts);
  }
  return parts;
}

/**
 * Fills both languages of a template pair with per-language values.
 *
 * @example
 * ```ts
 * fillBoth({ zh: "{a}", en: "{a}" }, { zh: { a: "甲" }, en: { a: "A" } }); // { zh: "甲", en: "A" }
 * ```
 */
export function fillBoth(
  template: Message,
  values: { readonly zh: Readonly<Record<string, string>>; readonly en: Readonly<Record<string, string>> },
): Message {
  return { zh: fill(template.zh, values.zh), en: fill(template.en, values.en) };
}

/**
 * A cell's official name as quoted in messages: `「表三（七）总计·自然人」` / `Table 3 (7) Total · Natural persons`.
 *
 * @example
 * ```ts
 * quoteCell(cellAt("2021", "reviewLitigation.review.total")!).zh; // "「表四 行政复议·总计」"
 * ```
 */
export function quoteCell(cell: CellEntry): Message {
  return { zh: `「${cell.name.zh}」`, en: cell.name.en };
}

/**
 * Joins names into a list: `「a」、「b」` / `a; b`.
 *
 * @example
 * ```ts
 * listNames([{ zh: "「a」", en: "a" }, { zh: "「b」", en: "b" }]); // { zh: "「a」、「b」", en: "a; b" }
 * ```
 */
export function listNames(names: readonly Message[]): Message {
  let zh = "";
  let en = "";
  for (let i = 0; i < names.length; i++) {
    const n = names[i] as Message;
    zh += i === 0 ? n.zh : `、${n.zh}`;
    en += i === 0 ? n.en : `; ${n.en}`;
  }
  return { zh, en };
}

/**
 * Names cells as a sum: `「a」与「b」之和` / `the sum of a and b` (one cell: its quoted name). Built in loops
 * from the cells themselves, with no intermediate arrays (whose shapes differ from caller to caller and made
 * the optimised callers deoptimise).
 *
 * @example
 * ```ts
 * sumOfCellNames([cellAt("2021", "reviewLitigation.review.upheld")!, cellAt("2021", "reviewLitigation.review.other")!]).zh;
 * // "「表四 行政复议·结果维持」与「表四 行政复议·其他结果」之和"
 * ```
 */
export function sumOfCellNames(cells: readonly CellEntry[]): Message {
  const n = cells.length;
  const last = cells[n - 1] as CellEntry;
  if (n === 1) return quoteCell(last);
  let zh = "";
  let en = "";
  for (let i = 0; i < n - 1; i++) {
    const c = cells[i] as CellEntry;
    zh += i === 0 ? `「${c.name.zh}」` : `、「${c.name.zh}」`;
    en += i === 0 ? c.name.en : `, ${c.name.en}`;
  }
  return { zh: `${zh}与「${last.name.zh}」之和`, en: `the sum of ${en} and ${last.name.en}` };
}

/**
 * A number as written in messages: plain ASCII digits, no grouping (`1234`, `-3`, `0.3`).
 *
 * @example
 * ```ts
 * formatNumber(-3); // "-3"
 * ```
 */
export function formatNumber(x: number): string {
  return Object.is(x, -0) ? "0" : String(x);
}
