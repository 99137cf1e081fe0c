/**
 * Where a target is missed: what limits it, what was tried, and the change proposed. The analysis comes
 * from CPU profiles (`node --cpu-prof`) and bundle analyses (esbuild metafiles) of the code at the time of
 * writing (November 2026, commits up to the one measured); the figures quoted from this run are filled in.
 *
 * @module
 */
import { kB, ratio, us } from "./format.js";
import type { Results, Verdict } from "./report.js";
import { names } from "./suites/validate.js";

type Note = (r: Results, v: Verdict) => string;

const medianOf = (r: Results, input: string, name: string): number =>
  r.validate.find((t) => t.input === input)?.timings.find((x) => x.name === name)?.median ?? Number.NaN;

const validateFloor: Note = (r, v) => {
  const row = (input: string) => {
    const m = (name: string) => medianOf(r, input, name);
    return `| ${input} | ${ratio(m(names.validate) / m(names.handValidate))} | ${us(m(names.check))} µs | ${us(m(names.handSums))} µs | ${ratio(m(names.validateCheckT34) / m(names.handCheck))} | ${ratio(m(names.validateCheck) / m(names.handCheck))} |`;
  };
  return [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured}.`,
    "",
    "| input | validateReport ÷ floor's validation | checkReport alone | floor's sums alone | validate + check (表三/表四 only) ÷ floor | validate + check (every rule) ÷ floor |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    row("seed report"),
    row("clean corpus"),
    row("consistent corpus"),
    "",
    "**What limits it.** Validation is not the gap: `validateReport` runs at the speed of the hand-written",
    "validation (first column). The gap is `checkReport` (`src/checks`), for two reasons a profile shows:",
    "",
    "1. On reports where every rule holds (the seed, the clean corpus) `checkReport` takes its generated fast",
    "   path for the relations, but still runs the rules the floor does not have: the envelope rules",
    "   (`guessOrganKind`, the statutory deadline), the narrative rules (a regular-expression scan of",
    "   一、总体情况 for stated figures) and `cell.blank`. In a profile of validate + check on the seed, the",
    "   narrative and envelope rules take 22 % of the time, the relations' fast path 8 %. Leaving them out",
    "   (`exclude`) gives the fourth column.",
    "2. On the consistent corpus, most reports raise a warning (a 表二 soft bound or the publication deadline).",
    "   One warning anywhere takes the whole report off the fast path (`allHold` covers every relation of every",
    "   table, the soft ones included), and then `checkReport` (a) validates the report again (`isReport`,",
    "   13 % of validate + check in a profile — the caller validated it a moment before), (b) reads every",
    "   numeric cell into the plan's buffers and interprets every rule instance (~200), and (c) words the",
    "   warnings in two languages.",
    "",
    "**Proposed (src/checks, for its owner).** (1) Decide the fast path per table (or per severity): a 表二",
    "warning should not send 表三/表四 to the interpreter — the generated `holds<edition>` can return which",
    "table failed, and only that table's instances be interpreted. (2) Do not re-validate off the fast path:",
    "the generated reader already returns NaN on a non-number cell, so the structural check can run only when",
    "the reader fails (to word the documented TypeError). (3) Skip the narrative scan when the report has no",
    "prose, and cache `guessOrganKind` per organ string. With (1) and (2), the consistent corpus should come",
    "close to the clean corpus's ratio.",
    "",
    "**What was tried here.** The generated validator (`scripts/codegen/fast-validator.ts`) was rewritten to",
    "check each record type (ApplicantRow, ReviewGroup, …) in one shared straight-line function with the",
    "plain-object test inline (V8 had stopped inlining that test into the very large per-table functions,",
    "where it took a third of the time); it now matches the hand-written validation (before: the same on the",
    "seed, ~15 % slower on the corpus) and is 60 % smaller.",
    "The floor itself was written three ways (helpers per cell, `Number.isSafeInteger`, and cells written out",
    "per row type); the fastest, kept, is the last.",
  ].join("\n");
};

const validateZod: Note = (_r, v) =>
  [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured}.`,
    "",
    "The plain zod schema is about 60–100 µs a report on every input; the gap exists only where",
    "`validateReport + checkReport` is slow, i.e. off `checkReport`'s fast path (see the previous target): the",
    "same causes and the same proposed changes in `src/checks` apply.",
  ].join("\n");

