/**
 * `arbReport`: structurally valid reports of either edition, optionally consistent (every error-severity
 * rule holds), with or without blank cells. Built cell by cell from the descriptors with `buildReport`.
 *
 * @module
 */
import { type Edition, editionKeys } from "../../format/editions.js";
import { cellsOf } from "../../format/walk.js";
import { buildReport, type ReportHead } from "../../model/build.js";
import type { ReportOf } from "../../model/derive.js";
import { daysInMonth } from "../../validate/date.js";
import { makeConsistent, solutionOf } from "./consistent.js";
import type { Arbitrary, FastCheck } from "./fast-check.js";
import { arbCellValue, arbIsoDate, arbOrgan, arbParagraphs, arbYear } from "./values.js";

/**
 * Options of {@link arbReport}.
 *
 * @example
 * ```ts
 * const options: ArbReportOptions<"2021"> = { edition: "2021", consistent: true, blanks: false };
 * ```
 */
export interface ArbReportOptions<E extends Edition = Edition> {
  /** The edition; both when omitted. */
  readonly edition?: E;
  /**
   * Every error-severity rule declared in the descriptors holds (`checkReport(report).ok`), whether blank
   * cells are read as blank or as 0. Default false: any structurally valid figures.
   */
  readonly consistent?: boolean;
  /**
   * Some cells may be left blank (`null`). Default true. In a consistent report only cells that would hold
   * 0, or that no error rule involves, are left blank.
   */
  readonly blanks?: boolean;
}

/**
 * The report type of edition `E`.
 *
 * @example
 * ```ts
 * type R = ReportOfEdition<"2019">; // Report2019
 * ```
 */
export type ReportOfEdition<E extends Edition> = ReportOf<E>;

/** Cells left blank: about one in `every`. */
const blankRate = 8;

function arbHead<E extends Edition>(fc: FastCheck, edition: E, consistent: boolean): Arbitrary<ReportHead<E>> {
  return fc
    .record({
      organ: arbOrgan(fc),
      year: arbYear(fc, edition, !consistent),
      dated: fc.nat(9),
      anyDate: arbIsoDate(fc, 1900, 9999),
      month: fc.integer({ min: 1, max: 3 }),
      day: fc.integer({ min: 1, max: 31 }),
      title: fc.option(fc.constantFrom("政府信息公开工作年度报告", "2023年政府信息公开工作年度报告"), {
        nil: undefined,
      }),
      preamble: fc.option(arbParagraphs(fc), { nil: undefined }),
      sections: fc.option(
        fc.record(
          { overview: arbParagraphs(fc), problems: arbParagraphs(fc), other: arbParagraphs(fc) },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    })
    .map(({ organ, year, dated, anyDate, month, day, title, preamble, sections }) => {
      // a date early in the next year, or any date, or none
      const d = Math.min(day, daysInMonth(year + 1, month));
      const next = `${String(year + 1).padStart(4, "0")}-0${month}-${String(d).padStart(2, "0")}`;
      const publishedOn = dated === 0 || year >= 9999 ? null : consistent || dated > 2 ? next : anyDate;
      const head: Record<string, unknown> = { edition, organ, year, publishedOn };
      if (title !== undefined) head.title = title;
      if (preamble !== undefined) head.preamble = preamble;
      if (sections !== undefined) head.sections = sections;
      return head as unknown as ReportHead<E>;
    });
}

function arbReportOf<E extends Edition>(
  fc: FastCheck,
  edition: E,
  consistent: boolean,
  blanks: boolean,
): Arbitrary<ReportOfEdition<E>> {
  const cells = cellsOf(edition);
  const { constrained } = solutionOf(edition);
  return fc
    .record({
      head: arbHead(fc, edition, consistent),
      values: fc.tuple(...cells.map((cell) => arbCellValue(fc, cell.field, !consistent))),
      blank: blanks
        ? fc.array(fc.nat(blankRate - 1), { minLength: cells.length, maxLength: cells.length })
        : fc.constant(cells.map(() => 1)),
    })
    .map(({ head, values, blank }) => {
      const filled = [...values] as (number | string)[];
      if (consistent) makeConsistent(edition, filled as number[]);
      return buildReport(head, (_cell, i) => {
        const value = filled[i] as number | string;
        if (blank[i] !== 0) return value;
        return !consistent || constrained[i] === 0 || value === 0 ? null : value;
      }) as ReportOfEdition<E>;
    });
}

/**
 * Reports for property tests, in the `(fc) => Arbitrary` form: pass your own fast-check.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbReportWith } from "zfxxgk/testing";
 * fc.assert(fc.property(arbReportWith({ consistent: true })(fc), (report) => checkReport(report).ok));
 * ```
 */
export function arbReportWith<E extends Edition = Edition>(
  options: ArbReportOptions<E> = {},
): (fc: FastCheck) => Arbitrary<ReportOfEdition<E>> {
  return (fc) => {
    const consistent = options.consistent === true;
    const blanks = options.blanks !== false;
    const which = options.edition === undefined ? editionKeys : [options.edition];
    const arbs = which.map((e) => arbReportOf(fc, e, consistent, blanks));
    return (arbs.length === 1 ? arbs[0] : fc.oneof(...arbs)) as Arbitrary<ReportOfEdition<E>>;
  };
}
