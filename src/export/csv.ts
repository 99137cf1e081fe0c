/**
 * CSV (RFC 4180) for the spreadsheet layout: written as UTF-8 with a byte order mark, so that Excel on a Chinese
 * Windows opens it as UTF-8 rather than GBK; fields quoted where they must be, lines ended by CRLF. Text that a
 * spreadsheet would take for a formula is neutralised with a leading apostrophe, and the reader takes exactly that
 * apostrophe off again. Numbers are written as numbers. Written and read in this module — a few dozen lines — so
 * that CSV needs no package.
 *
 * @module
 */
import type { Row, RowValue } from "./to-rows.js";

/** What Excel, LibreOffice and Google Sheets start a formula (or a DDE call) with, and the apostrophe itself. */
const formulaStart = /^[=+\-@\t\r']/;

/**
 * Text as written in a CSV cell: with an apostrophe before it when it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (a spreadsheet would evaluate it: formula injection), or with an apostrophe already (so that the
 * reader's taking one off gives back exactly this text).
 *
 * @example
 * ```ts
 * import { neutralise } from "zfxxgk/export";
 * neutralise("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * neutralise("某县教育局"); // "某县教育局"
 * ```
 */
export function neutralise(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * The inverse of {@link neutralise}: one leading apostrophe taken off.
 *
 * @example
 * ```ts
 * import { restore } from "zfxxgk/export";
 * restore("'=1+1"); // "=1+1"
 * ```
 */
export function restore(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

const needsQuotes = /[",\r\n]|^\s|\s$/;

/** One field: a blank is empty, a number its shortest exact decimal, text neutralised and quoted if need be. */
function field(value: RowValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = neutralise(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV line (CRLF-ended) for a row.
 *
 * @example
 * ```ts
 * import { csvLine } from "zfxxgk/export";
 * csvLine(["某县教育局", 2024, null, "a,b"]); // '某县教育局,2024,,"a,b"\r\n'
 * ```
 */
export function csvLine(row: Row): string {
  // built by concatenation, not map + join: no array per row (10,000 rows of 250 fields)
  let line = row.length > 0 ? field(row[0]) : "";
  for (let i = 1; i < row.length; i++) line += `,${field(row[i])}`;
  return `${line}\r\n`;
}

/** Size of the pieces {@link csvChunks} yields. */
const chunkSize = 1 << 16;

/**
 * The CSV text of rows in pieces of about 64 KB, the byte order mark first (`{ bom: false }` leaves it out): for
 * writing any number of rows to a stream in bounded memory.
 *
 * @example
 * ```ts
 * import { createWriteStream } from "node:fs";
 * import { csvChunks, toRows } from "zfxxgk/export";
 * const out = createWriteStream("reports.csv");
 * for (const chunk of csvChunks(toRows(reports))) out.write(chunk);
 * out.end();
 * ```
 */
export function* csvChunks(
  rows: Iterable<Row>,
  options: { readonly bom?: boolean } = {},
): Generator<string, void, undefined> {
  let buffer = options.bom === false ? "" : "\ufeff";
  for (const row of rows) {
    buffer += csvLine(row);
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}

/**
 * The whole CSV text of rows (with the byte order mark unless `{ bom: false }`).
 *
 * @example
 * ```ts
 * import { toCsv, toRows } from "zfxxgk/export";
 * await writeFile("reports.csv", toCsv(toRows(reports)));
 * ```
 */
export function toCsv(rows: Iterable<Row>, options: { readonly bom?: boolean } = {}): string {
  let text = "";
  for (const chunk of csvChunks(rows, options)) text += chunk;
  return text;
}

/**
 * Reads CSV text (RFC 4180: quoted fields with `""` for a quote, line breaks inside quotes, CRLF or LF) into rows
 * of text, lazily; a leading byte order mark is skipped and each field's neutralising apostrophe taken off
 * ({@link restore}). Never throws: a quote left open runs to the end of the text.
 *
 * @example
 * ```ts
 * import { fromRows, parseCsv } from "zfxxgk/export";
 * const { reports } = fromRows(parseCsv(await readFile("reports.csv", "utf8")));
 * ```
 */
export function* parseCsv(text: string): Generator<string[], void, undefined> {
  let i = text.startsWith("\ufeff") ? 1 : 0;
  const n = text.length;
  if (i >= n) return;
  let row: string[] = [];
  while (i <= n) {
    let value: string;
    if (text[i] === '"') {
      // a quoted field: up to the quote that is not doubled
      let out = "";
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) {
          out += text.slice(from);
          i = n;
          break;
        }
        out += text.slice(from, q);
        if (text[q + 1] === '"') {
          out += '"';
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // anything between the closing quote and the separator is kept as written
      let end = i;
      while (end < n && text[end] !== "," && text[end] !== "\n" && text[end] !== "\r") end++;
      value = out + text.slice(i, end);
      i = end;
    } else {
      let end = i;
      while (end < n && text[end] !== "," && text[end] !== "\n" && text[end] !== "\r") end++;
      value = text.slice(i, end);
      i = end;
    }
    row.push(restore(value));
    if (i >= n) {
      yield row;
      return;
    }
    const c = text[i];
    if (c === ",") {
      i++;
      continue;
    }
    // a line break: CRLF, LF or CR
    i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    yield row;
    row = [];
    if (i >= n) return;
  }
}
