/**
 * Structural properties of the renderers over random reports of both editions: the HTML, read by a real
 * HTML parser with its spans expanded, puts every cell of the report at its official row and column
 * labels; text tables are rectangles in display width; nothing throws; hostile text makes no element.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editions } from "../../src/format.js";
import {
  type CellEntry,
  cellsOf,
  type Report,
  readCell,
  renderReport,
  renderTable,
  tableKeys,
  validateReport,
} from "../../src/index.js";
import { cleanText, displayWidth } from "../../src/render.js";
import { runs } from "../support/runs.js";
import { expectedLabels } from "./support/expected.js";
import { attr, elements, expandTable, labelledCells, parseHtml, textOf } from "./support/html-grid.js";
import { arbReport, benign, deepFreeze, example } from "./support/reports.js";

/** The printed text of an amount cell read back: digits with an optional unit. */
const amountText = /^(\d+(?:\.\d+)?)(元|万元)?$/;

/** Checks a value cell's text against the report's value. */
function expectValue(report: Report, cell: CellEntry, text: string): void {
  const value = readCell(report, cell.segments);
  if (value === null || value === undefined) {
    expect(text, cell.path).toBe("");
    return;
  }
  if (cell.field.kind !== "amount") {
    expect(text, cell.path).toBe(String(value));
    return;
  }
  const m = amountText.exec(text);
  expect(m, `${cell.path}: ${text}`).not.toBeNull();
  const printed = Number(m?.[1]);
  expect(Math.abs(printed - (value as number)), `${cell.path}: ${text} for ${value}`).toBeLessThanOrEqual(
    Math.abs(value as number) * 1e-14,
  );
  const unitCell = cellsOf(report.edition).find((u) => u.field.unitOf === cell.field.key && u.record === cell.record);
  const unit = unitCell === undefined ? null : readCell(report, unitCell.segments);
  expect(m?.[2] ?? null, cell.path).toBe(unit ?? null);
}

/** Every cell of the report found, once, at its official labels in the HTML. */
function checkHtml(report: Report, html: string): void {
  const doc = parseHtml(html);
  const tables = elements(doc).filter((e) => e.tagName === "table");
  expect(tables.length).toBe(tableKeys.length);
  const cells = cellsOf(report.edition).filter((c) => c.field.unitOf === undefined);
  for (const [i, key] of tableKeys.entries()) {
    const table = tables[i];
    if (table === undefined) throw new Error("missing table");
    const caption = elements(table).find((e) => e.tagName === "caption");
    const descriptor = editions[report.edition].tables[key];
    expect(caption && textOf(caption)).toContain(descriptor.title);
    const found = new Map<string, string>();
    for (const labelled of labelledCells(expandTable(table))) {
      const where = JSON.stringify([labelled.rowLabels, labelled.columnLabels]);
      expect(found.has(where), `two cells at ${where}`).toBe(false);
      found.set(where, labelled.slot.text);
    }
    const own = cells.filter((c) => c.table === descriptor);
    expect(found.size).toBe(own.length);
    for (const cell of own) {
      const { rowLabels, columnLabels } = expectedLabels(cell);
      const where = JSON.stringify([rowLabels, columnLabels]);
      const text = found.get(where);
      expect(text, `${cell.name.zh} not found at ${where}`).toBeDefined();
      expectValue(report, cell, text as string);
    }
  }
}

