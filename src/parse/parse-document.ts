/**
 * The reader-independent half of parsing: a reader's document form through the interpreter
 * ({@link parseDocument}), and the result of a reader that could not read its input ({@link failedResult}).
 * Apart from `parse-report.ts` (which holds the text, HTML and Markdown readers) so that the entries of other
 * readers (`zfxxgk/pdf`, `zfxxgk/docx`) load no HTML or Markdown parser.
 *
 * @module
 */
import { type Edition, newestEdition } from "../format/editions.js";
import type { Message } from "../validate/issues.js";
import { Diagnostics } from "./diagnostics.js";
import type { SourceDocument } from "./document/lines.js";
import { noEnvelope } from "./interpret/envelope.js";
import { interpretDocument } from "./interpret/interpret.js";
import type { InputFormat, ParseOptions, ParseResult } from "./types.js";

const formatNames: Record<InputFormat, { zh: string; en: string }> = {
  text: { zh: "纯文本（PDF 提取的文字）", en: "text (extracted from a PDF)" },
  markdown: { zh: "Markdown", en: "Markdown" },
  html: { zh: "HTML", en: "HTML" },
  pdf: { zh: "PDF 文件的文字层", en: "the text layer of a PDF file" },
  docx: { zh: "Word 文档（.docx）", en: "a Word document (.docx)" },
};

/**
 * The `input.format` diagnostic's message: how the input was read, and whether the format was detected.
 *
 * @example
 * ```ts
 * formatMessage("docx", {}).zh; // "按Word 文档（.docx）读入（自动识别）"
 * ```
 */
export function formatMessage(format: InputFormat, options: ParseOptions): Message {
  return {
    zh: `按${formatNames[format].zh}读入${options.format === undefined ? "（自动识别）" : ""}`,
    en: `read as ${formatNames[format].en}${options.format === undefined ? " (detected)" : ""}`,
  };
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
  diagnostics.info("input.format", formatMessage(format, options));
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
  const edition: Edition = options.edition ?? newestEdition();
  const message = { zh: `按 ${edition} 年版`, en: `the ${edition} edition` };
  return {
    report: null,
    edition: { edition, basis: "default", evidence: [], message },
    format,
    envelope: noEnvelope,
    diagnostics: diagnostics.list,
  };
}
