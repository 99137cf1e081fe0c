/**
 * Validation and checking: the library's entry points and adapters against the hand-written floor, a plain
 * zod 4 schema and `JSON.parse`, on the seed report and on the generated corpora.
 *
 * @module
 */

import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../src/model/report.generated.js";
import { handCheck, handSums, handValidate } from "../baselines/hand-written.js";
import { plainZodReport } from "../baselines/plain-zod.js";
import { type Corpus, parsedAll, seedText } from "../corpus.js";
import { distCopy, type Library, root } from "../lib.js";
import { type Case, type Timing, timeCases } from "../measure.js";

/** Copies of the seed per batch. */
const seedCopies = 50;

/** Case names, shared with the report. */
export const names = {
  jsonParse: "JSON.parse of the text",
  parseHand: "JSON.parse + hand-written floor (validate + sums)",
  parseValidateCheck: "JSON.parse + validateReport + checkReport (every rule)",
  handValidate: "hand-written floor: validate",
  validate: "validateReport",
  handCheck: "hand-written floor: validate + 表三/表四 sums",
  handSums: "hand-written floor: 表三/表四 sums only",
  validateCheckT34: "validateReport + checkReport (表三/表四 rules only)",
  validateCheck: "validateReport + checkReport (every rule)",
  check: "checkReport alone (every rule)",
  plainZod: "plain zod 4 schema (no sums)",
  zod: "zfxxgk/zod ReportSchema",
  zodConsistent: "zfxxgk/zod ConsistentReportSchema (with sums)",
  ioTs: "zfxxgk/io-ts ReportCodec",
  ioTsConsistent: "zfxxgk/io-ts ConsistentReportCodec (with sums)",
} as const;

/** The floor each case is compared with (the hand-written code doing the same work). */
export const floorOf: Readonly<Record<string, string>> = {
  [names.parseValidateCheck]: names.parseHand,
  [names.parseHand]: names.parseHand,
  [names.handValidate]: names.handValidate,
  [names.validate]: names.handValidate,
  [names.handCheck]: names.handCheck,
  [names.handSums]: names.handSums,
  [names.validateCheckT34]: names.handCheck,
  [names.validateCheck]: names.handCheck,
  [names.check]: names.handSums,
  [names.plainZod]: names.handValidate,
  [names.zod]: names.handValidate,
  [names.zodConsistent]: names.handCheck,
  [names.ioTs]: names.handValidate,
  [names.ioTsConsistent]: names.handCheck,
};

/** The timings of one input set. */
export interface InputTimings {
  readonly input: string;
  readonly description: string;
  readonly timings: readonly Timing[];
}

/**
 * Rule ids other than the 表三/表四 relations, as `checkReport`'s `exclude` prefixes.
 *
 * @example
 * ```ts
 * checkReport(report, { exclude: notT34(lib) });
 * ```
 */
function notT34(lib: Library): string[] {
  const prefixes = new Set(lib.rules.ruleCatalogue.map((r) => r.id.slice(0, r.id.indexOf(".") + 1)));
  return [...prefixes].filter((p) => p !== "T3." && p !== "T4.");
}

const t34 = new Set(["T3.balance", "T3.results-total", "T3.row-total", "T4.total"]);

/**
 * Before timing: every input is a valid report, the floor and the library count the same 表三/表四 instances
 * that fail or cannot be assessed, and the plain zod schema accepts it — else the comparison would not be of
 * the same work. (`tests/bench/hand-written.test.ts` proves the same on invalid inputs.)
 */
function agree(lib: Library, reports: readonly Report[], input: string): void {
  for (const [i, x] of reports.entries()) {
    const v = lib.core.validateReport(x);
    if (!v.ok) throw new Error(`${input} #${i} is not a valid report`);
    const floor = handCheck(x);
    const library = v.ok ? lib.core.checkReport(v.value).findings.filter((f) => t34.has(f.rule)).length : -1;
    if (floor !== library) throw new Error(`${input} #${i}: the floor counts ${floor}, the library ${library}`);
    if (plainZodReport.safeParse(x).success !== v.ok) throw new Error(`${input} #${i}: plain zod disagrees`);
  }
}

/**
 * Times every case on one input set.
 *
 * @example
 * ```ts
 * const t = validateSuite(lib, corpora.consistent);
 * ```
 */
