/**
 * The report of a run: the console tables and `docs/performance.md` (figures, targets and verdicts are
 * computed here; the explanations of the gaps are in `notes.ts`).
 *
 * @module
 */

import { kB, mib, ms, perSecond, ratio, table, us } from "./format.js";
import type { Machine } from "./machine.js";
import { rounds, type Timing } from "./measure.js";
import { gapNotes } from "./notes.js";
import { type SizeResult, sizeTargets } from "./sizes.js";
import { type AssessTiming, assessSection, assessVerdict } from "./suites/assess.js";
import type { CliTiming } from "./suites/cli.js";
import { type CompareTiming, compareSection, compareVerdicts } from "./suites/compare.js";
import { type ExportCase, exportSection, exportVerdicts } from "./suites/export.js";
import { type HostileRow, hostileSection, hostileVerdicts } from "./suites/hostile.js";
import type { LargeParse, ParseTimings } from "./suites/parse.js";
import type { PdfTiming } from "./suites/pdf.js";
import type { SumTiming } from "./suites/sum.js";
import { floorOf, type InputTimings, names } from "./suites/validate.js";

/** Everything a run measured. */
export interface Results {
  readonly machine: Machine;
  /** 1-minute load average when each part started, and at the end. */
  readonly loads: readonly { readonly part: string; readonly load: number }[];
  readonly buildMs: number;
  readonly totalMs: number;
  readonly caseTimeMs: number;
  /** A trial run (`BENCH_QUICK=1`): fewer runs of the long cases. */
  readonly quick: boolean;
  readonly validate: readonly InputTimings[];
  readonly render: readonly InputTimings[];
  readonly parse: readonly ParseTimings[];
  readonly largeParse: readonly LargeParse[];
  readonly sums: readonly SumTiming[];
  /** The assessment suite (bench/suites/assess.ts); absent in results of older runs. */
  readonly assess?: AssessTiming;
  /** The spreadsheet suite (bench/suites/export.ts); absent in results of older runs. */
  readonly exportSheets?: readonly ExportCase[];
  /** The comparison suite (bench/suites/compare.ts); absent in results of older runs. */
  readonly compare?: CompareTiming;
  /** The hostile-input suite (bench/suites/hostile.ts); absent in results of older runs. */
  readonly hostile?: readonly HostileRow[];
  readonly cli: readonly CliTiming[];
  readonly pdf: PdfTiming;
  readonly sizes: readonly SizeResult[];
}

/** A target of the issue and its verdict in this run. */
export interface Verdict {
  readonly id: string;
  readonly target: string;
  readonly measured: string;
  readonly holds: boolean;
}

/** The input sets on which the validation targets are judged (the arbitrary corpus is shown, not judged). */
const judgedInputs = ["seed report", "clean corpus", "consistent corpus"];

const byName = (t: InputTimings, name: string): Timing | undefined => t.timings.find((x) => x.name === name);

function median(t: InputTimings, name: string): number {
  return byName(t, name)?.median ?? Number.NaN;
}

/** Lowest-load-first summary of the time limit of the whole run. */
const budgetMs = 5 * 60 * 1000;

/**
 * The verdict on every target.
 *
 * @example
 * ```ts
 * verdicts(results).every((v) => v.holds);
 * ```
 */
