/**
 * groupBlankCells: blank cells said once for the largest part they fill (table, row, column, else cell), every
 * cell in exactly one group, and a group only where the whole part is blank.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupBlankCells } from "../../src/checks/blank-groups.js";
import { cellsOf } from "../../src/format/walk.js";
import { runs } from "../support/runs.js";

describe("groupBlankCells", () => {
  for (const edition of ["2021", "2019"] as const) {
    const cells = cellsOf(edition);
    it(`${edition}: partitions any set of cells into whole tables, whole rows, whole columns and single cells`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.boolean(), { minLength: cells.length, maxLength: cells.length }),
          fc.constantFrom(...new Set(cells.map((c) => c.table.key))),
          fc.boolean(),
          (picks, wholeTable, addTable) => {
            const chosen = new Set(cells.filter((_, i) => picks[i]).map((c) => c.path));
            if (addTable) for (const c of cells) if (c.table.key === wholeTable) chosen.add(c.path);
            const groups = groupBlankCells(edition, chosen);
            const seen = groups.flatMap((g) => g.cells);
            expect(new Set(seen).size).toBe(seen.length);
            expect(new Set(seen)).toEqual(chosen);
            for (const g of groups) {
              const inTable = cells.filter((c) => c.table.number === g.table);
              if (g.level === "table") expect(g.cells).toHaveLength(inTable.length);
              if (g.level === "row") {
                const record = cells.find((c) => c.path === g.cells[0])?.record.path;
                expect(g.cells).toEqual(inTable.filter((c) => c.record.path === record).map((c) => c.path));
              }
              if (g.level !== "cell") expect(g.cells.length).toBeGreaterThan(1);
            }
            if (addTable) expect(groups.some((g) => g.level === "table")).toBe(true);
          },
        ),
        { numRuns: runs(200, 1000) },
      );
    });
  }

  it("names a blank table, row and column as printed", () => {
    const t3 = cellsOf("2021").filter((c) => c.table.key === "applications");
    expect(
      groupBlankCells(
        "2021",
        t3.map((c) => c.path),
      ).map((g) => [g.level, g.name.zh]),
    ).toEqual([["table", "表三"]]);
    const row = t3.filter((c) => c.record.path === "results.granted").map((c) => c.path);
    const column = t3
      .filter((c) => c.field.key === "research" && c.record.path !== "results.granted")
      .map((c) => c.path);
    expect(groupBlankCells("2021", [...row, ...column]).map((g) => [g.level, g.name.zh, g.cells.length])).toEqual([
      ["column", "表三·科研机构", 24],
      ["row", "表三（一）予以公开", 7],
    ]);
  });
});
