/**
 * Degradation: a rendered report put through what publishing does to it still parses to exactly the
 * same tables — text as `pdftotext` extracts it (both styles) with wrapped labels, group labels one
 * character per line, page numbers, spaces inside labels, full-width digits and a table's rest moved
 * after the next section; HTML as Word exports it; Markdown with ragged rows and label variants.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/render.js";
import { runs } from "../support/runs.js";
import { distortText, type Plan, wordify } from "./support/distort.js";
import { arbReport } from "./support/reports.js";

/** Cells that did not come back. */
function wrongCells(report: Report, back: Report | null): string[] {
  if (back === null) return ["no report"];
  return cellsOf(report.edition)
    .filter((c) => !Object.is(readCell(report, c.segments), readCell(back, c.segments)))
    .map((c) => `${c.path}: ${String(readCell(back, c.segments))} ≠ ${String(readCell(report, c.segments))}`);
}

const arbPlan: fc.Arbitrary<Plan> = fc.record({
  style: fc.constantFrom("reading" as const, "layout" as const),
  displace: fc.option(fc.record({ table: fc.nat(), row: fc.nat() }), { nil: null }),
  groups: fc.array(fc.nat(), { maxLength: 4 }),
  wraps: fc.array(fc.record({ line: fc.nat(), at: fc.nat(), mode: fc.nat() }), { maxLength: 8 }),
  spaces: fc.array(fc.record({ line: fc.nat(), at: fc.nat() }), { maxLength: 8 }),
  pages: fc.array(fc.nat(), { maxLength: 4 }),
  fullWidth: fc.boolean(),
});

describe("degraded text still gives the same tables", () => {
  it("pdftotext-like text with every distortion", () => {
    fc.assert(
      fc.property(arbReport(), arbPlan, (report, plan) => {
        // blanks printed as «—»: in extracted text an empty cell leaves no trace in reading order
        const text = distortText(renderReport(report, { format: "text", blank: "—" }), report.edition, plan);
        const result = parseReport(text);
        expect(wrongCells(report, result.report)).toEqual([]);
      }),
      { numRuns: runs(300, 1000) },
    );
  });

  for (const [name, only] of [
    [
      "labels wrapped",
      {
        wraps: [
          { line: 3, at: 5, mode: 0 },
          { line: 11, at: 2, mode: 1 },
          { line: 17, at: 9, mode: 2 },
        ],
      },
    ],
    ["group labels one character per line", { groups: [0, 1, 2, 3] }],
    ["page numbers between rows", { pages: [40, 77, 101, 150] }],
    [
      "spaces inside labels",
      {
        spaces: [
          { line: 1, at: 1 },
          { line: 9, at: 4 },
          { line: 20, at: 7 },
        ],
      },
    ],
    ["full-width digits", { fullWidth: true }],
    ["the rest of a table moved after the next section", { displace: { table: 1, row: 12 } }],
  ] as const) {
    it(`${name} alone, both styles`, () => {
      fc.assert(
        fc.property(arbReport(), fc.constantFrom("reading" as const, "layout" as const), (report, style) => {
          const plan: Plan = {
            style,
            displace: null,
            groups: [],
            wraps: [],
            spaces: [],
            pages: [],
            fullWidth: false,
            ...only,
          };
          const text = distortText(renderReport(report, { format: "text", blank: "—" }), report.edition, plan);
          expect(wrongCells(report, parseReport(text).report)).toEqual([]);
        }),
        { numRuns: runs(50, 200) },
      );
    });
  }

  it("a displaced table is reported as put back, and its rows are not taken for prose", () => {
    fc.assert(
      fc.property(arbReport(), fc.nat(), (report, row) => {
        const plan: Plan = {
          style: "reading",
          displace: { table: 1, row },
          groups: [],
          wraps: [],
          spaces: [],
          pages: [],
          fullWidth: false,
        };
        const result = parseReport(
          distortText(renderReport(report, { format: "text", blank: "—" }), report.edition, plan),
        );
        expect(result.diagnostics.some((d) => d.code === "table.relocated" && d.table === "表三")).toBe(true);
        expect(result.report?.sections?.problems ?? []).toEqual(report.sections?.problems ?? []);
      }),
      { numRuns: runs(50, 200) },
    );
  });
});

