/**
 * Where organs print the envelope besides the title and the signature: the organ on its own line above the
 * title, the preamble's 「本报告由…编制」, and a web page's 发布机构/来源/发布时间/成文日期 fields.
 *
 * @module
 */
import { halfWidth, labelKey } from "../document/chars.js";
import { plainText, type SourceLine } from "../document/lines.js";
import { isOrganName, isoDateOf } from "./metadata.js";

export { isOrganName } from "./metadata.js";

import { endsSentence } from "./prose.js";

/**
 * The organ printed on a line (or two) of its own right above a title that begins with its year
 * (「淮安市人民政府」 over 「2024 年政府信息公开工作年度报告」): the indexes of those lines and the name, or `null`.
 *
 * @example
 * ```ts
 * organAboveTitle(lines, 1, 0); // { organ: "淮安市人民政府", lines: [0] }
 * ```
 */
export function organAboveTitle(
  lines: readonly SourceLine[],
  titleLine: number,
  from: number,
): { readonly organ: string; readonly lines: readonly number[] } | null {
  const found: number[] = [];
  let name = "";
  for (let j = titleLine - 1; j >= from && found.length < 2; j--) {
    const line = lines[j] as SourceLine;
    if (line.kind === "blank") {
      if (found.length > 0) break;
      continue;
    }
    const text = plainText(line).replace(/\s+/g, "");
    if (endsSentence(text) || text.length > 40) break;
    const candidate = text + name;
    if (!isOrganName(candidate) && !(found.length === 0 && isOrganName(text))) {
      // a first line that is not a whole name may be the name's second half (a wrapped organ)
      if (found.length === 0 && /[\u4e00-\u9fff]$/.test(text) && text.length <= 20) {
        found.unshift(j);
        name = candidate;
        continue;
      }
      break;
    }
    found.unshift(j);
    name = candidate;
  }
  return found.length > 0 && isOrganName(name) ? { organ: name, lines: found } : null;
}

/** The words after the compiler's name in 「本报告由…编制」. */
const compilerVerbs = ["根据", "依据", "按照", "依照", "遵照", "结合", "编制", "编写", "汇总", "制作", "起草", "负责"];

/**
 * The organ the preamble says compiled the report: 「本报告由淮安市人民政府办公室根据《条例》…编制」 →
 * 淮安市人民政府办公室. Often the organ's office rather than the organ itself: used only where neither the
 * title nor the signature names one.
 *
 * @example
 * ```ts
 * preambleOrgan("本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》规定编制。"); // "淮安市人民政府办公室"
 * ```
 */
export function preambleOrgan(text: string): string | null {
  const t = text.replace(/\s+/g, "");
  // scanned by hand (a pattern with a lazy name between two word lists backtracks polynomially)
  for (let at = t.indexOf("本"); at >= 0; at = t.indexOf("本", at + 1)) {
    const opening = /^本(?:年度)?(?:报告|年报)是?由/.exec(t.slice(at, at + 8));
    if (opening === null) continue;
    const from = at + opening[0].length;
    const window = t.slice(from, from + 41);
    let end = -1;
    for (const word of compilerVerbs) {
      const k = window.indexOf(word);
      if (k >= 2 && (end < 0 || k < end)) end = k;
    }
    if (end < 0) return null;
    const organ = window.slice(0, end);
    return /[，,。；;（(《]/.test(organ) || !isOrganName(organ) ? null : organ;
  }
  return null;
}

/**
 * The fields a web page prints around an article (「来源：平潭综合实验区管委会办公室　时间：2025-03-10 15:35」,
 * 「发布机构：…」「成文日期：…」「发布日期：…」), read from one line of its chrome.
 *
 * @example
 * ```ts
 * pageFields("来源：平潭综合实验区管委会办公室时间：2025-03-10 15:35");
 * // { organ: "平潭综合实验区管委会办公室", published: "2025-03-10" }
 * ```
 */
export function pageFields(text: string): { organ?: string; written?: string; published?: string } {
  const t = halfWidth(text).replace(/[ \t\u00a0\u3000]+/g, " ");
  const out: { organ?: string; written?: string; published?: string } = {};
  const labels =
    /(发布机构|发文机关|发文单位|发布单位|信息来源|来源|成文日期|成文时间|发布日期|发布时间|更新时间|日期|时间)\s*[:：]\s*/g;
  const found: { label: string; at: number; end: number }[] = [];
  for (let m = labels.exec(t); m !== null; m = labels.exec(t))
    found.push({ label: m[1] as string, at: m.index, end: m.index + m[0].length });
  found.forEach((f, k) => {
    const value = t.slice(f.end, found[k + 1]?.at ?? t.length).trim();
    if (/来源|机构|机关|单位/.test(f.label)) {
      const organ = value.split(/\s/)[0] ?? "";
      if (out.organ === undefined && isOrganName(organ)) out.organ = organ;
      return;
    }
    const date = leadingDate(value);
    if (date === null) return;
    if (f.label.startsWith("成文")) out.written ??= date;
    else out.published ??= date;
  });
  return out;
}

/** The date a field's value begins with (`2025-03-10 15:35`, `2024年1月12日`, `2024/01/12`), or `null`. */
function leadingDate(value: string): string | null {
  const m = /^[0-9]{4}\s*(?:年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[-./][0-9]{1,2}[-./][0-9]{1,2})/.exec(value);
  return m === null ? null : isoDateOf(m[0]);
}

/** A line that opens with a page field's label (a saved page's header in a text): `发布时间: 2025-03-10 15:35`. */
const fieldAtStart = /^\s*(?:发布机构|发文机关|发布单位|信息来源|来源|成文日期|发布日期|发布时间)\s*[:：]/;

/**
 * The page fields of the lines `from`…`to` (with `leading`, only lines that open with a field's label) (a web page's chrome before the report), the first of each kind.
 *
 * @example
 * ```ts
 * pageFieldsOf(lines, 0, 30).published; // "2025-03-10"
 * ```
 */
export function pageFieldsOf(
  lines: readonly SourceLine[],
  from: number,
  to: number,
  leading = false,
): {
  organ?: { value: string; line: number };
  written?: { value: string; line: number };
  published?: { value: string; line: number };
} {
  const out: ReturnType<typeof pageFieldsOf> = {};
  for (let i = from; i < to; i++) {
    const line = lines[i] as SourceLine;
    if (line.kind === "blank") continue;
    const text = plainText(line);
    if (text.length > 200 || labelKey(text).length === 0 || !/[:：]/.test(text)) continue;
    if (leading && !fieldAtStart.test(text)) continue;
    const f = pageFields(text);
    if (f.organ !== undefined) out.organ ??= { value: f.organ, line: line.no };
    if (f.written !== undefined) out.written ??= { value: f.written, line: line.no };
    if (f.published !== undefined) out.published ??= { value: f.published, line: line.no };
  }
  return out;
}
