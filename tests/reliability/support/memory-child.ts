/**
 * A child process for the memory regressions: builds one adversarial input of the given shape and size
 * (support/adversarial.ts), reads it with `parseReport` (or only its reader) and prints what it read as one line of
 * JSON. The test runs it under `node --max-old-space-size=…`, so that a reading whose memory is not bounded by its
 * input dies of a heap OOM instead of passing.
 *
 * Usage: `node --import tsx memory-child.ts SHAPE BYTES [reader]`.
 */
import { Diagnostics } from "../../../src/parse/diagnostics.js";
import { readHtml } from "../../../src/parse/readers/html.js";
import { readMarkdown } from "../../../src/parse/readers/markdown.js";
import { readText } from "../../../src/parse/readers/text.js";
import { parseReport } from "../../../src/parse.js";
import { type AdversarialShape, adversarial, adversarialShapes } from "./adversarial.js";

const [shape, size, stage] = process.argv.slice(2);
if (!adversarialShapes.includes(shape as AdversarialShape)) throw new Error(`no shape ${shape}`);
const input = adversarial(shape as AdversarialShape, Number(size));
if (stage === "reader") {
  const d = new Diagnostics();
  const read =
    input.format === "html"
      ? readHtml(input.text, d)
      : input.format === "markdown"
        ? readMarkdown(input.text)
        : readText(input.text, d);
  console.log(JSON.stringify({ lines: read.length, diagnostics: d.list.length }));
} else {
  const r = parseReport(input.text, { format: input.format });
  console.log(JSON.stringify({ report: r.report !== null, diagnostics: r.diagnostics.length }));
}
