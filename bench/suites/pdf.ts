/**
 * A folder of report PDFs to findings: `zfxxgk check --json FOLDER` (the built command line, which reads each PDF
 * through `zfxxgk/pdf` and pdf.js) against the pipeline without it — `pdftotext -layout` (poppler) on each file,
 * then `parseReport` + `checkReport` of its text (`bench/cli/pdftotext-pipeline.mjs`). Wall time per file and peak
 * RSS; and the command line's peak RSS over folders of growing size, up to 1,000 PDFs, to show it bounded.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type Library, root } from "../lib.js";
import { median } from "../measure.js";
import { spawnMeasured } from "./cli.js";

/** The PDFs the folders are made of: the real city report and the generated reports of the PDF tests. */
function sourcePdfs(): string[] {
  const real = join(root, "tests", "fixtures", "real", "huaian-2024.pdf");
  const generated = join(root, "tests", "fixtures", "pdf");
  let more: string[] = [];
  try {
    more = readdirSync(generated)
      .filter((f) => f.endsWith(".pdf") && !/scan|encrypted|damaged/.test(f))
      .map((f) => join(generated, f));
  } catch {
    // no generated PDFs: the real one alone
  }
  return [real, ...more];
}

/** One measured run of a folder. */
export interface PdfRun {
  readonly files: number;
  readonly ms: number;
  readonly maxRssKiB: number;
}

/** The results of the PDF suite. */
export interface PdfTiming {
  /** Files in the timed folder, and the distinct PDFs they cycle. */
  readonly files: number;
  readonly distinct: number;
  readonly runs: number;
  /** The command line: ms per file (median of the runs) and peak RSS. */
  readonly cliMsPerFile: number;
  readonly cliRssKiB: number;
  /** The pdftotext pipeline, `null` where pdftotext is not installed. */
  readonly pipelineMsPerFile: number | null;
  readonly pipelineRssKiB: number | null;
  /** The command line's peak RSS over folders of growing size. */
  readonly growth: readonly PdfRun[];
}

const pipeline = join(root, "bench", "cli", "pdftotext-pipeline.mjs");

function folderOf(base: string, name: string, files: number, pdfs: readonly string[]): string {
  const folder = join(base, name);
  mkdirSync(folder);
  for (let i = 0; i < files; i++)
    copyFileSync(pdfs[i % pdfs.length] as string, join(folder, `report-${String(i).padStart(5, "0")}.pdf`));
  return folder;
}

/**
 * Times both on a folder of `files` PDFs (median of `runs`, alternating), then the command line alone on folders
 * of each size in `growth`.
 *
 * @example
 * ```ts
 * pdfSuite(lib, { files: 40, runs: 3, growth: [100, 300, 1000] });
 * ```
 */
export function pdfSuite(lib: Library, options: { files: number; runs: number; growth: readonly number[] }): PdfTiming {
  const pdfs = sourcePdfs();
  const base = mkdtempSync(join(tmpdir(), "zfxxgk-bench-pdf-"));
  const hasPdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;
  try {
    const scratch = join(base, "scratch");
    mkdirSync(scratch);
    const folder = folderOf(base, "timed", options.files, pdfs);
    const dist = dirname(lib.cli);
    const cli: number[] = [];
    const piped: number[] = [];
    let cliRss = 0;
    let pipeRss = 0;
    spawnMeasured([lib.cli, "check", "--json", folder], scratch); // warms the file cache and pdf.js's files
    for (let i = 0; i < options.runs; i++) {
      const c = spawnMeasured([lib.cli, "check", "--json", folder], scratch);
      if (c.stdoutLines !== options.files)
        throw new Error(`zfxxgk check printed ${c.stdoutLines} lines for ${options.files} PDFs`);
      cli.push(c.ms / options.files);
      cliRss = Math.max(cliRss, c.maxRssKiB);
      if (hasPdftotext) {
        const p = spawnMeasured([pipeline, folder, dist], scratch);
        if (p.status !== 0) throw new Error(`the pdftotext pipeline failed (exit ${p.status})`);
        piped.push(p.ms / options.files);
        pipeRss = Math.max(pipeRss, p.maxRssKiB);
      }
    }
    const growth = options.growth.map((files) => {
      const grown = folderOf(base, `growth-${files}`, files, pdfs);
      const c = spawnMeasured([lib.cli, "check", "--json", grown], scratch);
      if (c.stdoutLines !== files) throw new Error(`zfxxgk check printed ${c.stdoutLines} lines for ${files} PDFs`);
      rmSync(grown, { recursive: true, force: true });
      return { files, ms: c.ms, maxRssKiB: c.maxRssKiB };
    });
    return {
      files: options.files,
      distinct: pdfs.length,
      runs: options.runs,
      cliMsPerFile: median(cli),
      cliRssKiB: cliRss,
      pipelineMsPerFile: hasPdftotext ? median(piped) : null,
      pipelineRssKiB: hasPdftotext ? pipeRss : null,
      growth,
    };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
