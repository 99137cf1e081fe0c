/**
 * Found by tests/reliability/redos.test.ts: `src/checks/decimal.ts` trims trailing zeros with `/0+$/`, which recheck
 * rates as polynomial backtracking (attack: a long run of "0" followed by another character).
 *
 * Fixed in src/checks: the trailing zeros are trimmed by a loop, no pattern at all (bounded in practice before: the
 * input is the fraction of an exact sum of doubles, a few hundred digits at most). Kept as a regression test.
 */
import { readFileSync } from "node:fs";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { DecimalSum } from "../../../src/checks/decimal.js";

describe("regression: trimming the zeros of an exact decimal", () => {
  it("the suggested replacement is safe and trims the same", () => {
    expect(checkSync("(?<!0)0+$", "").status).toBe("safe");
    for (const s of ["", "0", "000", "100", "1200", "0010", "5"])
      expect(s.replace(/(?<!0)0+$/, "")).toBe(s.replace(/0+$/, ""));
  });

  it("the sum of long fractions still prints exactly", () => {
    const sum = new DecimalSum();
    sum.add(0.1);
    sum.add(0.2);
    expect(sum.toString()).toBe("0.3");
    const zeros = new DecimalSum();
    zeros.add(1.5);
    zeros.add(2.5);
    expect(zeros.toString()).toBe("4");
    const small = new DecimalSum();
    small.add(1e-7);
    small.add(2e-7);
    expect(small.toString()).toBe("0.0000003");
  });

  it("decimal.ts no longer holds /0+$/", () => {
    const text = readFileSync(new URL("../../../src/checks/decimal.ts", import.meta.url), "utf8");
    expect(text).not.toContain(".replace(/0+$/");
  });
});
