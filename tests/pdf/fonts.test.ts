// @module-tag browser
/**
 * The browser tests need nothing installed by hand (issue 16): the Chromium they run comes with `npm ci`
 * (`@sparticuz/chromium`, unpacked into node_modules/.cache), and what it prints is set in the CJK web fonts of
 * tests/support/fonts.ts, never in a font of the machine — so a machine without CJK fonts prints Chinese, and every
 * machine prints alike.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Report, renderReport } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { chromiumExecutable, launchChromium, printPdf } from "../support/chromium.js";

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The /BaseFont names of a PDF's fonts (Chromium writes its font dictionaries uncompressed). */
function baseFonts(pdf: Uint8Array): string[] {
  const text = new TextDecoder("latin1").decode(pdf);
  return [...new Set(Array.from(text.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g), (m) => m[1] as string))];
}

describe("browser tests: Chromium and fonts from npm", () => {
  it.runIf(process.env.ZFXXGK_CHROMIUM === undefined)(
    "the Chromium is the npm package's, with its own font config",
    () => {
      const { path, env } = chromiumExecutable();
      expect(path).toMatch(/node_modules\/\.cache\/zfxxgk-chromium\/[\d.]+\/chromium$/);
      expect(env?.FONTCONFIG_FILE).toMatch(/zfxxgk-chromium\/[\d.]+\/fonts\.conf$/);
      expect(readFileSync(env?.FONTCONFIG_FILE as string, "utf8")).not.toMatch(/\/usr\/share\/fonts|\/etc\/fonts/);
    },
  );

  it("the seed printed to PDF uses only the test web fonts, and reads back with its Chinese text", async () => {
    if (browser === undefined) throw new Error("Chromium did not start");
    const seed = JSON.parse(
      readFileSync(new URL("../../examples/lianzhou-2023.json", import.meta.url), "utf8"),
    ) as Report;
    const pdf = await printPdf(browser, renderReport(seed, { format: "html", standalone: true }));
    const fonts = baseFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !/^[A-Z]{6}\+NotoS(?:erif|ans)SC/.test(f))).toEqual([]);
    const result = await parsePdf(pdf);
    expect(result.report?.organ).toBe(seed.organ);
    expect(result.report?.applications).toEqual(seed.applications);
  });
});
