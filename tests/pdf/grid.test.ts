// @module-tag browser
/**
 * Ruled tables rebuilt cell by cell: rulings that meet form a table, cells with no ruling between them are
 * one (a row label over two rows, a header over two columns), each band a row of the cells that begin in it,
 * a blank cell an empty cell in its column; and, through Chromium, a report with blank cells reads back with
 * every cell exact — blanks `null` in their own columns.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellsOf } from "../../src/format/walk.js";
import { type Report, renderReport, validateReport } from "../../src/index.js";
import type { PlacedText } from "../../src/parse/readers/pdf/extract.js";
import { gridTables } from "../../src/parse/readers/pdf/grid.js";
import type { Ruling } from "../../src/parse/readers/pdf/rulings.js";
import { parsePdf } from "../../src/pdf.js";
import { launchChromium, printPdf } from "../support/chromium.js";
import { cellDifferences } from "./support/cells.js";

const h = (at: number, from: number, to: number): Ruling => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ horizontal: false, at, from, to });
const text = (t: string, x: number, y: number): PlacedText => ({ text: t, x, y, width: 10 * t.length, size: 10 });

describe("gridTables", () => {
  // columns at 0 | 100 | 150 | 200; rows at 0 – 20 – 40 – 60. The label cell spans rows 2–3 (no ruling at y 40
  // left of x 100), the header's second cell spans columns 2–3 (no ruling at x 150 in the first row).
  const rulings = [
    h(0, 0, 200),
    h(20, 0, 200),
    h(40, 100, 200),
    h(60, 0, 200),
    v(0, 0, 60),
    v(100, 0, 60),
    v(150, 20, 60),
    v(200, 0, 60),
  ];

  it("merged cells are one, each band a row of the cells that begin in it, a blank cell empty in its column", () => {
    const items = [
      text("项目", 10, 15),
      text("数量", 110, 15),
      text("（三）不予公开", 5, 45),
      text("7", 120, 35),
      text("9", 170, 55),
    ];
    const [table] = gridTables(rulings, items);
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ["项目", "数量"],
      ["（三）不予公开", "7", ""],
      ["", "9"],
    ]);
    expect(table?.items.size).toBe(5);
  });

  it("a wrapped cell's lines are joined; rulings apart from each other are two tables; lone lines none", () => {
    const items = [text("三、本年度办理", 5, 9), text("结果", 5, 19), text("1", 120, 28)];
    expect(gridTables(rulings, items)[0]?.rows[0]?.cells[0]).toBe("三、本年度办理结果");
    const below = rulings.map((r) =>
      r.horizontal ? { ...r, at: r.at + 100 } : { ...r, from: r.from + 100, to: r.to + 100 },
    );
    expect(gridTables([...rulings, ...below], items)).toHaveLength(2);
    expect(gridTables([h(0, 0, 100), h(50, 0, 100)], items)).toEqual([]);
    // a framed paragraph (one column) is no table; one row of cells (cut off by a page break) is one
    expect(gridTables([h(0, 0, 100), h(50, 0, 100), v(0, 0, 50), v(100, 0, 50)], items)).toEqual([]);
    const row = gridTables(
      [h(0, 0, 200), h(20, 0, 200), v(0, 0, 20), v(100, 0, 20), v(200, 0, 20)],
      [text("政府集中采购", 5, 15), text("3", 150, 15)],
    );
    expect(row[0]?.rows.map((r) => r.cells)).toEqual([["政府集中采购", "3"]]);
  });
});

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it("the seed with every third figure blank, printed by Chromium, reads back with every cell exact", async () => {
  if (browser === undefined) throw new Error("Chromium did not start");
  const seed = validateReport(
    JSON.parse(readFileSync(new URL("../../examples/lianzhou-2023.json", import.meta.url), "utf8")),
  );
  if (!seed.ok) throw new Error("examples/lianzhou-2023.json is not valid");
  const report = structuredClone(seed.value) as unknown as Record<string, unknown>;
  cellsOf(seed.value.edition).forEach((c, i) => {
    if (i % 3 !== 1 || c.field.kind === "unit") return;
    let node = report;
    for (const k of c.segments.slice(0, -1)) node = node[k] as Record<string, unknown>;
    node[c.segments[c.segments.length - 1] as string] = null;
  });
  const blanked = report as unknown as Report;
  const result = await parsePdf(await printPdf(browser, renderReport(blanked, { format: "html", standalone: true })));
  expect(cellDifferences(blanked, result.report)).toEqual([]);
});
