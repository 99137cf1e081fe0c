/**
 * The HTML formatting elements taken out before an HTML parser sees the page. The reader needs text, tables,
 * cells, blocks and line breaks — never bold, italics, fonts or links — and these elements are what makes the
 * HTML standard's tree construction quadratic: every formatting element left open is on the list of active
 * formatting elements, which the parser copies into the tree again at each new block (a 33 KB page of
 * `<font>`s with different attributes followed by `<p>x` built 3 GB of elements in parse5; issue 18). Both builds
 * (parse5 in Node, the platform's `DOMParser` in a browser) read the flattened page. A tag that spans lines is
 * replaced by an empty comment holding its line breaks, so every line number stays where it was; a tag inside a
 * comment, a script, a style or any raw text is left alone (the scan follows html-lines.ts).
 *
 * @module
 */
import { constructEnd } from "./html-lines.js";

/**
 * Elements with no meaning to the reader: the HTML standard's formatting elements (a, b, big, code, em, font, i,
 * nobr, s, small, strike, strong, tt, u) and `<span>` (Word pages wrap every few characters in one).
 */
const flattened = new Set([
  "a",
  "b",
  "big",
  "code",
  "em",
  "font",
  "i",
  "nobr",
  "s",
  "small",
  "span",
  "strike",
  "strong",
  "tt",
  "u",
]);

/** The lower-case name of the start or end tag at `at` (`<` already seen), or `""` when it is no tag. */
function tagName(s: string, at: number): string {
  let i = at + 1;
  if (s.charCodeAt(i) === 0x2f) i++; // </
  const first = s.charCodeAt(i) | 0x20;
  if (first < 0x61 || first > 0x7a) return "";
  let j = i + 1;
  // the longest name kept out is 6 letters (strike, strong): longer names are never read whole
  while (j < s.length && j - i <= 7) {
    const c = s.charCodeAt(j);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x2f || c === 0x3e) break;
    j++;
  }
  return s.slice(i, j).toLowerCase();
}

/**
 * The HTML without its formatting elements' start and end tags (their content kept). Linear in the length of the
 * input.
 *
 * @example
 * ```ts
 * flattenFormatting("<p><b>一、</b><font color=red>总体情况</font></p>"); // "<p>一、总体情况</p>"
 * flattenFormatting("<td><span\nlang=EN>5</span></td>"); // "<td><!--\n-->5</td>"
 * ```
 */
export function flattenFormatting(input: string): string {
  const out: string[] = [];
  let from = 0;
  for (let at = input.indexOf("<"); at >= 0; at = input.indexOf("<", at + 1)) {
    const end = constructEnd(input, at);
    if (end === Number.POSITIVE_INFINITY) break;
    if (end === at) continue;
    if (flattened.has(tagName(input, at))) {
      out.push(input.slice(from, at));
      const tag = input.slice(at, end);
      if (tag.includes("\n") || tag.includes("\r")) out.push(`<!--${tag.replace(/[^\r\n]+/g, "")}-->`);
      from = end;
    }
    at = end - 1;
  }
  if (from === 0) return input;
  out.push(input.slice(from));
  return out.join("");
}
