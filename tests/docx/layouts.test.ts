/**
 * Reports written as .docx in the layouts organs use — the official template's merged headers (表三's
 * 申请人情况/自然人/法人或其他组织/总计, the （三）…（六） groups merged down their rows), tables broken over a
 * page (two tables with the header repeated or not, the merged group label repeated or left as an empty
 * continued cell, the header rows a table of their own; one table with repeating header rows), blank cells written as nothing, a full-width space, «—» or
 * «/», captions — read back to the same tables and metadata, and to the same report as the HTML rendering.
 */
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseDocx, readDocx } from "../../src/docx.js";
import type { TableKey } from "../../src/format/editions.js";
import { cellsOf } from "../../src/format/walk.js";
import { buildReport, readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { parseReport } from "../../src/parse.js";
import { tableGrid } from "../../src/render/grid.js";
import { renderReport } from "../../src/render/render.js";
import { validateReport } from "../../src/validate/validate.js";
import { type DocxWriterOptions, writeDocx } from "../support/docx-writer.js";
import { differences } from "./support.js";

function load(name: string): Report {
  const result = validateReport(JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8")));
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.value;
}

const lianzhou = load("lianzhou-2023.json");
const example2019 = load("example-2019.json");

/** The report with every third cell blank (null), a blank amount's unit with it, to see blanks read as blanks. */
function withBlanks(report: Report): Report {
  const cells = cellsOf(report.edition);
  const values = new Map(
    cells.map((c, i) => [c, i % 3 === 0 ? null : (readCell(report, c.segments) as number | string | null)]),
  );
  const amountOf = (c: (typeof cells)[number]) =>
    cells.find((a) => a.record === c.record && a.field.key === c.field.unitOf);
  return buildReport(
    { edition: report.edition, organ: report.organ, year: report.year, publishedOn: report.publishedOn },
    (cell) => {
      const amount = cell.field.unitOf === undefined ? undefined : amountOf(cell);
      return amount !== undefined && values.get(amount) === null ? null : (values.get(cell) ?? null);
    },
  ) as Report;
}

async function readBack(report: Report, options: DocxWriterOptions = {}) {
  const result = parseDocx(await writeDocx(report, options));
  expect(differences(report, result.report)).toEqual([]);
  expect(result.edition.edition).toBe(report.edition);
  expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
  return result;
}

describe("the official layout, with merges as Word records them", () => {
  it("writes 表三's merged header and group cells with gridSpan and vMerge, as the official template has them", async () => {
    const bytes = await writeDocx(lianzhou);
    const xml = new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
    expect(xml.match(/<w:gridSpan /g)?.length).toBeGreaterThan(20);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)?.length).toBeGreaterThan(5);
    expect(xml.match(/<w:vMerge w:val="continue"\/>/g)?.length).toBeGreaterThan(20);
    // the header rows of 表三 read the same as the circulating template's
    const header = (lines: ReturnType<typeof readDocx>["lines"]) => {
      const rows = (lines ?? []).filter((l) => l.kind === "row").map((l) => l.cells);
      const start = rows.findIndex((c) => c?.[1] === "申请人情况");
      return rows.slice(start, start + 3);
    };
    const template = readFileSync(new URL("../fixtures/real/official-template-2021.docx", import.meta.url));
    expect(header(readDocx(bytes).lines)).toEqual(header(readDocx(template).lines));
  });

  for (const [name, report] of [
    ["2021 edition (连州市 2023)", lianzhou],
    ["2019 edition", example2019],
  ] as const)
    it(`${name}: the same tables and metadata, and the same report as from its HTML rendering`, async () => {
      const fromWord = await readBack(report);
      const fromHtml = parseReport(renderReport(report, { format: "html" }));
      expect(fromWord.report).toEqual(fromHtml.report);
      const codes = (ds: typeof fromWord.diagnostics) => ds.map((d) => d.code).filter((c) => c !== "input.format");
      expect(codes(fromWord.diagnostics)).toEqual(codes(fromHtml.diagnostics));
    });
});

describe("empty cells", () => {
  for (const blank of ["", "\u3000", "—", "/"])
    it(`blank cells written as ${JSON.stringify(blank)} read as null`, async () => {
      for (const report of [withBlanks(lianzhou), withBlanks(example2019)]) await readBack(report, { blank });
    });

  it("a table of blank cells only (a template filled in with nothing) reads as null throughout", async () => {
    const blank = buildReport(
      { edition: "2021", organ: "某县人民政府办公室", year: 2024, publishedOn: "2025-01-20" },
      () => null,
    );
    const result = await readBack(blank as Report, { blank: "\u3000" });
    expect(result.diagnostics.filter((d) => d.code === "table.missing")).toEqual([]);
  });
});

describe("a table broken over pages", () => {
  const bodyRows = (report: Report, key: TableKey) => {
    const grid = tableGrid(report, key);
    return grid.rows.length - (grid.sections.length === 1 ? (grid.sections[0]?.bodyStart ?? 0) : 0);
  };

  for (const carried of ["repeat", "continue"] as const)
    for (const header of ["repeat", "none"] as const)
      it(`as two tables, the header ${header === "repeat" ? "repeated" : "not repeated"}, a group label across the break ${carried === "repeat" ? "printed again" : "left as an empty continued cell"}`, async () => {
        for (const report of [lianzhou, withBlanks(example2019)])
          for (const table of ["applications", "proactive"] as const)
            for (let at = 0; at < bodyRows(report, table); at++)
              await readBack(report, { split: { table, at, style: "two-tables", carried, header } });
      });

  it("as one table whose header rows repeat on the next page (held once in the file)", async () => {
    const bytes = await writeDocx(lianzhou, { split: { table: "applications", at: 12, style: "row-break" } });
    const xml = new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("<w:pageBreakBefore/>");
    await readBack(lianzhou, { split: { table: "applications", at: 12, style: "row-break" } });
  });
});

describe("numbered headings", () => {
  it("section headings numbered by Word (一、 from a list, not typed) are found", async () => {
    const bytes = await writeDocx(lianzhou, { numberedHeadings: true });
    expect(new TextDecoder().decode(unzipSync(bytes)["word/document.xml"])).not.toContain("一、总体情况");
    expect(readDocx(bytes).text).toContain("一、总体情况\n");
    const result = await readBack(lianzhou, { numberedHeadings: true });
    expect(result.report?.sections).toEqual(parseReport(renderReport(lianzhou, { format: "html" })).report?.sections);
  });
});

describe("captions", () => {
  it("a caption paragraph above each table (表三 收到和处理政府信息公开申请情况) changes nothing", async () => {
    await readBack(lianzhou, { captions: true });
    await readBack(withBlanks(example2019), { captions: true, blank: "\u3000" });
  });
});
