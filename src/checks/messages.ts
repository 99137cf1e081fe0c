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
 * Joins names into a sum: `「a」与「b」之和` / `the sum of a and b`.
 *
 * @example
 * ```ts
 * sumOfNames([{ zh: "「a」", en: "a" }, { zh: "「b」", en: "b" }]).zh; // "「a」与「b」之和"
 * ```
 */
export function sumOfNames(names: readonly Message[]): Message {
  if (names.length === 1) return names[0] as Message;
  const zhHead = names
    .slice(0, -1)
    .map((n) => n.zh)
    .join("、");
  const enHead = names
    .slice(0, -1)
    .map((n) => n.en)
    .join(", ");
  const last = names[names.length - 1] as Message;
  return { zh: `${zhHead}与${last.zh}之和`, en: `the sum of ${enHead} and ${last.en}` };
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