export function verdicts(r: Results): Verdict[] {
  const out: Verdict[] = [];
  const judged = r.validate.filter((t) => judgedInputs.includes(t.input));
  // Judged as the issue words it: validation and every 表三/表四 rule — the work the floor does. The same with
  // every rule (envelope, narrative, 表二's soft bounds, cell.blank, none of which the floor has) is shown beside.
  const against = (name: string, base: string, faster: boolean) =>
    judged.map((t) => ({
      input: t.input,
      x: faster ? median(t, base) / median(t, name) : median(t, name) / median(t, base),
    }));
  const listed = (xs: readonly { input: string; x: number }[], suffix: string) =>
    xs.map((f) => `${f.input}: ${ratio(f.x)}${suffix}`).join("; ");
  const floorT34 = against(names.validateCheckT34, names.handCheck, false);
  const floorAll = against(names.validateCheck, names.handCheck, false);
  out.push({
    id: "validate-floor",
    target:
      "validateReport + checkReport (every 表三/表四 rule) ≤ 1.5× the hand-written floor (validate + 表三/表四 sums)",
    measured: `${listed(floorT34, "")} (with every rule: ${listed(floorAll, "")})`,
    holds: floorT34.every((f) => f.x <= 1.5),
  });
  const zodT34 = against(names.validateCheckT34, names.plainZod, true);
  const zodAll = against(names.validateCheck, names.plainZod, true);
  out.push({
    id: "validate-zod",
    target: "validateReport + checkReport (every 表三/表四 rule) ≥ 10× faster than the plain zod 4 schema (no sums)",
    measured: `${listed(zodT34, " faster")} (with every rule: ${listed(zodAll, " faster")})`,
    holds: zodT34.every((f) => f.x >= 10),
  });
  const seedParse = r.parse[0];
  if (seedParse !== undefined) {
    const x = seedParse.parser.median / seedParse.floor.median;
    out.push({
      id: "parse-floor",
      target: "parseReport of the seed text ≤ 20× a /\\d+/g scan of the same text",
      measured: `${ratio(x)} (${us(seedParse.parser.median)} µs against ${us(seedParse.floor.median)} µs)`,
      holds: x <= 20,
    });
  }
  const first = r.largeParse[0];
  const last = r.largeParse[r.largeParse.length - 1];
  if (first !== undefined && last !== undefined) {
    const growth = last.parserMs / last.megabytes / (first.parserMs / first.megabytes);
    out.push({
      id: "parse-linear",
      target: `parseReport linear up to 10 MB (time per MB at ${last.megabytes} MB within 1.25× of that at ${first.megabytes} MB)`,
      measured: `${ms(first.parserMs / first.megabytes)} ms/MB at ${first.megabytes} MB, ${ms(last.parserMs / last.megabytes)} ms/MB at ${last.megabytes} MB (${ratio(growth)})`,
      holds: growth <= 1.25,
    });
  }
  const big = r.cli[r.cli.length - 1];
  const small = r.cli[0];
  if (big !== undefined && small !== undefined) {
    const x = big.cliMs / big.scriptMs;
    out.push({
      id: "cli-floor",
      target: `zfxxgk check --json over ${big.files.toLocaleString("en-US")} files ≤ 2× a script that reads and JSON.parses them`,
      measured: `${ratio(x)} (${ms(big.cliMs)} ms against ${ms(big.scriptMs)} ms; CPU time ${ratio(big.cliCpuMs / big.scriptCpuMs)})`,
      holds: x <= 2,
    });
    const growth = big.cliRssKiB / small.cliRssKiB;
    out.push({
      id: "cli-memory",
      target: `memory flat as the folder grows (peak RSS at ${big.files.toLocaleString("en-US")} files within 1.15× of that at ${small.files.toLocaleString("en-US")})`,
      measured: `${r.cli.map((c) => `${c.files.toLocaleString("en-US")}: ${mib(c.cliRssKiB)}`).join(", ")} (${ratio(growth)})`,
      holds: growth <= 1.15,
    });
  }
  for (const [name, limit] of Object.entries(sizeTargets)) {
    const s = r.sizes.find((x) => x.name === name);
    if (s === undefined) continue;
    out.push({
      id: `size:${name}`,
      target: `${name} ≤ ${kB(limit)} min+brotli`,
      measured: kB(s.size),
      holds: s.size <= limit,
    });
  }
  out.push({
    id: "bench-time",
    target: "npm run bench (build included) under 5 minutes",
    measured: `${(r.totalMs / 1000).toFixed(0)} s`,
    holds: r.totalMs < budgetMs,
  });
  const pdf = r.pdf;
  if (pdf.pipelineMsPerFile !== null) {
    const x = pdf.cliMsPerFile / pdf.pipelineMsPerFile;
    out.push({
      id: "pdf-pipeline",
      target:
        "zfxxgk check --json on a folder of report PDFs ≤ 3× pdftotext -layout + parseReport + checkReport, per file",
      measured: `${ratio(x)} (${ms(pdf.cliMsPerFile)} ms against ${ms(pdf.pipelineMsPerFile)} ms per file, ${pdf.files} files)`,
      holds: x <= 3,
    });
  }
  const fewest = pdf.growth[0];
  const most = pdf.growth[pdf.growth.length - 1];
  if (fewest !== undefined && most !== undefined && most !== fewest) {
    const growth = most.maxRssKiB / fewest.maxRssKiB;
    out.push({
      id: "pdf-memory",
      target: `zfxxgk check on ${most.files.toLocaleString("en-US")} PDFs: peak RSS within 1.5× that on ${fewest.files.toLocaleString("en-US")} (memory bounded)`,
      measured: `${mib(fewest.maxRssKiB)} → ${mib(most.maxRssKiB)} (${ratio(growth)})`,
      holds: growth <= 1.5,
    });
  }
  if (r.exportSheets !== undefined) out.push(...exportVerdicts(r.exportSheets));
  if (r.compare !== undefined) out.push(...compareVerdicts(r.compare));
  if (r.hostile !== undefined) out.push(...hostileVerdicts(r.hostile));
  if (r.assess !== undefined) out.push(assessVerdict(r.assess));
  return out;
}

