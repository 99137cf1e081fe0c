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
    "**Run to run.** These ratios move more between runs than the margin to the target: three runs on this",
    "machine (quiet, load about 1) on the same code, 28 November 2026, gave for the 表三/表四 rules 1.47–1.55× on",
    "the seed and 0.89–1.97× on the consistent corpus (every rule: 1.30–1.34× and 1.00–2.08×). A case is one",
    "child process timed for about a second; the JIT state it reaches differs from run to run.",
    "",
    "**What limits it.** Validation is not the gap: `validateReport` runs at the speed of the hand-written",
    "validation (first column). What remains is `checkReport` doing work the floor does not do:",
    "",
    "1. It runs the rules the floor does not have: the envelope rules (organ kind, the statutory publication",
    "   deadline), the narrative rules (a scan of 一、总体情况 for stated figures), 表二's soft bounds and",
    "   `cell.blank`. Leaving them out (`exclude`) gives the fifth column, the like-for-like comparison.",
    "2. It words what it finds. Most of the generator's consistent reports raise two warnings (a 表二 soft",
    "   bound, the publication deadline); each is a finding with two filled templates (Chinese and English).",
    "   The floor words nothing. In a profile of validate + check on the consistent corpus: `validateReport`",
    "   46 %; within `checkReport` (45 %) the generated table check 13.5 %, interpreting and wording 表二's",
    "   warnings 11 %, the envelope rules (wording the deadline warning) 8 %, the narrative rules 4 %.",
    "",
    "**What was tried.** (a) The generated validator (`scripts/codegen/fast-validator.ts`) checks each record",
    "type in one shared straight-line function with the plain-object test inline (V8 had stopped inlining it",
    "into the very large per-table functions): it matches the hand-written validation and is 60 % smaller.",
    "(b) `checkReport` decides its fast path per table: the generated `tables<edition>` sets a table's bit only",
    "when one of its figures is not a number or one of its relations fails, and only the flagged tables' cells",
    "are read and their instances interpreted — a 表二 warning no longer sends 表三/表四's ~200 instances to",
    "the interpreter. (c) `checkReport` no longer validates its argument a second time (the generated reader",
    "finds junk figures; the path walk words the TypeError). (d) The narrative statements are kept per",
    "paragraph list, the last organ's kind and edition plan are remembered, the days late are counted by",
    "arithmetic instead of `Date.parse`. (b)–(d) took validate + check on the consistent corpus from 2.4–3.0×",
    "to about 1.6× the floor (same-process measurements on a loaded machine), and `checkReport` alone to half",
    "its former time. The floor itself was written three ways; the fastest, kept, is cells written out per",
    "row type. (e) The generated fast path is one small function per table and per record type (it was one",
    "function per edition with ~200 locals): it compiles in a third of the time, but TurboFan inlines only 3 of",
    "the 25 calls per report, so warm it is ~200 ns a report slower (visible on the seed, within noise on the",
    "corpus) — kept for the command line, where compilation is a fixed cost per run. A profile after (e) on the",
    "consistent corpus: the validator's `isApplicantRow` 18 %, wording the warnings ~16 % (`evaluateInstances`",
    "7 %, `fill` 6 %, `formatNumber` 2.5 %), the fast path ~11 %.",
    "Not tried: wording findings lazily (the finding shape, docs/rules.md, carries both messages).",
  ].join("\n");
};

