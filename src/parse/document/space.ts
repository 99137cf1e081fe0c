/**
 * White space as HTML collapses it, shared by the readers of structured documents (HTML, Word) so that a
 * document reads the same from either.
 *
 * @module
 */
import { isWide } from "./chars.js";

/**
 * Collapses HTML white space: a run becomes one space, or nothing where it holds a line break between two
 * wide (CJK) characters (a source line break inside Chinese text is not a space).
 *
 * @example
 * ```ts
 * collapseSpace("连州市\n人民政府  2023 年"); // "连州市人民政府 2023 年"
 * ```
 */
export function collapseSpace(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0 || c === 0x3000) {
      let j = i;
      let newline = false;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (!(d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d || d === 0x0c || d === 0xa0 || d === 0x3000)) break;
        if (d === 0x0a || d === 0x0d) newline = true;
        j++;
      }
      const before = out.length > 0 ? out.charCodeAt(out.length - 1) : 0;
      const after = j < text.length ? text.charCodeAt(j) : 0;
      if (!(newline && isWide(before) && isWide(after)) && out !== "" && j < text.length) out += " ";
      i = j;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}
