/**
 * The layout grid: the merged cells of the official tables (official-format.md §2.4–2.6, §3.3–3.5),
 * derived from the descriptors — and nothing in src/render restating a label.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ColumnHeader, editions, recordsOf, type TableDescriptor } from "../../src/format.js";
import { tableKeys } from "../../src/index.js";
import { type GridCell, gridSlots, type TableGrid, tableGrid } from "../../src/render.js";
import { runs } from "../support/runs.js";
import { arbReport, example } from "./support/reports.js";

const seed = example("lianzhou-2023");
const ex2019 = example("example-2019");

function cellWithText(grid: TableGrid, text: string): GridCell {
  const found = grid.rows.flatMap((r) => r.cells).filter((c) => c.text === text);
  if (found.length !== 1) throw new Error(`${found.length} cells say ${text}`);
  return found[0] as GridCell;
}

describe("表三 (rows layout)", () => {
  it("三、本年度办理结果 spans 22 rows in 2021 and 20 in 2019 (official-format.md §2.5, §3.4)", () => {
    expect(cellWithText(tableGrid(seed, "applications"), "三、本年度办理结果").rowspan).toBe(22);
    expect(cellWithText(tableGrid(ex2019, "applications"), "三、本年度办理结果").rowspan).toBe(20);
  });

  it("has the official header: the corner note over 3×3 slots, 申请人情况 over 7, 自然人 and 总计 two rows high", () => {
    const grid = tableGrid(seed, "applications");
    const corner = grid.rows[0]?.cells[0];
    expect(corner).toMatchObject({
      role: "corner",
      rowspan: 3,
      colspan: 3,
      text: editions["2021"].tables.applications.corner,
    });
    expect(cellWithText(grid, "申请人情况")).toMatchObject({ row: 0, col: 3, colspan: 7, rowspan: 1 });
    expect(cellWithText(grid, "法人或其他组织")).toMatchObject({ row: 1, col: 4, colspan: 5, rowspan: 1 });
    expect(cellWithText(grid, "自然人")).toMatchObject({ row: 1, col: 3, rowspan: 2 });
    expect(cellWithText(grid, "商业企业")).toMatchObject({ row: 2, col: 4, rowspan: 1 });
    expect(grid.columns).toBe(10);
    expect(grid.rows.length).toBe(3 + 25);
    expect(cellWithText(grid, "（三）不予公开").rowspan).toBe(8);
    expect(cellWithText(grid, "（六）其他处理").rowspan).toBe(3);
    expect(cellWithText(grid, "（七）总计")).toMatchObject({ col: 1, colspan: 2 });
    expect(cellWithText(grid, "一、本年新收政府信息公开申请数量")).toMatchObject({ col: 0, colspan: 3 });
    expect(cellWithText(grid, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).toMatchObject({
      colspan: 2,
    });
    expect(cellWithText(tableGrid(ex2019, "applications"), "（六）其他处理")).toMatchObject({ rowspan: 1, colspan: 2 });
  });
});

describe("表四 (column-groups layout)", () => {
  it("has three header rows: 行政复议 | 行政诉讼, then the outcomes and the two kinds of suit", () => {
    const grid = tableGrid(seed, "reviewLitigation");
    expect(grid.rows.map((r) => r.kind)).toStrictEqual(["header", "header", "header", "body"]);
    expect(cellWithText(grid, "行政复议")).toMatchObject({ row: 0, col: 0, colspan: 5 });
    expect(cellWithText(grid, "行政诉讼")).toMatchObject({ row: 0, col: 5, colspan: 10 });
    expect(cellWithText(grid, "未经复议直接起诉")).toMatchObject({ row: 1, col: 5, colspan: 5 });
    expect(cellWithText(grid, "复议后起诉")).toMatchObject({ row: 1, col: 10, colspan: 5 });
    const outcomes = grid.rows[1]?.cells.filter((c) => c.col < 5);
    expect(outcomes?.map((c) => c.rowspan)).toStrictEqual([2, 2, 2, 2, 2]);
    expect(grid.rows[3]?.cells.length).toBe(15);
  });
});

describe("表二 (blocks layout)", () => {
  it("puts each block under a title row across the table and a header row beginning with 信息内容", () => {
    for (const report of [seed, ex2019]) {
      const grid = tableGrid(report, "proactive");
      const table = editions[report.edition].tables.proactive;
      expect(grid.sections.length).toBe(table.children.length);
      for (const [i, section] of grid.sections.entries()) {
        const block = table.children[i];
        const [title, header] = [grid.rows[section.start], grid.rows[section.start + 1]];
        expect(title?.cells).toMatchObject([{ role: "title", text: block?.label, colspan: grid.columns }]);
        expect(header?.cells[0]?.text).toBe(block?.kind === "group" ? block.header : undefined);
        // the last header cell reaches the right edge
        const last = header?.cells.at(-1);
        expect((last?.col ?? 0) + (last?.colspan ?? 0)).toBe(grid.columns);
      }
    }
  });

  it("lets a block's single value span the remaining columns, and prints a unit inside its amount's cell", () => {
    const grid = tableGrid(seed, "proactive");
    const licensing = grid.rows.flatMap((r) => r.cells).find((c) => c.cell?.path === "proactive.licensing.decisions");
    expect(licensing).toMatchObject({ col: 1, colspan: 3 });
    const procurement = tableGrid(ex2019, "proactive")
      .rows.flatMap((r) => r.cells)
      .find((c) => c.cell?.path === "proactive.procurement.amount");
    expect(procurement).toMatchObject({ text: "1864.5万元", colspan: 2 });
  });
});

describe("every grid", () => {
  it("covers every slot exactly once, with every report cell once (property)", () => {
    fc.assert(
      fc.property(arbReport, (report) => {
        for (const key of tableKeys) {
          const grid = tableGrid(report, key);
          const count = grid.rows.map(() => new Array<number>(grid.columns).fill(0));
          for (const cell of grid.rows.flatMap((r) => r.cells))
            for (let r = cell.row; r < cell.row + cell.rowspan; r++)
              for (let c = cell.col; c < cell.col + cell.colspan; c++)
                (count[r] as number[])[c] = ((count[r] as number[])[c] ?? 0) + 1;
          expect(count.flat().every((n) => n === 1)).toBe(true);
          expect(gridSlots(grid).flat().includes(undefined)).toBe(false);
          const values = grid.rows.flatMap((r) => r.cells).filter((c) => c.role === "value");
          const expected = recordsOf(editions[report.edition].tables[key]).flatMap((r) =>
            r.node.fields.filter((f) => f.unitOf === undefined),
          );
          expect(values.length).toBe(expected.length);
        }
      }),
      { numRuns: runs(50, 500) },
    );
  });
});

describe("one source of truth", () => {
  it("src/render restates no official label (outside comments)", () => {
    const labels = new Set<string>();
    const addColumns = (nodes: readonly ColumnHeader[]) => {
      for (const n of nodes) {
        if (!("label" in n)) continue;
        labels.add(n.label);
        addColumns(n.children);
      }
    };
    for (const edition of Object.values(editions)) {
      for (const s of edition.sections) labels.add(s.title);
      for (const key of tableKeys) {
        const table: TableDescriptor = edition.tables[key];
        labels.add(table.title);
        if (table.corner !== undefined) labels.add(table.corner);
        addColumns(table.columns ?? []);
        for (const r of recordsOf(table)) {
          labels.add(r.node.label);
          for (const g of r.ancestors) {
            labels.add(g.label);
            if (g.header !== undefined) labels.add(g.header);
          }
          for (const f of r.node.fields) labels.add(f.label);
        }
      }
    }
    const dir = new URL("../../src/render/", import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const code = readFileSync(new URL(file, dir), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      for (const label of labels) expect(code.includes(label), `${file} restates 「${label}」`).toBe(false);
    }
  });
});
