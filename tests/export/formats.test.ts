/**
 * The writers, read by kept readers: the CSV by csv-parse and the XLSX by exceljs give the cells of `toRows`
 * (blank stays blank, numbers stay numbers); no cell written from report text starts with a formula character;
 * and what the writer neutralised, the reader gives back exactly.
 */
import { PassThrough } from "node:stream";
import { parse as csvParse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  exportColumns,
  fromRows,
  neutralise,
  parseCsv,
  parseXlsx,
  type Row,
  restore,
  toCsv,
  toRows,
  writeXlsx,
} from "../../src/export.js";
import type { Report } from "../../src/index.js";
import { arbReport } from "../../src/testing.js";
import { runs } from "../support/runs.js";

/** What a spreadsheet takes for a formula. */
const formulaStart = /^[=+\-@\t\r]/;

/** Text from report that starts like a formula (or with the apostrophe itself). */
const arbHostile = fc
  .tuple(
    fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "=HYPERLINK(", "-2+3", "@SUM("),
    fc.string({ maxLength: 12 }),
  )
  .map(([a, b]) => `${a}${b}机关`);

/** Reports whose organ, title and paragraphs start like formulas. */
const arbHostileReport: fc.Arbitrary<Report> = fc
  .record({ report: arbReport(), organ: arbHostile, title: arbHostile, paragraph: arbHostile })
  .map(({ report, organ, title, paragraph }) => ({
    ...report,
    organ,
    title,
    preamble: [paragraph],
    sections: { overview: [paragraph] },
  }));

/** The reports as they read back (an empty `sections: {}` reads back as none). */
function asReadBack(report: Report): Report {
  if (report.sections === undefined || Object.keys(report.sections).length > 0) return report;
  const { sections: _none, ...rest } = report;
  return rest as Report;
}

/** The text a CSV cell should hold for a value of `toRows`. */
const csvText = (v: Row[number]) => (v === null ? "" : typeof v === "number" ? String(v) : neutralise(v));

async function xlsxBytes(rows: Iterable<Row>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  await writeXlsx(rows, stream);
  return Buffer.concat(chunks);
}

describe("CSV", () => {
  it("starts with a UTF-8 byte order mark and ends its lines with CRLF", () => {
    const csv = toCsv(toRows([]));
    expect(csv.startsWith("\ufeff发布机关,报告年度,格式版本,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(toCsv(toRows([]), { bom: false }).startsWith("发布机关")).toBe(true);
  });

  it("read by csv-parse gives the cells of toRows, and parseCsv reads the same as csv-parse", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(arbReport(), arbHostileReport), { maxLength: 4 }), (reports) => {
        const rows = [...toRows(reports)];
        const csv = toCsv(rows);
        const kept = csvParse(csv, { bom: true, relax_quotes: false }) as string[][];
        expect(kept).toEqual(rows.map((r) => r.map(csvText)));
        expect([...parseCsv(csv)]).toEqual(kept.map((r) => r.map(restore)));
      }),
      { numRuns: runs() },
    );
  });

  it("no cell written from report text starts with a formula character; figures are plain numbers", () => {
    const columns = exportColumns();
    fc.assert(
      fc.property(fc.array(arbHostileReport, { minLength: 1, maxLength: 3 }), (reports) => {
        const kept = csvParse(toCsv(toRows(reports)), { bom: true }) as string[][];
        for (const row of kept.slice(1))
          row.forEach((cell, i) => {
            const column = columns[i];
            if (column?.kind === "number") {
              if (cell !== "") expect(Number.isFinite(Number(cell)), `${column.header}: ${cell}`).toBe(true);
            } else expect(formulaStart.test(cell), `${column?.header}: ${JSON.stringify(cell)}`).toBe(false);
          });
        // and the text reads back exactly as it was
        expect(fromRows(parseCsv(toCsv(toRows(reports)))).reports).toEqual(reports);
      }),
      { numRuns: runs() },
    );
  });

  it("a blank cell stays blank: an empty field, never 0, and reads back as null", () => {
    fc.assert(
      fc.property(arbReport(), (report) => {
        const rows = [...toRows([report])];
        const kept = csvParse(toCsv(rows), { bom: true }) as string[][];
        rows[1]?.forEach((v, i) => {
          if (v === null) expect(kept[1]?.[i]).toBe("");
          else expect(kept[1]?.[i]).not.toBe("");
        });
      }),
      { numRuns: runs(50) },
    );
  });

  it("neutralise and restore are inverse, and restore undoes only what neutralise did", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(restore(neutralise(text))).toBe(text);
        expect(formulaStart.test(neutralise(text))).toBe(false);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe("XLSX (exceljs, the optional peer)", () => {
  it("read by exceljs gives the cells of toRows: numbers as numbers, text as text, blanks empty", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(arbReport(), arbHostileReport), { maxLength: 3 }), async (reports) => {
        const rows = [...toRows(reports)];
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await xlsxBytes(rows)) as never);
        const sheet = workbook.worksheets[0];
        expect(sheet?.rowCount).toBe(rows.length);
        rows.slice(1).forEach((row, r) => {
          const read = sheet?.getRow(r + 2);
          row.forEach((value, c) => {
            const cell = read?.getCell(c + 1);
            if (value === null) expect(cell?.value ?? null).toBeNull();
            else if (typeof value === "number") {
              expect(cell?.type).toBe(ExcelJS.ValueType.Number);
              expect(cell?.value).toBe(value);
            } else {
              expect(cell?.type).toBe(ExcelJS.ValueType.String); // text, never a formula
              expect(typeof cell?.value).toBe("string");
            }
          });
        });
        // the same cells as the CSV read by csv-parse (text aside from the CSV's neutralising apostrophe)
        const kept = csvParse(toCsv(rows), { bom: true }) as string[][];
        const fromXlsx = await parseXlsx(await xlsxBytes(rows));
        expect(fromXlsx.map((r) => r.map((v) => (v === null ? "" : String(v))))).toEqual(
          kept.map((r) => r.map(restore)),
        );
        expect(fromRows(fromXlsx).reports).toEqual(reports.map(asReadBack));
      }),
      { numRuns: runs(15, 100) },
    );
  });

  it("freezes the header row and the organ column, sizes the columns and bolds the header", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxBytes(toRows([]))) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    const widths = sheet?.columns.map((c) => c.width ?? 0) ?? [];
    expect(widths).toHaveLength(exportColumns().length);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(10);
    const header = sheet?.getRow(1).getCell(1).value as { richText?: { text: string; font?: { bold?: boolean } }[] };
    expect(header.richText?.[0]).toMatchObject({ text: "发布机关", font: { bold: true } });
  });

  it("carries text XML cannot (control characters, a lone surrogate) and text that looks like Excel's escape", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbReport(),
        fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
        async (report, text) => {
          const odd = { ...report, organ: `机关${text}_x0041_`, title: text };
          const back = fromRows(await parseXlsx(await xlsxBytes(toRows([odd]))));
          expect(back.reports).toEqual([asReadBack(odd)]);
        },
      ),
      { numRuns: runs(15, 100) },
    );
  });
});
