/**
 * `zfxxgk/docx` — read a report from a Word document (.docx): its paragraphs in order and its tables with
 * their real merged cells (`w:gridSpan`, `w:vMerge`), read by the same table reading as HTML, so a merged cell
 * is structure, not a guess. The zip is opened with fflate and the XML read with saxes, both bundled into
 * this entry only (the package declares no runtime dependency); synchronous, in Node and in browsers.
 *
 * And write one: {@link renderDocx} lays a report out as a Word document in the official layout (公文, GB/T
 * 9704), with the `docx` package — an optional peer dependency (`npm i docx`), imported only when a document
 * is written, so that reading needs no package.
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { parseDocx, renderDocx } from "zfxxgk/docx";
 *
 * const { report, diagnostics } = parseDocx(readFileSync("报告.docx"));
 * for (const d of diagnostics) if (d.level !== "info") console.error(d.code, d.message.zh);
 * if (report !== null) writeFileSync("排版.docx", await renderDocx(report)); // needs `npm i docx`
 * ```
 *
 * @module zfxxgk/docx
 */
import { Diagnostics } from "./parse/diagnostics.js";
import type { SourceLine } from "./parse/document/lines.js";
import { failedResult, formatMessage, parseDocument } from "./parse/parse-document.js";
import { readDocxDocument } from "./parse/readers/docx/read.js";
import type { Diagnostic, ParseOptions, ParseResult } from "./parse/types.js";

export { maxDocumentBytes } from "./parse/readers/docx/unzip.js";
export type {
  Diagnostic,
  DiagnosticCode,
  DiagnosticLevel,
  EditionDetection,
  EditionEvidence,
  EnvelopeField,
  EnvelopeSource,
  EnvelopeSources,
  InputFormat,
  ParseOptions,
  ParseResult,
} from "./parse/types.js";
export { type DocxFont, type DocxFonts, defaultDocxFonts } from "./render/docx/fonts.js";
export { type RenderDocxOptions, renderDocx } from "./render/docx/render.js";

/**
 * Options of {@link parseDocx}: those of `parseReport` — the edition, and the organ and year for a document that
 * does not print them — but the format, which is always `docx`.
 *
 * @example
 * ```ts
 * const options: DocxParseOptions = { organ: "某县人民政府办公室", year: 2024 };
 * ```
 */
export type DocxParseOptions = Omit<ParseOptions, "format">;

/**
 * A line of a Word document as read: a paragraph (`para`) or a table row (`row`, with its cells; a merged cell
 * is one cell, in the row where it begins). `no` counts the document's paragraphs and table rows.
 *
 * @example
 * ```ts
 * const line: DocxLine = { no: 12, kind: "row", text: "规章 0 0 0", cells: ["规章", "0", "0", "0"] };
 * ```
 */
export type DocxLine = SourceLine;

/**
 * What {@link readDocx} returns: the lines (or `null` when the file could not be read), the same as text, and
 * the diagnostics (`input.unsupported`, `input.damaged`).
 *
 * @example
 * ```ts
 * const reading: DocxReading = readDocx(bytes);
 * if (reading.lines === null) console.error(reading.diagnostics[0]?.message.zh);
 * ```
 */
export interface DocxReading {
  readonly lines: readonly DocxLine[] | null;
  /** A line per paragraph and per table row, a row's cells separated by tabs; `""` when not read. */
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

function bytesOf(input: Uint8Array | ArrayBuffer, name: string): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new TypeError(`${name}: the input must be a Uint8Array or an ArrayBuffer`);
}

/**
 * Reads a .docx into lines — its paragraphs and table rows in document order — without interpreting them: for
 * looking at what the parser sees, or for tools of your own. Data errors are values: a legacy .doc, a PDF, a
 * zip without a Word document (`input.unsupported`) or a damaged file (`input.damaged`) give `lines: null`
 * and a diagnostic naming the fix. Throws only on an argument that is not bytes.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { readDocx } from "zfxxgk/docx";
 *
 * const { text, diagnostics } = readDocx(readFileSync("报告.docx"));
 * console.log(text); // 一、总体情况 … 规章\t0\t0\t0 …
 * ```
 */
export function readDocx(bytes: Uint8Array | ArrayBuffer): DocxReading {
  const diagnostics = new Diagnostics();
  const document = readDocxDocument(bytesOf(bytes, "readDocx"), diagnostics);
  if (document === null) return { lines: null, text: "", diagnostics: diagnostics.list };
  const text = document.lines.map((l) => (l.kind === "row" ? (l.cells ?? []).join("\t") : l.text)).join("\n");
  return { lines: document.lines, text: text === "" ? "" : `${text}\n`, diagnostics: diagnostics.list };
}

/**
 * Parses a 政府信息公开工作年度报告 from a Word document (.docx) into the model, as `parseReport` does from
 * text, HTML or Markdown: the edition and why, and a diagnostic for everything that could not be read exactly
 * (every cell is read exactly or `null`). Tables are read with their merged cells as Word records them, by the
 * same table reading as an HTML `<table>` with `rowspan`/`colspan`. Synchronous; never throws on bytes, never
 * changes them. A file that cannot be read gives `report: null` and an error diagnostic:
 * - `input.unsupported`: a legacy .doc/.wps (convert it to .docx: Word or WPS「另存为」, or
 *   `soffice --headless --convert-to docx`), a PDF (`zfxxgk/pdf`), a web page saved as .doc, a zip without a
 *   Word document, a main part beyond {@link maxDocumentBytes};
 * - `input.damaged`: a truncated or corrupt zip or XML, a password-protected document.
 *
 * Content embedded as another document (`w:altChunk`, an HTML or RTF part Word converts when it opens the file)
 * is not read: an `input.unsupported` error says so, and the rest is read.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseDocx } from "zfxxgk/docx";
 *
 * const { report, edition, diagnostics } = parseDocx(readFileSync("2024年政府信息公开工作年度报告.docx"));
 * if (report === null) console.error(diagnostics.find((d) => d.level === "error")?.message.zh);
 * else console.log(edition.edition, report.organ, report.applications.newReceived.total);
 * ```
 */
export function parseDocx(bytes: Uint8Array | ArrayBuffer, options: DocxParseOptions = {}): ParseResult {
  // the kind was chosen by calling this function, not detected
  const settled: ParseOptions = { ...options, format: "docx" };
  const diagnostics = new Diagnostics();
  const document = readDocxDocument(bytesOf(bytes, "parseDocx"), diagnostics);
  if (document !== null)
    return parseDocument(
      (said) => {
        // what the reader said of a document it could read (content it could not: altChunk)
        for (const d of diagnostics.list) said.list.push(d);
        return document;
      },
      settled,
      "docx",
    );
  const failed = new Diagnostics();
  failed.info("input.format", formatMessage("docx", settled));
  for (const d of diagnostics.list) failed.list.push(d);
  return failedResult("docx", settled, failed);
}
