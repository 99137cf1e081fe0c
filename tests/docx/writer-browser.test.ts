// @module-tag browser
/**
 * `renderDocx` in a browser: `zfxxgk/docx` bundled for the browser with esbuild (the `docx` package with it, as an
 * application's bundler would; no Node built-in may be reached: the build fails on one), run in headless Chromium,
 * writes for the seed and the 2019 example the same bytes as in Node. Never skips: without Chromium it fails saying
 * how to install it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocx, renderDocx } from "../../src/docx.js";
import { bundleForBrowser } from "../support/browser-bundle.js";
import { launchChromium } from "../support/chromium.js";
import { differences } from "./support.js";

let browser: Browser | undefined;
let script = "";

beforeAll(async () => {
  const entry = fileURLToPath(new URL("../../src/docx.ts", import.meta.url));
  script = await bundleForBrowser(
    `import { renderDocx } from ${JSON.stringify(entry)}; globalThis.zfxxgkDocx = { renderDocx };`,
    fileURLToPath(new URL(".", import.meta.url)),
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The bytes renderDocx writes in the page for a report. */
async function inBrowser(report: unknown): Promise<Uint8Array> {
  if (browser === undefined) throw new Error("Chromium did not start");
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><meta charset="utf-8"><title>renderDocx</title>');
    await page.addScriptTag({ content: script });
    // a string: this project compiles without the DOM library
    const base64 = await page.evaluate(`(async () => {
      const bytes = await globalThis.zfxxgkDocx.renderDocx(${JSON.stringify(report)});
      let s = "";
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    })()`);
    return new Uint8Array(Buffer.from(base64 as string, "base64"));
  } finally {
    await page.close();
  }
}

describe("renderDocx in headless Chromium", () => {
  for (const name of ["lianzhou-2023.json", "example-2019.json"])
    it(`${name}: the same bytes as in Node, which read back to the same tables`, async () => {
      const report = JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8"));
      const bytes = await inBrowser(report);
      expect(Buffer.from(bytes).equals(Buffer.from(await renderDocx(report)))).toBe(true);
      expect(differences(report, parseDocx(bytes).report)).toEqual([]);
    }, 60_000);
});
