import type { Arbitrary } from "fast-check";
import { describe, expectTypeOf, it } from "vitest";
import type { Finding, Report, Report2019, Report2021 } from "../../src/index.js";
import type { arbInconsistentReport, arbReport, arbReportWith, ErrorRuleId } from "../../src/testing.js";

describe("the arbitraries are typed by the model", () => {
  it("arbReport: Report, or one edition's report", () => {
    expectTypeOf<ReturnType<typeof arbReport>>().toEqualTypeOf<Arbitrary<Report>>();
    expectTypeOf<ReturnType<typeof arbReport<"2021">>>().toEqualTypeOf<Arbitrary<Report2021>>();
    expectTypeOf<ReturnType<ReturnType<typeof arbReportWith<"2019">>>>().toEqualTypeOf<Arbitrary<Report2019>>();
  });
  it("arbInconsistentReport: the rule ids are the descriptors' error rules", () => {
    expectTypeOf<ErrorRuleId>().toEqualTypeOf<"T3.balance" | "T3.results-total" | "T3.row-total" | "T4.total">();
    expectTypeOf<ReturnType<typeof arbInconsistentReport>>().toEqualTypeOf<
      Arbitrary<{ readonly report: Report; readonly finding: Finding; readonly blanked: readonly string[] }>
    >();
  });
});
