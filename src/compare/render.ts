/**
 * `renderComparison`: a comparison as text, Markdown or HTML.
 *
 * @module
 */
import type { Report } from "../model/report.generated.js";
import { comparisonHtml } from "./render-html.js";
import { comparisonMarkdown } from "./render-markdown.js";
import type { ComparisonRenderOptions } from "./render-parts.js";
import { comparisonText } from "./render-text.js";
import type { Comparison } from "./types.js";

/**
 * Renders a comparison — reuse per part, findings, changed cells with both values, cells not compared, and this
 * year's text with the reused passages marked (〖〗 in text, `<mark>` in Markdown and HTML) — as `text` (a
 * terminal), `markdown` or `html` (a standalone, printable page by default; `standalone: false` for an
 * `<article>`). `current` is this year's report the comparison was made of: its paragraphs are cut by the
 * passages' ranges.
 *
 * @example
 * ```ts
 * import { compareReports, renderComparison } from "zfxxgk/compare";
 * const c = compareReports(last, now);
 * writeFileSync("compare.html", renderComparison(c, now, { format: "html" }));
 * ```
 */
export function renderComparison(comparison: Comparison, current: Report, options: ComparisonRenderOptions): string {
  const lang = options.lang === "en" ? "en" : "zh";
  const withText = options.text !== false;
  switch (options.format) {
    case "markdown":
      return comparisonMarkdown(comparison, current, lang, withText);
    case "html":
      return comparisonHtml(comparison, current, lang, withText, options.standalone !== false);
    default:
      return comparisonText(comparison, current, lang, withText);
  }
}
