/**
 * `parseReport`: a published report (text extracted from a PDF, Markdown, or HTML) → the model, with
 * the edition and why, and diagnostics for everything that could not be read exactly. A reader turns the
 * input into the one document form; the interpreter turns that into the report.
 *
 * @module
 */
import type { Diagnostics } from "./diagnostics.js";
import type { SourceDocument } from "./document/lines.js";
import { parseDocument } from "./parse-document.js";
import { detectFormat } from "./readers/detect.js";
import { readHtml } from "./readers/html.js";
import { readMarkdown } from "./readers/markdown.js";
import { readText } from "./readers/text.js";
import type { InputFormat, ParseOptions, ParseResult } from "./types.js";

// the reader-independent half, apart so that zfxxgk/pdf and zfxxgk/docx load no HTML or Markdown parser
export { failedResult, parseDocument } from "./parse-document.js";

/**
 * Parses a published 政府信息公开工作年度报告 into the model. Reads text extracted from a PDF (both
 * `pdftotext` styles, including page numbers, wrapped labels, group labels one character per line and
 * rows displaced after a page break), HTML (official tables with merged cells, Word-exported pages) and
 * Markdown (pipe tables, ragged rows). Every table cell is either read exactly or `null` with a
 * diagnostic naming the row and column; no figure is ever guessed. Never throws on a string; time is
 * linear in the input. For bytes (PDF, Word, any encoding) see `parseBytes`, `zfxxgk/pdf` and `zfxxgk/docx`.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseReport } from "zfxxgk/parse";
 *
 * const { report, edition, diagnostics } = parseReport(readFileSync("report.txt", "utf8"));
 * console.log(edition.edition, edition.message.zh);
 * for (const d of diagnostics) if (d.level !== "info") console.error(d.line, d.message.zh);
 * console.log(report?.applications.newReceived.total);
 * ```
 */
export function parseReport(input: string, options: ParseOptions = {}): ParseResult {
  if (typeof input !== "string") throw new TypeError("parseReport: the input must be a string");
  const format = options.format ?? detectFormat(input);
  return parseDocument((diagnostics) => readString(input, format, diagnostics), options, format);
}

/** Reads a string of a text format into the document form. */
function readString(input: string, format: InputFormat, diagnostics: Diagnostics): SourceDocument {
  if (format === "html") return { format, lines: readHtml(input, diagnostics), printed: false, webPage: true };
  if (format === "markdown") return { format, lines: readMarkdown(input), printed: false, webPage: false };
  return { format: "text", lines: readText(input, diagnostics), printed: true, webPage: false };
}
