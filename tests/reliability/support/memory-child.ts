/**
 * A child process for the memory regressions and the bench's hostile-input suite: builds one adversarial input of
 * the given shape and size (support/adversarial.ts), reads it with `parseReport` (or only its reader; a JSON
 * report with `validateReport`) and prints one line of JSON: what it read, how long the reading took (wall clock and
 * processor time) and the
 * process's peak RSS before the input was built and at the end. The memory tests run it under
 * `node --max-old-space-size=…`, so that a reading whose memory is not bounded by its input dies of a heap OOM
 * instead of passing.
 *
 * Usage: `node --import tsx memory-child.ts SHAPE BYTES [parse|reader]`.
 */
import { validateReport } from "../../../src/index.js";
import { Diagnostics } from "../../../src/parse/diagnostics.js";
import { readHtml } from "../../../src/parse/readers/html.js";
import { readMarkdown } from "../../../src/parse/readers/markdown.js";
import { readText } from "../../../src/parse/readers/text.js";
import { parseReport } from "../../../src/parse.js";
import { type AdversarialInput, type AdversarialShape, adversarial, adversarialShapes } from "./adversarial.js";

/** Reads the input; what was read, in a few numbers. */
function read(input: AdversarialInput, stage: string): Record<string, unknown> {
  if (input.format === "json") {
    const result = validateReport(JSON.parse(input.text));
    return { ok: result.ok, issues: result.ok ? 0 : result.issues.length };
  }
  if (stage === "reader") {
    const d = new Diagnostics();
    const lines =
      input.format === "html"
        ? readHtml(input.text, d)
        : input.format === "markdown"
          ? readMarkdown(input.text)
          : readText(input.text, d);
    return { lines: lines.length, diagnostics: d.list.length };
  }
  const r = parseReport(input.text, { format: input.format });
  return { report: r.report !== null, diagnostics: r.diagnostics.length };
}

const [shape, size, stage = "parse"] = process.argv.slice(2);
if (!adversarialShapes.includes(shape as AdversarialShape)) throw new Error(`no shape ${shape}`);
const baseKiB = process.resourceUsage().maxRSS;
const input = adversarial(shape as AdversarialShape, Number(size));
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const result = read(input, stage);
const cpu = process.cpuUsage(cpu0);
const ms = performance.now() - t0;
// processor time (the garbage collector's threads included): steadier than the wall clock on a shared machine
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  JSON.stringify({ ...result, ms, cpuMs, bytes: input.text.length, baseKiB, peakKiB: process.resourceUsage().maxRSS }),
);