const validateZod: Note = (r, v) =>
  [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured}.`,
    "",
    "The plain zod schema checks the shape only; here it takes about 30 µs a report. The comparison with the",
    "floor (which `validateReport + checkReport` meets on the 表三/表四 rules) shows where the rest goes:",
    "",
    validateFloor(r, { ...v, target: "" })
      .split("\n")
      .slice(4)
      .join("\n"),
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
    "**What limits it** (a CPU profile of `parseReport` on the seed text): no single hot spot; about ten",
    "passes over the lines each cost 4–15 %: reading the tables (`TableReader.read`, 15 %: each run of figures",
    "is compared with every row label of its table, ~25 rows × 2–4 keys), `labelKey` (12 %, half of it the",
    "whole-document key for edition detection), cutting table lines into segments (12 %), searching for",
    "displaced table rows (10 %), splitting and classifying lines (9 %), `buildReport` (6.5 %), edition",
    "detection (5 %), paragraphs (5 %), wrap style (4 %), headings (4 %), garbage collection 4–10 %. The floor",
    "makes one regular-expression pass (~3 ns a character); the parser builds a key and pieces for most",
    "lines several times over.",
    "",
    "**What was tried** (all kept; the same output on every test and on 527 compared inputs; properties hold",
    "each shortcut equal to the code it replaces): each row's cell paths, official names and blank-cell",
    "messages computed once, a diagnostic's place built only when one is made; `labelKey` in one pass over a",
    "reused buffer, decoded with `TextDecoder`; headings: a line that cannot open an ordinal skipped by its",
    "first character; vocabulary lookups by doubling then halving; label prefixes cut once and the last",
    "occurrence found with forward `indexOf`; cheap first tests for page numbers, Markdown and numbers;",
    "`closePdfSpacing` and Markdown pipe rows by slicing; the wrap width's median counted, not sorted (the one",
    "n log n step). Together 2.2–2.7× faster on the seed text, 1.5–1.8× on Markdown, 1.1× on HTML (parse5",
    "dominates), 2–2.5× at 1–10 MB.",
    "",
    "**What would be next**: classify each line once and share its plain text, label key and pieces between",
    "the heading, fragment and segment stages; match labels with one automaton per table (Aho–Corasick over",
    "the key prefixes) instead of a search per row label; detect the edition from the keys the table stages",
    "already compute; let `buildReport` take the readers' values directly. 20× means ~4× below the present.",
  ].join("\n");
};

const cliFloor: Note = (_r, v) =>
  [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured}.`,
    "",
    "**What limits it.** The command line now costs about what a plain synchronous loop doing the same work",
    "costs (read, `JSON.parse`, `validateReport`, `checkReport`, one JSON line per file); its own machinery is",
    "about 5 % of its time. A profile of its main thread over 10,000 files: reading and UTF-8 decoding 29 %,",
    "`JSON.parse` 25–29 %, `checkReport` 17 %, building and stringifying the lines 8–13 % (16.9 MB: every",
    "finding in both languages), `validateReport` 6 %, encoding and writing 2–3 %, walking the folder 2–3 %,",
    "GC 3 %, start-up 3 %. Two costs do not show in the library's per-report figures: V8's optimising",
    "compiler spends 560–630 ms of CPU on background threads (the script: none), 60 % of it on the generated",
    "`tables2019`/`tables2021` and on `notAssessable` (recompiled four times after wrong-map deoptimisations) —",
    "a fixed cost, which a small folder pays too and which competes with the main thread on a busy machine;",
    "and interleaving validation, checks and output with reading slows reading and `JSON.parse` themselves",
    "(in one process 826/819 ms between checks against 364/409 ms alone: cache and GC interplay). Main-thread",
    "CPU alone was 1.98× the script's in the measurement that gave 2.84× wall time on a loaded machine.",
    "",
    "**What was tried** (`src/cli`). Adopted, together ~12 % less CPU, peak RSS 92 → 87.5 MiB, start-up 160 →",
    "137 ms CPU: a synchronous walk and loop turning the event loop every 32 files; one open/fstat/read/close",
    "per file into a reused buffer; the parser (parse5) loaded only for a file that is not JSON; each command's",
    "modules imported on demand; `--json` lines encoded once into 64 KiB byte chunks that wait for a slow pipe.",
    "Earlier: synchronous reads instead of promise-based `stat` + `readFile` (~2.5×). Measured and not adopted:",
    '`readFileSync(path, "utf8")` with a `stat` (slower), `TextDecoder` (same), hand-built lines instead of',
    "`JSON.stringify` (same), V8 flags (no gain), asynchronous read-ahead on the thread pool (four round trips",
    "per file cost more than the system calls they move). Not tried: worker threads (more CPU and memory, and",
    "the per-file guarantees to redesign).",
    "",
    "**Then, in `src/checks`**: the generated `tables2019`/`tables2021` became one small function per table and per",
    "record type, and `notAssessable`, `listNames`, `cellFindings`, `evaluateInstances` and `narrativeFinding` no",
    "longer deoptimise on object or array shapes: optimising-compile time of a 2,000-file check fell from a",
    "median of 953 to 452 ms (the fast path's share 627 → 195 ms), wall time 1.04 → 0.81 s (loaded machine).",
  ].join("\n");

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
          "**What limits it.** The root entry holds what the design puts there — `validateReport`, `reportSchema`,",
          "`checkReport`, `checkContinuity`, `sumReports`, `renderReport` — plus the descriptors, enums,",
          "`withTotals`, `buildReport`, `readCell` and the types; those six exports are nearly all of it (29.0 of",
          `29.8 kB when measured, before the checks' last split; \`dist/index.js\` now: ${root === undefined ? "—" : kB(root.size)}). Their marginal costs then (esbuild metafile of the sources):`,
          "`renderReport` 6.8 kB (layout grid 1.8, HTML 1.8, text 1.8, display width 1.2, stylesheet 0.8),",
          "`checkReport` 5.2 kB (generated reader 3.2, narrative rules 1.4, envelope rules 1.1), `checkContinuity`",
          "2.5 kB, `sumReports` 1.4 kB, over a shared base of 13.1 kB: the validator (generated fast path,",
          "explanations, plan), the descriptors (3.9 kB: every official label in Chinese and English, which",
          "messages and findings name) and the check plan. Validation and checking alone are 18.5 kB, so 12 kB",
          "cannot hold `validateReport` and `checkReport` together, let alone the renderers.",
          "",
          "**What was tried.** Everything §7 does not require moved to subpath entries: the JSON Schema",
          "(`zfxxgk/schema`), the rule catalogue, texts and templates (`zfxxgk/rules`), the renderers' building",
          "blocks (`zfxxgk/render`), the label helpers (`zfxxgk/parse`): 35.3 → 29.8 kB; the checks' smaller",
          "generated code took it further. The enums are built by",
          "calls marked pure (droppable); the East Asian width table is stored as base-36 differences (−0.2 kB);",
          "`checkReport` no longer imports the validator. The generated validator stays as it is: 8.5 kB minified",
          "but 0.9 kB after brotli (straight-line code compresses well), and it is what makes validation fast.",
          "**What would reach it**: moving `renderReport`, `checkContinuity` and `sumReports` out of the root (a",
          "change to the design's entry points) and then ~6.5 kB more from the checks — not done without the contract's owner.",
        ]
      : [
          `**What limits it.** \`checkReport\` alone is ${check === undefined ? "—" : kB(check.size)}: the descriptors and the cell walk (~3.9 kB:`,
          "the official labels name the cells in findings), the generated straight-line code (~3.3 kB: the table",
          "check ~2.5, the readers ~0.9), the narrative and envelope rules with their bilingual templates (~4 kB),",
          "and the plan, interpreter, templates, soft rules and exact decimals (~3.5 kB).",
          "",
          "**What was tried.** `checkReport` no longer validates its argument again, which took the validator out",
          "of its bundle (−3.5 kB); the generated table check no longer tests each figure for junk (the reader of",
          "a flagged table does; −0.5 kB); the generated check split per table and record type (−1.2 kB): 18.9 →",
          "13.8 kB. **What would reach it**: the narrative and envelope rules",
          "in their own entry or behind an option (an API decision: the finding shape makes them part of `checkReport`),",
          "and reading figures into the plan's buffer before checking them (an estimated −1.5 kB, not tried: it",
          "reads every figure on the fast path, which the speed target pulls against).",
        ]),
    "",
    "`.size-limit.mjs` holds the budgets at today's sizes plus about 5 %, so `npm test` catches regressions.",
  ].join("\n");
};