const parseFloor: Note = (r, v) => {
  const seed = r.parse[0];
  const perChar = seed === undefined ? Number.NaN : (seed.parser.median * 1000) / seed.chars;
  return [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured}, about ${perChar.toFixed(0)} ns per character of input. The target means about`,
    `${seed === undefined ? "—" : us(seed.floor.median * 20)} µs for the seed.`,
    "",
    "**What limits it** (`src/parse`, a CPU profile of `parseReport` on the seed text): the time is spread over",
    "per-call set-up and per-line work rather than one hot loop —",
    "",
    "- reading the table cells (`TableReader.read/take/assign/readCell`, ~25 %): every cell builds its dotted",
    "  path string, looks its official name up with `cellAt`, builds a `place` object and, for blanks, an `info`",
    "  diagnostic with two formatted messages, whether or not the caller wants diagnostics;",
    "- matching labels (`labelKey` and the label normalisation, ~13 %): descriptor labels are normalised again",
    "  on every call instead of once per edition;",
    "- heading detection (`scanHeadings/headingAt/matchHeading`, ~11 %): every line is tried against every",
    "  heading pattern;",
    "- segmenting lines into fragments (`findFragments/segmentsOf`, ~14 %) and garbage collection (~9 %).",
    "",
    "It scales linearly (next target), so nothing is quadratic; the constant is ~15× too large for the target.",
    "",
    "**Proposed (src/parse, for its owner).** Precompute per edition, once, a `Map` from normalised label to",
    "target and the heading patterns as one combined regular expression; classify each line in one pass;",
    "create diagnostics for blank cells lazily (or only a count) and name cells by index into `cellsOf`",
    "instead of building and looking up path strings per cell. The floor's 20× leaves room for a tokenizer",
    "plus one table lookup per label.",
    "",
    "**What was tried here.** Nothing in `src/parse` (not this task's to change); measured and profiled only.",
  ].join("\n");
};

const cliFloor: Note = (r, v) => {
  const big = r.cli[r.cli.length - 1];
  const perReport =
    medianOf(r, "consistent corpus", names.parseValidateCheck) - medianOf(r, "consistent corpus", names.jsonParse);
  const checkMs = big === undefined ? Number.NaN : (perReport * big.files) / 1000;
  return [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured}.`,
    "",
    "**What limits it.** The script's work (read, decode, `JSON.parse`) is also the larger part of the command",
    "line's. On top of it, per file: `validateReport + checkReport` on an object fresh from `JSON.parse` — on",
    `reports like the folder's (most raise a warning) about ${us(perReport)} µs each (section 1, consistent corpus:`,
    `the \`JSON.parse + validateReport + checkReport\` row less \`JSON.parse\`), i.e. about ${checkMs.toFixed(0)} ms for the`,
    `folder — and one JSON line per file with its findings (${big === undefined ? "—" : kB(big.cliOutputBytes)} for the folder; \`JSON.stringify\``,
    "of the lines costs about 20 µs a file). A plain synchronous loop doing the same work (read, parse,",
    "validate, check, stringify) takes as long as the command line: its own machinery (walking, async",
    "iteration, chunked output) costs little; the checks and the output are the difference.",
    "",
    "**What was tried here** (`src/cli`): files are read synchronously (one open/fstat/read/close; the",
    "promise-based `stat` + `readFile` cost a thread-pool round trip per step and left the process idle 38 % of",
    "the time), UTF-8 is validated with `buffer.isUtf8` and decoded by `Buffer` (faster than a fatal",
    "`TextDecoder`, same results), and `--json` lines are written in 64 KiB chunks that wait for a slow pipe",
    "(a `write` per line was a system call per file). Together ~2.5× faster than before.",
    "",
    "**Proposed.** The changes proposed for `checkReport` above (the folder's reports are the consistent kind,",
    "off the fast path). The per-file output is what it is: `--json` prints every finding in both languages.",
  ].join("\n");
};

