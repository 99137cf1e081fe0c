/**
 * The one layout engine of the renderers: a table of a report as a grid of cells with row and column
 * spans, derived from the table's descriptor alone (its `layout`, node tree, `columns`, `corner` and
 * block `header`s). Text, Markdown and HTML are thin serialisations of this grid.
 *
 * @module
 */
import type { FieldDescriptor, TableDescriptor } from "../format/descriptor.js";
import { type Edition, editions, type TableKey } from "../format/editions.js";
import { type CellEntry, cellsOf, printedLabel, type RecordEntry, recordsOf } from "../format/walk.js";
import { readCell } from "../model/build.js";
import type { Report } from "../model/report.generated.js";
import { punctuation } from "./chinese.js";
import type { BlankStyle } from "./options.js";
import { formatCellValue } from "./values.js";

/**
 * What a grid cell is:
 * - `corner`: the top-left cell above the row labels (表三's 勾稽 note);
 * - `title`: a block title spanning the whole table (表二's 第二十条第（一）项);
 * - `column`: a column header (申请人情况, 自然人, 信息内容, 行政复议, 结果维持);
 * - `row`: a row label (一、本年新收…, 三、本年度办理结果, （三）不予公开, 1.属于国家秘密, 规章);
 * - `value`: a cell of the report.
 *
 * @example
 * ```ts
 * const role: GridCellRole = "value";
 * ```
 */
export type GridCellRole = "corner" | "title" | "column" | "row" | "value";

/**
 * One cell of a {@link TableGrid}, at its top-left slot, with its spans.
 *
 * @example
 * ```ts
 * import { tableGrid } from "zfxxgk/render";
 * const corner = tableGrid(report, "applications").rows[0]?.cells[0]; // { role: "corner", rowspan: 3, colspan: 3, … }
 * ```
 */
export interface GridCell {
  readonly role: GridCellRole;
  /** Top slot (0-based, over the whole table). */
  readonly row: number;
  /** Left slot (0-based). */
  readonly col: number;
  readonly rowspan: number;
  readonly colspan: number;
  /** The printed text: a label verbatim, or a value formatted by {@link formatCellValue}. */
  readonly text: string;
  /** `r3c0`: unique within the table, stable for a given edition and table. */
  readonly key: string;
  /** For a value cell: the keys of its header cells, column headers outermost first, then row labels. */
  readonly headers: readonly string[];
  /** For a value cell: the report cell it shows. */
  readonly cell?: CellEntry;
  /** For a value cell: true where the report left it blank (`null`). */
  readonly blank?: boolean;
}

/**
 * A row of slots and the cells whose top-left slot is in it, left to right.
 *
 * @example
 * ```ts
 * import { tableGrid } from "zfxxgk/render";
 * tableGrid(report, "reviewLitigation").rows.map((r) => r.kind); // ["header", "header", "header", "body"]
 * ```
 */
export interface GridRow {
  /** `title`: a block title row; `header`: a row of column headers; `body`: a row of values. */
  readonly kind: "title" | "header" | "body";
  readonly cells: readonly GridCell[];
}

/**
 * A band of rows that belong together: its header rows (`start` … `bodyStart - 1`) and the body rows
 * they head (`bodyStart` … `end - 1`). 表三 and 表四 have one; 表二 has one per block.
 *
 * @example
 * ```ts
 * import { tableGrid } from "zfxxgk/render";
 * tableGrid(report, "proactive").sections.length; // 4 (2021 edition)
 * ```
 */
export interface GridSection {
  readonly start: number;
  readonly bodyStart: number;
  readonly end: number;
}

/**
 * A table of a report laid out as the official format prints it.
 *
 * @example
 * ```ts
 * import { tableGrid } from "zfxxgk/render";
 * const grid = tableGrid(report, "applications");
 * grid.columns; // 10: three label columns and seven applicant columns
 * ```
 */
