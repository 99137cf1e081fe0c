/**
 * `zfxxgk/compare` — two years of one organ's report side by side: 内容雷同 (text reuse: the share of this
 * year's prose found in last year's, per part and overall, on normalised text with figures and dates masked,
 * the reused passages as ranges of both reports, boilerplate counted apart), every common cell's change and
 * ratio, soft findings for jumps and for a table identical to last year's, and the cross-year rules of
 * `checkContinuity` (carry-over, the 表二 roll-forwards). `renderComparison` shows it as text, Markdown or HTML.
 * A subpath of its own: the root entry stays small for code that only checks. It imports no package.
 *
 * @example
 * ```ts
 * import { compareReports, renderComparison } from "zfxxgk/compare";
 * const c = compareReports(report2023, report2024);
 * console.log(c.text.overall.share, c.findings.map((f) => f.rule));
 * process.stdout.write(renderComparison(c, report2024, { format: "text" }));
 * ```
 *
 * @module zfxxgk/compare
 */
export * from "./compare/index.js";
