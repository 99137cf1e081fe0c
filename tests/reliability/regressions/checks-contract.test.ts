/**
 * Found by tests/reliability/fuzz-core.test.ts (the precondition property) and while measuring the limits; reported
 * to the lead and fixed in src/checks (commit 5177eb8). Kept as regression tests.
 * 1. `checkReport` documents a TypeError for a value that is not a valid report; a count of `Infinity`
 *    (JavaScript, not JSON) made it throw `SyntaxError: Cannot convert Infinity to a BigInt` instead.
 * 2. `sumReports(reports, { organ, publishedOn: "garbage" })` returned `ok: true` with a roll-up that failed
 *    `validateReport` (publishedOn is not a date): a silent pass of an invalid report.
 * 3. `sumReports` of two valid reports whose amount is 1e308 returned `ok: true` with the amount `Infinity`.
 */
import { describe, expect, it } from "vitest";
import { checkReport, type Report, sumReports, validateReport } from "../../../src/index.js";
import { example } from "./support.js";

describe("regression: the check engine keeps its documented contract", () => {
  it("checkReport on a report with an infinite count throws the documented TypeError", () => {
    const report = structuredClone(example("lianzhou-2023")) as Report & {
      proactive: { regulations: { issued: number } };
    };
    report.proactive.regulations.issued = Number.POSITIVE_INFINITY;
    expect(validateReport(report).ok).toBe(false);
    expect(() => checkReport(report)).toThrow(TypeError);
  });

  it("sumReports never returns ok with a roll-up that is not a valid report", () => {
    const result = sumReports([example("lianzhou-2023")], { organ: "连州市", publishedOn: "garbage" });
    if (result.ok) expect(validateReport(result.value).ok).toBe(true);
    else expect(result.issues.length).toBeGreaterThan(0);
  });

  it("sumReports reports an amount whose sum overflows, instead of returning Infinity", () => {
    const report = structuredClone(example("lianzhou-2023")) as Report & { proactive: { fees: { amount: number } } };
    report.proactive.fees.amount = 1e308;
    expect(validateReport(report).ok).toBe(true);
    const result = sumReports([report, report], { organ: "连州市" });
    if (result.ok) expect(result.value.proactive).not.toMatchObject({ fees: { amount: Number.POSITIVE_INFINITY } });
    else expect(result.issues.length).toBeGreaterThan(0);
  });
});
