/**
 * Found by the soak (`npm run fuzz`, property `precondition`, seed 321867086): a valid report published on
 * 0000-02-29 (the model's dates are proleptic Gregorian from year 0000, and 0000 is a leap year) made every renderer
 * throw — `formatDate` accepted years from 1 only. Fixed in src/render/chinese.ts (years 0000–9999, as the model).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../../src/format.js";
import { renderReport, validateReport } from "../../../src/index.js";
import { formatDate } from "../../../src/render.js";
import { runs } from "../../support/runs.js";
import { example } from "./support.js";

describe("regression: every date the model accepts can be printed", () => {
  it("a report published on 0000-02-29 is valid and renders in every format", () => {
    const report = { ...example("example-2019"), publishedOn: "0000-02-29" };
    expect(validateReport(report).ok).toBe(true);
    for (const format of ["text", "markdown", "html"] as const)
      expect(renderReport(report, { format })).toContain("0年2月29日");
  });

  it("formatDate prints every ISO date isIsoDate accepts", () => {
    const arbDate = fc
      .record({
        y: fc.integer({ min: 0, max: 9999 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .map(({ y, m, d }) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
      .filter(isIsoDate);
    fc.assert(
      fc.property(arbDate, (iso) => {
        const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
        expect(formatDate(iso)).toBe(`${y}年${m}月${d}日`);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});
