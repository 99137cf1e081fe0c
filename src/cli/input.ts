/**
 * Reading a report from a file for the command line: model JSON, or a published report of any kind — text,
 * Markdown or HTML in any encoding (`parseBytes`), a PDF (`zfxxgk/pdf`, pdf.js) or a Word document
 * (`zfxxgk/docx`) — decided by the content, not the name. This module loads the parser; `check` imports it only
 * when a file is not JSON (see `load-json.ts`), and the PDF and Word readers only for such files.
 *
 * @module
 */
import type { Edition } from "../format/editions.js";
import type { Report } from "../model/report.generated.js";
import { sniffBytes } from "../parse/readers/bytes.js";
import { type ParseOptions, type ParseResult, parseBytes, parseReport } from "../parse.js";
import { validateReport } from "../validate/validate.js";
import {
  detail,
  isJsonText,
  type Loaded,
  loadFailure,
  loadJson,
  opensJson,
  type ReadSummary,
  type Unread,
} from "./load-json.js";
import { readBytes } from "./read-file.js";

export type { Loaded } from "./load-json.js";
export { decodeText, maxInputBytes } from "./read-file.js";

/**
 * What the command line knows that a document may not print: `--organ`, `--year`, `--edition`.
 *
 * @example
 * ```ts
 * const options: ReadOptions = { organ: "某县人民政府", year: 2024 };
 * ```
 */
export interface ReadOptions {
  readonly organ?: string | undefined;
  readonly year?: number | undefined;
  readonly edition?: Edition | undefined;
}

/**
 * How the command line reads a PDF: given the bytes, the options and the in-process reader, the parse result (the
 * a pool of workers; the command line now reads each file in a worker process of its own, see `file-pool.ts`).
 *
 * @example
 * ```ts
 * const readPdf: PdfReader = (bytes, options, inProcess) => inProcess(bytes, options);
 * ```
 */
export type PdfReader = (
  bytes: Uint8Array,
  options: ParseOptions,
  inProcess: (bytes: Uint8Array, options: ParseOptions) => Promise<ParseResult>,
) => Promise<ParseResult>;

/** The organ a report whose organ was not read is checked under (never written out). */
const unknownOrgan = "（未识别的机关）";
/** The year a report whose year was not read is checked under, with the rules on the year left out. */
const unknownYear = 1900;
/** Rules that judge the organ or the year: not evaluated on a stand-in. */
const yearRules = ["E.edition-year", "R.deadline", "R.published-before-year-end"];
const organRules = ["R.deadline"];

/**
 * Reads one file into a report. Never throws. The file is read synchronously (see `readBytes`).
 *
 * @example
 * ```ts
 * const loaded = await loadReport("淮安市2024.pdf", { organ: undefined });
 * ```
 */
export async function loadReport(path: string, options: ReadOptions = {}): Promise<Loaded> {
  const read = readBytes(path);
  return read.ok ? loadBytes(read.bytes, options) : read;
}

/**
 * Turns a file's bytes into a report: model JSON (UTF-8) is validated; anything else is read by its kind.
 *
 * @example
 * ```ts
 * const loaded = await loadBytes(new TextEncoder().encode('{"edition":"2021"}'));
 * loaded.ok; // false
 * ```
 */
export async function loadBytes(bytes: Uint8Array, options: ReadOptions = {}, readPdf?: PdfReader): Promise<Loaded> {
  const kind = sniffBytes(bytes);
  if (kind === "text") {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 64));
    if (opensJson(text.replace(/^\ufeff/, ""))) {
      const full = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
      if (isJsonText(full)) return loadJson(full);
    }
  }
  const parseOptions = parseOptionsOf(options);
  if (kind === "pdf") {
    let pdf: typeof import("../pdf.js");
    try {
      pdf = await import("../pdf.js");
    } catch (error) {
      return missingPeer("pdfjs-dist", error);
    }
    const inProcess = (b: Uint8Array, o: ParseOptions) => pdf.parsePdf(b, o);
    const parsed =
      readPdf === undefined ? await inProcess(bytes, parseOptions) : await readPdf(bytes, parseOptions, inProcess);
    return loadParsed(parsed, "pdf");
  }
  if (kind === "docx") {
    const docx = await import("../docx.js");
    return loadParsed(docx.parseDocx(bytes, parseOptions), "docx");
  }
  const parsed = parseBytes(bytes, parseOptions);
  if (parsed.kind !== "text") {
    // not a kind that is read (legacy Office, an image, binary data): the one diagnostic says what to do
    const why = parsed.diagnostics.find((d) => d.code === "input.unsupported")?.message;
    return loadFailure("binary", why?.zh ?? "不是文本文件", why?.en ?? "not a text file");
  }
  return loadParsed(parsed, parsed.encoding ?? "text");
}

