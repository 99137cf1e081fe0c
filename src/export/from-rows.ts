/**
 * `fromRows`: the spreadsheet layout read back into reports — each row a result with diagnostics, never a throw.
 *
 * @module
 */
import { type Edition, editionKeys, isEdition } from "../format/editions.js";
import type { CellEntry } from "../format/walk.js";
import { buildReport, type ReportHead } from "../model/build.js";
import type { Report, ReportSections } from "../model/report.generated.js";
import type { Message } from "../validate/issues.js";
import { validateReport } from "../validate/validate.js";
import { type ExportColumn, exportColumns } from "./columns.js";

/**
 * A value as a reader gives it: CSV gives text, XLSX numbers, text, booleans and dates, JSON Lines anything.
 *
 * @example
 * ```ts
 * const cells: CellInput[] = ["某县教育局", "2024", 2024, null, undefined];
 * ```
 */
export type CellInput = string | number | boolean | Date | null | undefined;

/**
 * What reading the rows found. `row` is the row's number in the sheet (the header is row 1), absent for the
 * header's own diagnostics; `column` is the header of the column concerned.
 *
 * @example
 * ```ts
 * const d: RowDiagnostic = {
 *   level: "error", code: "cell.not-a-number", row: 2, column: "表三（一）予以公开·自然人",
 *   message: { zh: "…", en: "…" },
 * };
 * ```
 */
export interface RowDiagnostic {
  readonly level: "error" | "warning";
  readonly code:
    | "header.missing-column"
    | "header.unknown-column"
    | "header.duplicate-column"
    | "row.edition"
    | "row.invalid"
    | "cell.not-a-number"
    | "cell.not-text"
    | "cell.other-edition"
    | "prose.invalid";
  readonly row?: number;
  readonly column?: string;
  readonly message: Message;
}

/**
 * One row read back: `ok` when a valid report was built and nothing in the row was an error; `report` whenever a
 * valid report could be built (a figure that could not be read is then `null`, and an error says which).
 *
 * @example
 * ```ts
 * const r: RowResult = { ok: false, row: 3, diagnostics: [] };
 * ```
 */
export interface RowResult {
  readonly ok: boolean;
  readonly row: number;
  readonly report?: Report;
  /** The 来源文件 column, when filled. */
  readonly source?: string;
  readonly diagnostics: readonly RowDiagnostic[];
}

/**
 * All the rows read back: the reports of the rows that were read (in order), each row's result, and what the
 * header row says (a missing 格式版本 column makes every row fail).
 *
 * @example
 * ```ts
 * const result: FromRowsResult = { ok: true, reports: [], rows: [], diagnostics: [] };
 * ```
 */
export interface FromRowsResult {
  /** True when every row gave a report and nothing was an error. */
  readonly ok: boolean;
  readonly reports: readonly Report[];
  readonly rows: readonly RowResult[];
  /** What the header row says: columns missing, unknown or repeated. */
  readonly diagnostics: readonly RowDiagnostic[];
}

/** Where each column the reader knows sits in the sheet. */
interface Layout {
  /** The header's names, by position. */
  readonly names: readonly string[];
  readonly at: ReadonlyMap<string, number>;
  readonly cellsOf: Readonly<Record<Edition, readonly { readonly cell: CellEntry; readonly index: number }[]>>;
  /** Cell columns of one edition only that the sheet has: a figure there in the other edition's row is ignored. */
  readonly otherEdition: readonly { readonly column: ExportColumn; readonly index: number }[];
  readonly diagnostics: readonly RowDiagnostic[];
}

const required = ["organ", "year", "edition"] as const;

let sectionList: readonly ExportColumn[] | undefined;

/** The columns of the three prose sections. */
function sectionColumns(): readonly ExportColumn[] {
  sectionList ??= exportColumns().filter((c) => c.prose?.startsWith("sections.") === true);
  return sectionList;
}

