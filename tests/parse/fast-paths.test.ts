/**
 * Shortcuts the parser takes for speed decide as the plain code they stand for, on any string.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { halfWidth } from "../../src/parse/chars.js";
import { isPageNumber } from "../../src/parse/text-input.js";
import { runs } from "../support/runs.js";

/** `isPageNumber` without the count of characters before the regular expressions. */
function isPageNumberPlain(line: string): boolean {
  const t = halfWidth(line).replace(/\s+/g, "");
  if (t.length === 0 || t.length > 16) return false;
  return (
    /^[-—–―][1-9][0-9]{0,3}[-—–―]$/.test(t) ||
    /^第[1-9][0-9]{0,3}页(?:[,，/]?共[0-9]{1,4}页)?$/.test(t) ||
    /^[0-9]{1,4}\/[0-9]{1,4}$/.test(t)
  );
}

const pieces = [
  "- 4 -",
  "—",
  "第",
  "页",
  "共",
  "1",
  "０",
  "/",
  " ",
  "\u3000",
  "\u00a0",
  "\ufeff",
  "\t",
  "\u2028",
  "，",
  "x",
];

describe("isPageNumber", () => {
  it("decides as its regular expressions alone on any line, long lines of white space included", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 40 }),
          fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join("")),
        ),
        (line) => {
          expect(isPageNumber(line)).toBe(isPageNumberPlain(line));
        },
      ),
      { numRuns: runs(2000, 10000) },
    );
  });
});
