/**
 * Adversarial inputs of a given size, one per shape the review of issue 18 found costly: the HTML formatting
 * bomb, huge tables in every input kind, many spaces, inline marks, lines, paragraphs, small nodes and nested
 * tags, and a valid JSON report of very many paragraphs. Deterministic (no randomness): the soak tests use them at sizes a quick run affords, the memory
 * regressions (support/memory-child.ts) at sizes the old code could not read within a small heap, the bench's
 * linearity suite (bench/suites/linearity.ts) at 1 and 10 MB, and `npm run fuzz` at the sizes it is given.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { InputFormat } from "../../../src/parse.js";

/**
 * The shapes, each named for what it repeats.
 *
 * @example
 * ```ts
 * adversarialShapes.includes("formatting-bomb"); // true
 * ```
 */
export const adversarialShapes = [
  "formatting-bomb",
  "html-cells",
  "html-rows",
  "html-paragraphs",
  "html-small-nodes",
  "html-spaces",
  "html-nested",
  "markdown-rows",
  "markdown-marks",
  "markdown-lines",
  "markdown-paragraphs",
  "text-rows",
  "text-spaces",
  "text-lines",
  "json-paragraphs",
] as const;

/** One of {@link adversarialShapes}. */
export type AdversarialShape = (typeof adversarialShapes)[number];

/** An input to parse: its text and the format to read it as (`json`: a report to validate). */
export interface AdversarialInput {
  readonly format: InputFormat | "json";
  readonly text: string;
}

/**
 * The example report as JSON with its 一、总体情况 made of one-character paragraphs until the text is `bytes`
 * long: a valid report of 124,000 paragraphs is 1 MB.
 */
function manyParagraphs(bytes: number): string {
  const report = JSON.parse(readFileSync(new URL("../../../examples/lianzhou-2023.json", import.meta.url), "utf8"));
  const base = JSON.stringify(report).length;
  report.sections.overview = new Array(Math.max(1, Math.ceil((bytes - base) / 4))).fill("x");
  return JSON.stringify(report);
}

/** `unit` repeated until `bytes` (at least once), between `head` and `tail`. */
function repeated(head: string, unit: string, bytes: number, tail = ""): string {
  return head + unit.repeat(Math.max(1, Math.ceil((bytes - head.length - tail.length) / unit.length))) + tail;
}

/**
 * The formatting bomb: a paragraph opening `<font>`s that differ by an attribute (so the HTML standard's limit of
 * three identical ones does not apply), then paragraphs of one character. An HTML parser copies every open
 * formatting element into each new paragraph: the elements built grow with the square of the size.
 */
function formattingBomb(bytes: number): string {
  const fonts: string[] = [];
  let length = 3;
  for (let i = 0; length < bytes / 2; i++) {
    const tag = `<font i=${i}>`;
    fonts.push(tag);
    length += tag.length;
  }
  return repeated(`<p>${fonts.join("")}`, "<p>x", bytes);
}

/** Each repeating shape: the format, what comes first, the unit repeated, what comes last. */
const units: Record<
  Exclude<AdversarialShape, "formatting-bomb" | "html-nested" | "json-paragraphs">,
  [InputFormat, string, string, string]
> = {
  "html-cells": ["html", "<table><tr>", "<td>1", "</table>"],
  "html-rows": ["html", "<table>", "<tr><td>1", "</table>"],
  "html-paragraphs": ["html", "", "<p>x</p>\n", ""],
  "html-small-nodes": ["html", "<p>", "<b>x</b> ", ""],
  "html-spaces": ["html", "<p>", "x ", ""],
  "markdown-rows": ["markdown", "", "| 1 | 2 |\n", ""],
  "markdown-marks": ["markdown", "", "a*", ""],
  "markdown-lines": ["markdown", "", "x\n", ""],
  "markdown-paragraphs": ["markdown", "", "x\n\n", ""],
  "text-rows": ["text", "", "1 2 3\n", ""],
  "text-spaces": ["text", "", "x ", ""],
  "text-lines": ["text", "", "x\n", ""],
};

/**
 * An input of `shape` about `bytes` long (all ASCII: one byte a character).
 *
 * @example
 * ```ts
 * adversarial("html-rows", 100).text.startsWith("<table><tr><td>1"); // true
 * ```
 */
export function adversarial(shape: AdversarialShape, bytes: number): AdversarialInput {
  if (shape === "formatting-bomb") return { format: "html", text: formattingBomb(bytes) };
  if (shape === "json-paragraphs") return { format: "json", text: manyParagraphs(bytes) };
  // block elements opened and never closed, each inside the one before
  if (shape === "html-nested")
    return { format: "html", text: repeated("", "<div>", bytes / 2) + repeated("", "x\n", bytes / 2) };
  const [format, head, unit, tail] = units[shape];
  return { format, text: repeated(head, unit, bytes, tail) };
}

/**
 * An adversarial input of a random shape (not JSON) and size up to `maxBytes`, sometimes with a valid report's
 * rendering before it (so that the hostile part meets the interpreter's tables and headings too): what the soak
 * feeds `parseReport` so that it would have found the shapes of issue 18.
 *
 * @example
 * ```ts
 * fc.sample(arbAdversarialText(20_000), 1);
 * ```
 */
export function arbAdversarialText(maxBytes: number): fc.Arbitrary<AdversarialInput> {
  const shapes = adversarialShapes.filter((s) => s !== "json-paragraphs");
  return fc
    .record({
      shape: fc.constantFrom(...shapes),
      bytes: fc.integer({ min: 1, max: maxBytes }),
      prefix: fc.constantFrom("", "一、总体情况\n", "<h1>某县人民政府2023年政府信息公开工作年度报告</h1>\n"),
    })
    .map(({ shape, bytes, prefix }) => {
      const input = adversarial(shape, bytes);
      return { format: input.format, text: prefix + input.text };
    });
}

/**
 * Hostile values that look like a report to `validateReport` and the functions after it: the example report with
 * a sparse paragraph list (`length` up to 2^32 − 1, a few elements), its keys on the prototype (so that
 * `JSON.stringify` gives `{}`), a paragraph nested deep in arrays, or `paragraphs` one-character paragraphs (a
 * report of 124,000 made `renderReport` throw `RangeError`).
 *
 * @example
 * ```ts
 * fc.sample(arbAdversarialReportValue(2_000), 1);
 * ```
 */
export function arbAdversarialReportValue(paragraphs: number): fc.Arbitrary<unknown> {
  const example = (): Record<string, unknown> & { sections: Record<string, unknown> } =>
    JSON.parse(readFileSync(new URL("../../../examples/lianzhou-2023.json", import.meta.url), "utf8"));
  const withOverview = (overview: unknown) => {
    const report = example();
    report.sections.overview = overview;
    return report;
  };
  const sparse = fc
    .record({ length: fc.constantFrom(2 ** 32 - 1, 2 ** 31, 1_000_000), at: fc.nat({ max: 5 }) })
    .map(({ length, at }) => {
      const list: string[] = [];
      list[at] = "一段";
      list.length = length;
      return withOverview(list);
    });
  const onPrototype = fc.constant(null).map(() => Object.create(example()) as unknown);
  const deep = fc.integer({ min: 1000, max: 20_000 }).map((depth) => {
    let value: unknown = "一段";
    for (let k = 0; k < depth; k++) value = [value];
    return withOverview([value]);
  });
  const many = fc.integer({ min: 1, max: paragraphs }).map((n) => withOverview(new Array(n).fill("x")));
  return fc.oneof(sparse, onPrototype, deep, many);
}
