/**
 * The envelope of a report: title, issuing organ, report year, the signature and its date.
 *
 * @module
 */

import { isIsoDate } from "../../validate/date.js";
import { closePdfSpacing, halfWidth, labelKey } from "../document/chars.js";
import { plainText, type SourceLine } from "../document/lines.js";
import { readDate } from "./headings.js";
import { endsSentence } from "./prose.js";

/**
 * The endings of an organ's name (人民政府, 办公室, 局, 委员会, 街道办事处, 镇…): a line above a title, a 来源
 * field or the preamble's compiler is taken as an organ only when it ends in one.
 */
const organEndings =
  /(?:政府|办公室|办公厅|办事处|委员会|管委会|管理委员会|公署|局|厅|部|署|院|委|办|中心|集团|公司|馆|所|站|队|社|会|街道|镇|乡|区|县|市|州|盟|旗|处|室|科|组)$/;

/**
 * True for text that reads as an organ's name: 2 to 40 characters without figures or sentence punctuation,
 * ending as organ names end.
 *
 * @example
 * ```ts
 * isOrganName("淮安市人民政府"); // true
 * isOrganName("政府信息公开年报"); // false
 * ```
 */
export function isOrganName(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  if (t.length < 2 || t.length > 40) return false;
  if (/[0-9０-９:：，,。；;！？!?>»›|【】[\]]/.test(t)) return false;
  if (t.includes("年度报告") || t.includes("公开年报")) return false;
  return organEndings.test(t);
}

/** What the title says the report is. */
const reportWords = "年度报告";
/** What a title names the report after the organ (政府信息公开工作年度报告, 政务公开…). */
const subjectWords = ["政府信息公开", "政务公开", "信息公开"];

/**
 * The title found: its text and lines.
 *
 * @example
 * ```ts
 * const t: TitleFound = { text: "连州市人民政府办公室2023年政府信息公开工作年度报告", lines: [1, 2] };
 * ```
 */
export interface TitleFound {
  readonly text: string;
  readonly lines: readonly number[];
}

/** True for text with a year `2023年` or `二〇二三年`. */
function hasYear(text: string): boolean {
  const t = halfWidth(text).replace(/\s+/g, "");
  return /[0-9]{4}年/.test(t) || /[〇零一二三四五六七八九]{4}年/.test(t);
}

/**
 * Joins the lines of a title or a wrapped one-line item.
 *
 * @example
 * ```ts
 * joinLines(["连州市人民政府办公室 2023 年政府信息", "公开工作年度报告"], true); // "连州市人民政府办公室2023年政府信息公开工作年度报告"
 * ```
 */
export function joinLines(parts: readonly string[], pdf: boolean): string {
  const joined = parts.map((p) => p.trim()).join(pdf ? "" : " ");
  return (pdf ? closePdfSpacing(joined) : joined.replace(/\s+/g, " ")).trim();
}

/** Removes a label a web page puts before the title (`标题：`). */
function unlabel(text: string): string {
  const t = text.trim();
  const m = /^(?:(?:标\s*题|题\s*名)\s*[:：]|正\s*文(?=\s*[0-9０-９〇零一二三四五六七八九]{4}\s*年))\s*/.exec(t);
  return m === null ? t : t.slice(m[0].length);
}

/**
 * A document whose title was run into the paragraph after it (Markdown converted from a PDF: 「正文2024 年上海市
 * 科委政府信息公开工作年度报告根据《…》…」) with that paragraph split in two — the title, then the rest — so that
 * the title is found and the preamble keeps its text. Only the first few lines are looked at; other documents are
 * returned as they are.
 *
 * @example
 * ```ts
 * splitTitleParagraph([textLine(1, "para", "2024年某局政府信息公开工作年度报告根据《条例》编制。")]).map((l) => l.text);
 * // ["2024年某局政府信息公开工作年度报告", "根据《条例》编制。"]
 * ```
 */
