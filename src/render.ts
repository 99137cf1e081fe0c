/**
 * `zfxxgk/render` — the renderers and their building blocks: `renderReport` and `renderTable` (also in the root
 * entry), the layout grid they share (`tableGrid`), the Chinese numerals, ordinals, dates and amounts they print,
 * display width in a terminal, escaping for HTML and Markdown, and the stylesheet of the HTML output. The root
 * entry keeps only the two renderers, so that bundles that only render stay small.
 *
 * @example
 * ```ts
 * import { renderReport } from "zfxxgk";
 * import { reportStylesheet } from "zfxxgk/render";
 * const page = `<style>${reportStylesheet}</style>${renderReport(report, { format: "html" })}`;
 * ```
 *
 * @module zfxxgk/render
 */
export * from "./render/index.js";
