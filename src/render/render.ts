/**
 * The public renderers: a whole report, or one of its tables, as text, Markdown or HTML.
 *
 * @module
 */
import type { TableKey } from "../format/editions.js";
import type { Report } from "../model/report.generated.js";
import { reportDocument } from "./document.js";
import { htmlDocument, htmlTable } from "./html.js";
import { markdownDocument, markdownTable } from "./markdown.js";
import type { RenderOptions } from "./options.js";
import { textDocument, textTable } from "./text.js";

/**
 * Renders a report in the official layout, in official order: the title, the preamble, 一、总体情况 …
 * 六、其他需要报告的事项 under the headings of the report's edition, 表二/表三/表四 in their sections with
 * their merged cells, and the signature block (organ, date such as 2024年1月12日). Blank cells print
 * blank (or as `options.blank` says), never as a made-up number. Every text the report brings is
 * cleaned of control characters and escaped for the format. Pure; never throws on a valid report
 * (see `validateReport`).
 *
 * - `text`: for a monospace terminal; tables with ASCII borders, CJK counted two columns wide.
 * - `markdown`: GitHub/Gitee pipe tables, merged cells flattened (`（三）不予公开 · 1.属于国家秘密`).
 * - `html`: a fragment (`<article>`) or, with `standalone: true`, a page with an A4 print stylesheet.
 *
 * A Word document (.docx, bytes built by the `docx` package) is not a format of this function, which returns text
 * and loads no package: use `renderDocx` from `zfxxgk/docx`.
 *
 * @example
 * ```ts
 * import { renderReport, validateReport } from "zfxxgk";
 * const result = validateReport(JSON.parse(json));
 * if (result.ok) {
 *   process.stdout.write(renderReport(result.value, { format: "text" }));
 *   const page = renderReport(result.value, { format: "html", standalone: true });
 * }
 * ```
 */
export function renderReport(report: Report, options: RenderOptions): string {
  const doc = reportDocument(report);
  switch (options.format) {
    case "text":
      return textDocument(report, doc, options);
    case "markdown":
      return markdownDocument(report, doc, options);
    case "html":
      return htmlDocument(report, doc, options);
  }
}

/**
 * Renders one table of a report — `"proactive"` (表二), `"applications"` (表三) or `"reviewLitigation"`
 * (表四) — in the official merged-cell layout, without its section heading. HTML: a `<table>` with a
 * `<caption>` (or, with `standalone: true`, a page holding it).
 *
 * @example
 * ```ts
 * import { renderTable } from "zfxxgk";
 * console.log(renderTable(report, "applications", { format: "text" }));
 * const md = renderTable(report, "reviewLitigation", { format: "markdown", blank: "—" });
 * ```
 */
export function renderTable(report: Report, table: TableKey, options: RenderOptions): string {
  switch (options.format) {
    case "text":
      return `${textTable(report, table, options)}\n`;
    case "markdown":
      return `${markdownTable(report, table, options)}\n`;
    case "html":
      return htmlTable(report, table, options);
  }
}
