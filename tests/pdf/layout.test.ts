/**
 * Rebuilding lines and columns from positioned text: pieces grouped into lines by the height they share,
 * written at their columns (figures by their right end), touching pieces joined, letter spacing closed,
 * CJK radicals read as the characters they stand for.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeLetterSpacing, type PlacedText } from "../../src/parse/readers/pdf/extract.js";
import { columnOf, columnUnit, layoutLine, layoutPage } from "../../src/parse/readers/pdf/layout.js";
import { groupLines } from "../../src/parse/readers/pdf/lines.js";
import { unifyIdeographs } from "../../src/parse/readers/pdf/radicals.js";
import { pdfToText } from "../../src/pdf.js";
import { runs } from "../support/runs.js";
import { minimalPdf } from "./support/minimal-pdf.js";

const at = (text: string, x: number, y: number, size = 10): PlacedText => ({
  text,
  x,
  y,
  size,
  width: [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x100 ? size / 2 : size), 0),
});

describe("lines", () => {
  it("a row label set a little above its figures is one line; the wrapped label's second line is its own", () => {
    // as 淮安's 表三 prints 「（二）部分公开（区分处理的，只计这一情 / 形，不计其他情形）」: figures half a line down
    const lines = groupLines([
      at("447", 262, 550.25, 7.45),
      at("（二）部分公开（区分处理的，只计这一情", 101, 540.53, 7.45),
      at("形，不计其他情形）", 101, 555.53, 7.45),
      at("（一）予以公开", 101, 516.65, 7.45),
      at("1288", 260, 518.93, 7.45),
    ]);
    expect(lines.map((l) => l.items.map((i) => i.text))).toEqual([
      ["（一）予以公开", "1288"],
      ["（二）部分公开（区分处理的，只计这一情"],
      ["447"],
      ["形，不计其他情形）"],
    ]);
  });

  it("text painted twice to look bold is kept once", () => {
    const lines = groupLines([at("总计", 100, 100), at("总计", 100.3, 100.2)]);
    expect(lines[0]?.items.map((i) => i.text)).toEqual(["总计"]);
  });

  it("a wide vertical gap is a blank line; pieces touching are joined, a word gap is one space", () => {
    const { text } = layoutPage(
      groupLines([at("一、总体", 50, 100), at("情况", 90, 100), at("2024", 50, 160), at("年", 73, 160)]),
    );
    expect(text).toEqual(["一、总体情况", "", "2024 年"]);
  });
});

describe("columns", () => {
  it("the column of a piece: text by its left end, a figure by its right end", () => {
    expect(columnOf(at("规章", 100, 0), 0, 5)).toBe(20);
    expect(columnOf(at("12", 100, 0), 0, 5)).toBe(20);
    expect(columnOf(at("1", 105, 0), 0, 5)).toBe(21); // right-aligned under "12": ends at column 22 too
  });

  it("the unit is half the small font size, at least 2 pt", () => {
    expect(columnUnit([at("a", 0, 0, 16), at("b", 0, 0, 7.5), at("c", 0, 0, 16)])).toBeCloseTo(3.75);
    expect(columnUnit([at("a", 0, 0, 1)])).toBe(2);
  });

  it("cells far apart are two spaces or more apart, even where a piece ran past its column", () => {
    const line = layoutLine({ items: [at("很长很长很长的标签文字", 0, 0), at("7", 120, 0)], y: 0, size: 10 }, 0, 10);
    expect(line).toMatch(/标签文字 {2,}7$/);
  });

  it("any grid of right-aligned figures: every row one line, its figures in order, their right ends in line", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 14 }),
        fc.array(fc.array(fc.nat(99_999), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 8 }),
        fc.array(fc.double({ min: -0.15, max: 0.15, noNaN: true }), { minLength: 24, maxLength: 24 }),
        (size, rows, jitter) => {
          const right = [200, 200 + 8 * size, 200 + 16 * size];
          const items = rows.flatMap((row, r) => [
            at(`第${r + 1}行`, 50, 100 + r * 2.5 * size, size),
            ...row.map((v, c) => {
              const piece = at(String(v), 0, 100 + r * 2.5 * size + (jitter[r * 3 + c] ?? 0) * size, size);
              return { ...piece, x: (right[c] as number) - piece.width };
            }),
          ]);
          const lines = layoutPage(groupLines(items)).text.filter((l) => l !== "");
          expect(lines).toHaveLength(rows.length);
          lines.forEach((line, r) => {
            expect(line.trim().split(/\s+/)).toEqual([`第${r + 1}行`, ...(rows[r] ?? []).map(String)]);
            expect(line).toMatch(/行 {2,}\d+ {2,}\d+ {2,}\d+$/);
          });
          for (let c = 0; c < 3; c++) {
            const ends = lines.map((line) => {
              const m = [...line.matchAll(/\d+/g)].slice(1)[c] ?? [...line.matchAll(/\d+/g)][c];
              return (m?.index ?? 0) + (m?.[0].length ?? 0);
            });
            expect(Math.max(...ends) - Math.min(...ends)).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: runs(200, 1000) },
    );
  });
});

describe("characters", () => {
  it("letter spacing between wide characters is closed; other spaces stay", () => {
    expect(closeLetterSpacing("淮 安 市 人 民 政 府")).toBe("淮安市人民政府");
    expect(closeLetterSpacing("商 业 企 业 2024 年")).toBe("商业企业 2024 年");
    expect(closeLetterSpacing("a b")).toBe("a b");
    expect(closeLetterSpacing("结果  维持")).toBe("结果  维持");
  });

  it("CJK radicals and compatibility ideographs read as the characters they stand for", () => {
    expect(unifyIdeographs("⾏政复议、⼈⺠政府、⻔⼾⽹站")).toBe("行政复议、人民政府、门户网站");
    expect(unifyIdeographs("２０２４年（一）")).toBe("２０２４年（一）"); // full-width figures left alone
    // every Kangxi radical is its character (NFKC; ⼾ the simplified 户 SC fonts share its glyph with); the supplement's are never themselves radicals any more
    for (let c = 0x2f00; c <= 0x2fd5; c++)
      if (c !== 0x2f3e)
        expect(unifyIdeographs(String.fromCodePoint(c))).toBe(String.fromCodePoint(c).normalize("NFKC"));
    expect(unifyIdeographs("\u2ea0\u2ed4\u2ee2")).toBe("民门马");
  });
});

describe("through a PDF", () => {
  it("a watermark across the page and text set off the page are left out; text turned upright is kept", async () => {
    const result = await pdfToText(
      minimalPdf([
        [
          { text: "一、本年新收政府信息公开申请数量", x: 60, y: 700, size: 9 },
          { text: "12", x: 300, y: 700, size: 9 },
          { text: "政府信息公开专用水印", x: 100, y: 600, size: 40, angle: 45 },
          { text: "页面之外的文字", x: 700, y: 700, size: 9 },
          { text: "申请人情况", x: 40, y: 650, size: 9, angle: 90 },
        ],
      ]),
    );
    if (!result.ok) throw new Error(result.message.en);
    expect(result.text).not.toMatch(/水印|页面之外/);
    expect(result.text).toMatch(/一、本年新收政府信息公开申请数量 {2,}12/);
    expect(result.text).toContain("申请人情况");
  });

  it("a table written at known points reads back row by row, figures in order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat(9_999), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 10 }),
        async (rows) => {
          const page = rows.flatMap((row, r) => [
            { text: `（${r + 1}）本年新收政府信息公开申请数量`, x: 60, y: 760 - 24 * r, size: 9 },
            ...row.map((v, c) => ({
              text: String(v),
              x: 260 + 60 * c - 4.5 * String(v).length,
              y: 758 - 24 * r,
              size: 9,
            })),
          ]);
          const result = await pdfToText(minimalPdf([page]));
          if (!result.ok) throw new Error(result.message.en);
          const lines = result.text.split("\n").filter((l) => l.trim() !== "");
          expect(lines.map((l) => l.trim().split(/\s+/))).toEqual(
            rows.map((row, r) => [`（${r + 1}）本年新收政府信息公开申请数量`, ...row.map(String)]),
          );
        },
      ),
      { numRuns: runs(20, 100) },
    );
  });
});
