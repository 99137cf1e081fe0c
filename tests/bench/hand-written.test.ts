/**
 * The benchmark's hand-written floor does the same work as the library it is compared with: the same
 * verdict on any input, and the same number of 表三/表四 rule instances that fail or cannot be assessed.
 * (No timing here: the benchmark is `npm run bench`.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { handCheck, handValidate } from "../../bench/baselines/hand-written.js";
import { plainZodReport } from "../../bench/baselines/plain-zod.js";
import { cellsOf, checkReport, type Report, validateReport } from "../../src/index.js";
import { arbInconsistentReport, arbReport, arbReportInput } from "../../src/testing.js";
import { runs } from "../support/runs.js";

const t34 = new Set(["T3.balance", "T3.results-total", "T3.row-total", "T4.total"]);

/** What the library says: -1 for an invalid input, else the 表三/表四 findings of `checkReport`. */
function library(x: unknown): number {
  const v = validateReport(x);
  return v.ok ? checkReport(v.value).findings.filter((f) => t34.has(f.rule)).length : -1;
}

/** A valid report with one cell replaced by junk, or one key dropped or added, anywhere. */
const arbNearMiss = fc
  .tuple(arbReport(), fc.nat(), fc.jsonValue(), fc.constantFrom("replace", "drop", "add"))
  .map(([report, pick, junk, how]) => {
    const r = structuredClone(report) as unknown as Record<string, unknown>;
    const cells = cellsOf((report as Report).edition);
    const cell = cells[pick % cells.length];
    if (cell === undefined) return r;
    let node = r;
    for (const s of cell.segments.slice(0, -1)) node = node[s] as Record<string, unknown>;
    if (how === "replace") node[cell.field.key] = junk;
    else if (how === "drop") delete node[cell.field.key];
    else node.extra = junk;
    return r;
  });

describe("the hand-written floor agrees with validateReport + checkReport", () => {
  it("on valid reports of both editions, blanks included", () => {
    fc.assert(
      fc.property(arbReport(), (r) => {
        expect(handCheck(r)).toBe(library(r));
      }),
      { numRuns: runs(300) },
    );
  });

  it("on consistent reports (nothing fails) and on reports with one relation broken", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbReport({ consistent: true }),
          fc.constantFrom(...t34).chain((rule) => arbInconsistentReport(rule as never).map((x) => x.report)),
        ),
        (r) => {
          expect(handCheck(r)).toBe(library(r));
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("on near misses and fuzzing inputs (structure only)", () => {
    fc.assert(
      fc.property(fc.oneof(arbNearMiss, arbReportInput()), (x) => {
        expect(handValidate(x)).toBe(validateReport(x).ok);
      }),
      { numRuns: runs(500) },
    );
  });
});

/** A valid report with one cell replaced by a JSON value (valid for the cell or not). */
const arbCellReplaced = fc.tuple(arbReport(), fc.nat(), fc.jsonValue()).map(([report, pick, junk]) => {
  const r = structuredClone(report) as unknown as Record<string, unknown>;
  const cells = cellsOf((report as Report).edition);
  const cell = cells[pick % cells.length] as (typeof cells)[number];
  let node = r;
  for (const s of cell.segments.slice(0, -1)) node = node[s] as Record<string, unknown>;
  node[cell.field.key] = junk;
  return r;
});

describe("the plain zod schema checks the same cells", () => {
  it("accepts every valid report, and rejects a report exactly when a cell is wrong", () => {
    fc.assert(
      fc.property(fc.oneof(arbReport(), arbCellReplaced), (x) => {
        expect(plainZodReport.safeParse(x).success).toBe(validateReport(x).ok);
      }),
      { numRuns: runs(300) },
    );
  });
});