describe("pdftotext -layout with blank cells left empty", () => {
  it("reads a short row by the columns its figures stand in, or leaves it null with an error — never a wrong figure", () => {
    fc.assert(
      fc.property(arbReport(), arbPlan, fc.option(fc.nat(), { nil: undefined }), (report, plan, drop) => {
        // blanks left empty (no trace in reading order), every distortion, and maybe a line lost
        const lines = distortText(renderReport(report, { format: "text" }), report.edition, plan).split("\n");
        if (drop !== undefined) lines.splice(drop % lines.length, 1);
        const result = parseReport(lines.join("\n"));
        if (result.report === null) return;
        const errors = new Set(result.diagnostics.filter((d) => d.level === "error").flatMap((d) => d.cells ?? []));
        for (const c of cellsOf(report.edition)) {
          const got = readCell(result.report, c.segments);
          if (Object.is(got, readCell(report, c.segments))) continue;
          expect({ cell: c.path, got }).toEqual({ cell: c.path, got: null });
          expect({ cell: c.path, error: errors.has(c.path) }).toEqual({ cell: c.path, error: true });
        }
      }),
      { numRuns: runs(300, 1000) },
    );
  });

  it("with few blanks, reads every cell", () => {
    fc.assert(
      fc.property(arbReport(), fc.nat(), (full, k) => {
        // one blank cell in 表三: its other rows give the columns (a table of one row, like 表四, cannot)
        const cells = cellsOf(full.edition);
        const t3 = cells.filter((c) => c.table.key === "applications");
        const blank = t3[k % t3.length] as (typeof cells)[number];
        const report = JSON.parse(JSON.stringify(full)) as Report;
        for (const c of cells) {
          let node = report as unknown as Record<string, unknown>;
          for (const seg of c.segments.slice(0, -1)) node = node[seg] as Record<string, unknown>;
          const key = c.segments[c.segments.length - 1] as string;
          if (c.field.kind !== "unit") node[key] = c === blank ? null : (readCell(full, c.segments) ?? 0);
          else node[key] = null;
        }
        const plan: Plan = {
          style: "layout",
          displace: null,
          groups: [],
          wraps: [],
          spaces: [],
          pages: [],
          fullWidth: false,
        };
        const result = parseReport(distortText(renderReport(report, { format: "text" }), report.edition, plan));
        expect(wrongCells(report, result.report)).toEqual([]);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});

describe("degraded HTML still gives the same tables", () => {
  it("Word-style cells: one <span> per character, <o:p>, &nbsp;", () => {
    fc.assert(
      fc.property(arbReport(), (report) => {
        const html = wordify(renderReport(report, { format: "html" }));
        expect(wrongCells(report, parseReport(html).report)).toEqual([]);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});

describe("degraded Markdown still gives the same tables", () => {
  it("label variants (1、 ，), padding cells, full-width digits", () => {
    fc.assert(
      fc.property(arbReport(), fc.boolean(), fc.boolean(), (report, pad, wide) => {
        const md = renderReport(report, { format: "markdown" })
          .split("\n")
          .map((line) => {
            if (!line.startsWith("| ") || line.startsWith("| ---")) return line;
            let l = line.replace(/(\d)\.(?=[\u4e00-\u9fff])/g, "$1、").replace(/、(?=行政机关)/g, "，");
            if (wide)
              l = l.replace(
                /(\| )([0-9.-]+)(?= \|)/g,
                (_, bar: string, n: string) =>
                  bar + n.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
              );
            return pad ? `${l} |` : l;
          })
          .join("\n");
        expect(wrongCells(report, parseReport(md).report)).toEqual([]);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});