export function splitTitleParagraph(lines: readonly SourceLine[]): readonly SourceLine[] {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 8; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === "blank") continue;
    seen++;
    if (line.kind !== "para") continue;
    const text = line.text.trim();
    const at = text.indexOf(reportWords);
    if (at < 0 || at > 80) continue;
    const end = at + reportWords.length;
    const head = text.slice(0, end);
    const rest = text.slice(end).trim();
    if (rest.length < 10 || !hasYear(head) || !subjectWords.some((w) => head.includes(w))) return lines;
    if (/^(?:根据|本报告|按照|依据)/.test(head)) return lines;
    return [...lines.slice(0, i), { ...line, text: head }, { ...line, text: rest }, ...lines.slice(i + 1)];
  }
  return lines;
}

/**
 * Finds the title among the lines `from`…`to`: the first short line naming a 年度报告 (joined with the one
 * or two lines above it when it was wrapped), preferring one with a year.
 *
 * @example
 * ```ts
 * findTitle(lines, 0, 10, true)?.text; // "连州市人民政府办公室2023年政府信息公开工作年度报告"
 * ```
 */
export function findTitle(lines: readonly SourceLine[], from: number, to: number, pdf: boolean): TitleFound | null {
  let fallback: TitleFound | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === "blank") continue;
    let text = unlabel(plainText(line));
    let key = labelKey(text);
    // the wrap may cut 年度报告 itself (「…公开工作年」 over 「度报告」): the two lines are the title's
    const tail: number[] = [];
    if (!key.includes(reportWords) && i + 1 < to && (lines[i + 1] as SourceLine).kind !== "blank") {
      const next = plainText(lines[i + 1] as SourceLine);
      const cut = [1, 2, 3].some(
        (n) => key.endsWith(reportWords.slice(0, n)) && labelKey(next).startsWith(reportWords.slice(n)),
      );
      if (cut) {
        text = joinLines([text, next], pdf);
        key = labelKey(text);
        tail.push(i + 1);
      }
    }
    if (
      !key.includes(reportWords) ||
      key.length > 60 ||
      key.startsWith("根据") ||
      key.startsWith("本报告") ||
      /[《》〈〉]|通知/.test(text) ||
      endsSentence(text)
    )
      continue;
    const parts = [i];
    let joined = text;
    // a title whose organ was cut by the wrap (「某某市人民政」 over 「府2023年政府信息公开工作年度报告」): the line
    // right above joined when only together do they name an organ
    const above = i - 1 >= from ? (lines[i - 1] as SourceLine) : undefined;
    if (above !== undefined && above.kind !== "blank" && hasYear(text)) {
      const own = organAndYear(joinLines([text], pdf)).organ;
      const t = plainText(above);
      const both = organAndYear(joinLines([t, text], pdf));
      if (
        own !== null &&
        !isOrganName(own) &&
        both.organ !== null &&
        isOrganName(both.organ) &&
        both.year !== null &&
        !endsSentence(t)
      ) {
        parts.unshift(i - 1);
        joined = t + joined;
      }
    }
    for (let j = i - 1; j >= from && parts.length < 3 && !hasYear(joined); j--) {
      const above = lines[j] as SourceLine;
      if (above.kind === "blank") continue;
      const t = plainText(above);
      if (labelKey(t).length > 40 || endsSentence(t)) break;
      parts.unshift(j);
      joined = t + joined;
    }
    if (!hasYear(joined)) parts.splice(0, parts.length - 1);
    const found = {
      text: joinLines(
        [...parts, ...tail].map((k) => unlabel(plainText(lines[k] as SourceLine))),
        pdf,
      ),
      lines: [...parts, ...tail],
    };
    if (hasYear(found.text)) return found;
    fallback ??= found;
  }
  return fallback;
}

