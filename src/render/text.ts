/**
 * The report as plain text for a monospace terminal: the title centred over the page, one line per
 * paragraph, the tables with ASCII borders and merged cells, the signature block at the right.
 *
 * @module
 */
import type { TableKey } from "../format/editions.js";
import type { Report } from "../model/report.generated.js";
import type { ReportDocument } from "./document.js";
import { tableGrid } from "./grid.js";
import type { TextRenderOptions } from "./options.js";
import { renderTextTable } from "./text-table.js";
import { displayWidth, padDisplay } from "./width.js";

/** Width of the page when no table is wider. */
const minimumPage = 72;
/** Least indentation of the signature block, so that it never reads as a paragraph. */
const signatureIndent = 8;

/** One table of a report as text. */
export function textTable(report: Report, key: TableKey, options: TextRenderOptions): string {
  const width = options.ambiguousWidth === undefined ? {} : { ambiguousWidth: options.ambiguousWidth };
  const blank = options.blank === undefined ? {} : { blank: options.blank };
  return renderTextTable(tableGrid(report, key, blank), { ...width, maxWidth: options.width });
}

/** The whole report as text; ends with a newline. */
export function textDocument(report: Report, doc: ReportDocument, options: TextRenderOptions): string {
  const width = options.ambiguousWidth === undefined ? {} : { ambiguousWidth: options.ambiguousWidth };
  const tables = new Map(
    doc.sections.flatMap((s) =>
      s.table === undefined ? [] : [[s.table, textTable(report, s.table, options)] as const],
    ),
  );
  const tableWidth = Math.max(0, ...[...tables.values()].map((t) => displayWidth(t.slice(0, t.indexOf("\n")), width)));
  const page = Math.max(minimumPage, tableWidth);
  const blocks: string[] = [];
  const titleWidth = displayWidth(doc.title, width);
  blocks.push(" ".repeat(Math.max(0, Math.floor((page - titleWidth) / 2))) + doc.title);
  for (const p of doc.preamble) blocks.push(p);
  for (const section of doc.sections) {
    blocks.push(section.heading);
    for (const p of section.paragraphs) blocks.push(p);
    if (section.table !== undefined) blocks.push(tables.get(section.table) as string);
  }
  const { organ, date } = doc.signature;
  const lines = date === null ? [organ] : [organ, date.text];
  const right = Math.max(page, ...lines.map((l) => displayWidth(l, width) + signatureIndent));
  blocks.push(lines.map((l) => padDisplay(l, right, "end", width)).join("\n"));
  return `${blocks.join("\n\n")}\n`;
}