export function validateSuite(lib: Library, input: Corpus): InputTimings {
  const { validateReport, checkReport } = lib.core;
  const { ReportSchema, ConsistentReportSchema } = lib.zod;
  const { ReportCodec, ConsistentReportCodec } = lib.ioTs;
  const texts = input.texts;
  const reports = parsedAll(texts);
  const items = reports.length;
  const exclude = notT34(lib);
  agree(lib, reports, input.name);
  const cases: Case[] = [
    {
      name: names.jsonParse,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < texts.length; i++) s += (JSON.parse(texts[i] as string) as { year: number }).year;
        return s;
      },
    },
    // a report read once, as from a file: the objects are fresh from JSON.parse (and cost more to walk than
    // the warm objects of the batches below)
    {
      name: names.parseHand,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < texts.length; i++) s += handCheck(JSON.parse(texts[i] as string));
        return s;
      },
    },
    {
      name: names.parseValidateCheck,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < texts.length; i++) {
          const v = validateReport(JSON.parse(texts[i] as string));
          s += v.ok ? checkReport(v.value).findings.length : -1;
        }
        return s;
      },
    },
    // every case writes its own loop (no shared helper taking a callback): each loop is optimised for its
    // one callee, as code written for one validator would be
    {
      name: names.handValidate,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) s += handValidate(reports[i]) ? 1 : 0;
        return s;
      },
    },
    {
      name: names.validate,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) s += validateReport(reports[i]).ok ? 1 : 0;
        return s;
      },
    },
    {
      name: names.handCheck,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) s += handCheck(reports[i]);
        return s;
      },
    },
    {
      name: names.handSums,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) s += handSums(reports[i]);
        return s;
      },
    },
    {
      name: names.validateCheckT34,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) {
          const v = validateReport(reports[i]);
          s += v.ok ? checkReport(v.value, { exclude }).findings.length : -1;
        }
        return s;
      },
    },
    {
      name: names.validateCheck,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) {
          const v = validateReport(reports[i]);
          s += v.ok ? checkReport(v.value).findings.length : -1;
        }
        return s;
      },
    },
    {
      name: names.check,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) s += checkReport(reports[i] as Report).findings.length;
        return s;
      },
    },
    {
      name: names.plainZod,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) s += plainZodReport.safeParse(reports[i]).success ? 1 : 0;
        return s;
      },
    },
    {
      name: names.zod,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) s += ReportSchema.safeParse(reports[i]).success ? 1 : 0;
        return s;
      },
    },
    {
      name: names.zodConsistent,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) s += ConsistentReportSchema.safeParse(reports[i]).success ? 1 : 0;
        return s;
      },
    },
    {
      name: names.ioTs,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) s += ReportCodec.decode(reports[i])._tag === "Right" ? 1 : 0;
        return s;
      },
    },
    {
      name: names.ioTsConsistent,
      items,
      run: () => {
        let s = 0;
        for (let i = 0; i < reports.length; i++) s += ConsistentReportCodec.decode(reports[i])._tag === "Right" ? 1 : 0;
        return s;
      },
    },
  ];
  return { input: input.name, description: input.description, timings: timeCases(cases) };
}

/**
 * {@link validateSuite} in a fresh child process (see `bench/child.ts`).
 *
 * @example
 * ```ts
 * const t = validateInChild(corpora.clean, scratchDir);
 * ```
 */
export function validateInChild(input: Corpus, scratch: string): InputTimings {
  const inFile = join(scratch, "validate-input.json");
  const outFile = join(scratch, "validate-output.json");
  writeFileSync(inFile, JSON.stringify(input));
  rmSync(outFile, { force: true });
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "bench", "child.ts"), inFile, outFile], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ZFXXGK_BENCH_DIST: distCopy },
  });
  if (r.status !== 0) throw new Error(`the validation suite failed on the ${input.name} (exit ${r.status})`);
  return JSON.parse(readFileSync(outFile, "utf8")) as InputTimings;
}

/**
 * The seed report as an input set: copies parsed from its text.
 *
 * @example
 * ```ts
 * validateSuite(lib, seedInput());
 * ```
 */
export function seedInput(copies = seedCopies): Corpus {
  return {
    name: "seed report",
    description: `examples/lianzhou-2023.json (2021 edition, every relation holding), ${copies} parsed copies per batch`,
    texts: Array.from({ length: copies }, () => seedText),
  };
}
