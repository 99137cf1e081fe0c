/**
 * Fuzzing `parseReport` (`zfxxgk/parse`): any string — raw code units, the format's own vocabulary in random
 * order, random HTML, valid reports rendered as text, Markdown or HTML and then damaged — gives a well-formed
 * result: no throw, no `internal` diagnostic (the parser's own defect), and a report that is `null` with an
 * error saying why, or valid except for an organ or year the parser says it could not find. Whatever the
 * parser does return it read: it never invents a figure (each figure is null, or a figure of the input).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type InputFormat, type ParseResult, parseReport } from "../../src/parse.js";
import { runs } from "../support/runs.js";
import { arbAdversarialText } from "./support/adversarial.js";
import {
  arbDamagedFrom,
  arbRandomHtml,
  arbRawString,
  arbVocabularySoup,
  renderingPool,
} from "./support/arbitraries.js";
import { isPolluted } from "./support/objects.js";
import { inventedFigures, parseProblem } from "./support/shapes.js";

const numRuns = runs(100, 1000);
const arbFormat = fc.constantFrom<InputFormat | undefined>(undefined, "text", "markdown", "html");

function expectWellFormed(input: string, format: InputFormat | undefined): ParseResult {
  const result = format === undefined ? parseReport(input) : parseReport(input, { format });
  expect(parseProblem(result)).toBeUndefined();
  if (format !== undefined) expect(result.format).toBe(format);
  expect(inventedFigures(result, input)).toEqual([]);
  return result;
}

describe("parseReport never throws and always returns a well-formed result", () => {
  it("raw strings: any code units, any code points, graphemes", () => {
    fc.assert(
      fc.property(arbRawString, arbFormat, (input, format) => {
        expectWellFormed(input, format);
      }),
      { numRuns },
    );
  });

  it("the format's own vocabulary (labels, headings, notices from the descriptors), numbers and separators in random order", () => {
    fc.assert(
      fc.property(arbVocabularySoup, arbFormat, (input, format) => {
        expectWellFormed(input, format);
      }),
      { numRuns },
    );
  });

  it("random HTML: tables, layout tables, skipped and foreign elements, open tags, huge spans, hostile text", () => {
    fc.assert(
      fc.property(arbRandomHtml, (input) => {
        expectWellFormed(input, "html");
      }),
      { numRuns },
    );
  });

  it("valid reports rendered as text, Markdown or HTML, then damaged (cut, lines dropped, swapped or doubled, digits changed, text inserted)", () => {
    // 40 reports × 3 formats rendered once (rendering costs more than parsing); the soak renders fresh ones
    const pool = renderingPool(40, 20240112);
    fc.assert(
      fc.property(arbDamagedFrom(pool), fc.boolean(), ({ format, text }, declared) => {
        expectWellFormed(text, declared ? format : undefined);
      }),
      { numRuns },
    );
  });

  it("issue 18's hostile shapes (formatting bomb, huge tables, many spaces, marks, lines, paragraphs, nested tags), up to 20 KB", () => {
    fc.assert(
      fc.property(arbAdversarialText(20_000), ({ format, text }) => {
        expectWellFormed(text, format === "json" ? undefined : format);
      }),
      { numRuns: runs(30, 300) },
    );
  });

  it("a non-string input is a programmer error: a TypeError, nothing else", () => {
    fc.assert(
      fc.property(
        fc.anything().filter((x) => typeof x !== "string"),
        (input) => {
          expect(() => parseReport(input as string)).toThrow(TypeError);
        },
      ),
      { numRuns: runs(50, 200) },
    );
  });

  it("left Object.prototype as it was", () => {
    expect(isPolluted()).toBe(false);
  });
});
