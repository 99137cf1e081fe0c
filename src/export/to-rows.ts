/**
 * `toRows`: reports to the spreadsheet layout, one row at a time (a generator), so that a writer can stream any
 * number of reports in bounded memory.
 *
 * @module
 */
import { type IndicatorValue, indicatorsOf } from "../assess/indicators.js";
import { checkReport } from "../checks/check-report.js";
import type { Edition } from "../format/editions.js";
import { readCell } from "../model/build.js";
import type { Report } from "../model/report.generated.js";
import { type ExportColumn, type ExportOptions, exportColumns } from "./columns.js";

/**
 * A value in a row: a number, a text, or `null` for a blank cell (never `0` for a blank).
 *
 * @example
 * ```ts
 * const blank: RowValue = null;
 * ```
 */
export type RowValue = number | string | null;

/**
 * A row of the layout: the header row (the columns' headers), or one report's values in column order.
 *
 * @example
 * ```ts
 * const row: Row = ["某县教育局", 2024, "2021", "2025-01-20", null];
 * ```
 */
export type Row = readonly RowValue[];

/**
 * A report with where it was read from (the 来源文件 column).
 *
 * @example
 * ```ts
 * const item: ExportItem = { report, source: "reports/某县教育局2024.pdf" };
 * ```
 */
export interface ExportItem {
  readonly report: Report;
  readonly source?: string | undefined;
}

/** What is computed once per report for its row: the counts of the findings, the indicators. */
interface Derived {
  readonly counts: FindingCounts | undefined;
  readonly indicators: readonly IndicatorValue[] | undefined;
}

type Getter = (report: Report, item: ExportItem, derived: Derived) => RowValue;

interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly notAssessable: number;
}

function countFindings(report: Report): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let notAssessable = 0;
  for (const f of checkReport(report).findings) {
    if (f.status === "not-assessable") notAssessable++;
    else if (f.status === "fail") {
      if (f.severity === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings, notAssessable };
}

const paragraphs = (value: readonly string[] | undefined): RowValue =>
  value === undefined ? null : JSON.stringify(value);

/** How a column's value is taken from a report of `edition`. */
function getterOf(column: ExportColumn, edition: Edition, options: ExportOptions): Getter {
  switch (column.role) {
    case "envelope":
      return (report) => (report[column.key as "organ" | "year" | "edition" | "publishedOn"] ?? null) as RowValue;
    case "source":
      return (_report, item) => item.source ?? null;
    case "check":
      return (_r, _i, { counts }) => (counts === undefined ? null : counts[column.key as keyof FindingCounts]);
    case "indicator":
      return (_r, _i, { indicators }) => indicators?.find((v) => v.id === column.indicator)?.value ?? null;
    case "extra": {
      const extra = options.extraColumns?.find((x) => x.key === column.key);
      return (report) => extra?.value(report) ?? null;
    }
    case "cell": {
      const cell = column.cells?.[edition];
      if (cell === undefined) return () => null;
      return (report) => readCell(report, cell.segments) ?? null;
    }
    case "prose":
      if (column.prose === "title") return (report) => report.title ?? null;
      if (column.prose === "preamble") return (report) => paragraphs(report.preamble);
      return (report) => {
        const key = (column.prose ?? "").slice("sections.".length) as "overview" | "problems" | "other";
        return paragraphs(report.sections?.[key]);
      };
  }
}

/**
 * Reports (or reports with their source file) to rows: first the header row, then one row per report, lazily.
 * Every cell of both editions has its column (see {@link exportColumns}); a blank cell is `null`, and so is a cell
 * of the other edition. 错误数 / 提示数 / 无法核对数 count `checkReport`'s error failures, warnings and checks
 * that could not be made (default options); the indicators are `indicatorsOf`'s values (blank where `null`).
 *
 * @example
 * ```ts
 * import { toRows } from "zfxxgk/export";
 * const [header, first] = [...toRows([report])];
 * header?.[0]; // "发布机关"
 * ```
 */
export function* toRows(
  reports: Iterable<Report | ExportItem>,
  options: ExportOptions = {},
): Generator<Row, void, undefined> {
  const columns = exportColumns(options);
  yield columns.map((c) => c.header);
  const getters = new Map<Edition, readonly Getter[]>();
  const check = options.check !== false;
  const withIndicators = options.indicators !== false;
  for (const entry of reports) {
    const item: ExportItem = "report" in entry ? entry : { report: entry };
    const report = item.report;
    let list = getters.get(report.edition);
    if (list === undefined) {
      list = columns.map((c) => getterOf(c, report.edition, options));
      getters.set(report.edition, list);
    }
    const derived: Derived = {
      counts: check ? countFindings(report) : undefined,
      indicators: withIndicators ? indicatorsOf(report) : undefined,
    };
    yield list.map((get) => get(report, item, derived));
  }
}