function layoutOf(header: readonly CellInput[]): Layout {
  const columns = exportColumns();
  const byName = new Map<string, ExportColumn>();
  for (const c of columns) {
    byName.set(c.header, c);
    byName.set(c.key, c);
  }
  const at = new Map<string, number>();
  const diagnostics: RowDiagnostic[] = [];
  const names = header.map((raw) =>
    typeof raw === "string" ? raw.trim() : raw === null || raw === undefined ? "" : String(raw),
  );
  names.forEach((name, index) => {
    if (name === "") return;
    const column = byName.get(name);
    if (column === undefined) {
      diagnostics.push({
        level: "warning",
        code: "header.unknown-column",
        column: name,
        message: { zh: `未知的列「${name}」，已忽略`, en: `unknown column “${name}”, ignored` },
      });
    } else if (at.has(column.key)) {
      diagnostics.push({
        level: "warning",
        code: "header.duplicate-column",
        column: name,
        message: { zh: `列「${name}」重复，只读第一列`, en: `column “${name}” repeated: only the first is read` },
      });
    } else at.set(column.key, index);
  });
  for (const key of required) {
    if (at.has(key)) continue;
    const column = columns.find((c) => c.key === key) as ExportColumn;
    diagnostics.push({
      level: "error",
      code: "header.missing-column",
      column: column.header,
      message: { zh: `缺少「${column.header}」列`, en: `the column “${column.header}” (${column.en}) is missing` },
    });
  }
  const cellColumns = columns.filter((c) => c.role === "cell");
  const missing = cellColumns.filter((c) => !at.has(c.key));
  if (missing.length > 0) {
    diagnostics.push({
      level: "warning",
      code: "header.missing-column",
      message: {
        zh: `表中没有 ${missing.length} 个单元格的列（如「${missing[0]?.header}」），读作空白`,
        en: `${missing.length} cells have no column (such as “${missing[0]?.en}”): read as blank`,
      },
    });
  }
  const cellsOf = Object.fromEntries(editionKeys.map((e) => [e, []])) as unknown as Record<
    Edition,
    { cell: CellEntry; index: number }[]
  >;
  const otherEdition: { column: ExportColumn; index: number }[] = [];
  for (const column of cellColumns) {
    const index = at.get(column.key);
    if (index === undefined) continue;
    for (const [edition, cell] of Object.entries(column.cells ?? {}) as [Edition, CellEntry][])
      cellsOf[edition].push({ cell, index });
    if (column.editions.length < editionKeys.length) otherEdition.push({ column, index });
  }
  return { names, at, cellsOf, otherEdition, diagnostics };
}

const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const isBlank = (value: CellInput): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** A figure: a number, or text that is one; `undefined` when it is neither. */
function numberOf(value: CellInput): number | null | undefined {
  if (isBlank(value)) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return numberPattern.test(text) ? Number(text) : undefined;
}

/** A text: text as is, a number as written; `undefined` for a boolean. A date is an ISO date. */
function textOf(value: CellInput): string | null | undefined {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return undefined;
}

/** Reads one data row; `number` is its row number in the sheet. */
function readRow(layout: Layout, values: readonly CellInput[], number: number): RowResult {
  const diagnostics: RowDiagnostic[] = [];
  const get = (key: string): CellInput => {
    const index = layout.at.get(key);
    return index === undefined ? undefined : values[index];
  };
  const problem = (code: RowDiagnostic["code"], column: string | undefined, zh: string, en: string) =>
    diagnostics.push({
      level: "error",
      code,
      row: number,
      ...(column === undefined ? {} : { column }),
      message: { zh: `第 ${number} 行：${zh}`, en: `row ${number}: ${en}` },
    });
  const editionText = textOf(get("edition"))?.trim();
  if (!isEdition(editionText)) {
    problem(
      "row.edition",
      "格式版本",
      `格式版本应为 ${editionKeys.join(" 或 ")}，而不是「${editionText ?? ""}」`,
      `the edition must be ${editionKeys.join(" or ")}, not “${editionText ?? ""}”`,
    );
    return { ok: false, row: number, diagnostics };
  }
  const edition: Edition = editionText;
  const text = (key: string, header: string): string | null => {
    const t = textOf(get(key));
    if (t === undefined) problem("cell.not-text", header, `「${header}」不是文字`, `“${header}” is not text`);
    return t ?? null;
  };
  const organ = text("organ", "发布机关") ?? "";
  const year = numberOf(get("year"));
  const publishedOn = text("publishedOn", "发布日期");
  const source = text("source", "来源文件");
  const head: Record<string, unknown> = { edition, organ, year: year ?? null, publishedOn };
  const title = text("title", "标题");
  if (title !== null) head.title = title;
  const paragraphs = (key: string, header: string): string[] | undefined => {
    const raw = get(key);
    if (isBlank(raw)) return undefined;
    try {
      const parsed: unknown = JSON.parse(String(raw));
      if (Array.isArray(parsed) && parsed.every((p) => typeof p === "string")) return parsed;
    } catch {
      // said below
    }
    problem(
      "prose.invalid",
      header,
      `「${header}」应为段落的 JSON 数组（["…","…"]）`,
      `“${header}” must be a JSON array of paragraphs (["…","…"])`,
    );
    return undefined;
  };
  const preamble = paragraphs("preamble", "前言");
  if (preamble !== undefined) head.preamble = preamble;
  const sections: Record<string, string[]> = {};
  for (const column of sectionColumns()) {
    const value = paragraphs(column.key, column.header);
    if (value !== undefined) sections[column.key.slice("sections.".length)] = value;
  }
  if (Object.keys(sections).length > 0) head.sections = sections as ReportSections;
  const figures = new Map<string, number | string | null>();
  for (const { cell, index } of layout.cellsOf[edition]) {
    const raw = values[index];
    if (cell.field.kind === "unit") {
      const t = textOf(raw);
      figures.set(cell.path, t === undefined || t === null ? null : t.trim());
      continue;
    }
    const n = numberOf(raw);
    if (n === undefined)
      problem(
        "cell.not-a-number",
        cell.name.zh,
        `「${cell.name.zh}」不是数字：${String(raw)}`,
        `“${cell.name.en}” is not a number: ${String(raw)}`,
      );
    figures.set(cell.path, n ?? null);
  }
  for (const { column, index } of layout.otherEdition) {
    if (column.editions.includes(edition) || isBlank(values[index])) continue;
    diagnostics.push({
      level: "warning",
      code: "cell.other-edition",
      row: number,
      column: column.header,
      message: {
        zh: `第 ${number} 行：「${column.header}」只属于 ${column.editions.join("、")} 年版格式，本行是 ${edition} 年版，已忽略`,
        en: `row ${number}: “${column.en}” belongs to the ${column.editions.join(", ")} edition only, this row is ${edition}: ignored`,
      },
    });
  }
  const built = buildReport(head as unknown as ReportHead, (cell) => figures.get(cell.path) ?? null);
  const valid = validateReport(built);
  if (!valid.ok) {
    for (const issue of valid.issues)
      problem(
        "row.invalid",
        undefined,
        `${issue.path.join(".")}：${issue.message.zh}`,
        `${issue.path.join(".")}: ${issue.message.en}`,
      );
    return { ok: false, row: number, ...(source === null ? {} : { source }), diagnostics };
  }
  return {
    ok: diagnostics.every((d) => d.level !== "error"),
    row: number,
    report: valid.value,
    ...(source === null ? {} : { source }),
    diagnostics,
  };
}

