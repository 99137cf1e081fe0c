/**
 * Found by the adversarial review of issue 18 (item 10): `sumReports` added counts in floating point and checked
 * only the final total against 2^53. Signed 本年增/减 figures (2019 表二) can take a running sum past 2^53 and
 * back: the intermediate is rounded, and the total came back wrong and order-dependent with `ok: true`
 * ([2^53−1, 2, −10] gave 2^53−10, [2^53−1, −10, 2] gave 2^53−9). Fixed in src/checks/sum-reports.ts: a cell
 * whose running sum leaves the safe range is summed again exactly (BigInt); the total is returned when it is a
 * safe integer, an `unsafe_integer` issue otherwise — never a wrong total.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Report2019, sumReports } from "../../../src/index.js";
import { runs } from "../../support/runs.js";
import { example } from "./support.js";

const MAX = Number.MAX_SAFE_INTEGER;

/** Reports of the 2019 example, each with its 行政许可 本年增/减 set to one of `changes`. */
function reportsWith(changes: readonly number[]): Report2019[] {
  return changes.map((change) => {
    const r = structuredClone(example("example-2019")) as unknown as Report2019;
    (r.proactive.licensing as { change: number | null }).change = change;
    return r;
  });
}

const licensingChange = (changes: readonly number[]) => {
  const r = sumReports(reportsWith(changes), { organ: "某市人民政府" });
  return r.ok ? r.value.proactive.licensing.change : r.issues.map((i) => `${i.code} ${i.path}`);
};

describe("regression: signed sums are exact whatever the order, or refused", () => {
  it("[2^53−1, 2, −10] in every order sums to 2^53−9", () => {
    for (const order of [
      [MAX, 2, -10],
      [MAX, -10, 2],
      [2, MAX, -10],
      [-10, 2, MAX],
    ])
      expect(licensingChange(order)).toBe(MAX - 8);
  });

  it("a total beyond 2^53 is an unsafe_integer issue, also when the running sum came back", () => {
    expect(licensingChange([MAX, 2])).toEqual(["unsafe_integer proactive.licensing.change"]);
    expect(licensingChange([-MAX, -MAX, MAX])).toBe(-MAX);
    expect(licensingChange([-MAX, -2, 1])).toEqual(["unsafe_integer proactive.licensing.change"]);
  });

  it("any signed figures near ±2^53: the exact total, or an unsafe_integer issue when it is not a safe integer", () => {
    const near = fc.oneof(
      fc.integer({ min: MAX - 20, max: MAX }),
      fc.integer({ min: -MAX, max: -MAX + 20 }),
      fc.integer({ min: -20, max: 20 }),
    );
    fc.assert(
      fc.property(fc.array(near, { minLength: 1, maxLength: 6 }), (changes) => {
        const exact = changes.reduce((a, b) => a + BigInt(b), 0n);
        const safe = exact <= BigInt(MAX) && exact >= -BigInt(MAX);
        expect(licensingChange(changes)).toEqual(safe ? Number(exact) : ["unsafe_integer proactive.licensing.change"]);
      }),
      { numRuns: runs(300, 3000) },
    );
  });
});