/**
 * True for a year the model holds: an integer from 1900 to 9999 (what `validateReport` accepts). A year read or
 * inferred outside it (`0023年`, 1899 from a date in January 1900) is not used.
 *
 * @example
 * ```ts
 * isModelYear(2023); // true
 * isModelYear(23); // false
 * ```
 */
export function isModelYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1900 && year <= 9999;
}

/**
 * True when the character before `at` is a digit of the kind at `at` (Arabic or Chinese numeral): the four
 * digits from `at` then end a longer figure (`20023年`), not a year.
 */
function digitBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const arabic = /[0-9０-９]/;
  const chinese = /[〇零一二三四五六七八九]/;
  const kind = arabic.test(text[at] as string) ? arabic : chinese;
  return kind.test(text[at - 1] as string);
}

/** A year written with digits or Chinese numerals, as a number. */
function yearOf(text: string): number | null {
  const t = halfWidth(text);
  if (/^[0-9]{4}$/.test(t)) return Number(t);
  if (!/^[〇零一二三四五六七八九]{4}$/.test(t)) return null;
  return Number(
    [...t].map((c) => (c === "〇" || c === "零" ? "0" : String("一二三四五六七八九".indexOf(c) + 1))).join(""),
  );
}

/**
 * The organ and year a title names: `{organ}{year}年政府信息公开工作年度报告`,
 * `{year}年度{organ}政府信息公开工作年度报告`, or `{organ}政府信息公开工作{year}年度报告`.
 *
 * @example
 * ```ts
 * organAndYear("连州市人民政府办公室2023年政府信息公开工作年度报告"); // { organ: "连州市人民政府办公室", year: 2023 }
 * ```
 */
