/**
 * The real published PDF (淮安市人民政府 2024, a 6-page report with embedded CJK subset fonts) read from its
 * text layer: every 表三/表四 cell exact — as `pdftotext -layout` + `parseReport` reads them — the bytes
 * left as they were, and the rebuilt text shaped like `pdftotext -layout`'s.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import { parseDocument } from "../../src/parse/parse-report.js";
import { cellDocument, readRulings } from "../../src/parse/readers/pdf/cells.js";
import { openingOf, readPdfText } from "../../src/parse/readers/pdf/read.js";
import { parseReport } from "../../src/parse.js";
import { parsePdf, pdfToText } from "../../src/pdf.js";
import { tally } from "./support/cells.js";

const real = (name: string) => new URL(`../fixtures/real/${name}`, import.meta.url);
const pdf = readFileSync(real("huaian-2024.pdf"));
const expected = JSON.parse(readFileSync(real("huaian-2024.expected.json"), "utf8")) as Report;
const tables = ["applications", "reviewLitigation"];

describe("huaian-2024.pdf", () => {
  it("every 表三/表四 cell is read exactly (190 of 190), no error", async () => {
    const result = await parsePdf(pdf);
    expect(result.format).toBe("pdf");
    expect(result.pages).toBe(6);
    expect(result.edition.edition).toBe("2021");
    const t = tally(expected, result.report, tables);
    expect(t.wrong).toEqual([]);
    expect(t.missing).toEqual([]);
    expect(t.exact).toBe(190);
    expect(result.report?.year).toBe(2024);
    const errors = result.diagnostics.filter((d) => d.level === "error" && d.code.startsWith("row"));
    expect(errors).toEqual([]);
  });

  it("reads as well as pdftotext -layout + parseReport does", async () => {
    const layout = parseReport(readFileSync(real("huaian-2024.layout.txt"), "utf8"));
    const ours = await parsePdf(pdf);
    const a = tally(expected, layout.report, tables);
    const b = tally(expected, ours.report, tables);
    expect(b.exact).toBeGreaterThanOrEqual(a.exact);
    expect(b.wrong).toEqual([]);
  });

  it("its ruled tables read cell by cell (the second reading) give the same 190 cells", async () => {
    const text = await readPdfText(Uint8Array.from(pdf));
    if (!text.opened) throw new Error("not opened");
    const { pdfjs, how } = await openingOf({});
    const rulings = await readRulings(pdfjs, Uint8Array.from(pdf), how);
    expect(rulings?.some((page) => page.length > 0)).toBe(true);
    let rows = 0;
    const result = parseDocument(
      (d) => {
        const document = rulings === null ? null : cellDocument(text.text, text.layout, rulings, d);
        if (document === null) throw new Error("no ruled table found");
        rows = document.lines.filter((l) => l.kind === "row").length;
        return document;
      },
      { format: "pdf" },
      "pdf",
    );
    expect(rows).toBeGreaterThan(30);
    const t = tally(expected, result.report, tables);
    expect(t.wrong).toEqual([]);
    expect(t.missing).toEqual([]);
    expect(t.exact).toBe(190);
  });

  it("leaves the caller's bytes as they were (Buffer, Uint8Array view, ArrayBuffer)", async () => {
    const copy = Uint8Array.from(pdf);
    await parsePdf(pdf);
    expect(Buffer.compare(pdf, copy)).toBe(0);
    // a view into a larger buffer: only its bytes are read, the buffer stays attached and unchanged
    const big = new Uint8Array(pdf.length + 8);
    big.set(pdf, 4);
    const before = Uint8Array.from(big);
    const viaView = await parsePdf(big.subarray(4, 4 + pdf.length));
    expect(viaView.report?.applications.newReceived.total).toBe(3119);
    expect(big.byteLength).toBe(pdf.length + 8);
    expect(Buffer.compare(Buffer.from(big), Buffer.from(before))).toBe(0);
    const buffer = big.buffer.slice(4, 4 + pdf.length);
    const viaBuffer = await parsePdf(buffer);
    expect(buffer.byteLength).toBe(pdf.length);
    expect(viaBuffer.text).toBe(viaView.text);
  });

  it("takes its copy at the call: the caller may reuse its buffer while the promise is pending", async () => {
    const bytes = Uint8Array.from(pdf);
    const pending = parsePdf(bytes);
    bytes.fill(0);
    expect((await pending).report?.applications.newReceived.total).toBe(3119);
  });

  it("pdfToText gives the same text, six pages separated by form feeds, in pdftotext -layout's shape", async () => {
    const result = await pdfToText(pdf);
    if (!result.ok) throw new Error(result.message.en);
    expect(result.pages).toBe(6);
    expect(result.text).toBe((await parsePdf(pdf)).text);
    expect(result.text.split("\f")).toHaveLength(6);
    const lines = result.text.split("\n").map((l) => l.trim());
    expect(lines).toContain("淮安市人民政府");
    expect(lines).toContain("2024 年政府信息公开工作年度报告");
    // a row of 表三 with its seven figures in order, spaced into columns
    const row = result.text.split("\n").find((l) => l.includes("一、本年新收政府信息公开申请数量")) ?? "";
    expect(row.replace(/\s+/g, " ").trim()).toBe("一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119");
    expect(row).toMatch(/3001 {2,}53 {2,}0/);
  });

  it("a diagnostic's line is a line of the returned text", async () => {
    const result = await parsePdf(pdf);
    const lines = result.text.split("\n");
    for (const d of result.diagnostics) if (d.line !== undefined) expect(d.line).toBeLessThanOrEqual(lines.length);
  });
});
