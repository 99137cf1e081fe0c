/**
 * The parser compares labels with a one-pass version of the descriptors' `normalizeLabel` (it runs over
 * whole documents); the two agree on every string. `labelKey` rewrites list numbers in the same pass's
 * output by a loop; it agrees with the two regular-expression replacements it stands for.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelVariants, normalizeLabel } from "../../src/format/normalize.js";
import { columnsOf, isWide, labelKey, normalizeFast } from "../../src/parse/document/chars.js";
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
  "一",
  "十",
  "〇",
];

/** `labelKey` as first written: `normalizeLabel` and two regular-expression replacements. */
function labelKeyByRegex(text: string): string {
  return normalizeLabel(text)
    .replace(/(\d)[、．]/g, "$1.")
    .replace(/([一二三四五六七八九十])[.．]/g, "$1、");
}

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

describe("labelKey", () => {
  it("equals them on long strings (made another way), with and without surrogates", () => {
    const plain = [...special.filter((c) => c !== "😀"), "属于国家秘密", "（一）", "1、", "一."];
    const pieces = fc.oneof(
      fc.array(fc.constantFrom(...plain), { minLength: 40, maxLength: 200 }),
      fc.array(fc.constantFrom(...plain, "😀", "\ud800", "\udfff"), { minLength: 40, maxLength: 200 }),
    );
    fc.assert(
      fc.property(pieces, (chars) => {
        const s = chars.join("");
        expect(labelKey(s)).toBe(labelKeyByRegex(s));
      }),
      { numRuns: runs(300, 2000) },
    );
  });

  it("equals normalizeLabel and the two list-number replacements on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (s) => {
        expect(labelKey(s)).toBe(labelKeyByRegex(s));
      }),
      { numRuns: runs(1000, 5000) },
    );
  });

  it("equals them on strings of list numbers and the characters it maps", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...special), { maxLength: 30 }), (chars) => {
        const s = chars.join("");
        expect(labelKey(s)).toBe(labelKeyByRegex(s));
      }),
      { numRuns: runs(1000, 5000) },
    );
  });
});

describe("columnsOf", () => {
  it("counts each code point (a surrogate pair once, a lone surrogate once): a tab 4, a wide character 2", () => {
    const reference = (s: string) =>
      [...s].reduce((n, ch) => {
        const c = ch.codePointAt(0) ?? 0;
        return n + (c === 0x09 ? 4 : isWide(c) ? 2 : 1);
      }, 0);
    const units = fc.constantFrom("a", "\t", "中", "（", "😀", "𠀀", "\ud800", "\udc00", " ", "\u3000");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 40 }),
          fc.array(units).map((a) => a.join("")),
        ),
        (s) => {
          expect(columnsOf(s)).toBe(reference(s));
        },
      ),
      { numRuns: runs(1000, 5000) },
    );
  });
});
