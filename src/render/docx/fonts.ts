/**
 * The fonts of an official document (公文, GB/T 9704-2012): the title in 小标宋, level-one headings in 黑体,
 * level-two headings in 楷体, the body in 仿宋, page numbers in 宋体 — each named with the fonts to try when it is
 * not installed, as the Word file's font table records them (`w:altName`, a comma-separated list Word and WPS try
 * in order before substituting by the font's metrics), and the character set (GB2312) and family.
 *
 * @module
 */
import { escapeXml } from "./xml.js";

/**
 * A font: the name the document asks for, and the names to try in order where it is not installed.
 *
 * @example
 * ```ts
 * const body: DocxFont = { name: "仿宋_GB2312", fallbacks: ["仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC"] };
 * ```
 */
export interface DocxFont {
  readonly name: string;
  readonly fallbacks: readonly string[];
}

/**
 * The fonts of the document's parts.
 *
 * @example
 * ```ts
 * const fonts: DocxFonts = { ...defaultDocxFonts, body: { name: "FangSong", fallbacks: [] } };
 * ```
 */
export interface DocxFonts {
  /** The title: 方正小标宋简体, 二号. */
  readonly title: DocxFont;
  /** Level-one headings (一、): 黑体, 三号. */
  readonly heading: DocxFont;
  /** Level-two headings (（一）): 楷体, 三号. */
  readonly subheading: DocxFont;
  /** The body, the signature and the date: 仿宋_GB2312, 三号. */
  readonly body: DocxFont;
  /** The tables: 宋体, 10 pt, as the official template (国办公开办函〔2021〕30号) sets them. */
  readonly table: DocxFont;
  /** Page numbers: 宋体, 四号. */
  readonly pageNumber: DocxFont;
}

const song: DocxFont = { name: "宋体", fallbacks: ["SimSun", "STSong", "Songti SC", "Noto Serif CJK SC"] };

/**
 * The fonts GB/T 9704 names, with the names the same faces have on Windows, macOS and Linux.
 *
 * @example
 * ```ts
 * defaultDocxFonts.body.name; // "仿宋_GB2312"
 * ```
 */
export const defaultDocxFonts: DocxFonts = {
  title: {
    name: "方正小标宋简体",
    fallbacks: [
      "方正小标宋_GBK",
      "小标宋",
      "FZXiaoBiaoSong-B05S",
      "华文中宋",
      "STZhongsong",
      "宋体",
      "SimSun",
      "Noto Serif CJK SC",
    ],
  },
  heading: { name: "黑体", fallbacks: ["SimHei", "STHeiti", "Heiti SC", "Noto Sans CJK SC"] },
  subheading: { name: "楷体_GB2312", fallbacks: ["楷体", "KaiTi", "STKaiti", "Kaiti SC", "Noto Serif CJK SC"] },
  body: { name: "仿宋_GB2312", fallbacks: ["仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC"] },
  table: song,
  pageNumber: song,
};

/**
 * The fonts asked for: the defaults, each replaced by the one given (a name alone keeps no fallback).
 *
 * @example
 * ```ts
 * fontsOf({ body: "FangSong" }).body; // { name: "FangSong", fallbacks: [] }
 * ```
 */
export function fontsOf(given: { readonly [K in keyof DocxFonts]?: string | DocxFont } = {}): DocxFonts {
  const pick = (key: keyof DocxFonts): DocxFont => {
    const font = given[key];
    if (font === undefined) return defaultDocxFonts[key];
    return typeof font === "string" ? { name: font, fallbacks: [] } : font;
  };
  return {
    title: pick("title"),
    heading: pick("heading"),
    subheading: pick("subheading"),
    body: pick("body"),
    table: pick("table"),
    pageNumber: pick("pageNumber"),
  };
}

/** What Word records of the known faces: PANOSE number, family and pitch (the character set is GB2312's, 86). */
const metrics: Readonly<Record<string, { readonly panose: string; readonly family: string; readonly pitch: string }>> =
  {
    仿宋_GB2312: { panose: "02010609030101010101", family: "modern", pitch: "fixed" },
    仿宋: { panose: "02010609060101010101", family: "modern", pitch: "fixed" },
    黑体: { panose: "02010609060101010101", family: "modern", pitch: "fixed" },
    楷体_GB2312: { panose: "02010609030101010101", family: "modern", pitch: "fixed" },
    楷体: { panose: "02010609060101010101", family: "modern", pitch: "fixed" },
    宋体: { panose: "02010600030101010101", family: "auto", pitch: "variable" },
    方正小标宋简体: { panose: "02000000000000000000", family: "auto", pitch: "variable" },
  };

/**
 * The font table part (`word/fontTable.xml`) naming each font once, with its fallbacks as `w:altName`.
 *
 * @example
 * ```ts
 * fontTableXml(defaultDocxFonts); // <w:fonts …><w:font w:name="方正小标宋简体"><w:altName w:val="方正小标宋_GBK,…"/>…
 * ```
 */
export function fontTableXml(fonts: DocxFonts): string {
  const seen = new Map<string, DocxFont>();
  for (const font of Object.values(fonts)) if (!seen.has(font.name)) seen.set(font.name, font);
  const entries = [...seen.values()].map((font) => {
    const m = metrics[font.name];
    const alt = font.fallbacks.length === 0 ? "" : `<w:altName w:val="${escapeXml(font.fallbacks.join(","))}"/>`;
    const known = m === undefined ? "" : `<w:panose1 w:val="${m.panose}"/>`;
    return `<w:font w:name="${escapeXml(font.name)}">${alt}${known}<w:charset w:val="86"/><w:family w:val="${m?.family ?? "auto"}"/><w:pitch w:val="${m?.pitch ?? "variable"}"/></w:font>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join("")}</w:fonts>`;
}
