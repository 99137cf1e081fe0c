/**
 * Automatic numbering, as Word shows it: a heading whose 「一、」 or a row label whose 「（一）」 Word generates
 * from a list (`w:numPr`, directly or through the paragraph's style) has no such text in the document; Word
 * (and a web page saved from it) shows it. Read from `word/numbering.xml` (the lists' levels: start, format,
 * text such as `%1、`) and `word/styles.xml` (the styles that carry a list), counted in document order.
 *
 * @module
 */
import { SaxesParser } from "saxes";
import { chineseNumeral } from "../../../render/chinese.js";

/** One level of a list: where it starts, how its number is written, the text around it, what follows it. */
interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** `tab` (default), `space` or `nothing`. */
  readonly suffix: string;
}

/** A list instance (`w:num`): its abstract list and its overrides. */
interface ListInstance {
  readonly abstract: string;
  readonly starts: ReadonlyMap<number, number>;
  readonly levels: ReadonlyMap<number, Level>;
}

/** A style's list, and the style it is based on. */
interface StyleList {
  readonly numId: string | null;
  readonly level: number | null;
  readonly basedOn: string | null;
}

const heavenlyStems = "甲乙丙丁戊己庚辛壬癸";
const earthlyBranches = "子丑寅卯辰巳午未申酉戌亥";
const legalDigits = "零壹贰叁肆伍陆柒捌玖";

function letters(n: number, base: number): string {
  // Word repeats the letter: A … Z, AA … ZZ
  const letter = String.fromCharCode(base + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, text] of table)
    while (rest >= value) {
      out += text;
      rest -= value;
    }
  return out;
}

/**
 * A number in one of Word's number formats (`w:numFmt`): the decimal and Chinese ones organs use, letters,
 * Roman numerals, enclosed numbers; an unknown format as decimal.
 *
 * @example
 * ```ts
 * formatNumber(12, "chineseCounting"); // "十二"
 * formatNumber(3, "decimalEnclosedCircle"); // "③"
 * ```
 */
export function formatNumber(n: number, format: string): string {
  if (!Number.isSafeInteger(n) || n < 0) return "";
  switch (format) {
    case "none":
    case "bullet":
      return "";
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "koreanCounting":
      return n < 1e12 ? chineseNumeral(n) : String(n);
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return String(n).replace(/[0-9]/g, (d) => "〇一二三四五六七八九"[Number(d)] as string);
    case "chineseLegalSimplified":
      // the legal form writes the one of a leading ten: 壹拾贰
      return n < 1e12
        ? chineseNumeral(n)
            .replace(/^十/, "一十")
            .replace(/[一二三四五六七八九十百千]/g, (c) => {
              const i = "一二三四五六七八九".indexOf(c);
              if (i >= 0) return legalDigits[i + 1] as string;
              return c === "十" ? "拾" : c === "百" ? "佰" : "仟";
            })
        : String(n);
    case "ideographTraditional":
      return n >= 1 && n <= 10 ? (heavenlyStems[n - 1] as string) : String(n);
    case "ideographZodiac":
      return n >= 1 && n <= 12 ? (earthlyBranches[n - 1] as string) : String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : String(n);
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : String(n);
    case "upperLetter":
      return n >= 1 ? letters(n, 0x41) : "";
    case "lowerLetter":
      return n >= 1 ? letters(n, 0x61) : "";
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/** Parses a small XML part with a handler of its elements (name, attributes, open/close). */
function walk(
  xml: string,
  open: (name: string, attributes: Record<string, string>) => void,
  close: (name: string) => void,
): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("opentag", (tag) => open(tag.name.replace(/^[^:]*:/, ""), tag.attributes));
  parser.on("closetag", (tag) => close(tag.name.replace(/^[^:]*:/, "")));
  parser.write(xml).close();
}

/** An attribute by its local name (`w:val` → `val`), whatever the prefix. */
function attr(attributes: Record<string, string>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attributes))
    if (name === local || name.endsWith(`:${local}`)) return value;
  return undefined;
}

function integer(value: string | undefined): number | null {
  if (value === undefined || !/^-?[0-9]{1,9}$/.test(value)) return null;
  return Number(value);
}

