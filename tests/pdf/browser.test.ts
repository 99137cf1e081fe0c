// @module-tag browser
/**
 * `zfxxgk/pdf` in a browser: the module bundled for the browser with esbuild, loaded by a page of a localhost
 * server that also serves pdf.js's worker, CMaps and standard fonts (as pdf.js documents the setup), reads
 * huaian-2024.pdf in headless Chromium to the same report, text and diagnostics as in Node — with pdf.js
 * running in a real Web Worker there. Never skips: without Chromium it fails saying how to install it.
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePdf } from "../../src/pdf.js";
import { launchChromium } from "../support/chromium.js";

const root = new URL("../../", import.meta.url);
const pdfjsDir = new URL("node_modules/pdfjs-dist/", root);
const fixture = new URL("tests/fixtures/real/huaian-2024.pdf", root);

let browser: Browser | undefined;
let server: Server | undefined;
let origin = "";
const requested: string[] = [];

const types: Record<string, string> = {
  ".mjs": "text/javascript",
  ".js": "text/javascript",
  ".html": "text/html",
  ".pdf": "application/pdf",
};

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("browser/entry.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  const page = `<!doctype html><meta charset="utf-8"><title>zfxxgk/pdf</title><script type="module" src="/bundle.js"></script>`;
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requested.push(path);
    try {
      let body: string | Uint8Array;
      if (path === "/") body = page;
      else if (path === "/bundle.js") body = script;
      else if (path === "/report.pdf") body = await readFile(fixture);
      else if (path.startsWith("/pdfjs/") && !path.includes(".."))
        body = await readFile(new URL(path.slice(7), pdfjsDir));
      else throw new Error("not found");
      const ext = path === "/" ? ".html" : path.slice(path.lastIndexOf("."));
      res.writeHead(200, { "content-type": types[ext] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function readInBrowser(
  modern: boolean,
): Promise<{ report: unknown; text: string; pages: number; diagnostics: unknown }> {
  if (browser === undefined) throw new Error("Chromium did not start");
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(`${origin}/`, { waitUntil: "load" });
    await page.waitForFunction("typeof globalThis.readPdf === 'function'");
    const served = {
      pdf: `${origin}/report.pdf`,
      workerSrc: `${origin}/pdfjs/${modern ? "" : "legacy/"}build/pdf.worker.mjs`,
      cMapUrl: `${origin}/pdfjs/cmaps/`,
      standardFontDataUrl: `${origin}/pdfjs/standard_fonts/`,
      modern,
    };
    const json = (await page.evaluate(`globalThis.readPdf(${JSON.stringify(served)})`)) as string;
    expect(errors).toEqual([]);
    return JSON.parse(json);
  } finally {
    await page.close();
  }
}

describe("zfxxgk/pdf in headless Chromium", () => {
  for (const modern of [false, true])
    it(`reads huaian-2024.pdf to the same report, text and diagnostics as Node (${modern ? "modern build passed as pdfjs" : "default legacy build, workerSrc option"})`, async () => {
      requested.length = 0;
      const inBrowser = await readInBrowser(modern);
      const inNode = await parsePdf(await readFile(fixture));
      expect(inBrowser.pages).toBe(6);
      expect(inBrowser.text).toBe(inNode.text);
      expect(inBrowser.report).toEqual(JSON.parse(JSON.stringify(inNode.report)));
      expect(inBrowser.diagnostics).toEqual(JSON.parse(JSON.stringify(inNode.diagnostics)));
      // pdf.js ran in a Web Worker loaded from the server, as documented
      expect(requested).toContain(`/pdfjs/${modern ? "" : "legacy/"}build/pdf.worker.mjs`);
    });
});
