// @module-tag browser
/**
 * The HTML output on a phone (issue 16), in headless Chromium at 390 × 844 CSS pixels:
 * - the page never scrolls sideways: each table scrolls in its own box (a focusable region named by its caption);
 * - column headers break between words only (商业/企业, not 商业企/业): each word of a header, as `headerWords`
 *   cuts it, stands on one line;
 * - zero axe-core violations at that width.
 * Screenshots of the seed on a phone (its top, and 表三) and on paper (print media, A4 width) are kept in docs/screenshots/ (written
 * when missing or with UPDATE_GOLDEN=1).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import axe from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headerWords } from "../../src/format/header-words.js";
import { editionYears } from "../../src/format.js";
import { buildReport, editionKeys, renderReport, tableKeys } from "../../src/index.js";
import { tableGrid } from "../../src/render/grid.js";
import { launchChromium, useTestFonts } from "../support/chromium.js";
import { example } from "./support/reports.js";

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(html: string, width: number, height = 844): Promise<Page> {
  if (browser === undefined) throw new Error("Chromium did not start");
  const page = await browser.newPage({ viewport: { width, height }, javaScriptEnabled: true });
  await page.setContent(html, { waitUntil: "load" });
  await useTestFonts(page);
  return page;
}

const reports = [example("lianzhou-2023"), example("example-2019")];

describe("the HTML on a 390 px phone", () => {
  it.each(reports.map((r) => [r.edition, r] as const))(
    "%s: no sideways page scroll; tables scroll in their box",
    async (_, report) => {
      const page = await open(renderReport(report, { format: "html", standalone: true }), 390);
      // strings: this project compiles without the DOM library
      const [pageWidth, viewport] = (await page.evaluate(
        "[document.scrollingElement.scrollWidth, document.documentElement.clientWidth]",
      )) as [number, number];
      expect(pageWidth).toBeLessThanOrEqual(viewport);
      const boxes = (await page.evaluate(
        `Array.from(document.querySelectorAll(".zfxxgk-table-box"), (b) => ({ scrolls: b.scrollWidth > b.clientWidth, tab: b.tabIndex, role: b.getAttribute("role"), name: document.getElementById(b.getAttribute("aria-labelledby")).textContent }))`,
      )) as { scrolls: boolean; tab: number; role: string; name: string }[];
      expect(boxes.map((b) => b.name)).toEqual(tableKeys.map((k) => tableGrid(report, k).caption));
      expect(boxes.some((b) => b.scrolls)).toBe(true); // 表三 is wider than a phone: it scrolls, in its box
      for (const b of boxes) expect([b.role, b.tab]).toEqual(["region", 0]);
      await page.addScriptTag({ content: axe.source });
      const violations = (await page.evaluate(
        `axe.run(document).then((r) => r.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target).join(" ")))`,
      )) as string[];
      expect(violations).toEqual([]);
      await page.close();
    },
  );

  it.each([390, 880])("at %i px, every column header breaks between its words only", async (width) => {
    for (const report of reports) {
      const page = await open(renderReport(report, { format: "html", standalone: true }), width);
      const split = (await page.evaluate(
        `Array.from(document.querySelectorAll('th[scope="col"]')).flatMap((th) => Array.from(th.childNodes).filter((n) => n.nodeType === 3).map((n) => { const r = document.createRange(); r.selectNodeContents(n); const tops = new Set(Array.from(r.getClientRects(), (c) => Math.round(c.top))); return tops.size > 1 ? n.textContent : null; }).filter((t) => t !== null))`,
      )) as string[];
      expect(split, `${report.edition} at ${width}px`).toEqual([]);
      await page.close();
    }
  });

  it("headerWords knows every column header of every edition (a new header asks for its words)", () => {
    const labels = new Set<string>();
    for (const edition of editionKeys) {
      // a filled example where there is one; an edition without one is laid out from a report of zeros
      const report =
        reports.find((r) => r.edition === edition) ??
        buildReport({ edition, organ: "某市某局", year: editionYears(edition).from, publishedOn: null }, () => 0);
      for (const key of tableKeys)
        for (const row of tableGrid(report, key).rows)
          for (const cell of row.cells) if (cell.role === "column") labels.add(cell.text);
    }
    expect(labels.size).toBeGreaterThan(20);
    // a header is words, each at most 4 characters, or a word with a parenthesised unit after it
    const odd = [...labels].filter((l) =>
      headerWords(l).some((w) => w.replace(/（[^）]*）$/, "").length > 4 || w.length === 0),
    );
    expect(odd).toEqual([]);
    expect(headerWords("社会公益组织")).toEqual(["社会", "公益", "组织"]);
    expect(headerWords("未经复议直接起诉")).toEqual(["未经", "复议", "直接", "起诉"]);
    expect(headerWords("XY")).toEqual(["XY"]);
  });

  it("screenshots: the seed on a phone and on paper", async () => {
    const html = renderReport(example("lianzhou-2023"), { format: "html", standalone: true });
    const phone = await open(html, 390);
    // the page's top, and 表三 in its box (scrolled to its start; the rest a swipe away)
    const shots = [
      ["lianzhou-2023-phone.png", await phone.screenshot({ fullPage: false })],
      ["lianzhou-2023-phone-table.png", await phone.locator("section.zfxxgk-section-table").nth(1).screenshot()],
    ] as const;
    await phone.close();
    const paper = await open(html, 794, 1123);
    await paper.emulateMedia({ media: "print" });
    const all = [...shots, ["lianzhou-2023-print.png", await paper.screenshot({ fullPage: false })] as const];
    await paper.close();
    for (const [name, png] of all) {
      expect(png.length).toBeGreaterThan(1000);
      const file = new URL(`../../docs/screenshots/${name}`, import.meta.url);
      if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
        mkdirSync(new URL(".", file), { recursive: true });
        writeFileSync(file, png);
      }
    }
  });
});