/**
 * The validation table of one input set.
 *
 * @example
 * ```ts
 * console.log(validateTable(results.validate[0]));
 * ```
 */
export function validateTable(t: InputTimings): string {
  const zod = median(t, names.plainZod);
  const rows = t.timings.map((x) => {
    const floorName = floorOf[x.name];
    const floor = floorName === undefined ? Number.NaN : median(t, floorName);
    return [
      x.name,
      us(x.median),
      us(x.p75),
      us(x.p99),
      perSecond(x.median),
      ratio(x.median / floor),
      ratio(zod / x.median),
    ];
  });
  return table(["case", "median µs", "p75 µs", "p99 µs", "reports/s", "× its floor", "plain zod ÷ this"], rows);
}

/**
 * The rendering table of one input set.
 *
 * @example
 * ```ts
 * console.log(renderTable(results.render[0]));
 * ```
 */
export function renderTable(t: InputTimings): string {
  return table(
    ["case", "median µs", "p75 µs", "p99 µs", "reports/s"],
    t.timings.map((x) => [x.name, us(x.median), us(x.p75), us(x.p99), perSecond(x.median)]),
  );
}

/**
 * The parser table (seed forms).
 *
 * @example
 * ```ts
 * console.log(parseTable(results.parse));
 * ```
 */
export function parseTable(rows: readonly ParseTimings[]): string {
  return table(
    ["input", "size", "parseReport median µs", "p75 µs", "p99 µs", "/\\d+/g scan µs", "× the scan"],
    rows.map((p) => [
      p.input,
      `${p.chars.toLocaleString("en-US")} chars`,
      us(p.parser.median),
      us(p.parser.p75),
      us(p.parser.p99),
      us(p.floor.median),
      ratio(p.parser.median / p.floor.median),
    ]),
  );
}

/**
 * The linearity table.
 *
 * @example
 * ```ts
 * console.log(largeParseTable(results.largeParse));
 * ```
 */
export function largeParseTable(rows: readonly LargeParse[]): string {
  const first = rows[0];
  return table(
    ["input", "bytes", "parseReport ms", "ms per MB", "MB/s", "/\\d+/g scan ms", "× the scan", "per MB vs 1 MB"],
    rows.map((p) => [
      `${p.megabytes} MB`,
      p.bytes.toLocaleString("en-US"),
      ms(p.parserMs),
      ms(p.parserMs / p.megabytes),
      (p.bytes / 1048576 / (p.parserMs / 1000)).toFixed(2),
      ms(p.floorMs),
      ratio(p.parserMs / p.floorMs),
      first === undefined ? "—" : ratio(p.parserMs / p.megabytes / (first.parserMs / first.megabytes)),
    ]),
  );
}

/**
 * The roll-up table.
 *
 * @example
 * ```ts
 * console.log(sumTable(results.sums));
 * ```
 */
