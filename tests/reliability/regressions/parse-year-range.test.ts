/**
 * Found by tests/reliability/fuzz-parse.test.ts ("valid reports rendered … then damaged"):
 * - fast-check seed -157161219: a report whose title states no year and whose signature is dated in January 1900
 *   is given the year 1899 (publication year minus one), with only a `meta.year-inferred` warning;
 * - CI seed 20261128, path "664:3:0:2:1:4:3:2:4": a title reading «…20023年…» or «…0023年…» gives the year 23.
 *
 * Fixed in src/parse: a year is used only inside the model's 1900–9999 (metadata.ts `isModelYear`), four digits
 * that end a longer figure (`20023年`) are no year, and a year read or inferred outside the range is named by a
 * `meta.year-invalid` warning; with no usable year, `meta.year-missing` (error) says why the report's year is 0.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport, renderReport, validateReport } from "../../../src/index.js";
import { parseReport } from "../../../src/parse.js";
import { runs } from "../../support/runs.js";
import { parseProblem } from "../support/shapes.js";

const isModelYear = (y: number) => Number.isInteger(y) && y >= 1900 && y <= 9999;

const report = (publishedOn: string) =>
  buildReport({ edition: "2021", organ: "某县人民政府办公室", year: 2023, publishedOn }, () => 0);

const inputs: Record<string, string> = {
  "no year in the title, signed in January 1900": renderReport(report("1900-01-12"), { format: "text" }).replace(
    /2023\s*年度?/g,
    "",
  ),
  "a title reading 0023年": renderReport(report("2024-01-12"), { format: "markdown" }).replace("2023年", "0023年"),
  "a title reading 20023年": renderReport(report("2024-01-12"), { format: "markdown" }).replace("2023年", "20023年"),
  "a title reading 1899年, signed in January 1900": renderReport(report("1900-01-12"), { format: "html" }).replace(
    "2023年",
    "1899年",
  ),
  // found by the soak (parse-vocabulary, seed 321867123): the year 993 from the last digits of a long figure
  "a title ending in a long figure":
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请9007199254740993年度报告",
};

describe("regression: the parser's year is inside the model, or an error says it is not", () => {
  it("the inputs are what the bug needs", () => {
    expect(inputs["no year in the title, signed in January 1900"]).not.toContain("2023");
    expect(inputs["a title reading 0023年"]).toContain("0023年政府信息公开工作年度报告");
  });

  it.each(Object.entries(inputs))("%s", (_name, text) => {
    const result = parseReport(text);
    const valid = result.report !== null && validateReport(result.report).ok;
    const explained = result.diagnostics.some((d) => d.level === "error" && d.code.startsWith("meta.year"));
    expect(valid || explained).toBe(true);
    // the year not taken from the title is named (out of range, inferred or missing); none outside the model is returned
    expect(result.diagnostics.some((d) => d.code.startsWith("meta.year"))).toBe(true);
    expect(result.report === null || result.report.year === 0 || isModelYear(result.report.year)).toBe(true);
  });

  it("property: whatever figure stands for the title's year and whatever the publication date, the year is the title's when the model holds it, else another year inside the model or 0 with an error saying why", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{1,7}$/),
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("text" as const, "markdown" as const, "html" as const),
        fc.boolean(),
        (digits, signedYear, month, format, periodStated) => {
          const publishedOn = `${String(signedYear).padStart(4, "0")}-${String(month).padStart(2, "0")}-12`;
          let text = renderReport(report(publishedOn), { format });
          // the title's year replaced; the other mentions of the year (the statistics period) kept or removed
          text = text.replace("2023年", `${digits}年`);
          if (!periodStated) text = text.replace(/2023\s*年度?/g, "");
          const result = parseReport(text);
          expect(parseProblem(result)).toBeUndefined();
          const year = result.report?.year;
          expect(year).toBeDefined();
          if (digits.length === 4 && isModelYear(Number(digits))) expect(year).toBe(Number(digits));
          else if (year === 0)
            expect(result.diagnostics.some((d) => d.level === "error" && d.code === "meta.year-missing")).toBe(true);
          else expect(isModelYear(year as number), `year ${year}`).toBe(true);
        },
      ),
      { numRuns: runs(60, 500) },
    );
  });
});
