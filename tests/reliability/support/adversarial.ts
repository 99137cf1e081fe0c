/**
 * Adversarial inputs of a given size, one per shape the review of issue 18 found costly: the HTML formatting
 * bomb, huge tables in every input kind, many spaces, inline marks, lines, paragraphs, small nodes and nested
 * tags. Deterministic (no randomness): the soak tests use them at sizes a quick run affords, the memory
 * regressions (support/memory-child.ts) at sizes the old code could not read within a small heap, the bench's
 * linearity suite (bench/suites/linearity.ts) at 1 and 10 MB, and `npm run fuzz` at the sizes it is given.
 */
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
] as const;

/** One of {@link adversarialShapes}. */
export type AdversarialShape = (typeof adversarialShapes)[number];

/** An input to parse: its text and the format to read it as. */
export interface AdversarialInput {
  readonly format: InputFormat;
  readonly text: string;
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
  Exclude<AdversarialShape, "formatting-bomb" | "html-nested">,
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
  // block elements opened and never closed, each inside the one before
  if (shape === "html-nested")
    return { format: "html", text: repeated("", "<div>", bytes / 2) + repeated("", "x\n", bytes / 2) };
  const [format, head, unit, tail] = units[shape];
  return { format, text: repeated(head, unit, bytes, tail) };
}