export function sumTable(rows: readonly SumTiming[]): string {
  return table(
    ["edition", "reports", "sumReports ms (median)", "µs per report", "runs"],
    rows.map((s) => [
      s.edition,
      s.reports.toLocaleString("en-US"),
      ms(s.ms),
      us((s.ms * 1000) / s.reports),
      String(s.runs),
    ]),
  );
}

/**
 * The command-line table.
 *
 * @example
 * ```ts
 * console.log(cliTable(results.cli));
 * ```
 */
export function cliTable(rows: readonly CliTiming[]): string {
  return table(
    [
      "files",
      "folder",
      "zfxxgk check --json ms",
      "read + JSON.parse script ms",
      "× the script",
      "CPU ms: check / script",
      "× (CPU)",
      "check: peak RSS",
      "script: peak RSS",
      "check output",
    ],
    rows.map((c) => [
      c.files.toLocaleString("en-US"),
      kB(c.folderBytes),
      ms(c.cliMs),
      ms(c.scriptMs),
      ratio(c.cliMs / c.scriptMs),
      `${ms(c.cliCpuMs)} / ${ms(c.scriptCpuMs)}`,
      ratio(c.cliCpuMs / c.scriptCpuMs),
      mib(c.cliRssKiB),
      mib(c.scriptRssKiB),
      kB(c.cliOutputBytes),
    ]),
  );
}

/**
 * The PDF table: the command line against the pdftotext pipeline, then the command line's memory as folders grow.
 *
 * @example
 * ```ts
 * console.log(pdfTable(results.pdf));
 * ```
 */
export function pdfTable(p: PdfTiming): string {
  const timing = table(
    ["", "ms per file", "peak RSS"],
    [
      ["zfxxgk check --json (pdf.js)", ms(p.cliMsPerFile), mib(p.cliRssKiB)],
      [
        "pdftotext -layout + parseReport + checkReport",
        p.pipelineMsPerFile === null ? "pdftotext not installed" : ms(p.pipelineMsPerFile),
        p.pipelineRssKiB === null ? "—" : mib(p.pipelineRssKiB),
      ],
      ["× the pipeline", p.pipelineMsPerFile === null ? "—" : ratio(p.cliMsPerFile / p.pipelineMsPerFile), ""],
    ],
    ["l", "r", "r"],
  );
  const growth = table(
    ["PDFs in the folder", "zfxxgk check --json ms", "ms per file", "peak RSS"],
    p.growth.map((g) => [g.files.toLocaleString("en-US"), ms(g.ms), ms(g.ms / g.files), mib(g.maxRssKiB)]),
  );
  return `${timing}\n\n${growth}`;
}

/**
 * The bundle-size table.
 *
 * @example
 * ```ts
 * console.log(sizeTable(results.sizes));
 * ```
 */
export function sizeTable(rows: readonly SizeResult[]): string {
  return table(
    ["bundle (size-limit)", "min+brotli", "target", "budget in npm test"],
    rows.map((s) => {
      const target = sizeTargets[s.name];
      return [
        s.name,
        kB(s.size),
        target === undefined ? "—" : `${kB(target)}`,
        `${kB(s.budget)}${s.passed ? "" : " (exceeded)"}`,
      ];
    }),
  );
}

/**
 * The text of `docs/performance.md`.
 *
 * @example
 * ```ts
 * writeFileSync("docs/performance.md", performanceDoc(results));
 * ```
 */
