/**
 * The inputs of the benchmark: the seed report, and reproducible corpora of generated reports of both
 * editions (fast-check's generator with a fixed seed, through the package's own `zfxxgk/testing` arbitraries).
 * Reports are kept as JSON text and parsed afresh, so that every object has the shapes `JSON.parse` gives.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import type { Report } from "../src/model/report.generated.js";
import { type Library, root } from "./lib.js";

/** The seed of every generated corpus. */
export const corpusSeed = 20240112;

/** A named list of report texts. */
export interface Corpus {
  readonly name: string;
  readonly description: string;
  readonly texts: readonly string[];
}

/**
 * Parses every text of a corpus.
 *
 * @example
 * ```ts
 * const reports = parsedAll(corpus.texts);
 * ```
 */
export function parsedAll(texts: readonly string[]): Report[] {
  return texts.map((t) => JSON.parse(t) as Report);
}

/** The seed report (2021 edition) as published in `examples/`. */
export const seedText = readFileSync(join(root, "examples", "lianzhou-2023.json"), "utf8");

/** The constructed 2019-edition example. */
export const example2019Text = readFileSync(join(root, "examples", "example-2019.json"), "utf8");

/** The seed's published text (pdftotext output), for the parser. */
export const seedPublishedText = readFileSync(join(root, "tests", "fixtures", "lianzhou-2023.txt"), "utf8");

const stringify = (r: unknown): string => JSON.stringify(r, null, 2);

function sample<T>(arb: fc.Arbitrary<T>, numRuns: number, offset: number): T[] {
  return fc.sample(arb, { seed: corpusSeed + offset, numRuns });
}

/** The corpora of the validation and checking cases. */
export interface Corpora {
  /** 100 reports of each edition on which `checkReport` finds nothing at all (the common case of a correct report). */
  readonly clean: Corpus;
  /** 100 reports of each edition, every error rule holding, no blank cell (warnings possible). */
  readonly consistent: Corpus;
  /** 100 reports of each edition, any figures (most relations fail), some blank cells. */
  readonly arbitrary: Corpus;
}

/**
 * Generates the corpora (fixed seed: the same reports on every run and machine).
 *
 * @example
 * ```ts
 * const { consistent } = makeCorpora(lib);
 * ```
 */
export function makeCorpora(lib: Library): Corpora {
  const { arbReport } = lib.testing;
  const each = 100;
  const consistent = [
    ...sample(arbReport({ edition: "2021", consistent: true, blanks: false }), each, 1),
    ...sample(arbReport({ edition: "2019", consistent: true, blanks: false }), each, 2),
  ].map(stringify);
  const arbitrary = [
    ...sample(arbReport({ edition: "2021" }), each, 3),
    ...sample(arbReport({ edition: "2019" }), each, 4),
  ].map(stringify);
  // the generator's consistent reports hold every error rule, but most raise a warning (表二's soft bounds,
  // the publication deadline, and the structure rules on their random prose: a part left empty, 六 silent on
  // fees): give them the 表二 of the edition's example and a date in January of the next year, and keep those on
  // which nothing at all is found — about one in six of the 2021 edition's, so ten times as many are drawn
  const examples = { "2021": JSON.parse(seedText) as Report, "2019": JSON.parse(example2019Text) as Report };
  const clean = (["2021", "2019"] as const).flatMap((edition, i) =>
    sample(arbReport({ edition, consistent: true, blanks: false }), 10 * each, 7 + i)
      .map((r) => ({ ...r, proactive: examples[edition].proactive, publishedOn: `${r.year + 1}-01-15` }) as Report)
      .filter((r) => lib.core.checkReport(r).findings.length === 0)
      .slice(0, each),
  );
  if (clean.length !== 2 * each) throw new Error(`only ${clean.length} clean reports generated`);
  return {
    clean: {
      name: "clean corpus",
      description: `${clean.length} generated reports (${each} per edition; 表二 and the publication date taken from the edition's example) on which checkReport finds nothing, not even a warning`,
      texts: clean.map(stringify),
    },
    consistent: {
      name: "consistent corpus",
      description: `${consistent.length} generated reports (${each} per edition) as the generator makes them: every error rule holds, no blank cell, but most raise a warning (表二's soft bounds, the publication deadline)`,
      texts: consistent,
    },
    arbitrary: {
      name: "arbitrary corpus",
      description: `${arbitrary.length} generated reports (${each} per edition), any figures (most relations fail), some blank cells`,
      texts: arbitrary,
    },
  };
}

/**
 * Every `n`-th report of a corpus (both editions stay represented: corpora list one edition, then the other).
 *
 * @example
 * ```ts
 * everyNth(corpora.clean, 4).texts.length; // 50
 * ```
 */
export function everyNth(corpus: Corpus, n: number): Corpus {
  const texts = corpus.texts.filter((_, i) => i % n === 0);
  return { name: corpus.name, description: `${corpus.description}; every ${n}th, ${texts.length} reports`, texts };
}

/**
 * The distinct texts a large folder or roll-up is made of, cycled: 180 consistent reports of both editions
 * and 20 with exactly one relation broken (a national collection is mostly right).
 *
 * @example
 * ```ts
 * const texts = folderTexts(lib);
 * ```
 */
export function folderTexts(lib: Library): string[] {
  const { arbReport, arbInconsistentReport } = lib.testing;
  const good = sample(arbReport({ consistent: true, blanks: false }), 180, 5);
  const rules = ["T3.balance", "T3.results-total", "T3.row-total", "T4.total"] as const;
  const bad = rules.flatMap((rule, i) => sample(arbInconsistentReport(rule), 5, 6 + i).map((x) => x.report));
  const texts = good.map(stringify);
  // spread the broken ones through the folder
  bad.forEach((r, i) => {
    texts.splice(i * 10 + 5, 0, stringify(r));
  });
  return texts;
}

/**
 * `count` reports of one edition and year for the roll-up: 200 distinct generated reports (consistent, no
 * blank cell: a blank 采购总金额 unit would make a 2019 roll-up refuse), cycled, all set to one year.
 *
 * @example
 * ```ts
 * const reports = rollUpReports(lib, "2021", 10_000);
 * ```
 */
export function rollUpReports(lib: Library, edition: "2021" | "2019", count: number): Report[] {
  const year = edition === "2021" ? 2023 : 2020;
  const distinct = sample(
    lib.testing.arbReport({ edition, consistent: true, blanks: false }),
    200,
    edition === "2021" ? 10 : 11,
  ).map((r) => stringify({ ...r, year }));
  const out: Report[] = [];
  for (let i = 0; i < count; i++) out.push(JSON.parse(distinct[i % distinct.length] as string) as Report);
  return out;
}
