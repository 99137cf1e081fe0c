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

/**
 * An input of `shape` about `bytes` long (all ASCII: one byte a character).
 *
 * @example
 * ```ts
 * adversarial("html-rows", 100).text.startsWith("<table><tr><td>1"); // true
 * ```
 */
export function adversarial(shape: AdversarialShape, bytes: number): AdversarialInput {
  switch (shape) {
    case "formatting-bomb":
      return { format: "html", text: formattingBomb(bytes) };
    case "html-cells":
      return { format: "html", text: repeated("<table><tr>", "<td>1", bytes, "</table>") };
    case "html-rows":
      return { format: "html", text: repeated("<table>", "<tr><td>1", bytes, "</table>") };
    case "html-paragraphs":
      return { format: "html", text: repeated("", "<p>x</p>\n", bytes) };
    case "html-small-nodes":
      return { format: "html", text: repeated("<p>", "<b>x</b> ", bytes) };
    case "html-spaces":
      return { format: "html", text: repeated("<p>", "x ", bytes) };
    case "html-nested":
      return { format: "html", text: repeated("", "<div>", bytes / 2) + repeated("", "x\n", bytes / 2) };
    case "markdown-rows":
      return { format: "markdown", text: repeated("", "| 1 | 2 |\n", bytes) };
    case "markdown-marks":
      return { format: "markdown", text: repeated("", "a*", bytes) };
    case "markdown-lines":
      return { format: "markdown", text: repeated("", "x\n", bytes) };
    case "markdown-paragraphs":
      return { format: "markdown", text: repeated("", "x\n\n", bytes) };
    case "text-rows":
      return { format: "text", text: repeated("", "1 2 3\n", bytes) };
    case "text-spaces":
      return { format: "text", text: repeated("", "x ", bytes) };
    case "text-lines":
      return { format: "text", text: repeated("", "x\n", bytes) };
  }
}
