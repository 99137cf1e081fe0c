/**
 * CJK text whose font is not embedded and is encoded with a predefined CMap (STSong-Light, UniGB-UCS2-H, no
 * ToUnicode — as older Chinese PDFs are written) is read with the CMaps of the installed pdfjs-dist, without
 * network access; where the CMaps cannot be loaded, the file is said to have text that could not be decoded,
 * not to be a scan. The PDFs are written by hand (tests/pdf/support/minimal-pdf.ts).
 */
import { describe, expect, it } from "vitest";
import { parsePdf, pdfToText } from "../../src/pdf.js";
import { minimalPdf } from "./support/minimal-pdf.js";

const page = [
  { text: "淮安市人民政府", x: 240, y: 790, size: 16 },
  { text: "2024年政府信息公开工作年度报告", x: 170, y: 765, size: 16 },
  { text: "一、本年新收政府信息公开申请数量", x: 60, y: 700, size: 9 },
  { text: "3001", x: 300, y: 700, size: 9 },
  { text: "53", x: 340, y: 700, size: 9 },
];

describe("a font with a predefined CMap (UniGB-UCS2-H)", () => {
  it("is decoded with the installed package's CMaps, offline", async () => {
    const result = await pdfToText(minimalPdf([page]));
    if (!result.ok) throw new Error(result.message.en);
    const lines = result.text.split("\n");
    expect(lines.slice(0, 3).map((l) => l.trim())).toEqual(["淮安市人民政府", "2024年政府信息公开工作年度报告", ""]);
    expect(lines[3]).toMatch(/^一、本年新收政府信息公开申请数量 {2,}3001 {2,}53$/);
  });

  it("without its CMaps: no figure, and the message says the text could not be decoded (not a scan)", async () => {
    const result = await parsePdf(minimalPdf([page]), { cMapUrl: "/nowhere/" });
    expect(result.report).toBeNull();
    const error = result.diagnostics.find((d) => d.level === "error");
    expect(error?.code).toBe("input.no-text-layer");
    expect(error?.message.zh).toMatch(/文字无法解码.*CMap.*cMapUrl/);
  });
});
