/**
 * `zfxxgk/export` — many reports as one spreadsheet and back: `toRows` (one row per report, one column per cell of
 * both editions, headed by the cell's official name, beside the organ, year, edition, source file and the counts
 * of `checkReport`'s findings), `fromRows` (the same layout read back into reports, each row with diagnostics),
 * and their writers and readers: CSV (UTF-8 with a byte order mark, RFC 4180, safe against formula injection; no
 * package), JSON Lines, and XLSX through exceljs, an optional peer loaded only when an XLSX is written or read.
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { fromRows, parseCsv, toCsv, toRows } from "zfxxgk/export";
 * await writeFile("reports.csv", toCsv(toRows(reports)));
 * const { reports: back } = fromRows(parseCsv(csvText));
 * ```
 *
 * @module zfxxgk/export
 */
export * from "./export/index.js";
