/**
 * The parser compares labels with a one-pass version of the descriptors' `normalizeLabel` (it runs over
 * whole documents); the two agree on every string.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelVariants, normalizeLabel } from "../../src/format/normalize.js";
import { normalizeFast } from "../../src/parse/chars.js";
import { runs } from "../support/runs.js";

const special = [
  ...labelVariants.flatMap(([from]) => [...from]),
  " ",
  "\t",
  "\n",
  "\u3000",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "\u2028",
  "\u0085",
  "１",
  "Ａ",
  "ｚ",
  "1",
  "2",
  "、",
  "．",
  ".",
  "中",
  "😀",
];

describe("normalizeFast", () => {
  it("equals normalizeLabel on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (s) => {
        expect(normalizeFast(s)).toBe(normalizeLabel(s));
      }),
      { numRuns: runs(1000, 5000) },
    );
  });

  it("equals normalizeLabel on strings of the characters it maps", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...special), { maxLength: 30 }), (chars) => {
        const s = chars.join("");
        expect(normalizeFast(s)).toBe(normalizeLabel(s));
      }),
      { numRuns: runs(1000, 5000) },
    );
  });

  it("equals normalizeLabel on every label of the format", () => {
    for (const [from] of labelVariants)
      for (const ch of from) expect(normalizeFast(`1${ch}属于${ch}`)).toBe(normalizeLabel(`1${ch}属于${ch}`));
  });
});