export interface TableGrid {
  readonly table: TableDescriptor;
  readonly edition: Edition;
  /** `表三 收到和处理政府信息公开申请情况`. */
  readonly caption: string;
  /** Number of slot columns. */
  readonly columns: number;
  /** How many columns on the left hold row labels (表三 3, 表二 1, 表四 0). */
  readonly labelColumns: number;
  readonly rows: readonly GridRow[];
  readonly sections: readonly GridSection[];
}

/**
 * Options of {@link tableGrid}.
 *
 * @example
 * ```ts
 * const options: GridOptions = { blank: "—" };
 * ```
 */
export interface GridOptions {
  /** How a blank cell prints. Default `""`. */
  readonly blank?: BlankStyle;
}

/** A cell before its header keys are known. */
type Placed = Omit<GridCell, "headers" | "key">;

/** The value columns of a record: its fields but those (`unit`) printed inside another field's cell. */
function valueFields(fields: readonly FieldDescriptor[]): readonly FieldDescriptor[] {
  return fields.filter((f) => f.unitOf === undefined);
}

/** The printed label of a row node: ordinal, label and the note inside the same cell. */
function rowText(entry: RecordEntry): string {
  return printedLabel(entry.node) + (entry.node.note ?? "");
}

/** Everything a layout needs: the records of the table and, per record, its value cells' text. */
interface LayoutInput {
  readonly table: TableDescriptor;
  readonly records: readonly RecordEntry[];
  /** The value cells of a record, one per value column, in field order. */
  valueCells(record: RecordEntry): readonly { readonly field: FieldDescriptor; readonly cell: Placed }[];
}

/** Output of a layout: placed cells, row kinds and section bands. */
interface LayoutOutput {
  readonly cells: Placed[];
  readonly kinds: GridRow["kind"][];
  readonly sections: GridSection[];
  readonly columns: number;
  readonly labelColumns: number;
}

function cellAtSlot(
  role: GridCellRole,
  row: number,
  col: number,
  rowspan: number,
  colspan: number,
  text: string,
): Placed {
  return { role, row, col, rowspan, colspan, text };
}

/** Whether `entry` is the first record under `ancestorIndex`'s group (so the group's label starts on its row). */
function opensGroup(records: readonly RecordEntry[], i: number, depth: number): boolean {
  const here = records[i]?.ancestors[depth];
  return i === 0 || records[i - 1]?.ancestors[depth] !== here;
}

/** How many records sit under the group at `depth` of record `i`, counting from `i`. */
function recordsUnder(records: readonly RecordEntry[], i: number, depth: number): readonly RecordEntry[] {
  const group = records[i]?.ancestors[depth];
  const out: RecordEntry[] = [];
  for (let j = i; j < records.length && records[j]?.ancestors[depth] === group; j++)
    out.push(records[j] as RecordEntry);
  return out;
}

