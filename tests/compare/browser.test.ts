// @module-tag browser
/**
 * The comparison's HTML page in headless Chromium: zero axe-core violations on the real 平潭 2023 → 2024 pair and on
 * generated pairs, the marks visible to assistive technology with their label, and an A4 PDF printed from it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import axe from "axe-core";
import fc from "fast-check";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareReports, renderComparison, renderComparisons } from "../../src/compare.js";
import type { Report } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";
import { arbReport } from "../../src/testing.js";
import { launchChromium, printPdf, useTestFonts } from "../support/chromium.js";
import { runs } from "../support/runs.js";

const real = join(new URL("../..", import.meta.url).pathname, "tests", "fixtures", "real");
const page = (year: number) => parseReport(readFileSync(join(real, `pingtan-${year}.html`), "utf8")).report as Report;

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(html: string): Promise<Page> {
  if (browser === undefined) throw new Error("Chromium did not start");
  const p = await browser.newPage({ viewport: { width: 880, height: 1200 } });
  await p.setContent(html, { waitUntil: "load" });
  await useTestFonts(p);
  return p;
}

async function violations(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: axe.source });
  return (await p.evaluate(`axe.run(document).then((r) => r.violations.map((v) => v.id + ": " + v.help))`)) as string[];
}

describe("the comparison page in headless Chromium", () => {
  it("平潭 2023 → 2024 (English and Chinese): no axe-core violation; every mark read with its label; prints to A4", async () => {
    const before = page(2023);
    const now = page(2024);
    const c = compareReports(before, now);
    for (const lang of ["zh", "en"] as const) {
      const html = renderComparison(c, now, { format: "html", lang });
      const p = await open(html);
      try {
        expect(await violations(p)).toEqual([]);
        const marks = (await p.evaluate(
          `Array.from(document.querySelectorAll("mark"), (m) => m.textContent)`,
        )) as string[];
        expect(marks.length).toBeGreaterThan(10);
        for (const m of marks) expect(m.startsWith(lang === "zh" ? "与上年相同：" : "as last year: ")).toBe(true);
      } finally {
        await p.close();
      }
    }
    const pdf = await printPdf(browser as Browser, renderComparison(c, now, { format: "html" }));
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
  });

  it("generated pairs, one page of several comparisons (one of them twice): no axe-core violation", async () => {
    const text = fc.array(fc.constantFrom("政府信息公开工作", "<b>加粗</b>", "2024年", "依申请公开办理"), {
      maxLength: 6,
    });
    const prose = fc.array(
      text.map((w) => w.join("")),
      { maxLength: 3 },
    );
    const arb = fc.tuple(arbReport({ edition: "2021" }), prose, prose);
    const samples = fc.sample(arb, { numRuns: runs(3, 10) });
    const items = samples.map(([report, a, b]) => {
      const before = { ...report, sections: { overview: a } } as Report;
      const now = { ...report, year: report.year + 1, sections: { overview: b, problems: a } } as Report;
      return { comparison: compareReports(before, now), current: now };
    });
    // the same comparison twice too: two sections named alike would break landmark-unique
    const p = await open(renderComparisons([...items, ...items.slice(0, 1)], { format: "html" }));
    try {
      expect(await violations(p)).toEqual([]);
    } finally {
      await p.close();
    }
  });
});