export function organAndYear(title: string): { organ: string | null; year: number | null } {
  const t = title.replace(/\s+/g, "");
  let at = -1;
  for (const w of subjectWords) {
    at = t.lastIndexOf(w);
    if (at >= 0) break;
  }
  const head = at >= 0 ? t.slice(0, at) : t.slice(0, Math.max(0, t.lastIndexOf(reportWords)));
  const tail = at >= 0 ? t.slice(at) : "";
  const end = /([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年度?$/.exec(head);
  if (end !== null && digitBefore(head, end.index)) {
    // a longer figure than a year (`20023年`): the organ is what stands before it, no year
    let k = end.index;
    while (digitBefore(head, k)) k--;
    const organ = head.slice(0, k);
    return { organ: organ === "" ? null : organ, year: null };
  }
  if (end !== null) {
    const organ = head.slice(0, end.index);
    return { organ: organ === "" ? null : organ, year: yearOf(end[1] as string) };
  }
  const start = /^([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年度?/.exec(head);
  if (start !== null) {
    const organ = head.slice(start[0].length);
    return { organ: organ === "" ? null : organ, year: yearOf(start[1] as string) };
  }
  const inTail = /([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年度/.exec(tail);
  const tailYear = inTail === null || digitBefore(tail, inTail.index) ? null : yearOf(inTail[1] as string);
  return { organ: head === "" ? null : head, year: tailYear };
}

/**
 * The year of the statistics period (`涵盖2023年1月1日至12月31日`, `自2020年1月1日起`), or `null`.
 *
 * @example
 * ```ts
 * periodYear("内容涵盖2023年1月1日至12月31日"); // 2023
 * ```
 */
export function periodYear(text: string): number | null {
  const t = halfWidth(text).replace(/\s+/g, "");
  const m = /([0-9]{4})年1月1日/.exec(t);
  return m === null || digitBefore(t, m.index) ? null : Number(m[1]);
}

/**
 * The signature block: the organ line and the date line under it.
 *
 * @example
 * ```ts
 * const s: SignatureFound = { organ: "连州市人民政府办公室", date: "2024-01-12", from: 370, dateLine: 372 };
 * ```
 */
export interface SignatureFound {
  readonly organ: string | null;
  readonly date: string | null;
  /** Index of the first line of the block; lines from here on are not prose. */
  readonly from: number;
  /** Index of the date line (or of the organ line without a date). */
  readonly dateLine: number;
}

/**
 * An ISO date from a date line, or `null`.
 *
 * @example
 * ```ts
 * isoDateOf("2024 年 1 月 12 日"); // "2024-01-12"
 * ```
 */
export function isoDateOf(text: string): string | null {
  const d = readDate(text);
  if (d === null) return null;
  const iso = `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Finds the signature among the lines `from`…`to`: the last line that is only a date, with the short line
 * above it naming the organ; without a date, a last line that names the organ of the title.
 *
 * @example
 * ```ts
 * findSignature(lines, 300, 330, "连州市人民政府办公室"); // { organ: "连州市人民政府办公室", date: "2024-01-12", … }
 * ```
 */
export function findSignature(
  lines: readonly SourceLine[],
  from: number,
  to: number,
  titleOrgan: string | null,
  chrome: (text: string) => boolean = () => false,
): SignatureFound | null {
  for (let i = to - 1; i >= from; i--) {
    const line = lines[i] as SourceLine;
    if (line.kind === "blank") continue;
    const iso = isoDateOf(plainText(line));
    if (iso === null) continue;
    for (let j = i - 1; j >= from; j--) {
      const above = lines[j] as SourceLine;
      if (above.kind === "blank") continue;
      const t = plainText(above);
      if (labelKey(t).length <= 40 && !endsSentence(t)) return { organ: t.trim(), date: iso, from: j, dateLine: i };
      break;
    }
    return { organ: null, date: iso, from: i, dateLine: i };
  }
  if (titleOrgan === null) return null;
  for (let i = to - 1; i >= from; i--) {
    const line = lines[i] as SourceLine;
    if (line.kind === "blank") continue;
    const t = plainText(line);
    if (labelKey(t) === labelKey(titleOrgan)) return { organ: t.trim(), date: null, from: i, dateLine: i };
    if (!chrome(t)) return null;
  }
  return null;
}

/** Labels of a web page's chrome around an article (not labels of the format). */
const chromeWords = [
  "发布",
  "来源",
  "浏览",
  "字号",
  "字体",
  "打印",
  "关闭",
  "分享",
  "索引号",
  "分类",
  "发文",
  "成文",
  "标题",
  "作者",
  "点击",
  "阅读",
  "责任编辑",
  "当前位置",
  "您的位置",
  "首页",
  "版权",
  "主办",
  "承办",
  "地址",
  "电话",
  "备案",
  "ICP",
  "网站标识码",
  "技术支持",
  "网站地图",
  "联系我们",
];

/**
 * True for a line of page chrome: `发布时间：…`, `【字体：大 中 小】`, a breadcrumb.
 *
 * @example
 * ```ts
 * isChrome("发布时间：2024-01-26 来源：示例区司法局"); // true
 * ```
 */
export function isChrome(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return true;
  if (t.length > 60 || endsSentence(t)) return false;
  if (/[>»›]/.test(t)) return true;
  if (/^[【[].*[】\]]$/.test(t)) return true;
  return chromeWords.some((w) => t.startsWith(w) || t.includes(`${w}：`) || t.includes(`${w}:`));
}

/**
 * A publication date a web page states in its chrome (`发布日期：2024-01-12`), or `null`.
 *
 * @example
 * ```ts
 * chromeDate("发布日期：2022-02-10　浏览次数：215"); // "2022-02-10"
 * ```
 */
export function chromeDate(text: string): string | null {
  const m = /(?:发布|成文)(?:日期|时间)\s*[:：]\s*(\S{6,16})/.exec(text);
  if (m === null) return null;
  let candidate = m[1] as string;
  while (candidate.length > 0 && !"0123456789日".includes(candidate[candidate.length - 1] as string))
    candidate = candidate.slice(0, -1);
  return isoDateOf(candidate);
}
