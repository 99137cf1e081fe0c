/**
 * Found by the adversarial review of issue 18 (item 2): strings the parser built with `+=` while reading their
 * end (`out.charCodeAt(out.length - 1)`, `buffer.trim()`) were flattened again at every step, so a page of many
 * small pieces took quadratic time — a 1 MB HTML page of 「x x x …」 ran for more than 20 minutes.
 *
 * Fixed in src/parse: HTML white-space collapsing (document/space.ts `collapseSpace`), the HTML reader's cell text
 * and paragraph buffer (readers/html.ts), the Markdown reader's inline marks and paragraph joining
 * (readers/markdown.ts), a PDF line's pieces (readers/pdf/layout.ts `layoutLine`) and a ruled cell's
 * (readers/pdf/grid.ts) now build lists of slices joined once and keep the last character written aside. Found
 * with them: a PDF line of 200,000 pieces overflowed the stack (`Math.max(...sizes)`) and compared every piece
 * with every other for bold repeats (readers/pdf/lines.ts `groupLines`: a loop, only near pieces compared).
 *
 * No timing is asserted: each case checks the exact result on an input that finishes within vitest's per-test
 * timeout only because the reading is linear (before the fix each of them ran for minutes).
 */
import { describe, expect, it } from "vitest";
import { collapseSpace } from "../../../src/parse/document/space.js";
import { readHtml } from "../../../src/parse/readers/html.js";
import { readMarkdown, stripInline } from "../../../src/parse/readers/markdown.js";
import { gridTables } from "../../../src/parse/readers/pdf/grid.js";
import { layoutLine } from "../../../src/parse/readers/pdf/layout.js";
import { parseReport } from "../../../src/parse.js";

/** The per-test guard: seconds of work for a linear reading, hours for a quadratic one. */
const guard = 20_000;
const title = "<h1>某局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>";

describe("regression: the parser's strings are built in linear time", () => {
  it("collapses a million runs of white space", { timeout: guard }, () => {
    expect(collapseSpace("x ".repeat(1_000_000))).toBe(`${"x ".repeat(999_999)}x`);
    expect(collapseSpace("中\n".repeat(1_000_000))).toBe("中".repeat(1_000_000));
  });

  it("reads a 1 MB HTML paragraph of 「x x x …」", { timeout: guard }, () => {
    const { report } = parseReport(`${title}<p>${"x ".repeat(500_000)}</p>`, { format: "html" });
    expect(report?.sections?.overview?.[0]).toBe(`${"x ".repeat(499_999)}x`);
  });

  it("reads a table cell of 「x x x …」", { timeout: guard }, () => {
    const lines = readHtml(`<table><tr><td>${"x ".repeat(500_000)}</td><td>1</td></tr></table>`);
    expect(lines.map((l) => l.cells?.[0])).toEqual([`${"x ".repeat(499_999)}x`]);
  });

  it("reads a paragraph of many small text nodes", { timeout: guard }, () => {
    const lines = readHtml(`<p>${"<b>x</b> ".repeat(150_000)}</p>`);
    expect(lines.map((l) => l.text)).toEqual([`${"x ".repeat(149_999)}x`]);
  });

  it("strips a mark between every two characters", { timeout: guard }, () => {
    expect(stripInline("a*".repeat(500_000))).toBe("a".repeat(500_000));
    expect(stripInline(`${"1*".repeat(500_000)}1`)).toBe(`${"1*".repeat(500_000)}1`);
  });

  it("joins a Markdown paragraph of many lines", { timeout: guard }, () => {
    const lines = readMarkdown("x\n".repeat(500_000));
    expect(lines.filter((l) => l.kind === "para").map((l) => l.text)).toEqual([`${"x ".repeat(499_999)}x`]);
  });

  it("lays out a PDF line of many pieces", { timeout: guard }, () => {
    const items = Array.from({ length: 400_000 }, (_, i) => ({ text: "中", x: i * 10, y: 0, width: 10, size: 10 }));
    expect(layoutLine({ items, y: 0, size: 10 }, 0, 5)).toBe("中".repeat(400_000));
  });

  it("reads a ruled PDF cell of many pieces", { timeout: guard }, () => {
    const wide = 1e7;
    const rulings = [
      { horizontal: true, at: 0, from: 0, to: wide },
      { horizontal: true, at: 100, from: 0, to: wide },
      ...[0, 50, wide].map((at) => ({ horizontal: false, at, from: 0, to: 100 })),
    ];
    const label = { text: "规章", x: 5, y: 50, width: 20, size: 10 };
    const pieces = Array.from({ length: 200_000 }, (_, i) => ({
      text: "中",
      x: 60 + i * 10,
      y: 50,
      width: 10,
      size: 10,
    }));
    const tables = gridTables(rulings, [label, ...pieces]);
    expect(tables.map((t) => t.rows.map((r) => r.cells))).toEqual([[["规章", "中".repeat(200_000)]]]);
  });
});
