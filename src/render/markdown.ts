/**
 * The report as Markdown that GitHub and Gitee render: ATX headings, one paragraph per paragraph, and
 * pipe tables in which merged cells are flattened — the labels a row or a column sits under are joined
 * with ` · ` (`三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密`), a block title of 表二 is a bold line
 * above its table, and a value spanning several columns takes one.
 *
 * @module
 */
import type { TableKey } from "../format/editions.js";
import type { Report } from "../model/report.generated.js";
import { punctuation } from "./chinese.js";
import type { ReportDocument } from "./document.js";
import { type GridCell, gridSlots, type TableGrid, tableGrid } from "./grid.js";
import { headingLevelOf, type MarkdownRenderOptions } from "./options.js";

/** Between the labels of a flattened merged cell: ` · ` (a call marked pure, so that bundles without the renderer drop it). */
const join = /* @__PURE__ */ spacedMiddleDot();

function spacedMiddleDot(): string {
  return ` ${punctuation.middleDot} `;
}

/**
 * Escapes text for Markdown: every character that could open emphasis, code, a link, an HTML tag or
 * an entity, or end a table cell, is backslash-escaped (CommonMark lets any ASCII punctuation be), so
 * the text renders verbatim and makes no element.
 *
 * @example
 * ```ts
 * import { escapeMarkdown } from "zfxxgk/render";
 * escapeMarkdown("a|b <script>"); // "a\\|b \\<script\\>"
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~&#]/g, "\\$&");
}

/** Escapes a paragraph: inline characters, and what would start a block at the beginning of a line. */
function escapeParagraph(text: string): string {
  const inline = escapeMarkdown(text);
  return inline.replace(/^([+=-])/, "\\$1").replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

/** The column bands of a section: slot columns that no cell separates are one band; label columns are one. */
function bands(cells: readonly GridCell[], grid: TableGrid): [number, number][] {
  const cuts = new Set<number>([0, grid.columns]);
  for (const c of cells) {
    cuts.add(c.col);
    cuts.add(c.col + c.colspan);
  }
  const sorted = [...cuts].filter((c) => c === 0 || c >= grid.labelColumns).sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => [start, sorted[i + 1] as number]);
}

/** The distinct cells of one slot row within [from, to), left to right, joined. */
function flatten(
  cells: readonly (readonly (GridCell | undefined)[])[],
  rows: readonly number[],
  from: number,
  to: number,
): string {
  const seen: GridCell[] = [];
  for (const r of rows)
    for (let c = from; c < to; c++) {
      const cell = cells[r]?.[c];
      if (cell !== undefined && !seen.includes(cell)) seen.push(cell);
    }
  return seen
    .map((c) => c.text)
    .filter((t) => t !== "")
    .join(join);
}

function pipeRow(texts: readonly string[]): string {
  return `| ${texts.map(escapeMarkdown).join(" | ")} |`;
}

/** Renders one table grid as Markdown: per section, bold title lines and one pipe table. */
export function renderMarkdownTable(grid: TableGrid): string {
  const slots = gridSlots(grid);
  const out: string[] = [];
  for (const section of grid.sections) {
    const rows = grid.rows.slice(section.start, section.end).map((row, i) => ({ row, index: section.start + i }));
    for (const { row } of rows)
      if (row.kind === "title") out.push(`**${escapeMarkdown(row.cells.map((c) => c.text).join(join))}**`);
    const head = rows.filter(({ row }) => row.kind === "header").map(({ index }) => index);
    const body = rows.filter(({ row }) => row.kind === "body").map(({ index }) => index);
    const cells = rows.filter(({ row }) => row.kind !== "title").flatMap(({ row }) => row.cells);
    const columns = bands(cells, grid);
    const lines = [
      pipeRow(columns.map(([a, b]) => flatten(slots, head, a, b))),
      `|${columns.map(([a]) => (body.some((r) => slots[r]?.[a]?.role === "value") ? " ---: " : " --- ")).join("|")}|`,
      ...body.map((r) => pipeRow(columns.map(([a, b]) => flatten(slots, [r], a, b)))),
    ];
    out.push(lines.join("\n"));
  }
  return out.join("\n\n");
}

/** One table of a report as Markdown. */
export function markdownTable(report: Report, key: TableKey, options: MarkdownRenderOptions): string {
  return renderMarkdownTable(tableGrid(report, key, options.blank === undefined ? {} : { blank: options.blank }));
}

/** The whole report as Markdown; ends with a newline. */
export function markdownDocument(report: Report, doc: ReportDocument, options: MarkdownRenderOptions): string {
  const level = headingLevelOf(options.headingLevel);
  const blocks: string[] = [`${"#".repeat(level)} ${escapeMarkdown(doc.title)}`];
  for (const p of doc.preamble) blocks.push(escapeParagraph(p));
  for (const section of doc.sections) {
    blocks.push(`${"#".repeat(level + 1)} ${escapeMarkdown(section.heading)}`);
    for (const p of section.paragraphs) blocks.push(escapeParagraph(p));
    if (section.table !== undefined) blocks.push(markdownTable(report, section.table, options));
  }
  const { organ, date } = doc.signature;
  blocks.push("---");
  blocks.push(date === null ? escapeParagraph(organ) : `${escapeParagraph(organ)}\\\n${escapeMarkdown(date.text)}`);
  return `${blocks.join("\n\n")}\n`;
}
