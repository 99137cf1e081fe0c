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
  // built as a list of slices joined once, the last character written kept aside: reading the end of a string
  // grown with `+=` flattens it, and a run of spaces per character made that quadratic (issue 18)
  const parts: string[] = [];
  let last = 0;
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && !isCollapsible(text.charCodeAt(j))) j++;
    if (j > i) {
      parts.push(text.slice(i, j));
      last = text.charCodeAt(j - 1);
      i = j;
      continue;
    }
    let newline = false;
    for (; j < text.length && isCollapsible(text.charCodeAt(j)); j++) {
      const d = text.charCodeAt(j);
      if (d === 0x0a || d === 0x0d) newline = true;
    }
    const after = j < text.length ? text.charCodeAt(j) : 0;
    if (!(newline && isWide(last) && isWide(after)) && parts.length > 0 && j < text.length) parts.push(" ");
    i = j;
  }
  return parts.join("");
}

/** White space that HTML collapses (with the no-break and ideographic spaces that Word pages are full of). */
function isCollapsible(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0 || c === 0x3000;
}
