/**
 * The spreadsheet layout of many reports: one row per report, one column per cell of either edition, and back.
 *
 * @module
 */
export {
  type ColumnKind,
  type ColumnRole,
  type ExportColumn,
  type ExportOptions,
  type ExtraColumn,
  exportColumns,
} from "./columns.js";
export { csvChunks, csvLine, neutralise, parseCsv, restore, toCsv } from "./csv.js";
export {
  type CellInput,
  type FromRowsResult,
  fromRows,
  type RowDiagnostic,
  type RowInput,
  type RowResult,
  readRows,
} from "./from-rows.js";
export { jsonlLine, jsonlLines, parseJsonl } from "./jsonl.js";
export { type ExportItem, type Row, type RowValue, toRows } from "./to-rows.js";
export { loadExcelJs, parseXlsx, writeXlsx, xlsxText, xlsxTextBack } from "./xlsx.js";
