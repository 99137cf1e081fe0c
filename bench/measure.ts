/**
 * Timing with tinybench: each task processes a batch of inputs (a corpus, or copies of one report), so
 * that one sample is long enough to time precisely; figures are reported per input.
 *
 * @module
 */
import { Bench } from "tinybench";

/** One timed case. */
export interface Case {
  /** What is measured ("validateReport", "hand-written floor", …). */
  readonly name: string;
  /** Inputs processed by one call of `run`. */
  readonly items: number;
  /** Processes the batch; returns a number so that the work cannot be optimised away. */
  readonly run: () => number;
}

/** Per-input statistics of a case, in microseconds. */
export interface Timing {
  readonly name: string;
  readonly items: number;
  readonly median: number;
  readonly p75: number;
  readonly p99: number;
  /** Timed samples (calls of `run`). */
  readonly samples: number;
  /** Relative margin of error of the mean, percent. */
  readonly rme: number;
}

/** Keeps results alive. */
export let sink = 0;

/** Time budget per case, milliseconds, over all rounds (`BENCH_TIME` overrides, e.g. for a quick trial). */
const time = Number(process.env.BENCH_TIME ?? 1000);

/** Rounds: every case is timed this many times, interleaved with the others. */
export const rounds = 5;

/**
 * Times cases on the same inputs, in {@link rounds} rounds (each round times every case once, one after
 * another). A case's figures are those of its round with the lowest median: on a shared machine, the round
 * least disturbed by other work.
 *
 * @example
 * ```ts
 * const [t] = timeCases([{ name: "JSON.parse", items: 1, run: () => JSON.parse(text).year }]);
 * ```
 */
export function timeCases(cases: readonly Case[]): Timing[] {
  const best = new Map<string, Timing>();
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      time: time / rounds,
      warmupTime: round === 0 ? 150 : 30,
      iterations: 3,
      throws: true,
    });
    for (const c of cases) {
      bench.add(c.name, () => {
        sink = (sink + c.run()) | 0;
      });
    }
    bench.runSync();
    for (const c of cases) {
      const t = timingOf(bench, c);
      if (process.env.BENCH_DEBUG === "1") console.error(`round ${round} ${t.median.toFixed(2)} ${c.name}`);
      const known = best.get(c.name);
      if (known === undefined || t.median < known.median) best.set(c.name, t);
    }
  }
  return cases.map((c) => best.get(c.name) as Timing);
}

function timingOf(bench: Bench, c: Case): Timing {
  const result = bench.getTask(c.name)?.result;
  if (result === undefined || (result.state !== "completed" && result.state !== "aborted-with-statistics")) {
    throw new Error(`benchmark ${c.name} did not complete (${result?.state})`);
  }
  const l = result.latency;
  const per = 1000 / c.items; // ms per batch → µs per input
  return {
    name: c.name,
    items: c.items,
    median: l.p50 * per,
    p75: l.p75 * per,
    p99: l.p99 * per,
    samples: l.samplesCount,
    rme: l.rme,
  };
}

/**
 * Median of wall-clock times of `runs` calls, milliseconds (for inputs too long for many samples).
 *
 * @example
 * ```ts
 * const ms = medianOf(3, () => parseReport(big));
 * ```
 */
export function medianOf(runs: number, fn: () => unknown): number {
  return median(times(runs, fn));
}

/**
 * Wall-clock times of `runs` calls, milliseconds.
 *
 * @example
 * ```ts
 * times(3, () => parseReport(big)).length; // 3
 * ```
 */
export function times(runs: number, fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = fn();
    out.push(performance.now() - t0);
    if (r === undefined) sink++;
  }
  return out;
}

/**
 * The median of numbers.
 *
 * @example
 * ```ts
 * median([3, 1, 2]); // 2
 * ```
 */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