/**
 * The lists of a document and the counting of its numbered paragraphs, in document order.
 *
 * @example
 * ```ts
 * const lists = new Numbering(numberingXml, stylesXml);
 * lists.label("1", 0, null); // "一、 " (the first paragraph of list 1 at level 0, format chineseCounting, text %1、)
 * lists.label("1", 0, null); // "二、 "
 * ```
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly styles = new Map<string, StyleList>();
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly used = new Set<string>();

  /** Reads the lists and the styles; a part that is not well-formed XML is left out (no numbering from it). */
  constructor(numberingXml: string | null, stylesXml: string | null) {
    if (numberingXml !== null)
      try {
        this.readNumbering(numberingXml);
      } catch {
        this.abstracts.clear();
        this.instances.clear();
      }
    if (stylesXml !== null)
      try {
        this.readStyles(stylesXml);
      } catch {
        this.styles.clear();
      }
  }

  /** True when the document has lists at all. */
  get empty(): boolean {
    return this.instances.size === 0;
  }

  private readNumbering(xml: string): void {
    let abstract: Map<number, Level> | null = null;
    let instance: { abstract: string; starts: Map<number, number>; levels: Map<number, Level> } | null = null;
    let instanceId = "";
    let level: { index: number; start: number; format: string; text: string; suffix: string } | null = null;
    let override: number | null = null;
    walk(
      xml,
      (name, a) => {
        switch (name) {
          case "abstractNum": {
            abstract = new Map();
            this.abstracts.set(attr(a, "abstractNumId") ?? "", abstract);
            break;
          }
          case "num":
            instanceId = attr(a, "numId") ?? "";
            instance = { abstract: "", starts: new Map(), levels: new Map() };
            break;
          case "abstractNumId":
            if (instance !== null) instance.abstract = attr(a, "val") ?? "";
            break;
          case "lvlOverride":
            override = integer(attr(a, "ilvl"));
            break;
          case "startOverride":
            if (instance !== null && override !== null) instance.starts.set(override, integer(attr(a, "val")) ?? 1);
            break;
          case "lvl":
            level = { index: integer(attr(a, "ilvl")) ?? 0, start: 1, format: "decimal", text: "", suffix: "tab" };
            break;
          case "start":
            if (level !== null) level.start = integer(attr(a, "val")) ?? 1;
            break;
          case "numFmt":
            if (level !== null) level.format = attr(a, "val") ?? "decimal";
            break;
          case "lvlText":
            if (level !== null) level.text = attr(a, "val") ?? "";
            break;
          case "suff":
            if (level !== null) level.suffix = attr(a, "val") ?? "tab";
            break;
        }
      },
      (name) => {
        if (name === "lvl" && level !== null) {
          const { index, ...rest } = level;
          if (instance !== null && override !== null) instance.levels.set(index, rest);
          else abstract?.set(index, rest);
          level = null;
        } else if (name === "abstractNum") abstract = null;
        else if (name === "lvlOverride") override = null;
        else if (name === "num" && instance !== null) {
          this.instances.set(instanceId, instance);
          instance = null;
        }
      },
    );
  }

  private readStyles(xml: string): void {
    let id: string | null = null;
    let style: { numId: string | null; level: number | null; basedOn: string | null } | null = null;
    walk(
      xml,
      (name, a) => {
        if (name === "style") {
          id = attr(a, "styleId") ?? null;
          style = { numId: null, level: null, basedOn: null };
        } else if (style !== null) {
          if (name === "basedOn") style.basedOn = attr(a, "val") ?? null;
          else if (name === "numId") style.numId = attr(a, "val") ?? null;
          else if (name === "ilvl") style.level = integer(attr(a, "val"));
        }
      },
      (name) => {
        if (name === "style" && style !== null && id !== null) {
          this.styles.set(id, style);
          style = null;
        }
      },
    );
  }

  /** The list of a style (its own, or one it is based on), as `[numId, level]`. */
  private styleList(styleId: string | null): [string | null, number | null] {
    let numId: string | null = null;
    let level: number | null = null;
    const seen = new Set<string>();
    for (let s = styleId; s !== null && !seen.has(s); ) {
      seen.add(s);
      const style = this.styles.get(s);
      if (style === undefined) break;
      numId ??= style.numId;
      level ??= style.level;
      s = style.basedOn;
    }
    return [numId, level];
  }

  /**
   * The text Word shows before a paragraph of a list (`一、`, `（二）`, `3.`, and a space for the tab after it),
   * counting it; `""` for a paragraph in no list. `numId` and `level` are the paragraph's own (`w:numPr`), else
   * those of its style.
   */
  label(numId: string | null, level: number | null, styleId: string | null): string {
    const [styleNum, styleLevel] = styleId === null ? [null, null] : this.styleList(styleId);
    const id = numId ?? styleNum;
    if (id === null || id === "0") return "";
    const instance = this.instances.get(id);
    if (instance === undefined) return "";
    const abstract = this.abstracts.get(instance.abstract) ?? new Map<number, Level>();
    const ilvl = Math.max(0, Math.min(8, level ?? styleLevel ?? 0));
    const levelOf = (l: number): Level | undefined => instance.levels.get(l) ?? abstract.get(l);
    const own = levelOf(ilvl);
    if (own === undefined) return "";
    const startOf = (l: number): number => instance.starts.get(l) ?? levelOf(l)?.start ?? 1;
    // a list instance with a start override begins again where it is first used
    if (!this.used.has(id)) {
      this.used.add(id);
      if (instance.starts.size > 0) this.counts.delete(instance.abstract);
    }
    let counts = this.counts.get(instance.abstract);
    if (counts === undefined) {
      counts = [];
      this.counts.set(instance.abstract, counts);
    }
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let l = ilvl + 1; l < counts.length; l++) counts[l] = undefined;
    if (own.format === "bullet") return "";
    const text = own.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? startOf(l), levelOf(l)?.format ?? "decimal");
    });
    if (text === "") return "";
    return own.suffix === "nothing" ? text : `${text} `;
  }
}
