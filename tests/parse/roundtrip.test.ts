/**
 * Round trip: for any valid report R and each renderer, `parseReport(renderReport(R, f))` gives back R's
 * tables and metadata exactly — and its prose, which the renderers print paragraph by paragraph.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/render.js";
import { validateReport } from "../../src/validate/validate.js";
import { runs } from "../support/runs.js";
import { arbReport } from "./support/reports.js";

/** What of R must come back: every cell, and each envelope field R has. */
function differences(report: Report, back: Report | null): string[] {
  if (back === null) return ["no report"];
  const out: string[] = [];
  for (const c of cellsOf(report.edition)) {
    const a = readCell(report, c.segments);
    const b = readCell(back, c.segments);
    if (!Object.is(a, b)) out.push(`${c.path}: ${String(b)} ≠ ${String(a)}`);
  }
  for (const key of ["edition", "organ", "year", "publishedOn", "title", "preamble", "sections"] as const) {
    if (report[key] === undefined) continue;
    if (JSON.stringify(report[key]) !== JSON.stringify(back[key]))
      out.push(`${key}: ${JSON.stringify(back[key])} ≠ ${JSON.stringify(report[key])}`);
  }
  return out;
}

describe("parseReport(renderReport(R, f)) gives back R", () => {
  for (const format of ["text", "markdown", "html"] as const) {
    it(`${format}, both editions`, () => {
      fc.assert(
        fc.property(arbReport(), (report) => {
          expect(validateReport(report).ok).toBe(true);
          const rendered = renderReport(report, { format });
          const result = parseReport(rendered);
          expect(result.format).toBe(format);
          expect(result.edition.edition).toBe(report.edition);
          expect(differences(report, result.report)).toEqual([]);
          expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
        }),
        { numRuns: runs(500, 1000) },
      );
    });
  }

  it("also with blanks printed as «—» (text and Markdown)", () => {
    fc.assert(
      fc.property(arbReport(), fc.constantFrom("text" as const, "markdown" as const), (report, format) => {
        const result = parseReport(renderReport(report, { format, blank: "—" }));
        expect(differences(report, result.report)).toEqual([]);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});