/** `rows`: records are rows under a column header tree; merged labels on the left (表三). */
function layoutRows(input: LayoutInput): LayoutOutput {
  const { table, records } = input;
  const first = records[0];
  const fields = first === undefined ? [] : valueFields(first.node.fields);
  const tree = table.columns ?? fields.map((f) => ({ field: f.key }));
  type Node = (typeof tree)[number];
  const depthOf = (nodes: readonly Node[]): number =>
    Math.max(0, ...nodes.map((n) => ("children" in n ? 1 + depthOf(n.children as readonly Node[]) : 1)));
  const widthOf = (n: Node): number =>
    "children" in n ? (n.children as readonly Node[]).reduce((s, c) => s + widthOf(c), 0) : 1;
  const headRows = depthOf(tree);
  const labelColumns = Math.max(1, ...records.map((r) => r.ancestors.length + 1));
  const cells: Placed[] = [cellAtSlot("corner", 0, 0, headRows, labelColumns, table.corner ?? "")];
  const order: string[] = [];
  const placeHeader = (nodes: readonly Node[], depth: number, col: number): void => {
    let c = col;
    for (const n of nodes) {
      if ("children" in n) {
        cells.push(cellAtSlot("column", depth, labelColumns + c, 1, widthOf(n), n.label));
        placeHeader(n.children as readonly Node[], depth + 1, c);
      } else {
        const field = fields.find((f) => f.key === n.field);
        if (field === undefined) throw new Error(`${table.number}: column ${n.field} is not a field of its rows`);
        cells.push(cellAtSlot("column", depth, labelColumns + c, headRows - depth, 1, field.label));
        order.push(n.field);
      }
      c += widthOf(n);
    }
  };
  placeHeader(tree, 0, 0);
  records.forEach((entry, i) => {
    const row = headRows + i;
    entry.ancestors.forEach((group, depth) => {
      if (opensGroup(records, i, depth))
        cells.push(cellAtSlot("row", row, depth, recordsUnder(records, i, depth).length, 1, printedLabel(group)));
    });
    const depth = entry.ancestors.length;
    cells.push(cellAtSlot("row", row, depth, 1, labelColumns - depth, rowText(entry)));
    for (const { field, cell } of input.valueCells(entry))
      cells.push({ ...cell, row, col: labelColumns + order.indexOf(field.key) });
  });
  const end = headRows + records.length;
  return {
    cells,
    kinds: Array.from({ length: end }, (_, r) => (r < headRows ? "header" : "body")),
    sections: [{ start: 0, bodyStart: headRows, end }],
    columns: labelColumns + order.length,
    labelColumns,
  };
}

/** `column-groups`: records are column groups over one row of values; groups above them (表四). */
function layoutColumnGroups(input: LayoutInput): LayoutOutput {
  const { records } = input;
  const headRows = 2 + Math.max(0, ...records.map((r) => r.ancestors.length));
  const width = (list: readonly RecordEntry[]) => list.reduce((s, r) => s + valueFields(r.node.fields).length, 0);
  const cells: Placed[] = [];
  let col = 0;
  records.forEach((entry, i) => {
    entry.ancestors.forEach((group, depth) => {
      if (opensGroup(records, i, depth))
        cells.push(cellAtSlot("column", depth, col, 1, width(recordsUnder(records, i, depth)), printedLabel(group)));
    });
    const depth = entry.ancestors.length;
    const values = input.valueCells(entry);
    cells.push(cellAtSlot("column", depth, col, 1, values.length, rowText(entry)));
    values.forEach(({ field, cell }, k) => {
      cells.push(cellAtSlot("column", depth + 1, col + k, headRows - depth - 1, 1, field.label));
      cells.push({ ...cell, row: headRows, col: col + k });
    });
    col += values.length;
  });
  return {
    cells,
    kinds: Array.from({ length: headRows + 1 }, (_, r) => (r < headRows ? "header" : "body")),
    sections: [{ start: 0, bodyStart: headRows, end: headRows + 1 }],
    columns: col,
    labelColumns: 0,
  };
}

/**
 * `blocks`: each top-level group is a block — a title row across the table, a header row beginning with
 * the block's `header` (信息内容), then its records; a block with fewer value columns lets its last one
 * span the rest (表二).
 */
