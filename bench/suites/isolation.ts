/**
 * The command line's budgets (issue 18): what reading each file in a worker process costs a single-file run —
 * `zfxxgk check FILE` on a model-JSON report, a real web page and a real PDF, with the pool (the default) and with
 * every file read in the process (`ZFXXGK_WORKERS=0`, as before the pool) — and, on the acceptance folder (a 60 MB
 * JSON of bad paragraphs, a 136 KB formatting bomb, a FIFO, three good reports), how long the run takes and how soon
 * a SIGINT sent into it ends it.
 *
 * @module
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ms, table } from "../format.js";
import { type Library, root } from "../lib.js";
import { median } from "../measure.js";

/** The target: a single published file costs at most this many ms more in a worker than in the process. */
export const isolationOverheadTargetMs = 100;
/** The target: a signal ends a run within this many ms. */
export const signalTargetMs = 1000;

/** One input's single-file timing. */
export interface SingleRow {
  readonly input: string;
  readonly pooledMs: number;
  readonly inProcessMs: number;
}

/** The suite's result. */
export interface IsolationTiming {
  readonly single: readonly SingleRow[];
  readonly folderMs: number;
  readonly folderExit: number | null;
  /** ms from the signal to the end of the run, for each moment (ms into the run) it was sent. */
  readonly signals: readonly { readonly afterMs: number; readonly endMs: number; readonly exit: number | null }[];
  readonly runs: number;
}

const real = join(root, "tests", "fixtures", "real");

function timed(cli: string, args: readonly string[], env: NodeJS.ProcessEnv): { ms: number; status: number | null } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: "ignore", env: { ...env, NO_COLOR: "1" } });
  return { ms: performance.now() - t0, status: r.status };
}

function signalled(cli: string, folder: string, afterMs: number): Promise<{ endMs: number; exit: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, "check", "--json", folder], { stdio: "ignore" });
    let sent = 0;
    const timer = setTimeout(() => {
      sent = performance.now();
      child.kill("SIGINT");
    }, afterMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      // -1: the run had ended before the signal
      resolve({ endMs: sent === 0 ? -1 : performance.now() - sent, exit: code });
    });
  });
}

/** The acceptance folder of issue 18, in `base`. */
function acceptanceFolder(base: string): string {
  const folder = join(base, "acceptance");
  mkdirSync(folder);
  copyFileSync(join(root, "examples", "lianzhou-2023.json"), join(folder, "a.json"));
  copyFileSync(join(real, "pingtan-2024.html"), join(folder, "b.html"));
  copyFileSync(join(real, "huaian-2024.pdf"), join(folder, "c.pdf"));
  const bad = `${JSON.stringify({ 段落: [1, 2, 3] })},`;
  const seed = JSON.stringify({
    ...JSON.parse(readFileSync(join(root, "examples", "lianzhou-2023.json"), "utf8")),
    preamble: "@@",
  });
  const [head, tail] = seed.split('"@@"') as [string, string];
  writeFileSync(join(folder, "x.json"), `${head}[${bad.repeat(Math.ceil(60e6 / bad.length))}"末段"]${tail}`);
  writeFileSync(join(folder, "y.html"), `<p>${"<b><i><u><s>x".repeat(Math.ceil((136 * 1024) / 13))}`);
  spawnSync("mkfifo", [join(folder, "z.json")]);
  return folder;
}

/**
 * Runs the suite: `runs` spawns of each single-file case (median), one timed folder run, and a SIGINT at a
 * fifth, half and four fifths of its time into it.
 *
 * @example
 * ```ts
 * const t = await isolationSuite(lib, 7);
 * ```
 */
export async function isolationSuite(lib: Library, runs: number): Promise<IsolationTiming> {
  const single: SingleRow[] = [];
  for (const [input, path] of [
    ["model JSON (连州 2023, 13 KB)", join(root, "examples", "lianzhou-2023.json")],
    ["web page (平潭 2024, 109 KB)", join(real, "pingtan-2024.html")],
    ["PDF (淮安 2024)", join(real, "huaian-2024.pdf")],
  ] as const) {
    const pooled: number[] = [];
    const alone: number[] = [];
    for (let i = 0; i < runs; i++) {
      pooled.push(timed(lib.cli, ["check", path], process.env).ms);
      alone.push(timed(lib.cli, ["check", path], { ...process.env, ZFXXGK_WORKERS: "0" }).ms);
    }
    single.push({ input, pooledMs: median(pooled), inProcessMs: median(alone) });
  }
  const base = mkdtempSync(join(tmpdir(), "zfxxgk-bench-isolation-"));
  try {
    const folder = acceptanceFolder(base);
    const run = timed(lib.cli, ["check", "--json", folder], process.env);
    const signals = [];
    // at a fifth, half and four fifths of the run (the first ~100 ms the process is still starting)
    for (const part of [0.2, 0.5, 0.8]) {
      const afterMs = Math.round(Math.max(150, run.ms * part));
      signals.push({ afterMs, ...(await signalled(lib.cli, folder, afterMs)) });
    }
    return { single, folderMs: run.ms, folderExit: run.status, signals, runs };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/**
 * The suite's section of docs/performance.md.
 *
 * @example
 * ```ts
 * console.log(isolationSection(await isolationSuite(lib, 7)).join("\n"));
 * ```
 */
export function isolationSection(t: IsolationTiming): string[] {
  const worst = Math.max(...t.single.map((r) => r.pooledMs - r.inProcessMs));
  const slowest = Math.max(...t.signals.map((s) => s.endMs));
  const said = (s: IsolationTiming["signals"][number]): string =>
    s.endMs < 0
      ? `— (at ${s.afterMs} ms: the run had ended)`
      : `${ms(s.endMs)} ms (at ${s.afterMs} ms, exit ${s.exit})`;
  return [
    "## 11. One file per worker: the command line's budgets",
    "",
    "`zfxxgk check` reads each published report, and each file above 1 MB, in a worker process within a memory and a",
    "time budget (docs/reliability.md, section 8). What that costs a single-file run: the built command line on one",
    `file, with the pool and with every file read in the process (\`ZFXXGK_WORKERS=0\`), median of ${t.runs} spawns.`,
    `Target: at most ${isolationOverheadTargetMs} ms more — ${worst <= isolationOverheadTargetMs ? "met" : "**missed**"} (${ms(worst)} ms at most).`,
    "Small model JSON is read in the process either way.",
    "",
    table(
      ["input", "in a worker", "in the process", "difference"],
      t.single.map((r) => [r.input, ms(r.pooledMs), ms(r.inProcessMs), ms(r.pooledMs - r.inProcessMs)]),
    ),
    "",
    `The acceptance folder of issue 18 (a 60 MB JSON of bad paragraphs, a 136 KB formatting bomb, a FIFO and three good`,
    `reports): \`check --json\` ends in ${ms(t.folderMs)} ms, exit ${t.folderExit}. A SIGINT sent into it ends it in`,
    `${t.signals.map(said).join(", ")}. Target: within`,
    `${signalTargetMs} ms — ${slowest <= signalTargetMs ? "met" : "**missed**"}. Run alone by \`npx tsx bench/isolation.ts\`.`,
    "",
  ];
}
