/**
 * `compareReports` (zfxxgk/compare) on two reports whose prose is 20,000 characters each — the target,
 * ≤ 20 ms — and the same at growing lengths up to 1,000,000 characters, to show the time is linear in length.
 *
 * @module
 */
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Report } from "../../src/index.js";
import { seedText } from "../corpus.js";
import { ms, ratio, table } from "../format.js";
import type { Library } from "../lib.js";
import { medianOf } from "../measure.js";
import type { Verdict } from "../report.js";

/** Prose lengths timed, in characters of each report. */
export const compareLengths = [20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000] as const;

/** The target: two 20,000-character reports compared within this many ms. */
export const compareTargetMs = 20;

/**
 * Linear: the time per character at 1,000,000 characters within this factor of that at 100,000 (below 100,000 the
 * texts fit in the processor's caches and a call takes a few milliseconds, too short to judge a slope by).
 */
export const compareLinearFactor = 2;

/** One length's timing. */
export interface CompareRow {
  readonly characters: number;
  readonly ms: number;
  /** ms per 1,000 characters. */
  readonly perThousand: number;
  /** The measured reuse share (the generated pair reuses about 60 % of its sentences). */
  readonly share: number | null;
  readonly runs: number;
}

/** The suite's result. */
export interface CompareTiming {
  readonly rows: readonly CompareRow[];
}

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary = Array.from(
  "政府信息公开工作年度报告主动依申请办理答复平台建设监督保障规范性文件权责清单政务新媒体门户网站解读回应基层标准化考核评估培训审查保密发布更新栏目专题民生重点领域财政预决算",
);

/** A sentence of 20–40 characters with a figure in it. */
function sentence(next: () => number): string {
  const n = 20 + Math.floor(next() * 20);
  let s = "";
  for (let i = 0; i < n; i++) s += vocabulary[Math.floor(next() * vocabulary.length)];
  const at = Math.floor(n / 2);
  return `${s.slice(0, at)}${Math.floor(next() * 1000)}件${s.slice(at)}。`;
}

/**
 * Two reports of `characters` characters of prose each: this year's keeps about 60 % of last year's sentences
 * (their figures changed) and writes the rest anew, spread over the preamble and the three sections.
 *
 * @example
 * ```ts
 * const [before, now] = comparePair(20_000);
 * ```
 */
export function comparePair(characters: number): [Report, Report] {
  const seed = JSON.parse(seedText) as Report;
  const next = random(characters);
  const last: string[] = [];
  let length = 0;
  while (length < characters) {
    const s = sentence(next);
    last.push(s);
    length += s.length;
  }
  const now = last.map((s) => (next() < 0.6 ? s.replace(/\d+/, String(Math.floor(next() * 1000))) : sentence(next)));
  const shape = (sentences: readonly string[], year: number): Report => {
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 8) paragraphs.push(sentences.slice(i, i + 8).join(""));
    const q = Math.ceil(paragraphs.length / 4);
    return {
      ...seed,
      year,
      preamble: paragraphs.slice(0, q),
      sections: {
        overview: paragraphs.slice(q, 2 * q),
        problems: paragraphs.slice(2 * q, 3 * q),
        other: paragraphs.slice(3 * q),
      },
    } as Report;
  };
  return [shape(last, seed.year), shape(now, seed.year + 1)];
}

/**
 * Times `compareReports` (text reuse, every cell, the findings) on generated pairs of each of
 * {@link compareLengths}: the median of `runs` calls after five to warm up (a single run above 200,000 characters).
 *
 * @example
 * ```ts
 * const t = await compareSuite(lib, 11);
 * ```
 */
export async function compareSuite(lib: Library, runs: number): Promise<CompareTiming> {
  const compare = (await import(
    pathToFileURL(join(dirname(lib.cli), "compare.js")).href
  )) as typeof import("../../src/compare.js");
  const rows: CompareRow[] = [];
  // the optimising compiler warmed on a pair of each shape first, so that the first length is not timed cold
  const [a, b] = comparePair(30_000);
  medianOf(30, () => compare.compareReports(a, b));
  for (const characters of compareLengths) {
    const [before, now] = comparePair(characters);
    const run = () => compare.compareReports(before, now);
    const first = run();
    const n = characters > 200_000 ? Math.max(1, Math.ceil(runs / 4)) : runs;
    medianOf(Math.min(5, n), run); // warm up
    const time = medianOf(n, run);
    rows.push({
      characters,
      ms: time,
      perThousand: time / (characters / 1000),
      share: first.text.overall.share,
      runs: n,
    });
  }
  return { rows };
}

/**
 * The section of docs/performance.md.
 *
 * @example
 * ```ts
 * console.log(compareSection(await compareSuite(lib, 11)).join("\n"));
 * ```
 */
export function compareSection(t: CompareTiming): string[] {
  const first = t.rows[0] as CompareRow;
  const last = t.rows[t.rows.length - 1] as CompareRow;
  const base = t.rows.find((r) => r.characters === 100_000) ?? first;
  const verdict = first.ms <= compareTargetMs ? "met" : "**missed**";
  return [
    "## 10. Comparing two years",
    "",
    "`compareReports` (zfxxgk/compare) on two generated reports of the 2021 edition whose prose (preamble and the",
    "three sections, paragraphs of eight sentences of 20–40 characters, each with a figure) is N characters long:",
    "this year's keeps about 60 % of last year's sentences with their figures changed and writes the rest anew.",
    "Each call normalises both texts, hashes every 8-character window of last year's, looks up every window of this",
    "year's, builds the passages, and compares every cell and runs the cross-year rules. Median of the runs shown.",
    `Target: two 20,000-character reports in ≤ ${compareTargetMs} ms — ${verdict} (${ms(first.ms)} ms). Linearity: the`,
    `time per 1,000 characters at 1,000,000 characters is ${ratio(last.perThousand / base.perThousand)} that at 100,000`,
    `(target: within ${compareLinearFactor}×). Run alone by \`npx tsx bench/compare.ts\`; the machine is shared, so`,
    "the figures move between runs (the load average of the run is in the table of the machine).",
    "",
    table(
      ["characters of each report", "compareReports", "per 1,000 characters", "reuse found", "runs"],
      t.rows.map((r) => [
        r.characters.toLocaleString("en"),
        ms(r.ms),
        ms(r.perThousand),
        r.share === null ? "—" : `${(r.share * 100).toFixed(1)} %`,
        String(r.runs),
      ]),
    ),
    "",
  ];
}

/**
 * The suite's targets, for the table of targets.
 *
 * @example
 * ```ts
 * compareVerdicts(await compareSuite(lib, 11)).every((v) => v.holds);
 * ```
 */
export function compareVerdicts(t: CompareTiming): Verdict[] {
  const first = t.rows[0];
  const last = t.rows[t.rows.length - 1];
  const base = t.rows.find((r) => r.characters === 100_000) ?? first;
  if (first === undefined || last === undefined || base === undefined) return [];
  const growth = last.perThousand / base.perThousand;
  return [
    {
      id: "compare-20k",
      target: `compareReports on two 20,000-character reports ≤ ${compareTargetMs} ms`,
      measured: `${ms(first.ms)} ms`,
      holds: first.ms <= compareTargetMs,
    },
    {
      id: "compare-linear",
      target: `compareReports linear up to 1,000,000 characters: time per character within ${compareLinearFactor}× that at 100,000`,
      measured: `${ms(base.perThousand)} → ${ms(last.perThousand)} ms per 1,000 characters (${ratio(growth)})`,
      holds: growth <= compareLinearFactor,
    },
  ];
}