/** The names of the two size-limit entries of `zfxxgk/parse`'s browser build. */
const browserParse = "zfxxgk/parse, browser build (the platform's DOMParser reads HTML: no HTML parser bundled)";
const browserParseAlone = "zfxxgk/parse, browser build, parseReport alone (strings: text, Markdown, HTML)";

const browserParseNote: Note = (r, v) => {
  const whole = r.sizes.find((s) => s.name === browserParse);
  const alone = r.sizes.find((s) => s.name === browserParseAlone);
  const added = whole === undefined || alone === undefined ? "—" : kB(whole.size - alone.size);
  if (v.id === `size:${browserParseAlone}`)
    return [
      `### ${v.target}`,
      "",
      `Measured: ${v.measured}. The same reader as the whole entry without \`parseBytes\`, the byte readers and the`,
      "label helpers: what limits it is said under the whole entry, above.",
    ].join("\n");
  return [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured} (\`parseReport\` alone: ${alone === undefined ? "—" : kB(alone.size)}).`,
    "",
    "**What limits it.** No HTML parser is bundled (the platform's `DOMParser` reads HTML): what is left is the",
    "reader of published reports itself. Its diagnostics, every one in Chinese and English (335 Chinese strings",
    "and their English twins), are about 11 kB of it after brotli (the bundle with its strings emptied: 21.4 kB).",
    "By module, the brotli bytes the bundle loses without it (esbuild, the sources as of December 2026): the",
    "table reader 5.7 kB (rows of figures read from extracted text, Markdown and HTML, with its 21 messages),",
    "edition detection 2.0, the interpreter 1.7, 表三's descriptor (each official label in Chinese and English)",
    "1.5, the title, organ and year 1.5, the envelope 1.3, `parseBytes`' messages 1.0, headings 1.0, character",
    "classes 1.0, 表二's descriptor 1.0, and 0.2–0.8 kB each for the Markdown, text and HTML readers, the line",
    "markers that give the DOM's nodes their source lines, segments, values, columns and prose.",
    `\`parseBytes\`, the byte readers and the label helpers add ${added} to \`parseReport\` alone.`,
    "",
    "**What was tried.** Chinese measured as UTF-8, as Vite and webpack ship it (−0.9 kB against esbuild's",
    "default `\\uXXXX` escapes); the table reader's internals `#private`, which minifiers rename (−0.22 kB).",
    "Sharing repeated code (the lines a segment marks, the record of held figures) was measured and gives",
    "nothing after brotli, which already makes repeats nearly free; sets written as split strings −0.03 kB (not",
    "kept); renaming the internal property names of segments and targets at build time −0.18 kB, at the risk",
    "of renaming a public one (not done).",
    "",
    "**What would reach it**: about 2.3 kB less. The accounting relations the table descriptors carry for the",
    "checks (`rules`: each relation's equation and names in both languages) are data the parser never reads,",
    "0.47 kB of the bundle (measured with them emptied); taking them out of the descriptors changes the shape",
    "of `zfxxgk/format` (issue 17's ground). The rest means taking a feature out of the browser build",
    "(`parseBytes` in an entry of its own, an API change, 1.85 kB) or shorter diagnostics: each changes what",
    "the entry does or says, so not done without the contract's owner.",
    "",
    "`.size-limit.mjs` holds the budgets at today's sizes plus about 5 %, so `npm test` catches regressions.",
  ].join("\n");
};

