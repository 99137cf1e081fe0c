import type * as t from "io-ts";
import { describe, expectTypeOf, it } from "vitest";
import type { Report, Report2019, Report2021 } from "../../src/index.js";
import type {
  Applications2019Codec,
  Applications2021Codec,
  ConsistentReportCodec,
  Count,
  Proactive2019Codec,
  Proactive2021Codec,
  Report2019Codec,
  Report2021Codec,
  ReportCodec,
  ReviewLitigationCodec,
} from "../../src/io-ts.js";

describe("io-ts's decoded types are exactly the core model types", () => {
  it("ReportCodec → Report", () => {
    expectTypeOf<t.TypeOf<typeof ReportCodec>>().toEqualTypeOf<Report>();
    expectTypeOf<t.OutputOf<typeof ReportCodec>>().toEqualTypeOf<Report>();
  });
  it("ConsistentReportCodec → Report", () => {
    expectTypeOf<t.TypeOf<typeof ConsistentReportCodec>>().toEqualTypeOf<Report>();
  });
  it("each edition", () => {
    expectTypeOf<t.TypeOf<typeof Report2021Codec>>().toEqualTypeOf<Report2021>();
    expectTypeOf<t.TypeOf<typeof Report2019Codec>>().toEqualTypeOf<Report2019>();
  });
  it("each table", () => {
    expectTypeOf<t.TypeOf<typeof Proactive2021Codec>>().toEqualTypeOf<Report2021["proactive"]>();
    expectTypeOf<t.TypeOf<typeof Proactive2019Codec>>().toEqualTypeOf<Report2019["proactive"]>();
    expectTypeOf<t.TypeOf<typeof Applications2021Codec>>().toEqualTypeOf<Report2021["applications"]>();
    expectTypeOf<t.TypeOf<typeof Applications2019Codec>>().toEqualTypeOf<Report2019["applications"]>();
    expectTypeOf<t.TypeOf<typeof ReviewLitigationCodec>>().toEqualTypeOf<Report["reviewLitigation"]>();
  });
  it("counts are refinements of number, not branded", () => {
    expectTypeOf<t.TypeOf<typeof Count>>().toEqualTypeOf<number>();
  });
});
