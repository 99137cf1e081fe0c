/**
 * `renderComparison`: a comparison as text, Markdown or HTML.
 *
 * @module
 */
import type { Report } from "../model/report.generated.js";
import { comparisonHtml, comparisonPage } from "./render-html.js";
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

/**
 * Renders several comparisons as one document: texts one after the other (a rule between them), Markdown
 * likewise, HTML as one page holding an `<article>` per comparison (or the articles alone with
 * `standalone: false`).
 *
 * @example
 * ```ts
 * import { compareReports, renderComparisons } from "zfxxgk/compare";
 * const html = renderComparisons(pairs.map(([a, b]) => ({ comparison: compareReports(a, b), current: b })), { format: "html" });
 * ```
 */
export function renderComparisons(
  items: readonly { readonly comparison: Comparison; readonly current: Report }[],
  options: ComparisonRenderOptions,
): string {
  const lang = options.lang === "en" ? "en" : "zh";
  if (options.format === "html") {
    const articles = items.map((i, n) =>
      comparisonHtml(i.comparison, i.current, lang, options.text !== false, false, `zfxxgk-compare-${n + 1}`, n + 1),
    );
    if (options.standalone === false) return articles.join("");
    return comparisonPage(lang === "zh" ? "年度报告对比" : "Annual reports compared", articles, lang);
  }
  const rule = options.format === "markdown" ? "\n---\n\n" : `\n${"─".repeat(40)}\n\n`;
  return items.map((i) => renderComparison(i.comparison, i.current, options)).join(rule);
}