/** The tables of a text rendering: runs of lines that start with a border or a cell. */
function textTables(text: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("+") || line.startsWith("|")) run.push(line);
    else if (run.length > 0) {
      out.push(run);
      run = [];
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

describe("renderers over random reports", () => {
  it("generates valid reports (precondition)", () => {
    fc.assert(
      fc.property(arbReport, (report) => {
        expect(validateReport(report).ok).toBe(true);
      }),
      { numRuns: runs(20, 200) },
    );
  });

  it("HTML: every cell at its official row and column labels, after expanding the spans (parse5)", () => {
    fc.assert(
      fc.property(arbReport, (report) => {
        checkHtml(report, renderReport(report, { format: "html" }));
        checkHtml(report, renderReport(report, { format: "html", standalone: true }));
      }),
      { numRuns: runs(100, 1000) },
    );
  });

  it("HTML: every value cell names existing header cells by `headers`", () => {
    fc.assert(
      fc.property(arbReport, (report) => {
        const all = elements(parseHtml(renderReport(report, { format: "html", standalone: true })));
        const ids = new Map(all.flatMap((e) => (attr(e, "id") === undefined ? [] : [[attr(e, "id"), e] as const])));
        expect(ids.size).toBe(all.filter((e) => attr(e, "id") !== undefined).length);
        for (const td of all.filter((e) => e.tagName === "td" && attr(e, "headers") !== undefined)) {
          for (const id of (attr(td, "headers") as string).split(" ")) expect(ids.get(id)?.tagName, id).toBe("th");
        }
      }),
      { numRuns: runs(30, 300) },
    );
  });

  it("text: every line of a table has the same display width (ambiguous width 1 and 2)", () => {
    fc.assert(
      fc.property(arbReport, fc.constantFrom(1 as const, 2 as const), (report, ambiguousWidth) => {
        const text = renderReport(report, { format: "text", ambiguousWidth });
        const tables = textTables(text);
        expect(tables.length).toBeGreaterThanOrEqual(tableKeys.length);
        for (const table of tables) {
          const widths = new Set(table.map((line) => displayWidth(line, { ambiguousWidth })));
          expect(widths.size, table.join("\n")).toBe(1);
        }
        // terminal safety: no control character but the line breaks
        expect(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(text.replaceAll("\n", ""))).toBe(false);
      }),
      { numRuns: runs(100, 1000) },
    );
  });

  it("never throws and never mutates the report, in any format, whole or table by table", () => {
    fc.assert(
      fc.property(arbReport, fc.constantFrom("" as const, "0" as const, "—" as const), (report, blank) => {
        const frozen = deepFreeze(structuredClone(report));
        for (const format of ["text", "markdown", "html"] as const) {
          expect(typeof renderReport(frozen, { format, blank })).toBe("string");
          for (const key of tableKeys) expect(typeof renderTable(frozen, key, { format, blank })).toBe("string");
        }
        expect(frozen).toStrictEqual(report);
      }),
      { numRuns: runs(50, 500) },
    );
  });

  it("HTML: hostile text makes no element — the element tree equals that of a harmless report", () => {
    fc.assert(
      fc.property(arbReport, (report) => {
        for (const standalone of [false, true]) {
          const tags = (r: Report) =>
            elements(parseHtml(renderReport(r, { format: "html", standalone }))).map(
              (e) => `${e.tagName}:${e.attrs.map((a) => a.name).join(",")}`,
            );
          expect(tags(report)).toStrictEqual(tags(benign(report)));
        }
        // and the text comes back verbatim (cleaned of control characters)
        const all = elements(parseHtml(renderReport(report, { format: "html" })));
        const paragraphs = all.filter((e) => e.tagName === "p" && attr(e, "class") === undefined).map(textOf);
        const expected = [
          ...(report.preamble ?? []),
          ...(report.sections?.overview ?? []),
          ...(report.sections?.problems ?? []),
          ...(report.sections?.other ?? []),
        ]
          .map(cleanText)
          .filter((p) => p !== "");
        expect(paragraphs).toStrictEqual(expected);
        const organ = all.find((e) => attr(e, "class") === "zfxxgk-organ");
        expect(organ && textOf(organ)).toBe(cleanText(report.organ));
      }),
      { numRuns: runs(100, 1000) },
    );
  });

  it("the seed and the 2019 example pass the same structural check", () => {
    for (const name of ["lianzhou-2023", "example-2019"] as const) {
      const report = example(name);
      checkHtml(report, renderReport(report, { format: "html", standalone: true }));
    }
  });
});
