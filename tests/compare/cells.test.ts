/**
 * The figures of a comparison: every cell of both editions is compared or listed as not compared, exactly once;
 * the change and ratio follow the values; X.jump fires exactly where a value grows or falls by the factor from at
 * least the minimum; X.same-table exactly for a table equal to last year's with a figure that is not zero.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareReports } from "../../src/compare.js";
import { type CellEntry, cellsOf, type Report, readCell, tableKeys } from "../../src/index.js";
import { arbReport } from "../../src/testing.js";
import { runs } from "../support/runs.js";

const numeric = (c: CellEntry) => c.field.kind !== "unit";

function withValue(report: Report, cell: CellEntry, value: number | null): Report {
  const copy = structuredClone(report) as unknown as Record<string, unknown>;
  let node = copy;
  for (const key of cell.segments.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[cell.segments[cell.segments.length - 1] as string] = value;
  return copy as unknown as Report;
}

describe("compareReports: figures", () => {
  it("every cell of either edition is compared or not compared, once; change and ratio follow the values", () => {
    fc.assert(
      fc.property(arbReport(), arbReport(), (before, now) => {
        const c = compareReports(before, now);
        const seen = [...c.cells.map((x) => x.path), ...c.notCompared.map((x) => x.path)];
        const all = new Set([...cellsOf(before.edition), ...cellsOf(now.edition)].filter(numeric).map((x) => x.path));
        expect(new Set(seen).size).toBe(seen.length);
        expect(new Set(seen)).toEqual(all);
        for (const x of c.cells) {
          const cell = cellsOf(now.edition).find((e) => e.path === x.path) as CellEntry;
          expect(x.current).toBe(readCell(now, cell.segments) ?? null);
          if (x.previous === null || x.current === null) expect([x.change, x.ratio]).toEqual([null, null]);
          else {
            // the change is the exact decimal difference, rounded once: within a rounding of the float one, relative
            // to the figures' size (an absolute tolerance fails at 1e304, where one ulp is 1e288)
            const scale = Math.max(1, Math.abs(x.current), Math.abs(x.previous));
            expect(Math.abs((x.change as number) - (x.current - x.previous))).toBeLessThanOrEqual(scale * 1e-12);
            expect(x.ratio).toBe(x.previous > 0 && x.current >= 0 ? x.current / x.previous : null);
          }
          expect(x.changed).toBe(x.previous !== x.current);
        }
      }),
      { numRuns: runs(100, 1000) },
    );
  });

  it("X.jump: exactly the cell moved by the factor from at least the minimum", () => {
    const arb = arbReport({ edition: "2021", blanks: false }).chain((report) =>
      fc.record({
        report: fc.constant(report),
        cell: fc.constantFrom(...cellsOf("2021").filter((c) => c.field.kind === "count")),
        from: fc.integer({ min: 0, max: 40 }),
        to: fc.integer({ min: 0, max: 400 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ report, cell, from, to }) => {
        const before = withValue(report, cell, from);
        const now = withValue(report, cell, to);
        const jumps = compareReports(before, now, { jumpFactor: 5, jumpMinimum: 10 }).findings.filter(
          (f) => f.rule === "X.jump",
        );
        const expected = Math.max(from, to) >= 10 && Math.max(from, to) >= 5 * Math.min(from, to);
        expect(jumps.map((f) => f.cells[0])).toEqual(expected ? [cell.path] : []);
        for (const f of jumps) expect([f.left, f.right, f.severity]).toEqual([to, from, "warning"]);
      }),
      { numRuns: runs(200, 1000) },
    );
  });

  it("X.same-table: a table equal to last year's with a figure not zero; changing one of its cells clears it", () => {
    fc.assert(
      fc.property(arbReport({ edition: "2021" }), fc.nat(), (report, pick) => {
        const c = compareReports(report, { ...report, year: report.year + 1 });
        const same = c.findings.filter((f) => f.rule === "X.same-table").map((f) => f.cells[0]?.split(".")[0]);
        const nonZero = (key: string) =>
          cellsOf("2021").some(
            (x) =>
              x.table.key === key &&
              numeric(x) &&
              ![0, null, undefined].includes(readCell(report, x.segments) as number),
          );
        expect(same).toEqual(tableKeys.filter(nonZero));
        const cells = cellsOf("2021").filter((x) => x.field.kind === "count");
        const cell = cells[pick % cells.length] as CellEntry;
        const value = readCell(report, cell.segments);
        const changed = withValue(report, cell, typeof value === "number" ? value + 1 : 1);
        const again = compareReports(report, { ...changed, year: report.year + 1 } as Report).findings.filter(
          (f) => f.rule === "X.same-table",
        );
        expect(again.some((f) => f.cells.includes(cell.path))).toBe(false);
      }),
      { numRuns: runs(100, 1000) },
    );
  });
});
