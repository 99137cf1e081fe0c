/**
 * The spreadsheet export (`zfxxgk/export`): 10,000 reports of both editions to CSV and to XLSX, each case in a fresh
 * process (bench/export-child.ts) — time with the reports in memory, and peak RSS with the reports read one at a
 * time as they are written, at 2,500 and 10,000 reports (streamed: memory must not grow with the count).
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mib, ms, ratio, table, us } from "../format.js";
import { distCopy, root } from "../lib.js";
import type { Verdict } from "../report.js";

/** Reports per timed export. */
export const exportSize = 10_000;

/** One case's figures. */
export interface ExportCase {
  readonly format: "csv" | "xlsx";
  readonly mode: "array" | "stream";
  readonly reports: number;
  /** Median wall time of the export, ms. */
  readonly ms: number;
  readonly runs: number;
  /** Size of the output. */
  readonly bytes: number;
  /** Peak RSS of the process, KiB. */
  readonly maxRssKiB: number;
  /** Streamed: the most memory held live (heap and buffers after a collection, every 1,000 reports), KiB. */
  readonly liveKiB: number;
}

function inChild(
  format: "csv" | "xlsx",
  reports: number,
  mode: "array" | "stream",
  runs: number,
  scratch: string,
  dist: string,
): ExportCase {
  const out = join(scratch, `${format}-${reports}-${mode}.json`);
  const r = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--import",
      "tsx",
      join(root, "bench", "export-child.ts"),
      format,
      String(reports),
      mode,
      String(runs),
      out,
    ],
    { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ZFXXGK_BENCH_DIST: dist } },
  );
  if (r.status !== 0) throw new Error(`the export suite failed on ${format} ${reports} ${mode} (exit ${r.status})`);
  const got = JSON.parse(readFileSync(out, "utf8")) as Omit<ExportCase, "format" | "mode" | "reports"> & {
    rows: number;
  };
  if (got.rows !== reports) throw new Error(`${format}: ${got.rows} rows written for ${reports} reports`);
  return {
    format,
    mode,
    reports,
    ms: got.ms,
    runs: got.runs,
    bytes: got.bytes,
    maxRssKiB: got.maxRssKiB,
    liveKiB: got.liveKiB,
  };
}

/**
 * Runs the export cases: for CSV and XLSX, the timed export of {@link exportSize} reports (median of `runs`), and
 * the streamed export of 2,500 and 10,000 reports for peak RSS.
 *
 * @example
 * ```ts
 * exportSuite(3);
 * ```
 */
export function exportSuite(runs: number, dist: string = distCopy): ExportCase[] {
  const scratch = mkdtempSync(join(tmpdir(), "zfxxgk-bench-export-"));
  try {
    return (["csv", "xlsx"] as const).flatMap((format) => [
      inChild(format, exportSize, "array", runs, scratch, dist),
      inChild(format, exportSize / 4, "stream", 1, scratch, dist),
      inChild(format, exportSize, "stream", 1, scratch, dist),
    ]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The cases of one format and mode, by count. */
const pick = (cases: readonly ExportCase[], format: "csv" | "xlsx", mode: "array" | "stream") =>
  cases.filter((c) => c.format === format && c.mode === mode).sort((a, b) => a.reports - b.reports);

/**
 * The targets of the spreadsheet export and their verdicts: 10,000 reports to CSV ≤ 1 s and to XLSX ≤ 5 s, and
 * peak RSS of the streamed export of 10,000 reports within 1.15× that of 2,500 (memory bounded).
 *
 * @example
 * ```ts
 * exportVerdicts(exportSuite(3));
 * ```
 */
export function exportVerdicts(cases: readonly ExportCase[]): Verdict[] {
  const out: Verdict[] = [];
  for (const [format, limit] of [
    ["csv", 1000],
    ["xlsx", 5000],
  ] as const) {
    const timed = pick(cases, format, "array")[0];
    if (timed !== undefined)
      out.push({
        id: `export-${format}`,
        target: `${timed.reports.toLocaleString("en-US")} reports to ${format.toUpperCase()} (zfxxgk/export) ≤ ${limit / 1000} s`,
        measured: `${ms(timed.ms)} ms`,
        holds: timed.ms <= limit,
      });
    const streamed = pick(cases, format, "stream");
    const [small, big] = [streamed[0], streamed[streamed.length - 1]];
    if (small !== undefined && big !== undefined && small !== big)
      out.push({
        id: `export-${format}-memory`,
        target: `${format.toUpperCase()} export streamed: memory held at ${big.reports.toLocaleString("en-US")} reports within 1.15× of that at ${small.reports.toLocaleString("en-US")}`,
        measured: `live ${mib(small.liveKiB)} → ${mib(big.liveKiB)} (${ratio(big.liveKiB / small.liveKiB)}); peak RSS ${mib(small.maxRssKiB)} → ${mib(big.maxRssKiB)} (${ratio(big.maxRssKiB / small.maxRssKiB)})`,
        holds: big.liveKiB / small.liveKiB <= 1.15,
      });
  }
  return out;
}

/**
 * The section of docs/performance.md.
 *
 * @example
 * ```ts
 * console.log(exportSection(exportSuite(3)).join("\n"));
 * ```
 */
export function exportSection(cases: readonly ExportCase[]): string[] {
  return [
    "## 9. Spreadsheets",
    "",
    "`zfxxgk/export` writing reports as one sheet (one row per report, 230 cell columns of both editions beside the",
    "envelope, the counts of `checkReport`'s findings, the indicators of `indicatorsOf` and the prose) to a stream",
    "that drops what it gets: CSV (`toRows` + `csvChunks`) and XLSX (`writeXlsx`, exceljs's streaming",
    "`WorkbookWriter`). 200 distinct generated reports of both editions (consistent, with blank cells and prose),",
    "cycled. *in memory*: the reports parsed beforehand, the export alone timed (median of the runs, after a warm-up);",
    "*streamed*: each report parsed from its text as the export asks for it, one run; what must not grow with the",
    "count is the memory held live — heap and buffers after a collection, sampled every 1,000 reports — beside the",
    "peak RSS of the process (`process.resourceUsage().maxRSS`), which on a busy machine also follows when the",
    "garbage collector gets to run (its times include the parsing and those collections). Each case runs in a fresh",
    "process (`bench/export-child.ts`); `bench/export.ts` runs the suite alone.",
    "",
    table(
      ["format", "reports", "reports as", "ms", "µs per report", "output", "peak RSS", "held live", "runs"],
      cases.map((c) => [
        c.format.toUpperCase(),
        c.reports.toLocaleString("en-US"),
        c.mode === "array" ? "in memory" : "streamed",
        ms(c.ms),
        us((c.ms * 1000) / c.reports),
        `${(c.bytes / 1048576).toFixed(1)} MiB`,
        mib(c.maxRssKiB),
        c.mode === "stream" ? mib(c.liveKiB) : "—",
        String(c.runs),
      ]),
    ),
    "",
  ];
}