function layoutBlocks(input: LayoutInput): LayoutOutput {
  const { records } = input;
  const columns = 1 + Math.max(1, ...records.map((r) => valueFields(r.node.fields).length));
  const cells: Placed[] = [];
  const kinds: GridRow["kind"][] = [];
  const sections: GridSection[] = [];
  let row = 0;
  records.forEach((entry, i) => {
    const block = entry.ancestors[0];
    if (opensGroup(records, i, 0)) {
      const start = row;
      if (block !== undefined) {
        cells.push(cellAtSlot("title", row++, 0, 1, columns, printedLabel(block)));
        kinds.push("title");
      }
      cells.push(cellAtSlot("column", row, 0, 1, 1, block?.header ?? ""));
      const fields = valueFields(entry.node.fields);
      fields.forEach((field, k) => {
        const span = k === fields.length - 1 ? columns - 1 - k : 1;
        cells.push(cellAtSlot("column", row, 1 + k, 1, span, field.label));
      });
      kinds.push("header");
      row++;
      const count = recordsUnder(records, i, 0).length;
      sections.push({ start, bodyStart: row, end: row + count });
    }
    const label = [...entry.ancestors.slice(1).map(printedLabel), rowText(entry)].join(` ${punctuation.middleDot} `);
    cells.push(cellAtSlot("row", row, 0, 1, 1, label));
    const values = input.valueCells(entry);
    values.forEach(({ cell }, k) => {
      const span = k === values.length - 1 ? columns - 1 - k : 1;
      cells.push({ ...cell, row, col: 1 + k, colspan: span });
    });
    kinds.push("body");
    row++;
  });
  return { cells, kinds, sections, columns, labelColumns: 1 };
}

const layouts = { rows: layoutRows, "column-groups": layoutColumnGroups, blocks: layoutBlocks } as const;

/** The report cells of each record of a table, in field order. */
const cellsByRecord = new Map<Edition, Map<RecordEntry, CellEntry[]>>();

function cellsOfRecord(edition: Edition, record: RecordEntry): readonly CellEntry[] {
  let index = cellsByRecord.get(edition);
  if (index === undefined) {
    index = new Map();
    for (const cell of cellsOf(edition)) {
      const list = index.get(cell.record);
      if (list === undefined) index.set(cell.record, [cell]);
      else list.push(cell);
    }
    cellsByRecord.set(edition, index);
  }
  return index.get(record) ?? [];
}

/** Do two spans [a, a+n) and [b, b+m) overlap? */
function overlaps(a: number, n: number, b: number, m: number): boolean {
  return a < b + m && b < a + n;
}

/** The header keys of a value cell: column headers of its section above it, then row labels left of it. */
function headersOf(cell: Placed, all: readonly GridCell[], section: GridSection): string[] {
  const columnHeads = all.filter(
    (h) =>
      (h.role === "column" || h.role === "title") &&
      h.row >= section.start &&
      h.row < section.bodyStart &&
      overlaps(h.col, h.colspan, cell.col, cell.colspan),
  );
  const rowHeads = all.filter(
    (h) => h.role === "row" && h.col < cell.col && overlaps(h.row, h.rowspan, cell.row, cell.rowspan),
  );
  return [...columnHeads, ...rowHeads].map((h) => h.key);
}

/** The layout of one table of one edition: every cell placed, headed and keyed; value cells without text. */
interface Skeleton {
  readonly table: TableDescriptor;
  readonly columns: number;
  readonly labelColumns: number;
  readonly rows: readonly { readonly kind: GridRow["kind"]; readonly cells: readonly GridCell[] }[];
  readonly sections: readonly GridSection[];
  /** The unit cell printed inside each value cell that has one (2019 采购总金额). */
  readonly units: ReadonlyMap<CellEntry, CellEntry>;
}

const skeletons = new Map<string, Skeleton>();

/**
 * The layout of a table, computed once per edition and table: it depends on the descriptors alone, and
 * finding each value cell's headers is quadratic in the cells.
 */