function parseOptionsOf(options: ReadOptions): ParseOptions {
  return {
    ...(options.organ === undefined ? {} : { organ: options.organ }),
    ...(options.year === undefined ? {} : { year: options.year }),
    ...(options.edition === undefined ? {} : { edition: options.edition }),
  };
}

function missingPeer(name: string, error: unknown): Loaded {
  const why = error instanceof Error ? error.message : String(error);
  return loadFailure(
    "unparsable",
    `读取 PDF 需要 ${name}：请安装（npm i ${name}）后再试（${why}）`,
    `reading a PDF needs ${name}: install it (npm i ${name}) and try again (${why})`,
  );
}

/**
 * Turns the text of a file into a report (JSON or a published report), synchronously — for text already decoded.
 *
 * @example
 * ```ts
 * loadText('{"edition":"2021"}').ok; // false
 * ```
 */
export function loadText(text: string, options: ReadOptions = {}): Loaded {
  if (isJsonText(text)) return loadJson(text);
  return loadParsed(parseReport(text, parseOptionsOf(options)), "text");
}

/**
 * A parse result as the command line uses it: a report that can be checked — an organ or a year not read is
 * checked under a stand-in, the rules that judge it left out and the field named in `read.missing` — and what
 * could not be read, one entry per table, row or cell (`read.unread`). No report at all is `unparsable`.
 *
 * @example
 * ```ts
 * const loaded = loadParsed(parseReport(text), "text");
 * if (loaded.ok && loaded.read?.unread.length) console.log("incomplete");
 * ```
 */
export function loadParsed(parsed: ParseResult, read: string): Loaded {
  if (parsed.report === null) {
    const errors = parsed.diagnostics.filter((d) => d.level === "error");
    return loadFailure(
      "unparsable",
      "无法从文件中识别出年度报告",
      "no annual report could be recognised in the file",
      errors.map((d) => detail(d.message.zh, d.message.en)),
    );
  }
  const missing: ("organ" | "year")[] = [];
  const asRead: Report = parsed.report;
  let checkable: Report = asRead;
  if (asRead.organ.trim() === "") {
    missing.push("organ");
    checkable = { ...checkable, organ: unknownOrgan };
  }
  if (asRead.year === 0) {
    missing.push("year");
    checkable = { ...checkable, year: unknownYear };
  }
  const valid = validateReport(checkable);
  if (!valid.ok) {
    return loadFailure(
      "unparsable",
      "从文件中识别出的报告不完整，无法核对",
      "the report read from the file is incomplete and cannot be checked",
      valid.issues.map((i) => detail(i.path.join(".") || "(root)", i.message.zh, i.message.en)),
    );
  }
  const unread: Unread[] = [];
  for (const d of parsed.diagnostics) {
    // every error that names cells made them null: what could not be read (table.missing, row.ambiguous, cell.…)
    if (d.level !== "error" || d.cells === undefined || d.cells.length === 0) continue;
    const level = d.code.startsWith("table.") ? "table" : d.code.startsWith("row.") ? "row" : "cell";
    unread.push({
      level,
      code: d.code,
      message: d.message,
      cells: d.cells ?? [],
      ...(d.table === undefined ? {} : { table: d.table }),
      ...(d.row === undefined ? {} : { row: d.row }),
      ...(d.line === undefined ? {} : { line: d.line }),
    });
  }
  const exclude = [
    ...new Set([...(missing.includes("year") ? yearRules : []), ...(missing.includes("organ") ? organRules : [])]),
  ];
  const summary: ReadSummary = {
    format: parsed.format,
    read,
    envelope: parsed.envelope,
    missing,
    unread,
    exclude,
    asRead,
    ...(parsed.partsOrder === undefined ? {} : { partsOrder: parsed.partsOrder }),
  };
  return { ok: true, report: valid.value, source: "published", diagnostics: parsed.diagnostics, read: summary };
}
