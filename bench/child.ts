/**
 * One input set of the validation suite, timed in a fresh process (spawned by `run.ts`): the JIT state of
 * one set (or of the corpus generator, which calls `checkReport` on objects of other shapes) cannot slow
 * the next. Reads `{ corpus }` from the file named on the command line, writes the timings as JSON to the
 * file named after it.
 *
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Corpus } from "./corpus.js";
import { openLibrary } from "./lib.js";
import { validateSuite } from "./suites/validate.js";

const [input, output] = process.argv.slice(2);
const dist = process.env.ZFXXGK_BENCH_DIST;
if (input === undefined || output === undefined || dist === undefined) {
  throw new Error("usage: ZFXXGK_BENCH_DIST=DIR node --import tsx bench/child.ts INPUT.json OUTPUT.json");
}
const corpus = JSON.parse(readFileSync(input, "utf8")) as Corpus;
const lib = await openLibrary(dist);
writeFileSync(output, JSON.stringify(validateSuite(lib, corpus)));
