/**
 * Headless Chromium for every browser test, driven by playwright-core with the flags this machine's closed
 * network needs, and printing an HTML page to PDF with it. The browser comes with `npm ci`: the dev dependency
 * `@sparticuz/chromium` ships a Chromium build (brotli-compressed, needing only libc, libgcc and expat), unpacked
 * once into node_modules/.cache, with the package's own Latin fonts (Open Sans) as the only installed fonts — the
 * machine's fonts are not seen, so every machine lays pages out alike, and CJK text gets the web fonts of
 * fonts.ts. (Chromium needs at least one installed font: with none, web fonts fail to load too.)
 * `ZFXXGK_CHROMIUM` names another executable (run with the machine's fonts); without the package, a system
 * Chromium (/usr/bin/chromium, Debian's package) is used. The tests never skip: without any Chromium they fail and
 * say why.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { type Browser, chromium } from "playwright-core";
import { useTestFonts } from "./fonts.js";

export { useTestFonts } from "./fonts.js";

const systemChromium = "/usr/bin/chromium";
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The folder of the `@sparticuz/chromium` package, or `undefined` when it is not installed. */
function packageFolder(): string | undefined {
  try {
    // the package exports no package.json: walk up from its entry (build/cjs/index.cjs) to the folder of bin/
    let dir = dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium"));
    while (!existsSync(join(dir, "bin", "chromium.br"))) {
      if (dirname(dir) === dir) return undefined;
      dir = dirname(dir);
    }
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium executable: `ZFXXGK_CHROMIUM`, else the npm package's build (unpacked into
 * node_modules/.cache/zfxxgk-chromium/VERSION on first use; written under a temporary name and renamed, so that
 * test workers starting together never run a half-written file), else the system's.
 */
export function chromiumExecutable(): { path: string; env?: Record<string, string> } {
  const given = process.env.ZFXXGK_CHROMIUM;
  if (given !== undefined && given !== "") return { path: given };
  // the package's build is for x64 Linux only
  const folder = process.platform === "linux" && process.arch === "x64" ? packageFolder() : undefined;
  if (folder === undefined) {
    if (existsSync(systemChromium)) return { path: systemChromium };
    throw new Error(
      `Chromium is missing: run npm ci (the dev dependency @sparticuz/chromium ships one), or install Debian's chromium at ${systemChromium}, or set ZFXXGK_CHROMIUM.`,
    );
  }
  const { version } = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { version: string };
  const cache = join(folder, "..", "..", ".cache", "zfxxgk-chromium", version);
  const executable = join(cache, "chromium");
  const fontsConf = join(cache, "fonts.conf");
  if (!existsSync(executable)) {
    mkdirSync(join(cache, "fonts"), { recursive: true });
    for (const [name, bytes] of tarFiles(brotliDecompressSync(readFileSync(join(folder, "bin", "fonts.tar.br")))))
      if (/^[\w./-]+\.ttf$/.test(name)) writeAtomically(join(cache, "fonts", basename(name)), bytes);
    writeAtomically(
      fontsConf,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(cache, "fonts")}</dir>\n  <cachedir>${join(cache, "fontconfig")}</cachedir>\n</fontconfig>\n`,
    );
    writeAtomically(executable, brotliDecompressSync(readFileSync(join(folder, "bin", "chromium.br"))), 0o755);
  }
  return { path: executable, env: { FONTCONFIG_FILE: fontsConf } };
}

/** Writes a file under a temporary name and renames it, so that workers starting together never read half of it. */
function writeAtomically(path: string, data: string | Uint8Array, mode?: number): void {
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, data);
  if (mode !== undefined) chmodSync(partial, mode);
  renameSync(partial, path);
}

/** The regular files of a ustar archive (the package's fonts.tar: short names, no extensions), name and bytes. */
function* tarFiles(tar: Uint8Array): Generator<[string, Uint8Array]> {
  const text = (from: number, length: number) =>
    new TextDecoder().decode(tar.subarray(from, from + length)).replace(/\0.*$/s, "");
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = text(at, 100);
    if (name === "") return;
    const size = Number.parseInt(text(at + 124, 12).trim() || "0", 8);
    const type = text(at + 156, 1);
    if (type === "0" || type === "") yield [name, tar.subarray(at + 512, at + 512 + size)];
    at += 512 + Math.ceil(size / 512) * 512;
  }
}

/** Starts Chromium, or fails saying how to get it. */
export async function launchChromium(): Promise<Browser> {
  const { path, env } = chromiumExecutable();
  return chromium.launch({ executablePath: path, args, headless: true, env: { ...process.env, ...env } });
}

/** Prints an HTML page to an A4 PDF, with the test fonts (fonts.ts), whatever the machine has installed. */
export async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    await useTestFonts(page);
    return new Uint8Array(await page.pdf({ format: "A4", printBackground: true }));
  } finally {
    await page.close();
  }
}
