/**
 * Hand-built fixtures in the layouts reports are published in, each with its expected data (written by
 * hand beside it: `name.expected.json`). Every table cell and metadata field must match; prose where the
 * expected file gives it. Diagnostics above info are listed per fixture.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { type DiagnosticCode, type InputFormat, parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate.js";

const dir = new URL("../fixtures/parse/", import.meta.url);
const inputs = readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f));

/** What each fixture is, and the diagnostics above info it must give (no others). */
const fixtures: Record<string, { format: InputFormat; above: readonly DiagnosticCode[]; what: string }> = {
  "layout-2022.txt": {
    format: "text",
    above: [],
    what: "pdftotext -layout, 2021 edition: interleaved group labels, wraps, a page number and form feed, «/» cells, blank cells read by column",
  },
  "pdftotext-layout-2023.txt": {
    format: "text",
    above: [],
    what: "pdftotext -layout as it counts columns (a wide character is one column, so CJK lines look skewed): blank cells read by character position",
  },
  "reading-order-2020.txt": {
    format: "text",
    above: [],
    what: "pdftotext reading order, 2019 edition: double spaced, one character per line, spaced header words, «-4-», 表二's tail displaced past the next heading, 表四 on one line",
  },
  "gov-page-2023.html": {
    format: "html",
    above: [],
    what: "a government web page: chrome, rowspan/colspan, blank cells, signature then footer",
  },
  "word-export-2021.html": {
    format: "html",
    above: [],
    what: "Word's “Save as HTML”: figures split over <span>s, <o:p>, &nbsp; padding, conditional comments, blank cells",
  },
  "layout-table-2021.html": {
    format: "html",
    above: [],
    what: "an old page laid out in nested tables, <th> headers, the date only in the page chrome, a footer after the signature",
  },
  "ragged-2024.md": {
    format: "markdown",
    above: [],
    what: "Markdown: ragged rows, trailing and missing cells, 1、 ordinals, ，for 、, ASCII quotes, full-width digits, «—», 结转下一年度",
  },
  "flattened-2019.md": {
    format: "markdown",
    above: ["edition.conflict"],
    what: "Markdown with flattened merged labels, 2019 edition with 251000元, （六）其他处理 printed in the 2021 sub-rows (summed)",
  },
  "tables-only-2023.md": {
    format: "markdown",
    above: [
      "table.heading-missing",
      "table.heading-missing",
      "table.heading-missing",
      "section.missing",
      "section.missing",
      "section.missing",
    ],
    what: "Markdown: the three tables without their section headings",
  },
  "collapsed-other-2022.txt": {
    format: "text",
    above: [],
    what: "plain PDF text, 2021 edition printing （六）其他处理 as one row of zeros, full-width digits, a date in Chinese numerals",
  },
};

describe("hand-built fixtures", () => {
  it("has at least eight, each described", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(8);
    expect(inputs.filter((f) => fixtures[f] === undefined)).toEqual([]);
  });

  for (const name of inputs) {
    const spec = fixtures[name];
    describe(`${name}${spec === undefined ? "" : ` — ${spec.what}`}`, () => {
      const input = readFileSync(new URL(name, dir), "utf8");
      const expected = JSON.parse(
        readFileSync(new URL(name.replace(/\.\w+$/, ".expected.json"), dir), "utf8"),
      ) as Report;
      const result = parseReport(input);

      it("is read in its format and edition", () => {
        expect(result.format).toBe(spec?.format);
        expect(result.edition.edition).toBe(expected.edition);
      });

      it("gives every table cell", () => {
        const report = result.report as Report;
        const wrong = cellsOf(expected.edition).filter(
          (c) => readCell(report, c.segments) !== readCell(expected, c.segments),
        );
        expect(
          wrong.map((c) => `${c.name.zh}: ${readCell(report, c.segments)} ≠ ${readCell(expected, c.segments)}`),
        ).toEqual([]);
      });

      it("gives the metadata (and prose, where expected)", () => {
        const report = result.report as Report;
        for (const key of ["edition", "organ", "year", "publishedOn", "title", "preamble", "sections"] as const) {
          if (key in expected) expect({ [key]: report[key] }).toEqual({ [key]: expected[key] });
        }
      });

      it("is a valid report", () => {
        expect(validateReport(result.report).ok).toBe(true);
      });

      it("says above info only what it should", () => {
        const above = result.diagnostics.filter((d) => d.level !== "info").map((d) => d.code);
        expect(above.sort()).toEqual([...(spec?.above ?? [])].sort());
      });
    });
  }
});
