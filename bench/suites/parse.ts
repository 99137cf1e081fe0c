/**
 * `parseReport` on the seed's published text, on the seed rendered as HTML and Markdown, and on inputs of
 * 1 to 10 MB; each against its floor, a single `/\d+/g` scan over the same text.
 *
 * @module
 */
import { parsedAll, seedPublishedText, seedText } from "../corpus.js";
import type { Library } from "../lib.js";
import { type Case, median, medianOf, type Timing, timeCases, times } from "../measure.js";

/** The floor of a parser: one scan for the figures of the text. */
export function digitScan(text: string): number {
  const re = /\d+/g;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** One input of the parser with its timings: the parser, then the floor. */
export interface ParseTimings {
  readonly input: string;
  readonly chars: number;
  readonly bytes: number;
  readonly parser: Timing;
  readonly floor: Timing;
}

/**
 * Times the parser and its floor on the seed's three published forms.
 *
 * @example
 * ```ts
 * const rows = parseSuite(lib);
 * ```
 */
export function parseSuite(lib: Library): ParseTimings[] {
  const { parseReport } = lib.parse;
  const { renderReport } = lib.core;
  const [seed] = parsedAll([seedText]);
  if (seed === undefined) throw new Error("no seed");
  const inputs = [
    { input: "seed published text (tests/fixtures/lianzhou-2023.txt)", text: seedPublishedText },
    { input: "seed rendered as HTML", text: renderReport(seed, { format: "html" }) },
    { input: "seed rendered as Markdown", text: renderReport(seed, { format: "markdown" }) },
  ];
  return inputs.map(({ input, text }) => {
    const parsed = parseReport(text);
    if (parsed.report === null) throw new Error(`the parser read no report from the ${input}`);
    const cases: Case[] = [
      { name: "parseReport", items: 1, run: () => parseReport(text).diagnostics.length },
      { name: "/\\d+/g scan", items: 1, run: () => digitScan(text) },
    ];
    const [parser, floor] = timeCases(cases) as [Timing, Timing];
    return { input, chars: text.length, bytes: Buffer.byteLength(text), parser, floor };
  });
}

/** A large input, its parse time and its floor's, milliseconds. */
export interface LargeParse {
  readonly megabytes: number;
  readonly bytes: number;
  readonly parserMs: number;
  readonly floorMs: number;
  readonly runs: number;
}

/**
 * The seed's published text with its 一、总体情况 repeated until the text is `megabytes` MB of UTF-8: one
 * report with a very long narrative (tables, headings and signature as in the seed).
 *
 * @example
 * ```ts
 * Buffer.byteLength(paddedSeed(1)) >= 1024 * 1024; // true
 * ```
 */
export function paddedSeed(megabytes: number): string {
  const text = seedPublishedText;
  const from = text.indexOf("一、总体情况");
  const to = text.indexOf("二、主动公开");
  if (from < 0 || to < from) throw new Error("the seed text has no 一、总体情况 section");
  const body = text.slice(text.indexOf("\n", from) + 1, to);
  const missing = megabytes * 1024 * 1024 - Buffer.byteLength(text);
  const copies = Math.max(0, Math.ceil(missing / Buffer.byteLength(body)));
  return text.slice(0, to) + body.repeat(copies) + text.slice(to);
}

/** Sizes of the linearity series, MB. */
export const largeSizes = [1, 2.5, 5, 10] as const;

/**
 * Times the parser on inputs of 1 to 10 MB (median of `runs` runs each), and the floor on the same texts.
 *
 * @example
 * ```ts
 * largeParseSuite(lib, 3);
 * ```
 */
export function largeParseSuite(lib: Library, runs: number): LargeParse[] {
  const { parseReport } = lib.parse;
  return largeSizes.map((megabytes) => {
    const text = paddedSeed(megabytes);
    const t0 = performance.now();
    const check = parseReport(text);
    const firstMs = performance.now() - t0;
    if (check.report === null || check.report.applications.newReceived.total !== 11) {
      throw new Error(`the parser did not read the tables of the ${megabytes} MB input`);
    }
    // the checked run counts as the first of `runs`
    const parserMs = median([firstMs, ...times(runs - 1, () => parseReport(text))]);
    const floorMs = medianOf(Math.max(runs, 5), () => digitScan(text));
    return { megabytes, bytes: Buffer.byteLength(text), parserMs, floorMs, runs };
  });
}
