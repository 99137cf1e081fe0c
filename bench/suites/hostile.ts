/**
 * Hostile inputs (issue 18): every adversarial shape of tests/reliability/support/adversarial.ts — the HTML
 * formatting bomb, huge tables in HTML, Markdown and text, many spaces, inline marks, lines, paragraphs, small
 * nodes, nested tags, a JSON report of very many paragraphs — read at 1 MB and at 10 MB, each in a child process of
 * its own (tests/reliability/support/memory-child.ts, the sources through tsx): `parseReport` for text, Markdown and
 * HTML, `validateReport` for JSON. The time per MB at 10 MB must stay within 1.5× of that at 1 MB (linear time);
 * the peak RSS the reading adds, per input byte, is written down beside it (memory bounded by the input). Time is
 * the processor time of the reading (steadier than the wall clock on a shared machine); the smallest size is the
 * median of at least three runs.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { adversarialShapes } from "../../tests/reliability/support/adversarial.js";
import { mib, ms, ratio, table } from "../format.js";
import { root } from "../lib.js";
import { median } from "../measure.js";
import type { Verdict } from "../report.js";

/** The time per MB at the larger size within this factor of that at the smaller. */
export const hostileLinearFactor = 1.5;

/** One reading of one shape at one size. */
export interface HostileRun {
  readonly bytes: number;
  readonly ms: number;
  /** Processor time of the reading (user and system, the garbage collector's threads included). */
  readonly cpuMs: number;
  /** Peak RSS of the child before the input was built, and at the end, KiB. */
  readonly baseKiB: number;
  readonly peakKiB: number;
}

/** One shape at each size (the median run of each). */
export interface HostileRow {
  readonly shape: string;
  readonly runs: readonly HostileRun[];
}

/** Reads `shape` at `bytes` in a child; the median of `runs` runs by processor time. */
function runChild(shape: string, bytes: number, runs: number): HostileRun {
  const child = join(root, "tests", "reliability", "support", "memory-child.ts");
  const all: HostileRun[] = [];
  for (let k = 0; k < runs; k++) {
    const r = spawnSync(process.execPath, ["--import", "tsx", child, shape, String(bytes)], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(`${shape} at ${bytes} bytes: exit ${r.status}\n${r.stderr.slice(-2000)}`);
    const out = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as HostileRun;
    all.push({ bytes: out.bytes, ms: out.ms, cpuMs: out.cpuMs, baseKiB: out.baseKiB, peakKiB: out.peakKiB });
  }
  const middle = median(all.map((a) => a.cpuMs));
  return all.find((a) => a.cpuMs === middle) ?? (all[0] as HostileRun);
}

/**
 * Reads every hostile shape at each size (MB), `runs` times each, in child processes.
 *
 * @example
 * ```ts
 * const rows = hostileSuite([1, 10], 3);
 * ```
 */
export function hostileSuite(megabytes: readonly number[], runs: number): HostileRow[] {
  return adversarialShapes.map((shape) => {
    // the smallest size, the most disturbed by other work, at least three times
    const row = {
      shape,
      runs: megabytes.map((mb, k) => runChild(shape, Math.round(mb * 1048576), k === 0 ? Math.max(3, runs) : runs)),
    };
    console.log(`  ${shape}: ${row.runs.map((r) => `${ms(r.cpuMs)} ms`).join(", ")}`);
    return row;
  });
}

const perMb = (r: HostileRun) => r.cpuMs / (r.bytes / 1048576);
const perByte = (r: HostileRun) => Math.max(0, r.peakKiB - r.baseKiB) / (r.bytes / 1024);

/** The growth of the time per MB from the first size to the last. */
function growth(row: HostileRow): number {
  const first = row.runs[0] as HostileRun;
  const last = row.runs[row.runs.length - 1] as HostileRun;
  return perMb(last) / perMb(first);
}

/**
 * The section of docs/performance.md.
 *
 * @example
 * ```ts
 * console.log(hostileSection(hostileSuite([1, 10], 3)).join("\n"));
 * ```
 */
export function hostileSection(rows: readonly HostileRow[]): string[] {
  const sizes = (rows[0]?.runs ?? []).map((r) => `${(r.bytes / 1048576).toFixed(r.bytes < 1048576 ? 2 : 0)} MB`);
  const slow = rows.filter((r) => growth(r) > hostileLinearFactor).map((r) => r.shape);
  return [
    "## 12. Hostile inputs: linear time, memory bounded by the input",
    "",
    "Every adversarial shape of issue 18 (tests/reliability/support/adversarial.ts, also the soak's and the memory",
    "regressions' inputs), read at each size in a child process of its own from the sources (through tsx):",
    "`parseReport` for text, Markdown and HTML, `validateReport` after `JSON.parse` for JSON. Per MB: the reading's",
    "processor time (user and system, the garbage collector's threads included: steadier than the wall clock on a",
    "shared machine) divided by the input's size; the smallest size is the median of three runs. Memory: the",
    "child's peak RSS at the end less its peak before the input was built, per byte of input (it includes what the",
    "garbage collector had not yet taken back). Target: the time per",
    `MB at ${sizes[sizes.length - 1] ?? "—"} within ${hostileLinearFactor}× that at ${sizes[0] ?? "—"} for every shape — ${slow.length === 0 ? "met" : `**missed** (${slow.join(", ")})`}.`,
    "Run alone by `npx tsx bench/hostile.ts` (it writes this section); the machine is shared, so the figures move",
    "between runs.",
    "",
    table(
      [
        "shape",
        ...sizes.map((s) => `wall ms at ${s}`),
        ...sizes.map((s) => `CPU ms per MB at ${s}`),
        "per MB, last vs first",
        ...sizes.map((s) => `peak RSS added at ${s}`),
        ...sizes.map((s) => `bytes per input byte at ${s}`),
      ],
      rows.map((row) => [
        row.shape,
        ...row.runs.map((r) => ms(r.ms)),
        ...row.runs.map((r) => ms(perMb(r))),
        ratio(growth(row)),
        ...row.runs.map((r) => mib(Math.max(0, r.peakKiB - r.baseKiB))),
        ...row.runs.map((r) => perByte(r).toFixed(0)),
      ]),
    ),
    "",
  ];
}

/**
 * The suite's target, for the table of targets.
 *
 * @example
 * ```ts
 * hostileVerdicts(rows)[0]?.holds;
 * ```
 */
export function hostileVerdicts(rows: readonly HostileRow[]): Verdict[] {
  if (rows.length === 0) return [];
  const worst = rows.reduce((a, b) => (growth(b) > growth(a) ? b : a));
  return [
    {
      id: "hostile-linear",
      target: `every hostile input shape linear: time per MB at the largest size within ${hostileLinearFactor}× of that at the smallest`,
      measured: `worst ${worst.shape}: ${ratio(growth(worst))}`,
      holds: growth(worst) <= hostileLinearFactor,
    },
  ];
}
