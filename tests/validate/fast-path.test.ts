import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/index.js";
import { isReportFast } from "../../src/validate/fast.generated.js";
import { collectIssues } from "../../src/validate/validate.js";
import { arbReport } from "../support/arb.js";
import { runs } from "../support/runs.js";

/** Near misses: a valid report with one value anywhere replaced by junk, or one key added or dropped. */
const arbNearMiss = fc
  .tuple(arbReport, fc.nat(), fc.anything(), fc.constantFrom("replace", "drop", "add"))
  .map(([report, pick, junk, how]) => {
    const r = structuredClone(report) as unknown as Record<string, unknown>;
    const cells = cellsOf(report.edition);
    const cell = cells[pick % cells.length];
    if (cell === undefined) return r;
    let node = r;
    for (const s of cell.segments.slice(0, -1)) node = node[s] as Record<string, unknown>;
    if (how === "replace") node[cell.field.key] = junk;
    else if (how === "drop") delete node[cell.field.key];
    else node.extra = junk;
    return r;
  });

describe("the generated fast path agrees with the plan interpreter", () => {
  it("on valid reports, near misses and junk", () => {
    fc.assert(
      fc.property(fc.oneof(arbReport, arbNearMiss, fc.anything()), (input) => {
        expect(isReportFast(input)).toBe(collectIssues(input).length === 0);
      }),
      { numRuns: runs(500) },
    );
  });
});
