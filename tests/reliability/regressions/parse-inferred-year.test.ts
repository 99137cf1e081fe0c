/**
 * Found by tests/reliability/fuzz-parse.test.ts ("valid reports rendered … then damaged"), fast-check seed
 * -157161219: a report whose title states no year and whose signature is dated in the first half of 1900.
 *
 * KNOWN BUG (src/parse/parse-report.ts, reported to the lead): the year is inferred as the publication year
 * minus one — 1899, outside the model's 1900–9999 — with only a `meta.year-inferred` warning, so `parseReport`
 * returns an invalid report without an error saying so. `it.fails` passes while the bug is there; when it is
 * fixed this test fails: turn `it.fails` into `it` and remove the matching exception in support/shapes.ts.
 */
import { describe, expect, it } from "vitest";
import { buildReport, renderReport, validateReport } from "../../../src/index.js";
import { parseReport } from "../../../src/parse.js";

describe("regression: a year inferred from a publication date in January 1900", () => {
  const report = buildReport(
    { edition: "2021", organ: "某县人民政府办公室", year: 2023, publishedOn: "1900-01-12" },
    () => 0,
  );
  const text = renderReport(report, { format: "text" }).replace(/2023\s*年度?/g, "");

  it("the input is what the bug needs: no year in the title, a date in 1900", () => {
    expect(text).not.toContain("2023");
    expect(text).toContain("1900年1月12日");
  });

  it.fails("KNOWN BUG: the parsed report is valid, or an error diagnostic says why it is not", () => {
    const result = parseReport(text);
    const valid = result.report !== null && validateReport(result.report).ok;
    const explained = result.diagnostics.some((d) => d.level === "error" && d.code === "meta.year-missing");
    expect(valid || explained).toBe(true);
  });
});
