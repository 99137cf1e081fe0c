// @module-tag browser
/**
 * `zfxxgk/docx` in a browser: the module bundled for the browser with esbuild (no Node built-in may be reached:
 * the build fails on one), run in headless Chromium, reads the official template, a LibreOffice .docx and a
 * legacy .doc to the same report, lines and diagnostics as in Node. Never skips: without Chromium it fails
 * saying how to install it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocx, readDocx } from "../../src/docx.js";
import { bundleForBrowser } from "../support/browser-bundle.js";
import { launchChromium } from "../support/chromium.js";

let browser: Browser | undefined;
let script = "";

beforeAll(async () => {
  const entry = fileURLToPath(new URL("../../src/docx.ts", import.meta.url));
  script = await bundleForBrowser(
    `import { parseDocx, readDocx } from ${JSON.stringify(entry)}; globalThis.zfxxgkDocx = { parseDocx, readDocx };`,
    fileURLToPath(new URL(".", import.meta.url)),
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** What the module gives for some bytes, in the page (as JSON). */
async function inBrowser(bytes: Uint8Array): Promise<unknown> {
  if (browser === undefined) throw new Error("Chromium did not start");
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><meta charset="utf-8"><title>zfxxgk/docx</title>');
    await page.addScriptTag({ content: script });
    const base64 = Buffer.from(bytes).toString("base64");
    // a string: this project compiles without the DOM library
    const json = await page.evaluate(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));
      const { report, edition, diagnostics } = globalThis.zfxxgkDocx.parseDocx(bytes);
      const { lines, text } = globalThis.zfxxgkDocx.readDocx(bytes.buffer);
      return JSON.stringify({ report, edition, diagnostics, lines, text });
    })()`);
    return JSON.parse(json as string);
  } finally {
    await page.close();
  }
}

function inNode(bytes: Uint8Array): unknown {
  const { report, edition, diagnostics } = parseDocx(bytes);
  const { lines, text } = readDocx(bytes);
  return JSON.parse(JSON.stringify({ report, edition, diagnostics, lines, text }));
}

describe("zfxxgk/docx in headless Chromium", () => {
  for (const file of [
    "real/official-template-2021.docx",
    "docx/lianzhou-2023.libreoffice.docx",
    "docx/official-template-2021.doc",
  ])
    it(`${file}: the same report, lines and diagnostics as in Node`, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/${file}`, import.meta.url)));
      expect(await inBrowser(bytes)).toEqual(inNode(bytes));
    }, 60_000);
});
