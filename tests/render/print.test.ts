// @module-tag browser
/**
 * The HTML output on paper (issue 16): printed to A4 by headless Chromium (tests/support/chromium.ts, the test
 * fonts), with the seed's 总体情况 cut to paragraphs of random number and length so that every heading and table
 * starts somewhere else on its page:
 * - no section heading is the last line of a page (left alone, its text on the next);
 * - no table is broken after one or two of its rows: a table that runs over a page break has at least three rows
 *   of figures on its first page.
 * The pages are read back with pdf.js: each page's text lines, top to bottom.
 */
import fc from "fast-check";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Report, renderReport } from "../../src/index.js";
import { reportDocument } from "../../src/render/document.js";
import { launchChromium, printPdf } from "../support/chromium.js";
import { runs } from "../support/runs.js";
import { example } from "./support/reports.js";

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Each page's lines, top to bottom: the text items of one baseline joined left to right, white space removed. */
async function pageLines(pdf: Uint8Array): Promise<string[][]> {
  const doc = await getDocument({ data: pdf, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const items: { x: number; y: number; s: string }[] = [];
    for (const item of (await (await doc.getPage(n)).getTextContent()).items)
      if ("str" in item && item.str.trim() !== "")
        items.push({ x: item.transform[4] as number, y: item.transform[5] as number, s: item.str });
    items.sort((a, b) => b.y - a.y || a.x - b.x);
    const lines: { y: number; parts: typeof items }[] = [];
    for (const item of items) {
      const last = lines[lines.length - 1];
      if (last !== undefined && Math.abs(last.y - item.y) < 3) last.parts.push(item);
      else lines.push({ y: item.y, parts: [item] });
    }
    pages.push(
      lines.map((l) =>
        l.parts
          .sort((a, b) => a.x - b.x)
          .map((p) => p.s)
          .join(" ")
          .trim(),
      ),
    );
  }
  await doc.destroy();
  return pages;
}

const squeeze = (s: string) => s.replace(/\s+/g, "");
/** A row of figures: a line with at least two figures standing alone. */
const isFigureRow = (line: string) => line.split(/\s+/).filter((t) => /^-?[\d.,]+$/.test(t)).length >= 2;

/** What the printed pages break wrongly: headings last on a page, tables with one or two rows before a break. */
function badBreaks(report: Report, pages: string[][]): string[] {
  const doc = reportDocument(report);
  const headings = new Map(doc.sections.map((s) => [squeeze(s.heading), s.table !== undefined]));
  const bad: string[] = [];
  pages.forEach((lines, p) => {
    const last = lines[lines.length - 1];
    if (p < pages.length - 1 && last !== undefined && headings.has(squeeze(last)))
      bad.push(`page ${p + 1} ends with the heading ${last}`);
  });
  let table: string | undefined;
  const rowsByTable = new Map<string, number[]>();
  pages.forEach((lines, p) => {
    for (const line of lines) {
      const heading = headings.get(squeeze(line));
      if (heading !== undefined) table = heading ? line : undefined;
      else if (table !== undefined && isFigureRow(line)) {
        const counts = rowsByTable.get(table) ?? [];
        counts[p] = (counts[p] ?? 0) + 1;
        rowsByTable.set(table, counts);
      }
    }
  });
  for (const [t, counts] of rowsByTable) {
    const used = counts.map((c, p) => [p, c ?? 0] as const).filter(([, c]) => c > 0);
    const [first] = used;
    if (used.length > 1 && first !== undefined && first[1] < 3)
      bad.push(`${t}: ${first[1]} row(s) on page ${first[0] + 1}, the rest after the break`);
  }
  return bad;
}

/** The seed with its 总体情况 as `lengths.length` paragraphs of those lengths (cut from its own prose). */
function withOverview(seed: Report, lengths: readonly number[]): Report {
  const prose = (seed.sections?.overview ?? []).join("");
  const overview = lengths.map((n, i) => prose.slice((i * 37) % 200, ((i * 37) % 200) + n) || "本年度");
  return { ...seed, sections: { ...seed.sections, overview } } as Report;
}

describe("the HTML on paper: headings and tables never left alone at a page break", () => {
  it("the live probe: a page of prose ending in a heading is seen, and so is a table cut after one row", () => {
    const seed = example("lianzhou-2023");
    const heading = reportDocument(seed).sections[1]?.heading as string;
    expect(badBreaks(seed, [["x", heading], ["y"]])).toEqual([`page 1 ends with the heading ${heading}`]);
    expect(
      badBreaks(seed, [
        [heading, "规章 1 2 3", "表"],
        ["规章 1 2 3", "规章 1 2 3", "规章 1 2 3"],
      ]),
    ).toHaveLength(1);
  });

  it("the seed, the 2019 example, and the seed with 总体情况 of random length", async () => {
    if (browser === undefined) throw new Error("Chromium did not start");
    const b = browser;
    for (const report of [example("lianzhou-2023"), example("example-2019")]) {
      const pdf = await printPdf(b, renderReport(report, { format: "html", standalone: true }));
      expect(badBreaks(report, await pageLines(pdf))).toEqual([]);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 10, max: 400 }), { minLength: 0, maxLength: 14 }),
        async (lengths) => {
          const report = withOverview(example("lianzhou-2023"), lengths);
          const pdf = await printPdf(b, renderReport(report, { format: "html", standalone: true }));
          expect(badBreaks(report, await pageLines(pdf))).toEqual([]);
        },
      ),
      { numRuns: runs(8, 20) },
    );
  });
});
