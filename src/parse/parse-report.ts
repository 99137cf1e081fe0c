/**
 * `parseReport`: a published report (text extracted from a PDF, Markdown, or HTML) → the model, with
 * the edition and why, and diagnostics for everything that could not be read exactly. A reader turns the
 * input into the one document form; the interpreter turns that into the report.
 *
 * @module
 */
import type { Edition } from "../format/editions.js";
import { Diagnostics } from "./diagnostics.js";
import type { SourceDocument } from "./document/lines.js";
import { noEnvelope } from "./interpret/envelope.js";
import { interpretDocument } from "./interpret/interpret.js";
import { detectFormat } from "./readers/detect.js";
import { readHtml } from "./readers/html.js";
import { readMarkdown } from "./readers/markdown.js";
import { readText } from "./readers/text.js";
import type { InputFormat, ParseOptions, ParseResult } from "./types.js";

const formatNames: Record<InputFormat, { zh: string; en: string }> = {
  text: { zh: "纯文本（PDF 提取的文字）", en: "text (extracted from a PDF)" },
  markdown: { zh: "Markdown", en: "Markdown" },
  html: { zh: "HTML", en: "HTML" },
  pdf: { zh: "PDF 文件的文字层", en: "the text layer of a PDF file" },
  docx: { zh: "Word 文档（.docx）", en: "a Word document (.docx)" },
};

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
  if (format === "html") return { format, lines: readHtml(input), printed: false, webPage: true };
  if (format === "markdown") return { format, lines: readMarkdown(input), printed: false, webPage: false };
  return { format: "text", lines: readText(input, diagnostics), printed: true, webPage: false };
}

/**
 * Runs a reader and the interpreter, with the `input.format` diagnostic first and any defect of either
 * turned into an `internal` diagnostic (never a throw). The entry for every reader: `zfxxgk/pdf` and
 * `zfxxgk/docx` call it with their own.
 *
 * @example
 * ```ts
 * const result = parseDocument((d) => ({ format: "text", lines: readText(text, d), printed: true, webPage: false }), {}, "text");
 * ```
 */
export function parseDocument(
  read: (diagnostics: Diagnostics) => SourceDocument,
  options: ParseOptions,
  format: InputFormat,
): ParseResult {
  const diagnostics = new Diagnostics();
  diagnostics.info("input.format", {
    zh: `按${formatNames[format].zh}读入${options.format === undefined ? "（自动识别）" : ""}`,
    en: `read as ${formatNames[format].en}${options.format === undefined ? " (detected)" : ""}`,
  });
  try {
    return interpretDocument(read(diagnostics), options, diagnostics);
  } catch (error) {
    diagnostics.error("internal", {
      zh: `解析器内部错误（请报告此问题）：${String(error)}`,
      en: `internal error of the parser (please report it): ${String(error)}`,
    });
    return failedResult(format, options, diagnostics);
  }
}

/**
 * The result of a reader that could not read its input (a damaged file, a scan, a legacy .doc): no report,
 * no envelope, the edition the options name (else the current one), and the diagnostics said so far.
 *
 * @example
 * ```ts
 * const diagnostics = new Diagnostics();
 * diagnostics.error("input.no-text-layer", { zh: "PDF 没有文字层（扫描件）", en: "the PDF has no text layer (a scan)" });
 * failedResult("pdf", {}, diagnostics).report; // null
 * ```
 */
export function failedResult(format: InputFormat, options: ParseOptions, diagnostics: Diagnostics): ParseResult {
  const edition: Edition = options.edition ?? "2021";
  const message = { zh: `按 ${edition} 年版`, en: `the ${edition} edition` };
  return {
    report: null,
    edition: { edition, basis: "default", evidence: [], message },
    format,
    envelope: noEnvelope,
    diagnostics: diagnostics.list,
  };
}