const parseLinear: Note = (_r, v) =>
  [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured}.`,
    "",
    "**What limits it.** Wall time per MB on a machine shared with other work. Measured in CPU time after a",
    "warm-up (1, 2.5, 5, 10 MB), the cost per MB is flat or falling (98, 91, 68, 59 ms/MB): nothing in the",
    "parser grows faster than the input since the one n log n step (the wrap width's median, by sorting)",
    "became a count. Garbage collection grows with the input (39 minor collections for three 10 MB parses",
    "against 12 at 1 MB), in proportion to it.",
  ].join("\n");

const cliMemory: Note = (_r, v) =>
  [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured}.`,
    "",
    "**What limits it.** Peak RSS measures when V8 chooses to collect, not what the command line keeps: it",
    "holds one file and one 64 KiB output chunk at a time, and nothing per file after its line is written.",
    "Three runs on the same code gave 1.04×, 1.21× and 1.34× between 2,500 and 10,000 files (77–94 MiB at",
    "10,000); the soak's 100,000-file folder peaked at 94 MB (docs/reliability.md). Memory is bounded; the",
    "1.15× ratio of peak RSS is within V8's own heap-growth steps at this size.",
  ].join("\n");

const pdfMemory: Note = (_r, v) =>
  [
    `### ${v.target}`,
    "",
    `Measured: ${v.measured}.`,
    "",
    "**What limits it.** The figure is the main process's peak RSS: since issue 18 each PDF is read in a worker",
    "process of its own budget (`--max-memory`), and the main process keeps a file's verdict only until its line",
    "is written. What grows is V8's heap sizing, not what is kept: the same 200 report PDFs linked into folders",
    "of 200, 1,000 and 2,000 files (4 December 2026, quiet machine) gave 94, 138 and 147 MiB — from 1,000 to",
    "2,000 files only 1.06×, the peak levelling off as the heap reaches its working size. Memory is bounded; the",
    "ratio from 100 files measures the heap's growth steps at that size.",
  ].join("\n");

const notes: Readonly<Record<string, Note>> = {
  "pdf-memory": pdfMemory,
  "validate-floor": validateFloor,
  "validate-zod": validateZod,
  "parse-floor": parseFloor,
  "parse-linear": parseLinear,
  "cli-floor": cliFloor,
  "cli-memory": cliMemory,
  "size:root entry (zfxxgk)": sizeNote,
  "size:checkReport alone": sizeNote,
  [`size:${browserParse}`]: browserParseNote,
  [`size:${browserParseAlone}`]: browserParseNote,
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
