/**
 * Label variants real reports print, as data, and the normalisation under which labels are compared.
 * Per-node synonyms (结转下一年度, 规范性文件 for 行政规范性文件) are the `aliases` of the descriptors;
 * the character-level variants every label may show are here.
 *
 * @module
 */

/**
 * Character-level variants: each entry maps the characters on the left to the canonical one on the right.
 * Applied to both sides before labels are compared; never used to produce output.
 *
 * @example
 * ```ts
 * import { labelVariants } from "zfxxgk/parse";
 * labelVariants.find(([from]) => from.includes("("))?.[1]; // "（"
 * ```
 */
export const labelVariants = [
  ["(（﹙", "（"],
  [")）﹚", "）"],
  ["“”\"＂「」『』‘’'", "“"],
  [":：", "："],
  [",，、﹐﹑", "、"],
  ["/／", "/"],
  ["—–－-", "-"],
] as const satisfies readonly (readonly [string, string])[];

const charMap: ReadonlyMap<string, string> = new Map(
  labelVariants.flatMap(([from, to]) => [...from].map((c) => [c, to] as const)),
);

/**
 * Normalises a label for comparison: full-width letters and digits to ASCII, bracket/quote/comma/colon/slash
 * variants to one form, all white space removed, and a list number written `1、`, `1．` or `1，` read as `1.`.
 *
 * @example
 * ```ts
 * import { normalizeLabel } from "zfxxgk/parse";
 * normalizeLabel("1、申请人无正当理由逾期不补正，行政机关不再处理") === normalizeLabel("1.申请人无正当理由逾期不补正、行政机关不再处理"); // true
 * ```
 */
export function normalizeLabel(label: string): string {
  let out = "";
  for (const ch of label) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch.trim() === "" || code === 0x200b || code === 0xfeff) continue;
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
      out += String.fromCharCode(code - 0xfee0);
    else out += charMap.get(ch) ?? ch;
  }
  // a list number: "1、" / "1．" / "1," → "1."
  return out.replace(/^(\d{1,2})[、．.]/, "$1.");
}
