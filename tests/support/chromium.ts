/**
 * Headless Chromium for every browser test (Debian's `chromium`, driven by playwright-core, with the flags this
 * machine's closed network needs), and printing an HTML page to PDF with it. The tests never skip: without
 * Chromium they fail and say how to install it (.ci/run does).
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const executablePath = "/usr/bin/chromium";
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts Chromium, or fails saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium is missing at ${executablePath}: install Debian's packages (apt-get install -y chromium fonts-noto-cjk) — .ci/run does.`,
    );
  return chromium.launch({ executablePath, args, headless: true });
}

/** Prints an HTML page to an A4 PDF. */
export async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    return new Uint8Array(await page.pdf({ format: "A4", printBackground: true }));
  } finally {
    await page.close();
  }
}
