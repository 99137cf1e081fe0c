// @module-tag browser
/**
 * The HTML in a real browser: headless Chromium (Debian's `chromium`, driven by playwright-core).
 * - the standalone page of the seed (and of the 2019 example) has zero axe-core violations;
 * - a report full of hostile text builds exactly the DOM a harmless report builds, and runs no script;
 * - a screenshot of the seed is written to docs/screenshots/lianzhou-2023.png when asked for
 *   (`UPDATE_GOLDEN=1`) or when it is missing.
 *
 * This test never skips: without Chromium it fails and says how to install it (CI installs it).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import axe from "axe-core";
import fc from "fast-check";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Report, renderReport, renderTable, tableKeys } from "../../src/index.js";
import { cleanText } from "../../src/render.js";
import { launchChromium, useTestFonts } from "../support/chromium.js";
import { runs } from "../support/runs.js";
import { arbReport, benign, example, hostileStrings } from "./support/reports.js";

const screenshot = new URL("../../docs/screenshots/lianzhou-2023.png", import.meta.url);

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(html: string, width = 880): Promise<Page> {
  if (browser === undefined) throw new Error("Chromium did not start");
  const page = await browser.newPage({ viewport: { width, height: 1200 }, javaScriptEnabled: true });
  await page.setContent(html, { waitUntil: "load" });
  await useTestFonts(page);
  return page;
}

// The scripts below run in the page; they are strings because this project compiles without the DOM library.

/** Every element of the page: tag and attribute names, in document order. */
async function elementList(page: Page): Promise<string[]> {
  return (await page.evaluate(
    `Array.from(document.querySelectorAll("*"), (e) => e.tagName + ":" + Array.from(e.attributes, (a) => a.name).join(","))`,
  )) as string[];
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  return (await page.evaluate(
    `axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  )) as AxeViolation[];
}

describe("HTML in headless Chromium", () => {
  it("the standalone page of the seed has zero axe-core violations, and a screenshot of it is kept", async () => {
    const page = await open(renderReport(example("lianzhou-2023"), { format: "html", standalone: true }));
    expect(await axeViolations(page)).toStrictEqual([]);
    const png = await page.screenshot({ fullPage: true });
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(screenshot)) {
      mkdirSync(new URL(".", screenshot), { recursive: true });
      writeFileSync(screenshot, png);
    }
    await page.close();
  });

  it("the probes are live: axe-core flags a page that breaks its rules, a script that runs is seen", async () => {
    const page = await open(
      '<!DOCTYPE html><html><head></head><body><table><tr><th></th><td headers="nowhere">1</td></tr></table><img src="x.png"></body></html>',
    );
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(["html-has-lang", "document-title", "image-alt"]));
    await page.close();
    // and the script probe below is live too: a page that does run a script is seen to
    const control = await open("<!DOCTYPE html><html><body><script>window.__pwned = 1</script></body></html>");
    expect(await control.evaluate("typeof window.__pwned")).toBe("number");
    await control.close();
  });

  it("the 2019 example and a fragment page have zero axe-core violations", async () => {
    const report = example("example-2019");
    for (const html of [
      renderReport(report, { format: "html", standalone: true }),
      `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body><main>${renderReport(report, { format: "html", idPrefix: "r2019" })}</main></body></html>`,
    ]) {
      const page = await open(html);
      expect(await axeViolations(page)).toStrictEqual([]);
      await page.close();
    }
  });

  it("a standalone page of each table alone has zero axe-core violations", async () => {
    for (const report of [example("lianzhou-2023"), example("example-2019")])
      for (const key of tableKeys) {
        const page = await open(renderTable(report, key, { format: "html", standalone: true }));
        expect(await axeViolations(page), `${report.edition} ${key}`).toStrictEqual([]);
        await page.close();
      }
  });

  it("hostile text builds no element and runs no script: the DOM equals a harmless report's", async () => {
    const hostile = structuredClone(example("lianzhou-2023"));
    const all = hostileStrings.join("");
    hostile.organ = `连州${all}`;
    hostile.title = `标题${all}`;
    hostile.preamble = [...hostileStrings];
    hostile.sections = { overview: [all], problems: [...hostileStrings], other: [`其他${all}`] };
    const samples: Report[] = [hostile, ...fc.sample(arbReport, { numRuns: runs(10, 30), seed: 20240112 })];
    for (const report of samples) {
      const page = await open(renderReport(report, { format: "html", standalone: true }));
      const harmless = await open(renderReport(benign(report), { format: "html", standalone: true }));
      expect(await elementList(page)).toStrictEqual(await elementList(harmless));
      expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
      expect(await page.locator(".zfxxgk-organ").textContent()).toBe(cleanText(report.organ));
      await page.close();
      await harmless.close();
    }
  });
});
