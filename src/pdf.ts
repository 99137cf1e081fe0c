/**
 * `zfxxgk/pdf` — read a report from a PDF file's text layer, with Mozilla's pdf.js (`pdfjs-dist`, an optional
 * peer dependency: `npm install pdfjs-dist`).
 *
 * The positioned text of every page is rebuilt into lines and columns as `pdftotext -layout` prints them
 * (pieces of one baseline joined, gaps turned into spaces in proportion to the distance, so the figures of a
 * table stand under their column heads), and that text is read like any text extracted from a PDF. Where that
 * leaves table cells unread (a row with a blank cell gives fewer figures than columns), the tables are read a
 * second time from their ruling lines, cell by cell as an HTML table's rows, and that reading is taken only
 * where it reads more cells and agrees on every cell the first reading read. CJK radicals that a font's
 * ToUnicode map gives for ordinary characters (⾏ for 行, ⺠ for 民) are read as the characters; text set at a
 * slant (a watermark) or off the page is left out. A file that cannot be opened and a scan without a text
 * layer are errors in the result, never throws; no figure is guessed and there is no OCR.
 *
 * In Node, pdf.js's legacy build is loaded and its CMaps and standard fonts are read from the installed
 * package (no network access). In a browser, give pdf.js its worker as pdf.js documents it, and the URLs of
 * the package's `cmaps/` and `standard_fonts/` folders as you serve them:
 *
 * ```ts
 * import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
 * import { parsePdf } from "zfxxgk/pdf";
 *
 * pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/legacy/build/pdf.worker.mjs", import.meta.url).href;
 * const result = await parsePdf(await file.arrayBuffer(), {
 *   pdfjs,
 *   cMapUrl: "/pdfjs/cmaps/", // copies of node_modules/pdfjs-dist/cmaps/ and standard_fonts/
 *   standardFontDataUrl: "/pdfjs/standard_fonts/",
 * });
 * ```
 *
 * @module zfxxgk/pdf
 */

import { cellsOf } from "./format/walk.js";
import { readCell } from "./model/build.js";
import type { Diagnostics } from "./parse/diagnostics.js";
import type { SourceDocument } from "./parse/document/lines.js";
import { parseDocument } from "./parse/parse-document.js";
import { cellDocument, readRulings } from "./parse/readers/pdf/cells.js";
import { loadPdfJs } from "./parse/readers/pdf/pdfjs.js";
import { openingOf, type PdfReadOptions, type PdfText, pdfDocument, readPdfText } from "./parse/readers/pdf/read.js";
import type { ParseOptions, ParseResult } from "./parse/types.js";

export type { PdfJsModule } from "./parse/readers/pdf/pdfjs.js";

/**
 * Options of {@link parsePdf} and {@link pdfToText}: those of `parseReport` (edition, organ, year; the format is
 * always `pdf`), and how pdf.js is found and opens the file.
 *
 * @example
 * ```ts
 * const options: PdfParseOptions = { organ: "某县人民政府办公室", cMapUrl: "/pdfjs/cmaps/" };
 * ```
 */
export interface PdfParseOptions extends Omit<ParseOptions, "format"> {
  /**
   * The pdf.js module to use (`import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs"`, or the modern
   * `pdfjs-dist/build/pdf.mjs` in a browser). Default: the legacy build, imported on first use.
   */
  readonly pdfjs?: PdfReadOptions["pdfjs"];
  /**
   * Sets `GlobalWorkerOptions.workerSrc` of pdf.js before the file is opened (browser; the URL of
   * `pdf.worker.mjs` as your bundler or server serves it). Not needed in Node, nor when you set it yourself.
   */
  readonly workerSrc?: string;
  /** URL (or, in Node, folder path) of pdf.js's `cmaps/`, ending in `/`. Default in Node: the installed package's. */
  readonly cMapUrl?: string;
  /** URL (or folder path) of pdf.js's `standard_fonts/`, ending in `/`. Default in Node: the installed package's. */
  readonly standardFontDataUrl?: string;
  /** URL (or folder path) of pdf.js's `wasm/` (image decoders), ending in `/`. Default in Node: the installed package's. */
  readonly wasmUrl?: string;
  /** The password of an encrypted file. */
  readonly password?: string;
}

/**
 * What {@link parsePdf} returns: `parseReport`'s result (the report or `null`, the edition and why, the
 * diagnostics, whose `line` numbers are lines of `text`), the text rebuilt from the PDF and its page count.
 *
 * @example
 * ```ts
 * const { report, diagnostics, text, pages } = await parsePdf(bytes);
 * ```
 */
export interface PdfParseResult extends ParseResult {
  /** The text layer rebuilt as layout text (like `pdftotext -layout`), pages separated by a form feed `\f`. */
  readonly text: string;
  /** The number of pages (0 when the file could not be opened). */
  readonly pages: number;
}

