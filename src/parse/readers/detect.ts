/**
 * Telling HTML, Markdown and extracted text apart.
 *
 * @module
 */
import type { InputFormat } from "../types.js";

/** How much of the input is looked at. */
const sample = 200_000;

/**
 * Detects the format of an input: HTML when it has document or table markup (or several block tags),
 * Markdown when it has ATX headings or pipe tables with a delimiter row, text otherwise (including the
 * box-drawn tables of a terminal).
 *
 * @example
 * ```ts
 * detectFormat("<table><tr><td>规章</td></tr></table>"); // "html"
 * detectFormat("## 一、总体情况\n\n| a | b |\n|---|---|\n"); // "markdown"
 * ```
 */
export function detectFormat(input: string): InputFormat {
  const head = input.slice(0, sample);
  if (/<(?:!doctype|html|body|table|tbody|article)[\s>]/i.test(head)) return "html";
  const tags = head.match(/<\/?(?:p|div|span|td|tr|br|h[1-6]|strong|b|section|font)[\s>/]/gi);
  if (tags !== null && tags.length >= 3) return "html";
  // every sign of Markdown below opens a line with #, | or *
  if (!/[#|*]/.test(head)) return "text";
  let markdown = 0;
  for (const line of head.split("\n")) {
    const t = line.trim();
    if (/^#{1,6}\s/.test(t)) markdown++;
    else if (t.startsWith("|") && /^\|?\s*:?-{3,}:?\s*\|/.test(t)) markdown += 2;
    else if (t.startsWith("**") && t.endsWith("**") && t.length > 4) markdown++;
    if (markdown >= 2) return "markdown";
  }
  return "text";
}
