import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { Report, Report2019, Report2021 } from "../../src/index.js";
import type {
  Applications2019Schema,
  Applications2021Schema,
  ConsistentReportSchema,
  Proactive2019Schema,
  Proactive2021Schema,
  Report2019Schema,
  Report2021Schema,
  ReportSchema,
  ReviewLitigationSchema,
} from "../../src/zod.js";

describe("zod's output types are exactly the core model types", () => {
  it("ReportSchema → Report", () => {
    expectTypeOf<z.output<typeof ReportSchema>>().toEqualTypeOf<Report>();
  });
  it("ConsistentReportSchema → Report", () => {
    expectTypeOf<z.output<typeof ConsistentReportSchema>>().toEqualTypeOf<Report>();
  });
  it("each edition", () => {
    expectTypeOf<z.output<typeof Report2021Schema>>().toEqualTypeOf<Report2021>();
    expectTypeOf<z.output<typeof Report2019Schema>>().toEqualTypeOf<Report2019>();
  });
  it("each table", () => {
    expectTypeOf<z.output<typeof Proactive2021Schema>>().toEqualTypeOf<Report2021["proactive"]>();
    expectTypeOf<z.output<typeof Proactive2019Schema>>().toEqualTypeOf<Report2019["proactive"]>();
    expectTypeOf<z.output<typeof Applications2021Schema>>().toEqualTypeOf<Report2021["applications"]>();
    expectTypeOf<z.output<typeof Applications2019Schema>>().toEqualTypeOf<Report2019["applications"]>();
    expectTypeOf<z.output<typeof ReviewLitigationSchema>>().toEqualTypeOf<Report["reviewLitigation"]>();
  });
});
