/**
 * The report as HTML: the official merged-cell tables with accessible markup (a `<caption>`, `<th>`
 * with `scope` and `id`, every value cell naming its headers by `headers` — GB/T 37668, WCAG 2.1
 * technique H43), all text escaped; a fragment, or a standalone page with a print stylesheet (A4).
 *
 * @module
 */
import type { TableKey } from "../format/editions.js";
import { headerWords } from "../format/header-words.js";
import type { Report } from "../model/report.generated.js";
import type { ReportDocument } from "./document.js";
import { type GridCell, type TableGrid, tableGrid } from "./grid.js";
import { type HtmlRenderOptions, headingLevelOf } from "./options.js";
import { reportStylesheet } from "./styles.js";

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML content and attribute values: `& < > " '`.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "zfxxgk/render";
 * escapeHtml('<script>alert("&")</script>'); // "&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] as string);
}

/** The id prefix, reduced to characters that are safe in `id` and `headers` (no space, no quote). */
function idPrefixOf(options: HtmlRenderOptions): string {
  const prefix = (options.idPrefix ?? "zfxxgk").replace(/[^A-Za-z0-9_-]/g, "-");
  return /^[A-Za-z]/.test(prefix) ? prefix : `zfxxgk-${prefix}`;
}

/** `rowspan="3" colspan="2"` where a span is more than one slot. */
function spans(cell: GridCell): string {
  return (
    (cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : "") + (cell.colspan > 1 ? ` colspan="${cell.colspan}"` : "")
  );
}

/** Serialises one cell: a `<th>` for headers and labels, a `<td>` for the corner note and the values. */
function cellHtml(cell: GridCell, id: (cell: { readonly key: string }) => string): string {
  const text = escapeHtml(cell.text);
  switch (cell.role) {
    case "corner":
      return `<td class="zfxxgk-corner"${spans(cell)}>${text}</td>`;
    case "title":
      return `<th id="${id(cell)}" class="zfxxgk-block" scope="rowgroup"${spans(cell)}>${text}</th>`;
    case "column":
      return `<th id="${id(cell)}" scope="col"${spans(cell)}>${headerWords(cell.text).map(escapeHtml).join("<wbr>")}</th>`;
    case "row":
      return `<th id="${id(cell)}" class="zfxxgk-label" scope="row"${spans(cell)}>${text}</th>`;
    case "value": {
      const headers = cell.headers.map((key) => id({ key })).join(" ");
      const blank = cell.blank === true ? " zfxxgk-blank" : "";
      const path = cell.cell === undefined ? "" : ` data-path="${escapeHtml(cell.cell.path)}"`;
      return `<td class="zfxxgk-value${blank}" headers="${headers}"${path}${spans(cell)}>${text}</td>`;
    }
  }
}

/** Renders one table grid as a `<table>`: one `<thead>` and `<tbody>`, or a `<tbody>` per block. */
export function renderHtmlTable(grid: TableGrid, idPrefix: string): string {
  const tableId = `${idPrefix}-${grid.table.key}`;
  const id = (cell: { readonly key: string }) => `${tableId}-${cell.key}`;
  const row = (r: number) => `<tr>${(grid.rows[r]?.cells ?? []).map((c) => cellHtml(c, id)).join("")}</tr>`;
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => row(from + i));
  // the box a table scrolls in on a narrow screen: focusable, so that a keyboard scrolls it too, and named by the
  // table's caption, as a region
  const lines = [
    `<div class="zfxxgk-table-box" role="region" tabindex="0" aria-labelledby="${tableId}-caption">`,
    `<table class="zfxxgk-table zfxxgk-${escapeHtml(grid.table.key)}${grid.sections.length > 1 ? " zfxxgk-blocks" : ""}" id="${tableId}">`,
    `<caption id="${tableId}-caption">${escapeHtml(grid.caption)}</caption>`,
  ];
  const [only] = grid.sections;
  if (grid.sections.length === 1 && only !== undefined) {
    lines.push("<thead>", ...range(only.start, only.bodyStart), "</thead>");
    lines.push("<tbody>", ...range(only.bodyStart, only.end), "</tbody>");
  } else for (const s of grid.sections) lines.push("<tbody>", ...range(s.start, s.end), "</tbody>");
  lines.push("</table>", "</div>");
  return lines.join("\n");
}

/** One table of a report as HTML: a `<table>`, or a page holding it under a heading that repeats its caption. */
export function htmlTable(report: Report, key: TableKey, options: HtmlRenderOptions): string {
  const prefix = idPrefixOf(options);
  const grid = tableGrid(report, key, options.blank === undefined ? {} : { blank: options.blank });
  const table = renderHtmlTable(grid, prefix);
  if (options.standalone !== true) return `${table}\n`;
  const level = headingLevelOf(options.headingLevel);
  const heading = `<h${level} class="zfxxgk-title">${escapeHtml(grid.caption)}</h${level}>`;
  return page(grid.caption, [`<article class="zfxxgk-report" lang="zh-CN">`, heading, table, "</article>"].join("\n"));
}

/** A complete page around a fragment. */
function page(title: string, body: string): string {
  return htmlPage(title, body);
}

/**
 * A complete page around a fragment: the report stylesheet, and `stylesheet` after it (the comparison's page).
 *
 * @example
 * ```ts
 * htmlPage("对比", "<article>…</article>", { lang: "zh-CN", stylesheet: ".x { color: red; }" });
 * ```
 */
export function htmlPage(
  title: string,
  body: string,
  options: { readonly lang?: string; readonly stylesheet?: string } = {},
): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(options.lang ?? "zh-CN")}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    "<style>",
    reportStylesheet.trim(),
    ...(options.stylesheet === undefined ? [] : [options.stylesheet.trim()]),
    "</style>",
    "</head>",
    "<body>",
    "<main>",
    body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The whole report as HTML: an `<article>`, or a page holding it. */
export function htmlDocument(report: Report, doc: ReportDocument, options: HtmlRenderOptions): string {
  const prefix = idPrefixOf(options);
  const level = headingLevelOf(options.headingLevel);
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const lines = [
    `<article class="zfxxgk-report" lang="zh-CN">`,
    `<h${level} class="zfxxgk-title">${escapeHtml(doc.title)}</h${level}>`,
  ];
  for (const text of doc.preamble) lines.push(p(text));
  for (const section of doc.sections) {
    const headingId = `${prefix}-${section.key}-heading`;
    const kind = section.table === undefined ? "" : " zfxxgk-section-table";
    lines.push(`<section class="zfxxgk-section${kind}" aria-labelledby="${headingId}">`);
    lines.push(`<h${level + 1} id="${headingId}">${escapeHtml(section.heading)}</h${level + 1}>`);
    for (const text of section.paragraphs) lines.push(p(text));
    if (section.table !== undefined) {
      const blank = options.blank === undefined ? {} : { blank: options.blank };
      lines.push(renderHtmlTable(tableGrid(report, section.table, blank), prefix));
    }
    lines.push("</section>");
  }
  const { organ, date } = doc.signature;
  lines.push(`<footer class="zfxxgk-signature">`, `<p class="zfxxgk-organ">${escapeHtml(organ)}</p>`);
  if (date !== null)
    lines.push(`<p class="zfxxgk-date"><time datetime="${escapeHtml(date.iso)}">${escapeHtml(date.text)}</time></p>`);
  lines.push("</footer>", "</article>");
  const article = lines.join("\n");
  return options.standalone === true ? page(doc.title, article) : `${article}\n`;
}
