/**
 * Found by the soak (`npm run fuzz`): after the `validate` and `precondition` properties had drawn some 300,000
 * inputs from `arbReportInput()`, drawing from `arbReportInput({ json: true })` crashed (`TypeError: Do not know
 * how to serialize a BigInt`, src/adapters/testing/input.ts), and seed 1043 crashes on its own
 * (`RangeError: Maximum call stack size exceeded` in `places`).
 *
 * The cause (src/adapters/testing/input.ts, fixed): the near-miss values `{}`, `[]`, `["x"]`, `[1]` were shared
 * constants, and the mutations changed them in place (a key added, an element replaced) — so what one draw did
 * leaked into every later draw (a BigInt added to the shared `{}` by a JavaScript-values draw then reached a JSON
 * draw), a constant could end up inside itself (a cycle, then a stack overflow), and a draw was no longer a
 * function of its seed. Now every mutation inserts a fresh copy of the drawn value.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbReportInput } from "../../../src/testing.js";
import { fingerprint } from "../support/fingerprint.js";

describe("regression: arbReportInput's draws are independent, and a function of their seed", () => {
  it("seed 1043 of arbReportInput({ json: true }) draws 2,000 inputs without crashing", () => {
    expect(() => fc.sample(arbReportInput({ json: true }), { numRuns: 2000, seed: 1043 })).not.toThrow();
  });

  it("the same seed draws the same inputs, whatever was drawn before", () => {
    const draw = () => fingerprint(fc.sample(arbReportInput(), { numRuns: 300, seed: 5 }));
    const first = draw();
    fc.sample(arbReportInput(), { numRuns: 5000, seed: 6 });
    expect(draw()).toBe(first);
  });
});