export function performanceDoc(r: Results): string {
  const m = r.machine;
  const v = verdicts(r);
  const missed = v.filter((x) => !x.holds);
  const loads = r.loads.map((l) => `${l.part} ${l.load.toFixed(2)}`).join(", ");
  const out: string[] = [
    "# Performance",
    "",
    "<!-- Written by `npm run bench` (bench/run.ts): the figures and verdicts are rewritten on every run. Edit the",
    "     explanations in bench/notes.ts, the layout in bench/report.ts. -->",
    "",
    "Every figure below comes from one run of `npm run bench`, on one machine, against the built package (`dist/`),",
    "with the baselines in the same run. Medians unless stated; p75 and p99 are over tinybench's samples.",
    "",
    ...(r.quick
      ? ["**A trial run (`BENCH_QUICK=1`): fewer runs of the long cases; do not quote these figures.**", ""]
      : []),
    "## The machine",
    "",
    table(
      ["", ""],
      [
        ["CPU", m.cpu],
        ["cores", String(m.cores)],
        ["memory", `${m.memoryGiB.toFixed(1)} GiB`],
        ["Node.js", `${m.node} (V8 ${m.v8})`],
        ["OS", m.os],
        ["date", m.date],
        ["commit", m.commit],
        ["load average (1 min) as each part started", loads],
        ["run time", `${(r.totalMs / 1000).toFixed(0)} s, of which the build ${(r.buildMs / 1000).toFixed(0)} s`],
      ],
      ["l", "l"],
    ),
    "",
    "## Targets",
    "",
    table(
      ["target", "measured", "holds"],
      v.map((x) => [x.target, x.measured, x.holds ? "yes" : "**no**"]),
      ["l", "l", "l"],
    ),
    "",
    missed.length === 0
      ? "Every target holds."
      : `${missed.length} target${missed.length === 1 ? " is" : "s are"} missed: see [Where the targets are missed](#where-the-targets-are-missed).`,
    "",
    "## 1. Validation and checking",
    "",
    "Per report. *× its floor*: against the hand-written code doing the same work (validate only: the floor's",
    "validation; with the checks: the floor's validation and 表三/表四 sums; `checkReport` alone: the floor's sums).",
    "*plain zod ÷ this*: how many times faster than the plain zod 4 schema, which checks the shape only.",
    "`checkReport (every rule)` also runs the envelope rules, 表二's soft bounds, `cell.blank` and the narrative",
    "rules, which the floor does not; `(表三/表四 rules only)` leaves them out with the `exclude` option.",
    "The `JSON.parse + …` rows take each report as read from a file, fresh from `JSON.parse`: what a service or",
    "the command line pays per report. Walking fresh objects costs more than walking the same objects again, as",
    "the other rows do (for the floor as for the library), and `JSON.parse` itself dominates.",
    "",
  ];
  for (const t of r.validate) {
    out.push(`### ${t.input}`, "", `${t.description}.`, "", validateTable(t), "");
  }
  out.push(
    "The arbitrary corpus is not a target case: nearly every relation of every report fails, and `checkReport`",
    "words each failure in Chinese and English (about 75 findings per report) where the floor only counts them.",
    "",
    "## 2. Rendering",
    "",
  );
  for (const t of r.render) out.push(`### ${t.input}`, "", renderTable(t), "");
  out.push(
    "## 3. Parsing published reports",
    "",
    "`parseReport` against its floor, one `/\\d+/g` scan over the same text (the least a reader of figures must do).",
    "",
    parseTable(r.parse),
    "",
    "### Linearity",
    "",
    "The seed's published text with its 一、总体情况 repeated until the text reaches the size: one report with a",
    `very long narrative. Median of ${r.largeParse[0]?.runs ?? 0} runs each.`,
    "",
    largeParseTable(r.largeParse),
    "",
    "## 4. Roll-up",
    "",
    "`sumReports` over 10,000 reports of one edition and year (200 distinct generated reports, consistent, no",
    "blank cell, cycled; amounts summed exactly).",
    "",
    sumTable(r.sums),
    "",
    "## 5. Command line",
    "",
    "The built `dist/cli.js` spawned as `node dist/cli.js check --json FOLDER` with its output to a file, against",
    "a spawned script that only reads every file and `JSON.parse`s it (`bench/cli/read-and-parse.mjs`). Both",
    "include Node's start-up; *CPU ms* is the processes' user + system time. The folders hold generated reports",
    "(180 consistent ones of both editions and 20 with one relation broken, cycled); peak RSS is",
    "`process.resourceUsage().maxRSS` of each process (`bench/cli/rss-probe.mjs`).",
    `The largest folder: median of ${r.cli[r.cli.length - 1]?.runs ?? 0} runs, alternating`,
    "with the script; the smaller ones: one run each.",
    "",
    cliTable(r.cli),
    "",
    "## 6. PDF files",
    "",
    `A folder of ${r.pdf.files} report PDFs (${r.pdf.distinct} distinct ones, cycled: the real 淮安市 2024 report and the`,
    "generated reports of the PDF tests) to findings. `zfxxgk check --json FOLDER` reads the PDFs through",
    "`zfxxgk/pdf` (pdf.js) in a pool of worker threads, one per core; the pipeline without it runs poppler's `pdftotext -layout` (a native",
    "program, one process per file) and then `parseReport` + `checkReport` on its text, in one Node process",
    `(\`bench/cli/pdftotext-pipeline.mjs\`). Both include Node's start-up. Median of ${r.pdf.runs} runs, alternating. Then the`,
    "command line alone on folders of growing size: its peak RSS must not grow with the folder.",
    "",
    pdfTable(r.pdf),
    "",
    "## 7. Bundle sizes",
    "",
    'size-limit 12 with `@size-limit/preset-small-lib` (esbuild, minified with `charset: "utf8"` as Vite and',
    "webpack keep Chinese, brotli) on the built entries, as `.size-limit.mjs` configures it; `npm test` runs it",
    "against the budgets in that file.",
    "",
    sizeTable(r.sizes),
    "",
  );
  if (r.assess !== undefined) out.push(...assessSection(r.assess));
  if (r.exportSheets !== undefined) out.push(...exportSection(r.exportSheets));
  if (r.compare !== undefined) out.push(...compareSection(r.compare));
  if (r.hostile !== undefined) out.push(...hostileSection(r.hostile));
  out.push("## Where the targets are missed", "");
  if (missed.length === 0) out.push("Nowhere in this run.", "");
  for (const note of gapNotes(r, missed)) out.push(note, "");
  out.push(
    "## How the figures are made",
    "",
    `- tinybench 6, \`runSync\`, ${r.caseTimeMs} ms per case split over ${rounds} rounds (each round times every case once,`,
    "  after a warm-up); a case's figures are those of its round with the lowest median, the round least disturbed",
    "  by other work on a shared machine. Each sample processes a batch (50 parsed copies of the seed, or a whole",
    "  corpus of 200 reports — 100 of the arbitrary one; for rendering 10 copies or every eighth report of the clean",
    "  corpus), and the figures are divided by the batch size.",
    "- The library is a copy of `dist/` made at the start of the run, so a rebuild cannot change it mid-run.",
    "- Each input set of section 1 runs in a fresh child process (`bench/child.ts`), the library's cases before",
    "  the adapters', so that the JIT state left by another set, by the corpus generator or by the zod and io-ts",
    "  adapters (which call the core on objects of other shapes) cannot slow the cases measured.",
    "- `checkReport` caches the scan of each 一、总体情况 paragraph by its text (the last 512 paragraphs). A batch",
    "  re-checks the same reports, so section 1 shows a warm cache, as in a form that re-checks a report on every",
    "  keystroke; the command line's folder cycles 200 distinct reports, so it is warm there too.",
    "- Corpora come from the package's own arbitraries (`zfxxgk/testing`) with fixed seeds (`bench/corpus.ts`):",
    "  the same reports on every run and machine. Reports are stored as JSON text and parsed afresh.",
    "- The hand-written floor (`bench/baselines/hand-written.ts`) checks every key count and every cell of both",
    "  editions and does every 表三/表四 sum; before timing, the run checks that it and the library agree on every",
    "  input, and `tests/bench/hand-written.test.ts` proves the agreement on valid, inconsistent and broken inputs.",
    "- The plain zod schema (`bench/baselines/plain-zod.ts`) is written the usual way: `z.object` per row type,",
    "  `z.number().int().nonnegative().nullable()`, a discriminated union on `edition`; `z.object` strips unknown",
    "  keys where the library rejects them.",
    "- The machine is shared; figures move by 10–20 % between runs. Compare ratios within one run, not across runs.",
    "",
  );
  return out.join("\n");
}

/**
 * The console summary: every table, then the verdicts.
 *
 * @example
 * ```ts
 * console.log(consoleSummary(results));
 * ```
 */
export function consoleSummary(r: Results): string {
  const v = verdicts(r);
  return [
    table(
      ["target", "measured", "holds"],
      v.map((x) => [x.target, x.measured, x.holds ? "yes" : "NO"]),
      ["l", "l", "l"],
    ),
  ].join("\n");
}
