/**
 * Found while measuring the limits (tests/reliability/limits.test.ts): an amount of `Number.MAX_VALUE` (a valid,
 * finite amount) was printed as «Infinity» by every renderer — `formatAmount` rounded it to 15 significant
 * digits, which overflows. Fixed in src/render/chinese.ts (the exact shortest form is printed when rounding
 * overflows). The property covers every finite amount.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../../src/index.js";
import { formatAmount } from "../../../src/render.js";
import { runs } from "../../support/runs.js";
import { example } from "./support.js";

describe("regression: the largest amounts print as digits", () => {
  it("Number.MAX_VALUE prints as its 309 digits, never «Infinity»", () => {
    const text = formatAmount(Number.MAX_VALUE);
    expect(text).toMatch(/^[0-9]{309}$/);
    expect(Number(text)).toBe(Number.MAX_VALUE);
  });

  it("in a rendered report too", () => {
    const report = structuredClone(example("lianzhou-2023")) as ReturnType<typeof example> & {
      proactive: { fees: { amount: number } };
    };
    report.proactive.fees.amount = Number.MAX_VALUE;
    for (const format of ["text", "markdown", "html"] as const)
      expect(renderReport(report, { format })).not.toContain("Infinity");
  });

  it("any finite non-negative amount prints as plain digits that read back within 15 significant digits", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), (amount) => {
        const text = formatAmount(amount);
        expect(text).toMatch(/^[0-9]+(\.[0-9]+)?$/);
        const back = Number(text);
        expect(Number.isFinite(back)).toBe(true);
        expect(Math.abs(back - amount)).toBeLessThanOrEqual(amount * 1e-14);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});
