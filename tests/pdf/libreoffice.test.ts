// @module-tag libreoffice
/**
 * PDFs from a second producer — LibreOffice (Type 1 CJK fonts, its own placement of text; the kind of file an
 * office suite's "export as PDF" gives): the 2019 example's HTML page converted by `soffice`, kept in
 * tests/fixtures/pdf (make-fixtures.ts), reads back with every cell exact. Where `soffice` is installed, random
 * reports are converted live as well: without blank cells every cell exact; with blank cells no figure wrong.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/format/walk.js";
import { type Report, renderReport, validateReport } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { arbReport } from "../parse/support/reports.js";
import { runs } from "../support/runs.js";
import { cellDifferences } from "./support/cells.js";

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** Every figure cut to at most six digits (wider ones overflow an A4 table), blanks filled when asked. */
function printable(report: Report, fill: boolean): Report {
  const copy = structuredClone(report) as unknown as Record<string, unknown>;
  for (const c of cellsOf(report.edition)) {
    let node = copy;
    for (const k of c.segments.slice(0, -1)) node = node[k] as Record<string, unknown>;
    const key = c.segments[c.segments.length - 1] as string;
    const v = node[key];
    if (typeof v === "number" && String(v).length > 6) node[key] = Math.floor(Math.abs(v)) % 100_000;
    if (fill && v === null && c.field.kind !== "unit") node[key] = c.field.kind === "signed" ? -3 : 7;
  }
  return copy as unknown as Report;
}

/** The reports' HTML pages converted to PDF by LibreOffice, in one run. */
function convert(reports: readonly Report[]): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-pdf-lo-"));
  try {
    const files = reports.map((r, i) => {
      const file = join(dir, `r${i}.html`);
      writeFileSync(file, renderReport(r, { format: "html", standalone: true }));
      return file;
    });
    execFileSync("soffice", ["--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", dir, ...files], {
      stdio: "ignore",
      timeout: 300_000,
    });
    return reports.map((_, i) => new Uint8Array(readFileSync(join(dir, `r${i}.pdf`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("PDFs written by LibreOffice", () => {
  it("example-2019.libreoffice.pdf: every cell of the 2019 example exact", async () => {
    const example = validateReport(
      JSON.parse(readFileSync(new URL("../../examples/example-2019.json", import.meta.url), "utf8")),
    );
    if (!example.ok) throw new Error("examples/example-2019.json is not valid");
    const result = await parsePdf(
      readFileSync(new URL("../fixtures/pdf/example-2019.libreoffice.pdf", import.meta.url)),
    );
    expect(result.edition.edition).toBe("2019");
    expect(cellDifferences(example.value, result.report)).toEqual([]);
  });

  it.runIf(hasSoffice())(
    "random reports converted live: exact without blanks, never a wrong figure with them",
    async () => {
      const n = runs(4, 12);
      const full = fc.sample(arbReport(), n).map((r) => printable(r, true));
      const blank = fc.sample(arbReport(), n).map((r) => printable(r, false));
      const pdfs = convert([...full, ...blank]);
      for (const [i, report] of full.entries()) {
        const result = await parsePdf(pdfs[i] as Uint8Array);
        expect(cellDifferences(report, result.report)).toEqual([]);
      }
      for (const [i, report] of blank.entries()) {
        const result = await parsePdf(pdfs[n + i] as Uint8Array);
        expect(cellDifferences(report, result.report).filter((d) => !d.includes(": null ≠"))).toEqual([]);
      }
    },
  );
});