function skeletonOf(edition: Edition, key: TableKey): Skeleton {
  const id = `${edition} ${key}`;
  const known = skeletons.get(id);
  if (known !== undefined) return known;
  const table = editions[edition].tables[key] as TableDescriptor;
  const units = new Map<CellEntry, CellEntry>();
  const input: LayoutInput = {
    table,
    records: recordsOf(table),
    valueCells(record) {
      const cells = cellsOfRecord(edition, record);
      return cells
        .filter((c) => c.field.unitOf === undefined)
        .map((c) => {
          const unitCell = cells.find((u) => u.field.unitOf === c.field.key);
          if (unitCell !== undefined) units.set(c, unitCell);
          return { field: c.field, cell: { ...cellAtSlot("value", 0, 0, 1, 1, ""), cell: c, blank: false } };
        });
    },
  };
  const out = layouts[table.layout](input);
  const keyed: GridCell[] = out.cells.map((c) => ({ ...c, key: `r${c.row}c${c.col}`, headers: [] }));
  const sectionOf = (row: number) => out.sections.find((s) => row >= s.start && row < s.end) as GridSection;
  const rows: { kind: GridRow["kind"]; cells: GridCell[] }[] = out.kinds.map((kind) => ({ kind, cells: [] }));
  for (const c of keyed) {
    const done = c.role === "value" ? { ...c, headers: headersOf(c, keyed, sectionOf(c.row)) } : c;
    rows[c.row]?.cells.push(done);
  }
  for (const r of rows) r.cells.sort((a, b) => a.col - b.col);
  const skeleton: Skeleton = {
    table,
    columns: out.columns,
    labelColumns: out.labelColumns,
    rows,
    sections: out.sections,
    units,
  };
  skeletons.set(id, skeleton);
  return skeleton;
}

/**
 * Lays out one table of a report as the official format prints it, from the table's descriptor: every
 * merged cell with its rowspan and colspan, every value formatted. The renderers serialise this grid;
 * use it directly to write another format.
 *
 * @example
 * ```ts
 * import { tableGrid } from "zfxxgk/render";
 * const grid = tableGrid(report, "applications");
 * grid.rows[5]?.cells[0]; // { role: "row", text: "三、本年度办理结果", rowspan: 22, … } (2021 edition)
 * ```
 */
export function tableGrid(report: Report, key: TableKey, options: GridOptions = {}): TableGrid {
  const edition = report.edition;
  const skeleton = skeletonOf(edition, key);
  const blank = options.blank ?? "";
  const { table, units } = skeleton;
  // every grid is fresh data: cells, header lists and sections are copied from the cached layout
  // (literal objects with the properties in the layout's order: a spread copies them several times slower)
  const fill = (c: GridCell): GridCell => {
    const { role, row, col, rowspan, colspan, key } = c;
    const entry = c.cell;
    if (role !== "value" || entry === undefined)
      return { role, row, col, rowspan, colspan, text: c.text, key, headers: [] };
    const value = readCell(report, entry.segments);
    const unitCell = units.get(entry);
    const unit = unitCell === undefined ? undefined : readCell(report, unitCell.segments);
    const text = formatCellValue(entry.field, value, { blank, unit });
    const isBlank = value === null || value === undefined;
    return { role, row, col, rowspan, colspan, text, cell: entry, blank: isBlank, key, headers: c.headers.slice() };
  };
  return {
    table,
    edition,
    caption: `${table.number} ${table.title}`,
    columns: skeleton.columns,
    labelColumns: skeleton.labelColumns,
    rows: skeleton.rows.map((r) => ({ kind: r.kind, cells: r.cells.map(fill) })),
    sections: skeleton.sections.map((s) => ({ ...s })),
  };
}

/**
 * Which cell covers each slot of a grid: `slots[row][col]`. Every slot is covered by exactly one cell.
 *
 * @example
 * ```ts
 * import { gridSlots, tableGrid } from "zfxxgk/render";
 * gridSlots(tableGrid(report, "applications"))[10]?.[0]?.text; // "三、本年度办理结果"
 * ```
 */
export function gridSlots(grid: TableGrid): readonly (readonly (GridCell | undefined)[])[] {
  const slots: (GridCell | undefined)[][] = grid.rows.map(() =>
    new Array<GridCell | undefined>(grid.columns).fill(undefined),
  );
  for (const row of grid.rows)
    for (const cell of row.cells)
      for (let r = cell.row; r < cell.row + cell.rowspan; r++)
        for (let c = cell.col; c < cell.col + cell.colspan; c++) {
          const line = slots[r];
          if (line !== undefined) line[c] = cell;
        }
  return slots;
}
