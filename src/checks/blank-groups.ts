/**
 * Blank cells said once for the largest part they fill: a whole table, a whole row, a whole column of a table,
 * else the cell — so that a report with a table left out is one line, not a hundred cell warnings.
 *
 * @module
 */
import type { Edition } from "../format/editions.js";
import { type CellEntry, cellsOf } from "../format/walk.js";
import type { Message } from "../validate/issues.js";

/**
 * A part of a report whose cells are all in a given set (blank, or not read): its level, its name, its cells.
 *
 * @example
 * ```ts
 * const g: BlankGroup = {
 *   level: "row",
 *   table: "表三",
 *   name: { zh: "表三（四）无法提供 2.没有现成信息需要另行制作", en: "Table 3 (4) …" },
 *   cells: ["applications.results.unableToProvide.noExistingInfo.naturalPerson"],
 * };
 * ```
 */
export interface BlankGroup {
  readonly level: "table" | "row" | "column" | "cell";
  /** The table's number: 表二, 表三, 表四. */
  readonly table: string;
  /** The table (`表三`), the row (`表三（七）总计`), the column (`表三·自然人`) or the cell's official name. */
  readonly name: Message;
  readonly cells: readonly string[];
}

/**
 * Groups cells of an edition: every table all of whose cells are in `cells` is one group; else every row all of
 * whose cells are; else every column of the table all of whose remaining rows' cells are; the rest cell by cell.
 * Groups come in printed order; paths not of the edition are left out.
 *
 * @example
 * ```ts
 * import { cellsOf } from "zfxxgk";
 * import { groupBlankCells } from "zfxxgk/rules";
 * const all = cellsOf("2021").filter((c) => c.table.key === "applications").map((c) => c.path);
 * groupBlankCells("2021", all); // [{ level: "table", table: "表三", … }]
 * ```
 */
export function groupBlankCells(edition: Edition, cells: Iterable<string>): BlankGroup[] {
  const wanted = new Set(cells);
  const out: BlankGroup[] = [];
  const byTable = new Map<string, CellEntry[]>();
  for (const c of cellsOf(edition)) {
    const list = byTable.get(c.table.key) ?? [];
    list.push(c);
    byTable.set(c.table.key, list);
  }
  for (const entries of byTable.values()) {
    const first = entries[0] as CellEntry;
    const number = first.table.number;
    const hit = entries.filter((c) => wanted.has(c.path));
    if (hit.length === 0) continue;
    if (hit.length === entries.length) {
      out.push({
        level: "table",
        table: number,
        name: { zh: number, en: tableEn(number) },
        cells: hit.map((c) => c.path),
      });
      continue;
    }
    // rows
    const rows = new Map<string, CellEntry[]>();
    for (const c of entries) {
      const list = rows.get(c.record.path) ?? [];
      list.push(c);
      rows.set(c.record.path, list);
    }
    const rest: CellEntry[] = [];
    const fullRows = new Set<string>();
    for (const [path, row] of rows) {
      if (row.length > 1 && row.every((c) => wanted.has(c.path))) fullRows.add(path);
    }
    // columns: a field key whose cells, over the rows not already whole, are all wanted (two rows or more)
    const columns = new Map<string, CellEntry[]>();
    for (const c of entries) {
      if (fullRows.has(c.record.path)) continue;
      const list = columns.get(c.field.key) ?? [];
      list.push(c);
      columns.set(c.field.key, list);
    }
    const fullColumns = new Set<string>();
    for (const [key, column] of columns)
      if (column.length > 1 && column.every((c) => wanted.has(c.path))) fullColumns.add(key);
    const emittedRows = new Set<string>();
    const emittedColumns = new Set<string>();
    for (const c of hit) {
      if (fullRows.has(c.record.path)) {
        if (emittedRows.has(c.record.path)) continue;
        emittedRows.add(c.record.path);
        out.push({
          level: "row",
          table: number,
          name: rowName(c),
          cells: (rows.get(c.record.path) ?? []).map((x) => x.path),
        });
      } else if (fullColumns.has(c.field.key)) {
        if (emittedColumns.has(c.field.key)) continue;
        emittedColumns.add(c.field.key);
        out.push({
          level: "column",
          table: number,
          name: { zh: `${number}·${columnZh(c)}`, en: `${tableEn(number)} · ${c.field.en}` },
          cells: (columns.get(c.field.key) ?? []).map((x) => x.path),
        });
      } else rest.push(c);
    }
    for (const c of rest) out.push({ level: "cell", table: number, name: c.name, cells: [c.path] });
  }
  return out;
}

/** A row's name as its cells are named (`表三（七）总计`, `表四 行政复议`): the cell's name without its column. */
function rowName(cell: CellEntry): BlankGroup["name"] {
  const zh = cell.name.zh.lastIndexOf("·");
  const en = cell.name.en.lastIndexOf(" · ");
  return {
    zh: zh < 0 ? cell.name.zh : cell.name.zh.slice(0, zh),
    en: en < 0 ? cell.name.en : cell.name.en.slice(0, en),
  };
}

/** A column's printed name: the field's label, under its header group where the label alone is ambiguous. */
function columnZh(cell: CellEntry): string {
  const dot = cell.name.zh.lastIndexOf("·");
  return dot >= 0 ? cell.name.zh.slice(dot + 1) : cell.field.label;
}

function tableEn(number: string): string {
  return { 表二: "Table 2", 表三: "Table 3", 表四: "Table 4" }[number] ?? number;
}
