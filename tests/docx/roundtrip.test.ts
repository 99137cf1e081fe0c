/**
 * Round trip through Word: any valid report the renderers can produce, written as a .docx by the test writer
 * (merged cells as `w:gridSpan`/`w:vMerge`) in any of the layouts organs use, reads back with `parseDocx` to
 * the same tables and metadata (organ, year, publishedOn) without an error — and to the same report as its
 * HTML rendering read with `parseReport`: merges read from Word as structure, as HTML's rowspan/colspan.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/docx.js";
import { cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/render.js";
import { arbReport as arbAnyReport } from "../../src/testing.js";
import { validateReport } from "../../src/validate/validate.js";
import { arbReport } from "../parse/support/reports.js";
import type { DocxWriterOptions } from "../support/docx-writer.js";
import { writeDocx } from "../support/docx-writer.js";
import { runs } from "../support/runs.js";
import { differences } from "./support.js";

const arbOptions: fc.Arbitrary<DocxWriterOptions> = fc
  .record({
    blank: fc.constantFrom("", "\u3000", "—", "/"),
    captions: fc.boolean(),
    repeatHeader: fc.boolean(),
    numberedHeadings: fc.boolean(),
    split: fc.option(
      fc.record({
        table: fc.constantFrom("proactive" as const, "applications" as const),
        at: fc.nat(30),
        style: fc.constantFrom("two-tables" as const, "row-break" as const),
        carried: fc.constantFrom("repeat" as const, "continue" as const),
        header: fc.constantFrom("repeat" as const, "none" as const),
      }),
      { nil: undefined },
    ),
  })
  .map(({ split, ...rest }): DocxWriterOptions => (split === undefined ? rest : { ...rest, split }));

describe("parseDocx(writeDocx(R)) gives back R", () => {
  it("every table cell and the metadata, both editions, any layout", async () => {
    await fc.assert(
      fc.asyncProperty(arbReport(), arbOptions, async (report: Report, options) => {
        expect(validateReport(report).ok).toBe(true);
        const result = parseDocx(await writeDocx(report, options));
        expect(result.format).toBe("docx");
        expect(result.edition.edition).toBe(report.edition);
        expect(differences(report, result.report)).toEqual([]);
        expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
      }),
      { numRuns: runs(100, 500) },
    );
  });

  it("the same report as the HTML rendering of R gives", async () => {
    await fc.assert(
      fc.asyncProperty(arbReport(), async (report: Report) => {
        const fromWord = parseDocx(await writeDocx(report));
        const fromHtml = parseReport(renderReport(report, { format: "html" }));
        expect(fromWord.report).toEqual(fromHtml.report);
        expect(fromWord.edition).toEqual(fromHtml.edition);
      }),
      { numRuns: runs(100, 500) },
    );
  });

  it("any report zfxxgk/testing makes (any text, any figure): the same cells as its HTML rendering reads to", async () => {
    // not every such report survives rendering (an amount printed to 15 digits, the unit of a blank amount),
    // but whatever its HTML reads to, its Word file reads to the same
    await fc.assert(
      fc.asyncProperty(arbAnyReport(), async (report: Report) => {
        const fromWord = parseDocx(await writeDocx(report)).report;
        const fromHtml = parseReport(renderReport(report, { format: "html" })).report;
        expect(fromWord === null).toBe(fromHtml === null);
        if (fromWord === null || fromHtml === null) return;
        for (const c of cellsOf(report.edition))
          expect(readCell(fromWord, c.segments), c.path).toStrictEqual(readCell(fromHtml, c.segments));
      }),
      { numRuns: runs(100, 500) },
    );
  });
});