/**
 * What {@link pdfToText} returns: the layout text and the page count, or why the file gave none.
 *
 * @example
 * ```ts
 * const read: PdfTextResult = { ok: true, text: "一、总体情况\f\n…", pages: 6 };
 * ```
 */
export type PdfTextResult =
  | { readonly ok: true; readonly text: string; readonly pages: number }
  | {
      readonly ok: false;
      /** `input.damaged`: not opened (damaged, encrypted); `input.no-text-layer`: no text to read (a scan). */
      readonly code: "input.damaged" | "input.no-text-layer";
      readonly message: { readonly zh: string; readonly en: string };
      readonly pages: number;
    };

/** Fewer characters than this in the whole text layer: nothing to read (a scan, with maybe a page number). */
const scanCharacters = 20;

/** A copy of the bytes, or a TypeError for anything else (a programming error, not a data error). */
function asBytes(bytes: Uint8Array | ArrayBuffer, name: string): Uint8Array {
  let view: Uint8Array;
  if (bytes instanceof ArrayBuffer) view = new Uint8Array(bytes);
  else if (ArrayBuffer.isView(bytes)) view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  else throw new TypeError(`${name}: the input must be a Uint8Array or an ArrayBuffer`);
  // copied before anything is awaited: the caller may reuse its buffer as soon as the call returns a promise,
  // and pdf.js may transfer (detach) the buffer it is given
  const copy = new Uint8Array(view.byteLength);
  copy.set(view);
  return copy;
}

/** How pdf.js is found and opens the file, from the options (the worker set where asked). */
async function readOptions(options: PdfParseOptions): Promise<PdfReadOptions> {
  const how: { -readonly [K in keyof PdfReadOptions]: PdfReadOptions[K] } = {};
  if (options.pdfjs !== undefined) how.pdfjs = options.pdfjs;
  if (options.workerSrc !== undefined) {
    how.pdfjs ??= await loadPdfJs();
    how.pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
  }
  if (options.cMapUrl !== undefined) how.cMapUrl = options.cMapUrl;
  if (options.standardFontDataUrl !== undefined) how.standardFontDataUrl = options.standardFontDataUrl;
  if (options.wasmUrl !== undefined) how.wasmUrl = options.wasmUrl;
  if (options.password !== undefined) how.password = options.password;
  return how;
}

async function read(bytes: Uint8Array | ArrayBuffer, options: PdfParseOptions, name: string): Promise<PdfText> {
  const data = asBytes(bytes, name);
  return readPdfText(data, await readOptions(options));
}

type Failure = Extract<PdfTextResult, { ok: false }>;

/** Why a PDF gave no text: not opened, or no text layer; `null` when it has text. */
function failure(read: PdfText): Failure | null {
  if (!read.opened) return damaged(read);
  if (read.characters >= scanCharacters) return null;
  const pages = `${read.pages} page${read.pages === 1 ? "" : "s"}`;
  if (read.undecoded.length > 0)
    return {
      ok: false,
      code: "input.no-text-layer",
      message: {
        zh: `PDF 文件的文字无法解码（第 ${read.undecoded.join("、")} 页有文字，但字体的编码表 CMap 未能加载：在浏览器中请用 cMapUrl 选项给出 pdf.js 的 cmaps/ 目录），读不出任何数字`,
        en: `the PDF file's text could not be decoded (page ${read.undecoded.join(", ")} shows text, but the font's CMap could not be loaded: in a browser, give pdf.js's cmaps/ folder with the cMapUrl option); no figure can be read`,
      },
      pages: read.pages,
    };
  return {
    ok: false,
    code: "input.no-text-layer",
    message: {
      zh: `PDF 文件没有文字层（共 ${read.pages} 页，可能是扫描件或图片），读不出任何数字。本库不做文字识别（OCR），也不猜测数字：请使用机关发布的文字版 PDF、网页或 Word 文档`,
      en: `the PDF file has no text layer (${pages}, probably a scan or images): no figure can be read. There is no OCR and no figure is guessed: use the text PDF, web page or Word document the organ published`,
    },
    pages: read.pages,
  };
}

/** A file pdf.js could not open. */
function damaged(read: Extract<PdfText, { opened: false }>): Failure {
  const zh = read.encrypted
    ? "PDF 文件已加密，需要密码才能打开（选项 password）"
    : "无法打开 PDF 文件：文件已损坏或不是 PDF";
  const en = read.encrypted
    ? "the PDF file is encrypted and needs a password (option password)"
    : "the PDF file could not be opened: it is damaged or not a PDF";
  return {
    ok: false,
    code: "input.damaged",
    message: { zh: `${zh}（${read.reason}）`, en: `${en} (${read.reason})` },
    pages: 0,
  };
}

/**
 * Rebuilds a PDF file's text layer as layout text (like `pdftotext -layout`), pages separated by `\f`, without
 * reading a report from it. A file that cannot be opened, or has no text layer, gives `ok: false` and why.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { pdfToText } from "zfxxgk/pdf";
 *
 * const read = await pdfToText(readFileSync("report.pdf"));
 * if (read.ok) console.log(read.text);
 * else console.error(read.message.zh);
 * ```
 */
