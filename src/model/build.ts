/**
 * Building reports from the descriptors: an empty report of an edition, or one filled cell by cell.
 *
 * @module
 */
import type { Edition } from "../format/editions.js";
import { type CellEntry, cellsOf } from "../format/walk.js";
import type { ReportOf } from "./derive.js";
import type { Report } from "./report.generated.js";

/**
 * The envelope of a report: everything but the tables.
 *
 * @example
 * ```ts
 * const head: ReportHead<"2021"> = { edition: "2021", organ: "连州市人民政府办公室", year: 2023, publishedOn: "2024-01-12" };
 * ```
 */
export type ReportHead<E extends Edition = Edition> = Pick<
  ReportOf<E>,
  "edition" | "organ" | "year" | "publishedOn" | "title" | "preamble" | "sections"
>;

/**
 * A cell value: a number, a unit for `unit` cells, or `null` for a blank.
 *
 * @example
 * ```ts
 * const v: CellValue = null;
 * ```
 */
export type CellValue = number | string | null;

/**
 * Builds a report of the edition of `head`, every cell given by `fill` (default: blank). Pure: returns a
 * fresh object each call.
 *
 * @example
 * ```ts
 * import { buildReport } from "zfxxgk";
 * const zeros = buildReport({ edition: "2021", organ: "某机关", year: 2024, publishedOn: null }, (cell) =>
 *   cell.field.kind === "unit" ? null : 0,
 * );
 * ```
 */
export function buildReport<E extends Edition>(
  head: ReportHead<E>,
  fill: (cell: CellEntry, index: number) => CellValue = () => null,
): ReportOf<E> {
  const report: Record<string, unknown> = { ...head };
  cellsOf(head.edition).forEach((cell, index) => {
    let node = report;
    const last = cell.segments.length - 1;
    for (let i = 0; i < last; i++) {
      const key = cell.segments[i] as string;
      let next = node[key] as Record<string, unknown> | undefined;
      if (next === undefined) {
        next = {};
        node[key] = next;
      }
      node = next;
    }
    node[cell.segments[last] as string] = fill(cell, index);
  });
  return report as unknown as ReportOf<E>;
}

/**
 * Reads a cell of a report by its segments (see {@link cellsOf}); `undefined` where the path does not exist.
 *
 * @example
 * ```ts
 * import { cellsOf, readCell } from "zfxxgk";
 * const cell = cellsOf("2021")[0]!;
 * readCell(report, cell.segments); // 0
 * ```
 */
export function readCell(report: Report, segments: readonly string[]): CellValue | undefined {
  let node: unknown = report;
  for (const key of segments) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node as CellValue | undefined;
}
