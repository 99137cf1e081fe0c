/**
 * Regenerates the plain-`pdftotext` regression fixtures of tests/fixtures/plain/: reports drawn from
 * `arbReport` (fixed seeds), made into PDFs two ways — rendered to HTML by the library's renderer and printed
 * by headless Chromium (`chromium`), or written as a Word file (tests/support/docx-writer.ts: the official
 * template's merged cells) and exported by LibreOffice (`docx`), as organs' Word-made PDFs are — and turned back
 * into text by `pdftotext` (reading order, and `-layout` beside it), each with its report as `*.expected.json`.
 * Needs `chromium` or `soffice`, `pdftotext` (poppler-utils) and a CJK font (fonts-noto-cjk); the tests read
 * the committed files and need none of them.
 *
 * Run: `npx tsx scripts/plain-samples.ts [out-dir] [count] [first-seed] [chromium|docx]` (seeds first-seed,
 * first-seed + 1, …; a seed's edition and blanks follow from it, so any one sample can be made again alone)
 *
 * @example
 * ```sh
 * npx tsx scripts/plain-samples.ts tests/fixtures/plain 6 1
 * ```
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as fc from "fast-check";
import { renderReport, reportStylesheet } from "../src/render.js";
import { arbReport } from "../src/testing.js";
import { writeDocx } from "../tests/support/docx-writer.js";

const [out = "tests/fixtures/plain", countArg = "6", seedArg = "1", via = "chromium"] = process.argv.slice(2);
const count = Number(countArg);
const first = Number(seedArg);
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "plain-samples-"));
try {
  for (let k = 0; k < count; k++) {
    const seed = first + k;
    const edition = seed % 3 === 2 ? "2019" : "2021";
    // consistent reports (every row sums to its 总计), with blank cells for odd seeds
    const [report] = fc.sample(arbReport({ edition, consistent: true, blanks: seed % 2 === 1 }), { seed, numRuns: 1 });
    if (report === undefined) continue;
    const name = via === "docx" ? `word-${edition}-s${seed}` : `generated-${edition}-s${seed}`;
    const pdfPath = join(work, `${name}.pdf`);
    if (via === "docx") {
      const docxPath = join(work, `${name}.docx`);
      writeFileSync(docxPath, await writeDocx(report));
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, docxPath], {
        stdio: "ignore",
        timeout: 120_000,
      });
    } else {
      const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${reportStylesheet}</style></head><body>${renderReport(report, { format: "html" })}</body></html>`;
      const htmlPath = join(work, `${name}.html`);
      writeFileSync(htmlPath, html);
      execFileSync(
        "chromium",
        [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-pdf-header-footer",
          `--print-to-pdf=${pdfPath}`,
          htmlPath,
        ],
        { stdio: "ignore" },
      );
    }
    writeFileSync(join(out, `${name}.raw.txt`), execFileSync("pdftotext", [pdfPath, "-"], { encoding: "utf8" }));
    writeFileSync(
      join(out, `${name}.layout.txt`),
      execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" }),
    );
    writeFileSync(join(out, `${name}.expected.json`), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`${name}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
