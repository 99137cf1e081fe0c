/**
 * The six section headings (一、总体情况 … 六、其他需要报告的事项), found by their ordinal and title as the
 * descriptors give them (aliases included), even wrapped over two lines; and where a second report begins.
 *
 * @module
 */
import { editionKeys, editions } from "../../format/editions.js";
import { firstKeyUnit, labelKey } from "../document/chars.js";
import { plainText, type SourceLine } from "../document/lines.js";
import { isValueText } from "./values.js";

/**
 * A section heading as the descriptors declare it.
 *
 * @example
 * ```ts
 * headingSpecs()[0]; // { key: "overview", index: 0, printed: "一、总体情况", … }
 * ```
 */
export interface HeadingSpec {
  /** The key in the edition's `order`: `overview`, `proactive`, … */
  readonly key: string;
  /** Position in the order (0 = 一、). */
  readonly index: number;
  /** `一、总体情况`. */
  readonly printed: string;
  readonly ordinal: string;
  /** The title and its aliases, as compared. */
  readonly titles: readonly string[];
}

let specCache: readonly HeadingSpec[] | undefined;

/**
 * The headings of the six sections, from the descriptors of both editions.
 *
 * @example
 * ```ts
 * headingSpecs().map((h) => h.printed); // ["一、总体情况", "二、主动公开政府信息情况", …]
 * ```
 */
export function headingSpecs(): readonly HeadingSpec[] {
  if (specCache !== undefined) return specCache;
  const byKey = new Map<string, { index: number; printed: string; ordinal: string; titles: Set<string> }>();
  for (const e of editionKeys) {
    const d = editions[e];
    d.order.forEach((key, index) => {
      const node =
        (d.sections as readonly { key: string; ordinal: string; title: string; aliases?: readonly string[] }[]).find(
          (s) => s.key === key,
        ) ?? (d.tables as Record<string, { ordinal: string; title: string; aliases?: readonly string[] }>)[key];
      if (node === undefined) return;
      let spec = byKey.get(key);
      if (spec === undefined) {
        spec = { index, printed: node.ordinal + node.title, ordinal: labelKey(node.ordinal), titles: new Set() };
        byKey.set(key, spec);
      }
      for (const t of [node.title, ...(node.aliases ?? [])]) spec.titles.add(labelKey(t));
    });
  }
  specCache = [...byKey].map(([key, s]) => ({
    key,
    index: s.index,
    printed: s.printed,
    ordinal: s.ordinal,
    titles: [...s.titles],
  }));
  return specCache;
}

/** Text after the title that a heading line may still carry (`（单位：件）`). */
const headingSlack = 12;

/**
 * A heading found in the lines.
 *
 * @example
 * ```ts
 * const h: Heading = { spec: headingSpecs()[0]!, line: 30, last: 30 };
 * ```
 */
export interface Heading {
  readonly spec: HeadingSpec;
  /** Index of its (first) line. */
  readonly line: number;
  /** Index of its last line (a wrapped heading spans two). */
  readonly last: number;
}

type HeadingMatch = { readonly spec: HeadingSpec; readonly rest: string; readonly complete: boolean };

let ordinalStarts: ReadonlySet<number> | null | undefined;

/** The first code units of the headings' ordinals as compared (`null`: some heading has no ordinal). */
function headingStarts(): ReadonlySet<number> | null {
  if (ordinalStarts !== undefined) return ordinalStarts;
  const specs = headingSpecs();
  ordinalStarts = specs.some((s) => s.ordinal === "") ? null : new Set(specs.map((s) => s.ordinal.charCodeAt(0)));
  return ordinalStarts;
}

/** Compares a line with every heading: complete, or the beginning of a wrapped heading. */
function matchHeading(text: string): HeadingMatch | null {
  // most lines cannot begin with an ordinal: told from their first character, before the whole key is made
  if (headingStarts()?.has(firstKeyUnit(text)) === false) return null;
  const t = labelKey(text);
  for (const spec of headingSpecs()) {
    if (!t.startsWith(spec.ordinal)) continue;
    const rest = t.slice(spec.ordinal.length);
    for (const title of spec.titles) {
      if (rest.startsWith(title) && rest.length <= title.length + headingSlack) return { spec, rest, complete: true };
      if (rest.length >= 4 && title.startsWith(rest)) return { spec, rest, complete: false };
    }
  }
  return null;
}

/** The text of a line that may be a heading: a text line, a paragraph, or a row with a single cell. */
function headingText(line: SourceLine): string | null {
  if (line.kind === "blank") return null;
  if (line.kind === "row") {
    const cells = (line.cells ?? []).filter((c) => c.trim() !== "");
    return cells.length === 1 ? (cells[0] as string) : null;
  }
  const t = line.text.trim();
  return t.length > 80 ? null : t;
}

/**
 * Finds a heading starting at line `i` (completing a wrapped one from the next lines).
 *
 * @example
 * ```ts
 * headingAt(lines, 30)?.spec.key; // "overview"
 * ```
 */
