/**
 * The parser never throws on a string, never reports an internal error, and whatever report it gives
 * holds only values its model allows — on random strings, random markup, and real reports cut, spliced
 * and shuffled. Large adversarial inputs finish (no timed assertion: the test timeout would catch
 * super-linear time).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/render.js";
import { validateReport } from "../../src/validate/validate.js";
import { runs } from "../support/runs.js";
import { arbReport } from "./support/reports.js";

/** Every cell holds what its kind allows (the envelope may lack an organ or a year the input did not give). */
function wellFormed(report: Report | null): string[] {
  if (report === null) return [];
  const fixed = {
    ...report,
    organ: report.organ === "" ? "x" : report.organ,
    year: report.year === 0 ? 2000 : report.year,
  };
  const result = validateReport(fixed);
  return result.ok ? [] : result.issues.map((i) => `${i.path.join(".")}: ${i.message.en}`);
}

function check(input: string, format?: "text" | "markdown" | "html"): void {
  const result = parseReport(input, format === undefined ? {} : { format });
  expect(result.diagnostics.filter((d) => d.code === "internal")).toEqual([]);
  expect(wellFormed(result.report)).toEqual([]);
  for (const d of result.diagnostics) {
    expect(typeof d.message.zh).toBe("string");
    expect(typeof d.message.en).toBe("string");
  }
}

const pieces = [
  "一、总体情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "（六）其他处理",
  "1.属于国家秘密",
  "总计",
  "0",
  "-",
  "—",
  "/",
  "\n",
  " ",
  "|",
  "<td>",
  "</td>",
  "<tr>",
  "<table>",
  "<p>",
  "2024年1月12日",
  "- 4 -",
  "１２",
  "万元",
  "规章",
];

describe("parseReport never throws", () => {
  it("on any string, read as each format", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 400 }),
        fc.constantFrom(undefined, "text" as const, "markdown" as const, "html" as const),
        (s, format) => check(s, format),
      ),
      { numRuns: runs(500, 2000) },
    );
  });

  it("on strings made of the format's own pieces", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 200 }),
        fc.constantFrom(undefined, "text" as const, "markdown" as const, "html" as const),
        (parts, format) => check(parts.join(""), format),
      ),
      { numRuns: runs(500, 2000) },
    );
  });

  it("on real reports cut, spliced and with lines shuffled", () => {
    fc.assert(
      fc.property(
        arbReport(),
        fc.constantFrom("text" as const, "markdown" as const, "html" as const),
        fc.nat(),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
        (report, format, a, b, swaps) => {
          const text = renderReport(report, { format });
          const cut = text.slice(Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1));
          check(cut);
          const lines = text.split("\n");
          for (const [i, j] of swaps) {
            const x = i % lines.length;
            const y = j % lines.length;
            [lines[x], lines[y]] = [lines[y] as string, lines[x] as string];
          }
          check(lines.join("\n"));
          check(text + cut);
        },
      ),
      { numRuns: runs(200, 1000) },
    );
  });

  it("never gives a figure the input does not hold (cells are read or null)", () => {
    fc.assert(
      fc.property(arbReport(), fc.nat(), (report, n) => {
        // drop one line of the text: every cell read is still one of the report's own figures, or null
        const lines = renderReport(report, { format: "text", blank: "—" }).split("\n");
        lines.splice(n % lines.length, 1);
        const back = parseReport(lines.join("\n")).report;
        if (back === null || back.edition !== report.edition) return;
        for (const c of cellsOf(report.edition)) {
          const v = readCell(back, c.segments);
          if (v !== null) expect(v).toBe(readCell(report, c.segments));
        }
      }),
      { numRuns: runs(300, 1000) },
    );
  });
});

describe("large inputs finish", () => {
  const big = 1_000_000;
  it.each([
    ["figures", "0 ".repeat(big / 2)],
    ["one long line of labels", "1.属于国家秘密".repeat(big / 8)],
    [
      "labels and figures",
      "三、收到和处理政府信息公开申请情况\n".concat("（三）不予公开 1.属于国家秘密 0 0 0 0 0 0\n".repeat(big / 30)),
    ],
    ["page numbers", "- 4 -\n".repeat(big / 6)],
    ["headings", "一、总体情况\n二、主动公开政府信息情况\n".repeat(big / 30)],
    ["nested markup", "<div>".repeat(big / 10).concat("x", "</div>".repeat(big / 10))],
    ["nested tables", "<table><tr><td>".repeat(big / 30)],
    ["pipes", "|".repeat(big)],
    ["spaces and dashes", " -".repeat(big / 2)],
  ])("%s", (_, input) => {
    const result = parseReport(input);
    expect(result.diagnostics.filter((d) => d.code === "internal")).toEqual([]);
  });
});
