import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCells, readCellsByPath, tablesToInterpret } from "../../src/checks/read-cells.js";
import { planOf } from "../../src/checks/sum-plan.js";
import { checkReport, type Finding, readCell, validateReport } from "../../src/index.js";
import { ruleInfo } from "../../src/rules.js";
import { arbReport } from "../support/arb.js";
import { runs } from "../support/runs.js";
import { arbChange, arbConsistent, arbConsistentOf, instanceKey, numericCells, withCell } from "./support.js";

const isEquation = (f: Finding) => ruleInfo(f.rule)?.kind === "sum";
const problems = (fs: readonly Finding[]) => fs.filter((f) => f.status !== "pass");

describe("a report consistent by construction", () => {
  for (const edition of ["2021", "2019"] as const) {
    it(`passes every rule (${edition} edition), with and without blankAsZero`, () => {
      fc.assert(
        fc.property(arbConsistentOf(edition), (report) => {
          expect(validateReport(report).ok).toBe(true);
          const result = checkReport(report);
          expect(result.findings).toEqual([]);
          expect(result.ok).toBe(true);
          expect(checkReport(report, { blankAsZero: true }).findings).toEqual([]);
        }),
        { numRuns: runs(100, 1000) },
      );
    });
  }

  it("with includePassed, every finding is a pass, and each instance appears once", () => {
    fc.assert(
      fc.property(arbConsistent, (report) => {
        const all = checkReport(report, { includePassed: true }).findings;
        expect(all.filter((f) => f.status !== "pass")).toEqual([]);
        const keys = all.filter((f) => f.rule !== "N.applications-received").map(instanceKey);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: runs(50, 1000) },
    );
  });
});

describe("changing one cell", () => {
  it("fails exactly the equation instances that involve the cell, and nothing that does not involve it", () => {
    const arb = arbConsistent.chain((report) =>
      fc
        .constantFrom(...numericCells(report))
        .chain((cell) => arbChange(report, cell).map((value) => ({ report, cell, value }))),
    );
    fc.assert(
      fc.property(arb, ({ report, cell, value }) => {
        const instances = checkReport(report, { includePassed: true }).findings;
        const involving = new Set(
          instances.filter((f) => isEquation(f) && f.cells.includes(cell.path)).map(instanceKey),
        );
        const changed = withCell(report, cell, value);
        const found = problems(checkReport(changed).findings);
        // Every finding involves the changed cell (equations, soft bounds, narrative alike).
        for (const f of found) expect(f.cells, f.rule).toContain(cell.path);
        // The equations that fail are exactly those that involve it.
        expect(new Set(found.filter(isEquation).map(instanceKey))).toEqual(involving);
        for (const f of found.filter(isEquation)) {
          expect(f.status).toBe("fail");
          expect(f.delta).toBe((f.left as number) - (f.right as number));
          expect(f.delta).not.toBe(0);
        }
      }),
      { numRuns: runs(200, 1000) },
    );
  });

  it("by a known difference reports that difference on the instances where the cell stands alone on the left", () => {
    const arb = arbConsistent.chain((report) =>
      fc
        .constantFrom(...numericCells(report).filter((c) => c.field.kind === "count"))
        .chain((cell) => arbChange(report, cell).map((value) => ({ report, cell, value }))),
    );
    fc.assert(
      fc.property(arb, ({ report, cell, value }) => {
        const old = readCell(report, cell.segments) as number;
        const found = checkReport(withCell(report, cell, value)).findings.filter(isEquation);
        for (const f of found) {
          const onLeft = f.cells[0] === cell.path && ruleInfo(f.rule)?.kind === "sum";
          if (onLeft && f.rule !== "T3.balance") expect(f.delta).toBe(value - old);
        }
      }),
      { numRuns: runs(100, 1000) },
    );
  });
});

describe("blanking one cell", () => {
  const arb = arbConsistent.chain((report) =>
    fc.constantFrom(...numericCells(report)).map((cell) => ({ report, cell })),
  );

  it("yields cell.blank for it and not-assessable on exactly the instances that involve it, and no failure", () => {
    fc.assert(
      fc.property(arb, ({ report, cell }) => {
        const instances = checkReport(report, { includePassed: true }).findings;
        const involving = new Set(
          instances
            .filter((f) => f.rule !== "cell.blank" && f.left !== undefined && f.cells.includes(cell.path))
            .map(instanceKey),
        );
        const found = checkReport(withCell(report, cell, null)).findings;
        const blanks = found.filter((f) => f.rule === "cell.blank");
        expect(blanks.map((f) => f.cells)).toEqual([[cell.path]]);
        expect(blanks[0]?.severity).toBe("warning");
        const rest = found.filter((f) => f.rule !== "cell.blank");
        for (const f of rest) {
          expect(f.status).toBe("not-assessable");
          expect(f.blankCells).toEqual([cell.path]);
          expect([f.left, f.right, f.delta]).toEqual([null, null, null]);
        }
        // Narrative statements are skipped, not judged, when the table cell is blank.
        expect(new Set(rest.map(instanceKey))).toEqual(new Set([...involving].filter((k) => !k.startsWith("N."))));
        expect(checkReport(withCell(report, cell, null)).ok).toBe(true);
      }),
      { numRuns: runs(200, 1000) },
    );
  });

  it("with blankAsZero gives the arithmetic verdicts: those of the report with a 0 in the cell", () => {
    fc.assert(
      fc.property(arb, ({ report, cell }) => {
        const blanked = checkReport(withCell(report, cell, null), { blankAsZero: true, includePassed: true }).findings;
        const zeroed = checkReport(withCell(report, cell, 0), { includePassed: true }).findings;
        const strip = (fs: readonly Finding[]) =>
          fs.filter((f) => f.rule !== "cell.blank" && !f.rule.startsWith("N.") && f.rule !== "cell.unit-blank");
        expect(strip(blanked)).toEqual(strip(zeroed));
        expect(blanked.filter((f) => f.rule === "cell.blank" && f.status === "fail").map((f) => f.cells)).toEqual([
          [cell.path],
        ]);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});

describe("checkReport is pure", () => {
  it("does not change its input, and returns equal findings each time", () => {
    fc.assert(
      fc.property(
        arbConsistent.chain((report) =>
          fc
            .constantFrom(...numericCells(report))
            .chain((cell) => arbChange(report, cell).map((v) => withCell(report, cell, v))),
        ),
        (report) => {
          const before = JSON.stringify(report);
          const a = checkReport(report);
          const b = checkReport(report);
          expect(JSON.stringify(report)).toBe(before);
          expect(a).toEqual(b);
          expect(a.findings).not.toBe(b.findings);
        },
      ),
      { numRuns: runs(50, 1000) },
    );
  });
});

describe("the generated straight-line code agrees with the interpreter", () => {
  const arbAny = fc.oneof(
    arbReport,
    arbConsistent,
    arbConsistent.chain((report) =>
      fc
        .constantFrom(...numericCells(report))
        .chain((cell) => fc.oneof(arbChange(report, cell), fc.constant(null)).map((v) => withCell(report, cell, v))),
    ),
  );

  it("tables<edition> clears a table's bit exactly when none of its figures is blank and all its instances hold", () => {
    fc.assert(
      fc.property(arbAny, (report) => {
        const audit = checkReport(report, { includePassed: true }).findings;
        const plan = planOf(report.edition);
        const mask = tablesToInterpret(plan, report);
        plan.tables.forEach((slice, t) => {
          // the table's figures and relations: cell.blank and the sum rules, soft bounds included (not the
          // units, not the narrative)
          const own = audit.filter(
            (f) =>
              (f.rule === "cell.blank" || (f.left !== undefined && !f.rule.startsWith("N."))) &&
              f.cells[0]?.split(".", 1)[0] === (slice.table.key as string),
          );
          expect(own.length).toBeGreaterThan(0);
          const holds = own.every((f) => f.status === "pass");
          // a table whose figures add up (by magnitude) beyond 2^53 − 1 is left to the interpreter's exact sums
          let magnitude = 0;
          for (let i = slice.cellStart; i < slice.cellEnd; i++) {
            const cell = plan.cells[i];
            const v = cell === undefined ? null : readCell(report, cell.segments);
            if (typeof v === "number") magnitude += Math.abs(v);
          }
          if (magnitude <= Number.MAX_SAFE_INTEGER) expect((mask >> t) & 1).toBe(holds ? 0 : 1);
          else expect((mask >> t) & 1).toBe(1);
        });
        // And the fast path (only the flagged tables interpreted) and the interpreter give the same findings.
        // (A missing publication date is reported as not assessable only in the audit trail.)
        const problemsOnly = audit.filter(
          (f) => f.status !== "pass" && !(f.rule === "R.deadline" && f.status === "not-assessable"),
        );
        expect(checkReport(report).findings).toEqual(problemsOnly);
        expect(checkReport(report, { lang: "en" }).findings).toEqual(
          checkReport(report, { lang: "en", includePassed: true }).findings.filter(
            (f) => f.status !== "pass" && !(f.rule === "R.deadline" && f.status === "not-assessable"),
          ),
        );
      }),
      { numRuns: runs(200, 1000) },
    );
  });

  it("a figure that is neither a finite number nor null, in any table, is a TypeError, on every path", () => {
    const junk = fc.constantFrom<unknown>(
      "1",
      "",
      undefined,
      {},
      [],
      true,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    );
    fc.assert(
      fc.property(fc.oneof(arbConsistent, arbAny), fc.nat(), junk, fc.boolean(), (report, at, value, includePassed) => {
        const cells = numericCells(report);
        const cell = cells[at % cells.length] as (typeof cells)[number];
        const bad = withCell(report, cell, value as number);
        // the straight-line check sends the table to the reader, which refuses the figure
        const plan = planOf(report.edition);
        const t = plan.tables.findIndex((slice) => slice.table.key === cell.table.key);
        expect((tablesToInterpret(plan, bad) >> t) & 1).toBe(1);
        expect(() => checkReport(bad, { includePassed })).toThrow(TypeError);
      }),
      { numRuns: runs(100, 1000) },
    );
  });

  it("read<edition> reads what walking the paths reads", () => {
    fc.assert(
      fc.property(arbAny, (report) => {
        const plan = planOf(report.edition);
        const n = readCells(plan, report);
        const values = plan.values.slice();
        const blank = plan.blank.slice();
        expect(readCellsByPath(plan, report)).toBe(n);
        expect(plan.values).toEqual(values);
        expect(plan.blank).toEqual(blank);
      }),
      { numRuns: runs(100, 1000) },
    );
  });
});
