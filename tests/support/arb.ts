/**
 * Test-local arbitraries of structurally valid reports, built from the descriptors (the public ones live
 * in `zfxxgk/testing`).
 */
import fc from "fast-check";
import { buildReport, type CellEntry, cellsOf, type Edition, type Report } from "../../src/index.js";

export function arbCell(cell: CellEntry): fc.Arbitrary<number | string | null> {
  const f = cell.field;
  switch (f.kind) {
    case "count":
      return fc.option(fc.oneof(fc.nat(50), fc.maxSafeNat()), { freq: 8 });
    case "signed":
      return fc.option(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.maxSafeInteger()), { freq: 8 });
    case "amount":
      return fc.option(fc.oneof(fc.nat(1000), fc.double({ min: 0, max: 1e9, noNaN: true })), { freq: 8 });
    case "unit":
      return fc.option(fc.constantFrom(...(f.values ?? [])), { freq: 2 });
  }
}

export const arbOrgan = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== "");

export function arbReportOf(edition: Edition): fc.Arbitrary<Report> {
  const cells = cellsOf(edition);
  return fc
    .record({
      organ: arbOrgan,
      year: fc.integer({ min: 1900, max: 9999 }),
      publishedOn: fc.option(
        fc
          .date({ min: new Date("1900-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
      title: fc.option(fc.string(), { nil: undefined }),
      preamble: fc.option(fc.array(fc.string(), { maxLength: 3 }), { nil: undefined }),
      values: fc.tuple(...cells.map(arbCell)),
    })
    .map(({ values, title, preamble, ...head }) => {
      const report = buildReport({ edition, ...head }, (_cell, i) => values[i] ?? null) as Report &
        Record<string, unknown>;
      if (title !== undefined) report.title = title;
      if (preamble !== undefined) report.preamble = preamble;
      return report;
    });
}

export const arbReport: fc.Arbitrary<Report> = fc.oneof(arbReportOf("2021"), arbReportOf("2019"));
