// @module-tag browser
/**
 * Round trip through a real PDF: any report the renderer prints as a standalone HTML page, printed to A4 by
 * headless Chromium (its text layer: Noto CJK subset fonts whose ToUnicode names CJK radicals), read back
 * with parsePdf:
 * - a report without blank cells comes back with every cell of every table exact;
 * - with blank cells too: a row with a blank cell gives fewer figures than columns, which layout text (as
 *   `pdftotext -layout`'s) cannot always place; the second reading of the ruled tables, cell by cell, puts
 *   each blank in its own column.
 * Figures are kept to what an A4 table shows (at most six digits): a longer one overflows the printed page
 * and is cut off by the page edge in the PDF itself. Needs Chromium and a CJK font (fonts-noto-cjk); never
 * skips.
 */
import fc from "fast-check";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellsOf } from "../../src/format/walk.js";
import { type Report, renderReport } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { arbReport } from "../parse/support/reports.js";
import { launchChromium, printPdf } from "../support/chromium.js";
import { runs } from "../support/runs.js";
import { cellDifferences } from "./support/cells.js";

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The report with every figure cut to at most six digits, and (when `fill`) every blank figure given one. */
function printable(report: Report, fill: boolean): Report {
  const copy = structuredClone(report) as unknown as Record<string, unknown>;
  for (const c of cellsOf(report.edition)) {
    let node = copy;
    for (const k of c.segments.slice(0, -1)) node = node[k] as Record<string, unknown>;
    const key = c.segments[c.segments.length - 1] as string;
    const v = node[key];
    if (typeof v === "number" && String(v).length > 6) node[key] = Math.floor(Math.abs(v)) % 100_000;
    if (fill && v === null && c.field.kind !== "unit") node[key] = c.field.kind === "signed" ? -3 : 7;
  }
  return copy as unknown as Report;
}

async function throughPdf(report: Report) {
  if (browser === undefined) throw new Error("Chromium did not start");
  const pdf = await printPdf(browser, renderReport(report, { format: "html", standalone: true }));
  return parsePdf(pdf);
}

describe("parsePdf(Chromium's PDF of renderReport(R, html)) gives back R's tables", () => {
  it("without blank cells: every cell exact, both editions", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbReport().map((r) => printable(r, true)),
        async (report) => {
          const result = await throughPdf(report);
          expect(result.edition.edition).toBe(report.edition);
          expect(cellDifferences(report, result.report)).toEqual([]);
        },
      ),
      { numRuns: runs(4, 12) },
    );
  });

  it("with blank cells: every cell exact, blanks null in their own columns (the ruled tables read cell by cell)", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbReport().map((r) => printable(r, false)),
        async (report) => {
          const result = await throughPdf(report);
          expect(result.edition.edition).toBe(report.edition);
          expect(cellDifferences(report, result.report)).toEqual([]);
        },
      ),
      { numRuns: runs(4, 12) },
    );
  });
});