export function headingAt(lines: readonly SourceLine[], i: number): Heading | null {
  const line = lines[i];
  if (line === undefined) return null;
  const text = headingText(line);
  if (text === null) return null;
  const m = matchHeading(text);
  if (m === null) return null;
  if (m.complete) return { spec: m.spec, line: i, last: i };
  let rest = m.rest;
  let j = i + 1;
  for (let taken = 0; taken < 2 && j < lines.length; j++) {
    const next = lines[j] as SourceLine;
    if (next.kind === "blank") continue;
    const more = headingText(next);
    if (more === null) return null;
    rest += labelKey(more);
    taken++;
    for (const title of m.spec.titles) {
      if (rest.startsWith(title) && rest.length <= title.length + headingSlack)
        return { spec: m.spec, line: i, last: j };
    }
    if (!m.spec.titles.some((title) => title.startsWith(rest))) return null;
  }
  return null;
}

/**
 * The headings of the first report, and where a second report begins (or `null`).
 *
 * @example
 * ```ts
 * const scan: HeadingScan = scanHeadings(lines); // { headings: […], secondReport: null }
 * ```
 */
export interface HeadingScan {
  readonly headings: readonly Heading[];
  /** Index of the first line of a second report, if the input holds one. */
  readonly secondReport: number | null;
}

/** True for a line with content: a figure, or a few words of text. */
function hasContent(line: SourceLine): boolean {
  if (line.kind === "blank") return false;
  if (line.kind === "row") return (line.cells ?? []).some((c) => c.trim() !== "");
  return plainText(line).length >= 2 || isValueText(plainText(line));
}

/**
 * Finds the section headings, in the order printed. After real content, 一、总体情况 again or a part already seen
 * starts a second report, and a part not yet seen that comes earlier in the format's order (五 before 四) is a
 * part out of its place in the same report; before any content (a table of contents) an earlier heading starts
 * over.
 *
 * @example
 * ```ts
 * scanHeadings(lines).headings.map((h) => h.spec.key); // ["overview", "proactive", …]
 * ```
 */
export function scanHeadings(lines: readonly SourceLine[]): HeadingScan {
  let headings: Heading[] = [];
  let content = 0;
  for (let i = 0; i < lines.length; i++) {
    const h = headingAt(lines, i);
    if (h === null) {
      if (headings.length > 0 && hasContent(lines[i] as SourceLine)) content++;
      continue;
    }
    const last = headings[headings.length - 1];
    if (last === undefined || h.spec.index > last.spec.index) headings.push(h);
    else if (content >= 3 && h.spec.index > 0 && !headings.some((x) => x.spec.key === h.spec.key))
      // a part printed out of its place (五 before 四): the same report, its order judged by S.part-order
      headings.push(h);
    else if (h.spec.index < last.spec.index || (h.spec.index === 0 && content >= 3)) {
      if (content >= 3) return { headings, secondReport: boundary(lines, last.last + 1, i) };
      headings = [h];
      content = 0;
    }
    i = h.last;
  }
  return { headings, secondReport: null };
}

/** Where the second report starts between `from` and its first heading `to`: after the first's date, or at its title. */
function boundary(lines: readonly SourceLine[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const line = lines[i] as SourceLine;
    if (line.kind !== "blank" && isDateLine(plainText(line))) return i + 1;
  }
  for (let i = to - 1; i >= from; i--) {
    const t = labelKey(plainText(lines[i] as SourceLine));
    if (t.includes("年度报告") && t.length <= 60) {
      let j = i;
      while (
        j - 1 >= from &&
        (lines[j - 1] as SourceLine).kind !== "blank" &&
        labelKey(plainText(lines[j - 1] as SourceLine)).length <= 30
      )
        j--;
      return j;
    }
  }
  return to;
}

/** The value of a Chinese digit (〇 and 零 are 0), or -1. */
function digitOf(ch: string): number {
  if (ch === "〇" || ch === "零") return 0;
  const i = "一二三四五六七八九".indexOf(ch);
  return i < 0 ? -1 : i + 1;
}

/** Reads a Chinese numeral up to 31 (十二, 二十一) or a digit string. */
function smallNumber(text: string): number {
  if (/^[0-9]{1,2}$/.test(text)) return Number(text);
  if (text === "") return Number.NaN;
  const ten = text.indexOf("十");
  if (ten < 0) return text.length === 1 && digitOf(text) >= 0 ? digitOf(text) : Number.NaN;
  const tens = ten === 0 ? 1 : ten === 1 ? digitOf(text.slice(0, ten)) : -1;
  const ones = ten === text.length - 1 ? 0 : ten === text.length - 2 ? digitOf(text.slice(ten + 1)) : -1;
  return text.length > 3 || tens < 0 || ones < 0 ? Number.NaN : tens * 10 + ones;
}

/**
 * A calendar date as written in the report, or `null`.
 *
 * @example
 * ```ts
 * readDate("二〇二三年一月十八日"); // { year: 2023, month: 1, day: 18 }
 * ```
 */
export function readDate(text: string): { year: number; month: number; day: number } | null {
  const t = text.replace(/\s+/g, "").replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let m =
    /^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$/.exec(t) ?? /^([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})$/.exec(t);
  if (m !== null) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(t);
  if (m === null) return null;
  const year = Number([...(m[1] as string)].map(digitOf).join(""));
  const month = smallNumber(m[2] as string);
  const day = smallNumber(m[3] as string);
  return Number.isNaN(month) || Number.isNaN(day) ? null : { year, month, day };
}

/**
 * True for a line holding only a date.
 *
 * @example
 * ```ts
 * isDateLine("2024 年 1 月 12 日"); // true
 * ```
 */
export function isDateLine(text: string): boolean {
  return readDate(text) !== null;
}