/**
 * A row as {@link fromRows} takes it: a list of cells (the first such row is the header), or an object keyed by
 * the columns' headers (a line of JSON Lines: no header row). Anything else is a row that cannot be read.
 *
 * @example
 * ```ts
 * const rows: RowInput[] = [["发布机关", "报告年度", "格式版本"], ["某县教育局", 2024, "2021"]];
 * ```
 */
export type RowInput = readonly CellInput[] | Readonly<Record<string, unknown>> | null;

/** A row read, or what the header says (first). */
type ReadItem = RowResult | { readonly header: readonly RowDiagnostic[] };

function unreadable(number: number, zh: string, en: string): RowResult {
  return {
    ok: false,
    row: number,
    diagnostics: [
      {
        level: "error",
        code: "row.invalid",
        row: number,
        message: { zh: `第 ${number} 行：${zh}`, en: `row ${number}: ${en}` },
      },
    ],
  };
}

/**
 * Reads rows back, lazily: first what the header says, then one result per row. A row with nothing in it is
 * skipped. Never throws on data.
 *
 * @example
 * ```ts
 * import { readRows } from "zfxxgk/export";
 * for (const item of readRows(rows)) if ("row" in item && !item.ok) console.log(item.diagnostics);
 * ```
 */
export function* readRows(rows: Iterable<RowInput>): Generator<ReadItem, void, undefined> {
  let layout: Layout | undefined;
  let number = 0;
  for (const row of rows) {
    number++;
    let values: readonly CellInput[];
    if (Array.isArray(row)) {
      if (layout === undefined) {
        layout = layoutOf(row);
        yield { header: layout.diagnostics };
        continue;
      }
      values = row;
    } else if (typeof row === "object" && row !== null) {
      const record = row as Readonly<Record<string, unknown>>;
      if (layout === undefined) {
        layout = layoutOf(Object.keys(record));
        yield { header: layout.diagnostics };
      }
      values = layout.names.map((name) => record[name] as CellInput);
    } else {
      yield unreadable(number, "不是一行单元格，也不是对象", "neither a row of cells nor an object");
      continue;
    }
    if (layout === undefined) continue;
    if (values.every(isBlank)) continue;
    const fatal = layout.diagnostics.filter((d) => d.level === "error");
    if (fatal.length > 0) {
      yield { ok: false, row: number, diagnostics: fatal };
      continue;
    }
    try {
      yield readRow(layout, values, number);
    } catch (error) {
      // a value whose conversion to text throws (an object from JSON Lines with a hostile toString)
      yield unreadable(number, `无法读取：${String(error)}`, `cannot be read: ${String(error)}`);
    }
  }
  if (layout === undefined)
    yield {
      header: [
        {
          level: "error",
          code: "header.missing-column",
          message: { zh: "没有表头行", en: "there is no header row" },
        },
      ],
    };
}

/**
 * Reads the layout of {@link toRows} back into reports: `fromRows(toRows(reports)).reports` equals `reports`
 * (an empty `sections: {}` reads back as none: it holds nothing). Rows come from any reader: CSV text, XLSX,
 * JSON Lines, or arrays built by hand (the header first).
 *
 * @example
 * ```ts
 * import { fromRows, toRows } from "zfxxgk/export";
 * const { ok, reports } = fromRows(toRows([report]));
 * ```
 */
export function fromRows(rows: Iterable<RowInput>): FromRowsResult {
  const results: RowResult[] = [];
  const reports: Report[] = [];
  let diagnostics: readonly RowDiagnostic[] = [];
  for (const item of readRows(rows)) {
    if ("header" in item) {
      diagnostics = item.header;
      continue;
    }
    results.push(item);
    if (item.report !== undefined) reports.push(item.report);
  }
  const ok = diagnostics.every((d) => d.level !== "error") && results.every((r) => r.ok);
  return { ok, reports, rows: results, diagnostics };
}
