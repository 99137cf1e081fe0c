/**
 * Shortcuts the parser takes for speed decide as the plain code they stand for, on any string.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closePdfSpacing, halfWidth, isDigit, isWide } from "../../src/parse/document/chars.js";
import { knownUnits, readNumber } from "../../src/parse/interpret/values.js";
import { pipeCells, stripInline } from "../../src/parse/readers/markdown.js";
import { isPageNumber } from "../../src/parse/readers/text.js";
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
  const m = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(number);
  if (m === null) return null;
  const [, sign = "", int = "", frac] = m;
  const source = `${sign === "-" ? "-" : ""}${int.replace(/,/g, "")}${frac === undefined ? "" : `.${frac}`}`;
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

/** `stripInline` as first written: no look for what it removes before the loop. */
function stripInlinePlain(text: string): string {
  const isMark = (ch: string) => ch === "*" || ch === "_" || ch === "`" || ch === "~";
  const isDigitAt = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\\" && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1] as string)) {
      out += text[i + 1];
      i++;
      continue;
    }
    if (ch === "<") {
      const close = text.indexOf(">", i);
      if (close > i && close - i < 40 && /^<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>$/.test(text.slice(i, close + 1))) {
        out += " ";
        i = close;
        continue;
      }
    }
    if (isMark(ch)) {
      let end = i;
      while (end < text.length && isMark(text[end] as string)) end++;
      if (isDigitAt(out.charCodeAt(out.length - 1)) && isDigitAt(text.charCodeAt(end))) out += text.slice(i, end);
      i = end - 1;
      continue;
    }
    out += ch;
  }
  return out
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** `pipeCells` as first written: cells built a character at a time. */
function pipeCellsPlain(line: string): string[] {
  const t = line.trim();
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] as string;
    if (ch === "\\" && i + 1 < t.length) {
      cell += ch + (t[i + 1] as string);
      i++;
      continue;
    }
    if (ch === "|") {
      cells.push(cell);
      cell = "";
      continue;
    }
    cell += ch;
  }
  cells.push(cell);
  if (t.startsWith("|")) cells.shift();
  if (t.endsWith("|") && !t.endsWith("\\|") && cells.length > 0) cells.pop();
  return cells.map((c) => stripInline(c).trim());
}

describe("Markdown pipe rows", () => {
  const pieces = fc.constantFrom(
    "|",
    "\\",
    "\\|",
    " ",
    "规章",
    "0",
    "12",
    "**",
    "_",
    "`",
    "~",
    "<br>",
    "&nbsp;",
    "&amp;",
    "-",
    "*",
  );
  const row = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.array(pieces, { maxLength: 20 }).map((a) => a.join("")),
  );

  it("split into the same cells as a character at a time", () => {
    fc.assert(
      fc.property(row, (line) => {
        expect(pipeCells(line)).toEqual(pipeCellsPlain(line));
      }),
      { numRuns: runs(2000, 10000) },
    );
  });

  it("stripInline removes the same as a character at a time", () => {
    fc.assert(
      fc.property(row, (text) => {
        expect(stripInline(text)).toBe(stripInlinePlain(text));
      }),
      { numRuns: runs(2000, 10000) },
    );
  });
});
