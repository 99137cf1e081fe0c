/**
 * `npm run bench`: builds the package, measures every case with its baselines in one run, prints the tables
 * and writes `docs/performance.md`.
 *
 * Environment: `BENCH_TIME` (ms per case over all rounds, default 1000), `BENCH_QUICK=1` (fewer runs of the long cases, for
 * trying the harness; the document says so).
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { everyNth, makeCorpora } from "./corpus.js";
import { loadLibrary, removeLibraryCopy, root } from "./lib.js";
import { load, machine } from "./machine.js";
import {
  cliTable,
  consoleSummary,
  largeParseTable,
  parseTable,
  pdfTable,
  performanceDoc,
  type Results,
  renderTable,
  sizeTable,
  sumTable,
  validateTable,
} from "./report.js";
import { sizes } from "./sizes.js";
import { assessSuite } from "./suites/assess.js";
import { cliSuite } from "./suites/cli.js";
import { compareSection, compareSuite } from "./suites/compare.js";
import { exportSection, exportSuite } from "./suites/export.js";
import { hostileSection, hostileSuite } from "./suites/hostile.js";
import { largeParseSuite, parseSuite } from "./suites/parse.js";
import { pdfSuite } from "./suites/pdf.js";
import { renderSuite } from "./suites/render.js";
import { sumSuite } from "./suites/sum.js";
import { seedInput, validateInChild } from "./suites/validate.js";

const started = performance.now();
const quick = process.env.BENCH_QUICK === "1";
const loads: { part: string; load: number }[] = [];
let partStart = performance.now();
const part = (name: string) => {
  console.log(`\n(${((performance.now() - partStart) / 1000).toFixed(1)} s)\n\n## ${name}\n`);
  partStart = performance.now();
  loads.push({ part: name, load: load() });
};

part("build");
const buildStart = performance.now();
const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) throw new Error("npm run build failed");
const buildMs = performance.now() - buildStart;

const lib = await loadLibrary();
try {
  const corpora = makeCorpora(lib);

  part("validation and checking");
  const scratch = mkdtempSync(join(tmpdir(), "zfxxgk-bench-"));
  const validate = [seedInput(), corpora.clean, corpora.consistent, everyNth(corpora.arbitrary, 2)].map((input) => {
    const t = validateInChild(input, scratch);
    console.log(`### ${t.input}\n\n${validateTable(t)}\n`);
    return t;
  });
  rmSync(scratch, { recursive: true, force: true });

  part("rendering");
  const render = [seedInput(10), everyNth(corpora.clean, 8)].map((input) => {
    const t = renderSuite(lib, input);
    console.log(`### ${t.input}\n\n${renderTable(t)}\n`);
    return t;
  });

  part("parsing");
  const parse = parseSuite(lib);
  console.log(parseTable(parse));
  const largeParse = largeParseSuite(lib, quick ? 1 : 3);
  console.log(`\n${largeParseTable(largeParse)}`);

  part("roll-up");
  const sums = sumSuite(lib, quick ? 3 : 7);
  console.log(sumTable(sums));

  part("assessing a region");
  const assess = await assessSuite(lib, quick ? 3 : 5);

  part("comparing two years");
  const compare = await compareSuite(lib, quick ? 5 : 11);
  console.log(compareSection(compare).join("\n"));

  part("hostile inputs");
  const hostile = hostileSuite(quick ? [0.25, 2.5] : [1, 10], 1);
  console.log(hostileSection(hostile).join("\n"));

  part("spreadsheets");
  const exportSheets = exportSuite(quick ? 1 : 3);
  console.log(exportSection(exportSheets).join("\n"));

  part("command line");
  const cli = cliSuite(lib, quick ? 1 : 3);
  console.log(cliTable(cli));

  part("PDF files");
  const pdf = pdfSuite(
    lib,
    quick ? { files: 40, runs: 1, growth: [50, 100] } : { files: 200, runs: 3, growth: [100, 300, 1000] },
  );
  console.log(pdfTable(pdf));

  part("bundle sizes");
  const sizeResults = sizes();
  console.log(sizeTable(sizeResults));

  loads.push({ part: "end", load: load() });
  const results: Results = {
    machine: machine(),
    loads,
    buildMs,
    totalMs: performance.now() - started,
    caseTimeMs: Number(process.env.BENCH_TIME ?? 1000),
    quick,
    validate,
    render,
    parse,
    largeParse,
    sums,
    assess,
    exportSheets,
    compare,
    hostile,
    cli,
    pdf,
    sizes: sizeResults,
  };
  const doc = join(root, "docs", "performance.md");
  writeFileSync(doc, performanceDoc(results));
  console.log(`\n## targets\n\n${consoleSummary(results)}\n\nwrote ${doc} (${(results.totalMs / 1000).toFixed(0)} s)`);
} finally {
  removeLibraryCopy();
}