const sizeNote: Note = (r, v) => {
  const root = r.sizes.find((s) => s.name === "root entry (zfxxgk)");
  const check = r.sizes.find((s) => s.name === "checkReport alone");
  return [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured}.`,
    "",
    ...(v.id === "size:root entry (zfxxgk)"
      ? [
          `**What limits it.** The root entry exports everything the package does but parsing: the descriptors`,
          "(every official label in Chinese and English), validation, every rule with its messages and",
          "rationales in two languages, the rule catalogue, the cross-year rules, the roll-up, three renderers with",
          "a stylesheet and an East Asian width table, and the JSON Schema builder. Measured by leaving one part",
          "out of a bundle of `src/index.ts` (esbuild, minified, brotli), the marginal costs are about: the",
          "checks 17.3 kB (of which `checkReport` 9.4, `ruleCatalogue` with the rule texts 6.9, `checkContinuity`",
          "5.8, `sumReports` 4.3 — they share code), the renderers 7.4 kB, the JSON Schema builder 1.5 kB; the",
          "descriptors and validation, which everything needs, about 8 kB. The same bundle built from the",
          `sources is ${kB(35_900)}; \`dist/index.js\` gives ${root === undefined ? "—" : kB(root.size)}.`,
          "",
          "**Proposed (an API decision for the lead).** 12 kB holds the descriptors, validation and the 表三/表四",
          "relations, not the rest: move the renderers (`zfxxgk/render`), the JSON Schema (`zfxxgk/schema`, already",
          "shipped as files), the rule catalogue and texts, `checkContinuity` and `sumReports` to subpath entries,",
          "as `zfxxgk/parse` already is. MODEL.md §7 lists `renderReport` and `sumReports` under `zfxxgk`, so this",
          "changes the contract.",
        ]
      : [
          "**What limits it.** `checkReport` needs the descriptors (~4.5 kB of its bundle: the official labels",
          "name the cells in findings), the check plan and interpreter, the generated straight-line reader and",
          "fast path (`src/checks/read.generated.ts`, 2.8 kB: removing it gives 15.1 kB from the sources), the",
          "envelope and narrative rules with their messages (~3.7 kB), and — since checkReport validates its",
          "argument off the fast path to throw the documented TypeError — the validator with its explanations",
          `(~3.5 kB). From the sources it bundles to 17.9 kB; from \`dist/index.js\` ${check === undefined ? "—" : kB(check.size)}: the`,
          "rest is module-level code of `dist/index.js` that a bundler must keep because it might have side",
          "effects (`src/format/enums.ts` builds its enums with destructuring and calls; `src/checks/continuity.ts`",
          "spreads an object at the top level).",
          "",
          "**Proposed.** For `src/checks`: validate lazily (see above) or accept the validator's verdict, keep the",
          "narrative and envelope rules in their own entry or behind an option, and choose between the generated",
          "fast path (speed) and the interpreter (size) — the two targets pull apart here. For `src/format/enums.ts`",
          "and `continuity.ts`: `/* @__PURE__ */` calls instead of top-level destructuring and spreads.",
        ]),
    "",
    "**What was tried here.** The generated validator is 60 % smaller (45 → 12 kB minified; little gain after",
    "brotli, as straight-line code compresses well). The renderers and the JSON Schema no longer run code at",
    "module level that a bundler must keep (the stylesheet, the ` · ` joiner, the grapheme segmenter and the",
    "frozen schemas are built by calls marked pure or on first use): `validateReport` alone went from 12.2 to",
    "9.6 kB and `checkReport` alone from 18.7 to 15.5 kB. Since then `checkReport` imports the validator, so",
    "tsup puts the validator in the checks' chunk, and a bundle of `validateReport` alone now keeps that",
    "chunk's module-level rule tables too (`src/checks/envelope-rules.ts` and `narrative-rules.ts` destructure",
    "and build them at the top level): 10.8 kB.",
    "`.size-limit.json` holds budgets at today's sizes with some headroom, so `npm test` catches regressions;",
    "set them to the targets once the entries are split.",
  ].join("\n");
};

const notes: Readonly<Record<string, Note>> = {
  "validate-floor": validateFloor,
  "validate-zod": validateZod,
  "parse-floor": parseFloor,
  "cli-floor": cliFloor,
  "size:root entry (zfxxgk)": sizeNote,
  "size:checkReport alone": sizeNote,
};

const generic: Note = (_r, v) => `### ${v.target}\n\nMeasured: ${v.measured}. (No analysis recorded for this target.)`;

/**
 * The explanation of each missed target.
 *
 * @example
 * ```ts
 * gapNotes(results, verdicts(results).filter((v) => !v.holds));
 * ```
 */
export function gapNotes(r: Results, missed: readonly Verdict[]): string[] {
  return missed.map((v) => (notes[v.id] ?? generic)(r, v));
}