export async function pdfToText(
  bytes: Uint8Array | ArrayBuffer,
  options: PdfParseOptions = {},
): Promise<PdfTextResult> {
  const result = await read(bytes, options, "pdfToText");
  if (!result.opened) return damaged(result);
  return failure(result) ?? { ok: true, text: result.text, pages: result.pages };
}

/**
 * Parses a published 政府信息公开工作年度报告 from a PDF file's text layer into the model, with the edition and
 * why, and diagnostics for everything that could not be read exactly (every table cell is read exactly or
 * `null` with a diagnostic). A damaged or encrypted file gives `report: null` with an `input.damaged` error, a
 * scan without a text layer `report: null` with `input.no-text-layer`; scanned pages among text pages are an
 * `input.no-text-layer` warning. The input bytes are never changed. Throws only on a setup error (pdf.js not
 * installed, no worker in a browser) or when the input is not bytes.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parsePdf } from "zfxxgk/pdf";
 *
 * const { report, diagnostics, text } = await parsePdf(readFileSync("report.pdf"));
 * for (const d of diagnostics) if (d.level === "error") console.error(d.line, d.message.zh);
 * console.log(report?.applications.newReceived.total);
 * ```
 */
export async function parsePdf(
  bytes: Uint8Array | ArrayBuffer,
  options: PdfParseOptions = {},
): Promise<PdfParseResult> {
  const data = asBytes(bytes, "parsePdf");
  const how = await readOptions(options);
  const text = await readPdfText(data, how);
  const parseOptions: ParseOptions = {
    format: "pdf",
    ...(options.edition === undefined ? {} : { edition: options.edition }),
    ...(options.organ === undefined ? {} : { organ: options.organ }),
    ...(options.year === undefined ? {} : { year: options.year }),
  };
  const failed = failure(text);
  if (failed !== null || !text.opened) {
    const result = parseDocument(
      (diagnostics) => {
        if (failed !== null) diagnostics.error(failed.code, failed.message);
        return { format: "pdf", lines: [], printed: true, webPage: false };
      },
      parseOptions,
      "pdf",
    );
    // an empty document is said once, by the reason it is empty
    const diagnostics = result.diagnostics.filter((d) => d.code !== "input.empty");
    return { ...result, report: null, diagnostics, text: "", pages: failed?.pages ?? 0 };
  }
  const scanned = (diagnostics: Diagnostics) => {
    if (text.scanned.length > 0)
      diagnostics.warning("input.no-text-layer", {
        zh: `第 ${text.scanned.join("、")} 页没有文字层，只有图像（扫描页），其内容未读取（不做文字识别）`,
        en: `${text.scanned.length > 1 ? "pages" : "page"} ${text.scanned.join(", ")} ${text.scanned.length > 1 ? "have" : "has"} no text layer, only images (scanned); ${text.scanned.length > 1 ? "their" : "its"} content was not read (no OCR)`,
      });
  };
  const first = parseDocument(
    (diagnostics) => {
      scanned(diagnostics);
      return pdfDocument(text.text, diagnostics);
    },
    parseOptions,
    "pdf",
  );
  let result = first;
  if (unreadCells(first)) {
    // a second reading, of the ruled tables cell by cell; taken only where it reads more and agrees with
    // the first on every cell the first read
    const { pdfjs, how: opening } = await openingOf(how);
    const rulings = await readRulings(pdfjs, data, opening);
    let cells: SourceDocument | null = null;
    const second = parseDocument(
      (diagnostics) => {
        scanned(diagnostics);
        cells = rulings === null ? null : cellDocument(text.text, text.layout, rulings, diagnostics);
        return cells ?? { format: "pdf", lines: [], printed: true, webPage: false };
      },
      parseOptions,
      "pdf",
    );
    if (cells !== null && readsMore(first, second)) result = second;
  }
  return { ...result, text: text.text, pages: text.pages };
}

/** True when a table cell could not be read (an error naming table cells). */
function unreadCells(result: ParseResult): boolean {
  return (
    result.report !== null &&
    result.diagnostics.some((d) => d.level === "error" && d.table !== undefined && (d.cells?.length ?? 0) > 0)
  );
}

/** True when `second` reads cells `first` did not, and every cell `first` read the same. */
function readsMore(first: ParseResult, second: ParseResult): boolean {
  if (first.report === null || second.report === null || first.edition.edition !== second.edition.edition) return false;
  let more = 0;
  for (const c of cellsOf(first.edition.edition)) {
    const a = readCell(first.report, c.segments);
    const b = readCell(second.report, c.segments);
    if (a !== null && a !== undefined && !Object.is(a, b)) return false;
    if ((a === null || a === undefined) && b !== null && b !== undefined) more++;
  }
  return more > 0;
}
