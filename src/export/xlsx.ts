/**
 * XLSX for the spreadsheet layout, through exceljs (an optional peer, loaded here only, on first use): its
 * streaming `WorkbookWriter` writes each row as it comes (no shared-string table), so that 10,000 reports take
 * bounded memory. The header row is bold and frozen (with the organ column), the columns sized to their headers;
 * figures are numbers.
 * Text that XML cannot carry (control characters, a lone surrogate) is written as Excel writes it, `_xHHHH_`, and
 * read back the same way. Text cells are text (never formulas), so nothing is neutralised here.
 *
 * @module
 */
import type { Writable } from "node:stream";
import type { CellInput } from "./from-rows.js";
import type { Row } from "./to-rows.js";

type ExcelJs = typeof import("exceljs");

let loading: Promise<ExcelJs> | undefined;

/**
 * Loads exceljs (the optional peer), once; rejects with a message saying how to install it.
 *
 * @example
 * ```ts
 * const ExcelJS = await loadExcelJs();
 * ```
 */
export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import("exceljs").then(
    (mod) => ((mod as { default?: ExcelJs }).default ?? mod) as ExcelJs,
    (error: unknown) => {
      loading = undefined;
      throw new Error(
        `读写 XLSX 需要 exceljs：请安装（npm i exceljs）/ reading and writing XLSX needs exceljs: npm i exceljs (${error instanceof Error ? error.message : String(error)})`,
      );
    },
  );
  return loading;
}

/** Characters XML 1.0 cannot carry (or that an XML reader changes: CR), lone surrogates, and `_` before `xHHHH_`. */
const notInXml =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the pattern escapes
  /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

const hex = (c: string) => `_x${(c.charCodeAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}_`;

/**
 * Text as written in an XLSX cell: what XML cannot carry as `_xHHHH_` (Excel's own escape), and an underscore
 * that would start such an escape as `_x005F_`.
 *
 * @example
 * ```ts
 * xlsxText("a\u0001b"); // "a_x0001_b"
 * ```
 */
export function xlsxText(text: string): string {
  return text.replace(notInXml, hex);
}

/**
 * The inverse of {@link xlsxText}: every `_xHHHH_` read as its character (as Excel reads it).
 *
 * @example
 * ```ts
 * xlsxTextBack("a_x0001_b"); // "a\u0001b"
 * ```
 */
export function xlsxTextBack(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    : text;
}

/** Display width of a header, a CJK character counting two. */
function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) as number) >= 0x2e80 ? 2 : 1;
  return w;
}

/** Rows written between two turns of the event loop (so that the zip stream drains). */
const rowsPerTurn = 200;

/** Bytes of sheet XML that may wait for the compressor before the writer waits for it. */
const maxBacklog = 1 << 20;

/**
 * Bytes of a streamed worksheet's XML written but not yet taken by the zip compressor: exceljs pipes the sheet's
 * buffer into a stream of the zip without honouring its back pressure, and that stream's buffered length is the
 * backlog. Read from exceljs's internals (`stream.pipes`), so 0 if they change: the writer then only turns the
 * event loop between rows.
 */
function backlogOf(sheet: unknown): number {
  const pipes = (sheet as { stream?: { pipes?: unknown } }).stream?.pipes;
  if (!Array.isArray(pipes)) return 0;
  let bytes = 0;
  for (const pipe of pipes as { writableLength?: unknown; _writableState?: { length?: unknown } }[]) {
    const n = pipe.writableLength ?? pipe._writableState?.length;
    if (typeof n === "number") bytes += n;
  }
  return bytes;
}

/**
 * Writes rows (the header first; an iterable, or an async one whose rows are read as they come) as an XLSX
 * workbook of one sheet to a stream, streamed; resolves when the workbook is complete.
 *
 * @example
 * ```ts
 * import { createWriteStream } from "node:fs";
 * import { toRows, writeXlsx } from "zfxxgk/export";
 * await writeXlsx(toRows(reports), createWriteStream("reports.xlsx"));
 * ```
 */
export async function writeXlsx(
  rows: Iterable<Row> | AsyncIterable<Row>,
  stream: Writable,
  options: { readonly sheetName?: string } = {},
): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const finished = new Promise<void>((resolve, reject) => {
    stream.once("finish", resolve);
    stream.once("close", resolve);
    stream.once("error", reject);
  });
  // no style table: exceljs looks every cell's style up when there is one, which made the writing six times slower;
  // the header is bold through its own rich text instead
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(options.sheetName ?? "年度报告", {
    views: [{ state: "frozen", xSplit: 1, ySplit: 1 }],
  });
  let count = 0;
  for await (const row of rows) {
    const values = row.map((v) => (typeof v === "string" ? xlsxText(v) : v));
    if (count === 0) {
      // the widths are set before the first row is written: from the headers, up to 40 characters wide
      sheet.columns = values.map((h) => ({ width: Math.min(40, Math.max(10, Math.ceil(widthOf(String(h)) * 0.9))) }));
      sheet.addRow(values.map((h) => ({ richText: [{ text: String(h ?? ""), font: { bold: true } }] }))).commit();
    } else sheet.addRow(values).commit();
    count++;
    if (count % rowsPerTurn === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      // exceljs hands the sheet's XML to the zip without waiting for it to be compressed: wait while more than
      // a megabyte waits, or every row would be held in memory until the end
      while (backlogOf(sheet) > maxBacklog) await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
  sheet.commit();
  await workbook.commit();
  await finished;
}

/** A cell's value as exceljs reads it, to what {@link fromRows} takes. */
function cellValue(value: unknown): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return xlsxTextBack(value);
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as {
      richText?: readonly { text: string }[];
      result?: unknown;
      text?: unknown;
      error?: unknown;
    };
    if (v.richText !== undefined) return xlsxTextBack(v.richText.map((r) => r.text).join(""));
    if ("result" in v) return cellValue(v.result); // a formula: its cached result
    if (typeof v.text === "string") return xlsxTextBack(v.text); // a hyperlink
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}

/**
 * Reads the first sheet of an XLSX workbook into rows for {@link fromRows} (every row, blank ones included, so
 * that row numbers are the sheet's; every row as wide as the widest, an empty cell `null`). Rejects only when the
 * bytes are not a workbook.
 *
 * @example
 * ```ts
 * import { fromRows, parseXlsx } from "zfxxgk/export";
 * const { reports } = fromRows(await parseXlsx(await readFile("reports.xlsx")));
 * ```
 */
export async function parseXlsx(bytes: Uint8Array): Promise<CellInput[][]> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return [];
  const rows: CellInput[][] = [];
  // exceljs leaves a row's trailing empty cells out: every row is made as wide as the widest
  let width = 0;
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as unknown[];
    while (rows.length < number - 1) rows.push([]);
    const out: CellInput[] = [];
    for (let i = 1; i < values.length; i++) out.push(cellValue(values[i]));
    width = Math.max(width, out.length);
    rows.push(out);
  });
  for (const row of rows) while (row.length < width) row.push(null);
  return rows;
}
