/**
 * Shortcuts the parser takes for speed decide as the plain code they stand for, on any string.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closePdfSpacing, halfWidth, isDigit, isWide } from "../../src/parse/chars.js";
import { isPageNumber } from "../../src/parse/text-input.js";
import { knownUnits, readNumber } from "../../src/parse/values.js";
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

/** `closePdfSpacing` as first written: one character at a time. */
function closePdfSpacingPlain(text: string): string {
  const asciiWord = (c: number) => isDigit(c) || c === 0x25;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === " " && out !== "") {
      let j = i;
      while (j < text.length && text[j] === " ") j++;
      const before = out.charCodeAt(out.length - 1);
      const after = j < text.length ? text.charCodeAt(j) : 0;
      if ((isWide(before) && asciiWord(after)) || (asciiWord(before) && isWide(after))) {
        i = j - 1;
        continue;
      }
      out += " ";
      i = j - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

describe("closePdfSpacing", () => {
  it("closes the same spaces as one character at a time, leading spaces included", () => {
    const units = fc.constantFrom(" ", " ", "年", "公开", "1", "25", "%", "a", "。", "\u3000", "\ud800", "😀");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 40 }),
          fc.array(units, { maxLength: 30 }).map((a) => a.join("")),
        ),
        (text) => {
          expect(closePdfSpacing(text)).toBe(closePdfSpacingPlain(text));
        },
      ),
      { numRuns: runs(2000, 10000) },
    );
  });
});

/** `readNumber` without the look for a digit before the pattern (as first written). */
function readNumberPlain(text: string): { value: number; unit: string | null; integer: boolean } | null {
  if (/^[0-9]{1,15}$/.test(text)) return { value: Number(text), unit: null, integer: true };
  let number = halfWidth(text).trim();
  let unit: string | null = null;
  for (const u of knownUnits()) {
    if (number.length > u.length && number.endsWith(u)) {
      unit = u;
      number = number.slice(0, -u.length).trim();
      break;
    }
  }
  const m = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,3}))?$/.exec(number);
  if (m === null) return null;
  const [, sign = "", int = "", frac, exp] = m;
  const source = `${sign === "-" ? "-" : ""}${int.replace(/,/g, "")}${frac === undefined ? "" : `.${frac}`}${exp === undefined ? "" : `e${exp}`}`;
  let value = Number(source);
  if (!Number.isFinite(value)) return null;
  if (Object.is(value, -0)) value = 0;
  return { value, unit, integer: Number.isInteger(value) };
}

describe("readNumber", () => {
  it("reads as the pattern alone on any text, with and without digits", () => {
    const pieces = fc.constantFrom(
      "1",
      "０",
      "９",
      ",",
      ".",
      "-",
      "+",
      "e",
      "万元",
      "件",
      " ",
      "\u3000",
      "－",
      "一",
      "a",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 20 }),
          fc.array(pieces, { maxLength: 12 }).map((a) => a.join("")),
        ),
        (text) => {
          expect(readNumber(text)).toEqual(readNumberPlain(text));
        },
      ),
      { numRuns: runs(2000, 10000) },
    );
  });
});
