import { describe, expectTypeOf, it } from "vitest";
import type {
  ApplicantRow,
  DerivedReport,
  Edition,
  Report,
  Report2019,
  Report2021,
  ReviewGroup,
  TableOf,
} from "../../src/index.js";

describe("the generated interfaces equal the types derived from the descriptors", () => {
  it("Report2021 ≡ DerivedReport<'2021'>", () => {
    expectTypeOf<Report2021>().toEqualTypeOf<DerivedReport<"2021">>();
  });
  it("Report2019 ≡ DerivedReport<'2019'>", () => {
    expectTypeOf<Report2019>().toEqualTypeOf<DerivedReport<"2019">>();
  });
  it("each table", () => {
    expectTypeOf<Report2021["applications"]>().toEqualTypeOf<TableOf<"2021", "applications">>();
    expectTypeOf<Report2019["proactive"]>().toEqualTypeOf<TableOf<"2019", "proactive">>();
    expectTypeOf<Report2021["reviewLitigation"]>().toEqualTypeOf<TableOf<"2019", "reviewLitigation">>();
  });
});

describe("the derived types have the intended shapes", () => {
  type Cell = number | null;
  it("ApplicantRow is the seven applicant columns", () => {
    expectTypeOf<ApplicantRow>().toEqualTypeOf<{
      naturalPerson: Cell;
      commercial: Cell;
      research: Cell;
      publicWelfare: Cell;
      legalService: Cell;
      other: Cell;
      total: Cell;
    }>();
  });
  it("ReviewGroup is the five outcome columns", () => {
    expectTypeOf<ReviewGroup>().toEqualTypeOf<{
      upheld: Cell;
      corrected: Cell;
      other: Cell;
      pending: Cell;
      total: Cell;
    }>();
  });
  it("表三 2021 and 2019 differ only in （六）其他处理", () => {
    expectTypeOf<Report2021["applications"]["results"]["otherHandling"]>().toEqualTypeOf<{
      overdueCorrection: ApplicantRow;
      overdueFee: ApplicantRow;
      other: ApplicantRow;
    }>();
    expectTypeOf<Report2019["applications"]["results"]["otherHandling"]>().toEqualTypeOf<ApplicantRow>();
    expectTypeOf<Omit<Report2021["applications"]["results"], "otherHandling">>().toEqualTypeOf<
      Omit<Report2019["applications"]["results"], "otherHandling">
    >();
  });
  it("表二 2021", () => {
    expectTypeOf<Report2021["proactive"]>().toEqualTypeOf<{
      regulations: { issued: Cell; repealed: Cell; inForce: Cell };
      normativeDocuments: { issued: Cell; repealed: Cell; inForce: Cell };
      licensing: { decisions: Cell };
      penalties: { decisions: Cell };
      coercion: { decisions: Cell };
      fees: { amount: Cell };
    }>();
  });
  it("表二 2019", () => {
    type Items = { previousItems: Cell; change: Cell; decisions: Cell };
    expectTypeOf<Report2019["proactive"]>().toEqualTypeOf<{
      regulations: { newlyMade: Cell; newlyPublished: Cell; publicTotal: Cell };
      normativeDocuments: { newlyMade: Cell; newlyPublished: Cell; publicTotal: Cell };
      licensing: Items;
      otherServices: Items;
      penalties: Items;
      coercion: Items;
      fees: { previousItems: Cell; change: Cell };
      procurement: { projects: Cell; amount: Cell; amountUnit: "元" | "万元" | null };
    }>();
  });
  it("the envelope and the union", () => {
    expectTypeOf<Report["edition"]>().toEqualTypeOf<Edition>();
    expectTypeOf<Extract<Edition, "2021" | "2019">>().toEqualTypeOf<"2021" | "2019">();
    expectTypeOf<Report2021["publishedOn"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Report2021>().toHaveProperty("title");
    expectTypeOf<Extract<Report, { edition: "2019" }>>().toEqualTypeOf<Report2019>();
  });
});
