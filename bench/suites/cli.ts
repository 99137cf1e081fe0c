/**
 * `zfxxgk check --json FOLDER` (the built command line, spawned) over folders of 2,500, 5,000 and 10,000
 * JSON reports, against a spawned script that only reads and parses them; wall time and peak RSS of both.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { folderTexts } from "../corpus.js";
import { type Library, root } from "../lib.js";
import { median } from "../measure.js";

/** Folder sizes, files. */
export const folderSizes = [2_500, 5_000, 10_000] as const;

/** One spawned run. */
export interface Run {
  readonly ms: number;
  readonly cpuMs: number;
  readonly mainCpuMs: number | null;
  readonly maxRssKiB: number;
  readonly stdoutBytes: number;
  readonly stdoutLines: number;
  readonly status: number | null;
}

/** The timings at one folder size. */
export interface CliTiming {
  readonly files: number;
  readonly folderBytes: number;
  readonly runs: number;
  readonly cliMs: number;
  readonly scriptMs: number;
  /** CPU time (user + system) of the runs, median; less sensitive than wall time to other load. */
  readonly cliCpuMs: number;
  readonly scriptCpuMs: number;
  /**
   * CPU time of the main thread alone, median (Linux; `null` elsewhere). The difference from the CPU time is V8's
   * background threads — optimising compilation of the library's hot functions, GC helpers — which on an idle
   * machine run beside the main thread, so that the wall time follows the main thread's.
   */
  readonly cliMainCpuMs: number | null;
  readonly scriptMainCpuMs: number | null;
  readonly cliRssKiB: number;
  readonly scriptRssKiB: number;
  readonly cliOutputBytes: number;
}

const probe = pathToFileURL(join(root, "bench", "cli", "rss-probe.mjs")).href;
const script = join(root, "bench", "cli", "read-and-parse.mjs");

/**
 * Runs `node ARGS` with the RSS probe preloaded, its output to a file: wall time, CPU time (all threads and the main
 * thread alone), peak RSS, the output's size and lines, and the exit status. The PDF suite measures with it too.
 *
 * @example
 * ```ts
 * const run = spawnMeasured([cli, "check", "--json", folder], scratch);
 * ```
 */
export function spawnMeasured(args: readonly string[], scratch: string): Run {
  const outPath = join(scratch, "stdout");
  const rssPath = join(scratch, "rss");
  rmSync(rssPath, { force: true });
  const out = openSync(outPath, "w");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", probe, ...args], {
    stdio: ["ignore", out, "pipe"],
    env: { ...process.env, ZFXXGK_BENCH_RSS: rssPath, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  closeSync(out);
  if (r.error !== undefined) throw r.error;
  const text = readFileSync(outPath, "utf8");
  const usage = JSON.parse(readFileSync(rssPath, "utf8")) as {
    maxRssKiB: number;
    cpuMs: number;
    mainCpuMs: number | null;
  };
  return {
    ms,
    cpuMs: usage.cpuMs,
    mainCpuMs: usage.mainCpuMs,
    maxRssKiB: usage.maxRssKiB,
    stdoutBytes: Buffer.byteLength(text),
    stdoutLines: text.split("\n").length - 1,
    status: r.status,
  };
}

function medianOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === values.length && known.length > 0 ? median(known) : null;
}

/**
 * Writes the folders, times the command line and the script on each (median of `runs`, alternating), and
 * removes the folders.
 *
 * @example
 * ```ts
 * cliSuite(lib, 3);
 * ```
 */
export function cliSuite(lib: Library, runs: number): CliTiming[] {
  const texts = folderTexts(lib);
  const base = mkdtempSync(join(tmpdir(), "zfxxgk-bench-"));
  try {
    const scratch = join(base, "scratch");
    mkdirSync(scratch);
    return folderSizes.map((files) => {
      const folder = join(base, `reports-${files}`);
      mkdirSync(folder);
      let folderBytes = 0;
      for (let i = 0; i < files; i++) {
        const path = join(folder, `report-${String(i).padStart(5, "0")}.json`);
        writeFileSync(path, texts[i % texts.length] as string);
        folderBytes += statSync(path).size;
      }
      const cli: Run[] = [];
      const floor: Run[] = [];
      // one untimed run of each warms the file cache
      spawnMeasured([script, folder], scratch);
      // the largest folder is timed `runs` times; the smaller ones, which show how time and memory grow, once
      const n = files === folderSizes[folderSizes.length - 1] ? runs : 1;
      for (let i = 0; i < n; i++) {
        const c = spawnMeasured([lib.cli, "check", "--json", folder], scratch);
        if (c.stdoutLines !== files || (c.status !== 0 && c.status !== 1)) {
          throw new Error(`zfxxgk check --json printed ${c.stdoutLines} lines for ${files} files (exit ${c.status})`);
        }
        cli.push(c);
        const s = spawnMeasured([script, folder], scratch);
        if (s.status !== 0) throw new Error(`read-and-parse failed (exit ${s.status})`);
        floor.push(s);
      }
      return {
        files,
        folderBytes,
        runs: n,
        cliMs: median(cli.map((r) => r.ms)),
        scriptMs: median(floor.map((r) => r.ms)),
        cliCpuMs: median(cli.map((r) => r.cpuMs)),
        scriptCpuMs: median(floor.map((r) => r.cpuMs)),
        cliMainCpuMs: medianOrNull(cli.map((r) => r.mainCpuMs)),
        scriptMainCpuMs: medianOrNull(floor.map((r) => r.mainCpuMs)),
        cliRssKiB: Math.max(...cli.map((r) => r.maxRssKiB)),
        scriptRssKiB: Math.max(...floor.map((r) => r.maxRssKiB)),
        cliOutputBytes: cli[0]?.stdoutBytes ?? 0,
      };
    });
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
