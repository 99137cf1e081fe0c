/**
 * The check plan of an edition: the `rules` of its table descriptors expanded once into rule instances
 * over flat arrays of cell indexes, and the way to read a report's cells into a flat buffer. Built on
 * first use and kept; evaluating a report then needs no allocation unless something fails.
 *
 * @module
 */
import type { FieldDescriptor, RecordSelector, SumRule, TableDescriptor } from "../format/descriptor.js";
import { type Edition, editions, tableKeys } from "../format/editions.js";
import { type CellEntry, cellsOf, type RecordEntry, recordsOf } from "../format/walk.js";
import type { Message } from "../validate/issues.js";
import { quoteCell, sumOfCellNames } from "./messages.js";
import { signatures } from "./read.generated.js";
import { softRules } from "./soft-rules.js";

/**
 * One instance of a rule: the cells of its two sides, and how messages name them.
 *
 * @example
 * ```ts
 * planOf("2021").instances[0]?.rule.id; // "T2.in-force-issued" (表二's soft rules come first: tables in printed order)
 * ```
 */
export interface RuleInstance {
  readonly rule: SumRule;
  /** The rule's id and severity, copied: the hot paths read these, and rule objects differ in shape. */
  readonly id: string;
  readonly severity: SumRule["severity"];
  readonly table: TableDescriptor;
  /** Indexes into {@link EditionPlan.cells}. */
  readonly left: readonly number[];
  readonly right: readonly number[];
  /** The column or row the instance ranges over (`表三「自然人」列：`), used when the left side is not one cell. */
  readonly scope: Message;
  readonly leftText: Message;
  readonly rightText: Message;
  /** Dotted paths of the left then the right cells. */
  readonly paths: readonly string[];
  /** True when some operand is an amount (summed as exact decimals). */
  readonly exact: boolean;
  /** True for `compare: "at-least"`. */
  readonly atLeast: boolean;
}

/**
 * A record of the report as read: its path from the root, its numeric field keys and their cell indexes.
 *
 * @example
 * ```ts
 * planOf("2021").records[0]?.segments; // ["proactive", "regulations"]
 * ```
 */
export interface RecordRead {
  readonly segments: readonly string[];
  readonly keys: readonly string[];
  readonly indexes: readonly number[];
}

/**
 * A table's slice of the plan: its cells, its instances, and its unit cells (with the amount they qualify).
 *
 * @example
 * ```ts
 * planOf("2019").tables[0]?.units.length; // 1 (采购总金额单位)
 * ```
 */
export interface TableSlice {
  readonly table: TableDescriptor;
  readonly cellStart: number;
  readonly cellEnd: number;
  readonly instanceStart: number;
  readonly instanceEnd: number;
  /** `[unit cell index, amount cell index]` pairs. */
  readonly units: readonly (readonly [number, number])[];
}

/**
 * The check plan of one edition.
 *
 * @example
 * ```ts
 * planOf("2019").instances.length > 0; // true
 * ```
 */
export interface EditionPlan {
  readonly edition: Edition;
  readonly cells: readonly CellEntry[];
  /** 1 for cells holding a number (count, signed, amount), 0 for unit cells. */
  readonly numeric: Uint8Array;
  readonly records: readonly RecordRead[];
  readonly tables: readonly TableSlice[];
  readonly instances: readonly RuleInstance[];
  /** Instance i's operands are `operands[start[i] … mid[i])` (left) and `operands[mid[i] … end[i])` (right). */
  readonly start: Int32Array;
  readonly mid: Int32Array;
  readonly end: Int32Array;
  readonly operands: Int32Array;
  readonly flags: Uint8Array;
  /** Scratch buffers the cells are read into (one report at a time; blank cells hold 0). */
  readonly values: Float64Array;
  readonly blank: Uint8Array;
  /**
   * A fingerprint of the layout and the instances ({@link planSignature}). The generated straight-line
   * code is used only when it was generated from a plan with the same fingerprint; otherwise (descriptors
   * changed and `npm run generate` not run yet) the interpreter does everything, and a rule added to the
   * descriptors still works.
   */
  readonly signature: string;
  /** True when the generated straight-line code (`read.generated.ts`) was generated from this very plan. */
  readonly generated: boolean;
}

/** Bits of {@link EditionPlan.flags}. */
export const EXACT = 1;
export const AT_LEAST = 2;

/** True when `path` is `prefix` or lies under it. */
function under(path: string, prefix: string): boolean {
  return path === prefix || (path.length > prefix.length && path.startsWith(prefix) && path[prefix.length] === ".");
}

/**
 * The records a selector ranges over, in printed order.
 *
 * @example
 * ```ts
 * selectRecords(edition2021.tables.applications, { leavesOf: "results", except: ["results.total"] }).length; // 21
 * ```
 */
export function selectRecords(table: TableDescriptor, selector: RecordSelector): readonly RecordEntry[] {
  const all = recordsOf(table);
  if (selector === "all") return all;
  if ("leavesOf" in selector) {
    const except = selector.except ?? [];
    return all.filter(
      (r) => under(r.path, selector.leavesOf) && r.path !== selector.leavesOf && !except.some((e) => under(r.path, e)),
    );
  }
  const out: RecordEntry[] = [];
  for (const p of selector as readonly string[])
    for (const r of all) if (under(r.path, p) && !out.includes(r)) out.push(r);
  return out;
}

const numericField = (f: FieldDescriptor | undefined): f is FieldDescriptor => f !== undefined && f.kind !== "unit";
const fieldOf = (r: RecordEntry, key: string): FieldDescriptor | undefined => r.node.fields.find((f) => f.key === key);

/** How messages name one side of an instance. */
function sideText(cells: readonly CellEntry[], name: Message | undefined): Message {
  if (cells.length === 0) return { zh: "0", en: "0" };
  if (cells.length === 1) return quoteCell(cells[0] as CellEntry);
  return name ?? sumOfCellNames(cells);
}

/** `Table 3` from a cell's English name (`Table 3 (7) Total · Natural persons`). */
function tableEn(cell: CellEntry): string {
  const tail = ` ${cell.record.name.en} · ${cell.field.en}`;
  return cell.name.en.endsWith(tail) ? cell.name.en.slice(0, -tail.length) : cell.table.number;
}

/** `表二 行政许可` / `Table 2 Administrative licensing` from a cell's name. */
function recordScope(cell: CellEntry): Message {
  const zhTail = `·${cell.field.label}`;
  const enTail = ` · ${cell.field.en}`;
  const zh = cell.name.zh.endsWith(zhTail) ? cell.name.zh.slice(0, -zhTail.length) : cell.record.name.zh;
  const en = cell.name.en.endsWith(enTail) ? cell.name.en.slice(0, -enTail.length) : cell.record.name.en;
  return { zh: `「${zh}」：`, en: `${en}: ` };
}

function fieldScope(cell: CellEntry): Message {
  return { zh: `${cell.table.number}「${cell.field.label}」列：`, en: `${tableEn(cell)}, column ${cell.field.en}: ` };
}

function buildPlan(edition: Edition): EditionPlan {
  const cells = cellsOf(edition);
  const index = new Map<string, number>();
  for (const [i, c] of cells.entries()) index.set(c.path, i);
  const indexOf = (table: TableDescriptor, record: RecordEntry, key: string): number =>
    index.get(`${table.key}.${record.path}.${key}`) as number;

  const numeric = new Uint8Array(cells.length);
  cells.forEach((c, i) => {
    numeric[i] = c.field.kind === "unit" ? 0 : 1;
  });

  const records: RecordRead[] = [];
  const tables: TableSlice[] = [];
  const instances: RuleInstance[] = [];
  let cellCursor = 0;

  for (const key of tableKeys) {
    const table = editions[edition].tables[key];
    const cellStart = cellCursor;
    // Made with an element and emptied, so that every table's list has the same elements kind (a literal `[]`
    // left empty has another): `cellFindings` reads it for every table, and met two array shapes.
    const units: (readonly [number, number])[] = [[0, 0]];
    units.length = 0;
    for (const record of recordsOf(table)) {
      const fields = record.node.fields.filter(numericField);
      records.push({
        segments: [table.key, ...record.segments],
        keys: fields.map((f) => f.key),
        indexes: fields.map((f) => indexOf(table, record, f.key)),
      });
      for (const f of record.node.fields) {
        if (f.kind === "unit" && f.unitOf !== undefined)
          units.push([indexOf(table, record, f.key), indexOf(table, record, f.unitOf)]);
      }
      cellCursor += record.node.fields.length;
    }
    const instanceStart = instances.length;
    const rules: readonly SumRule[] = [...table.rules, ...(softRules[key] ?? [])];
    for (const rule of rules) instances.push(...expand(rule, table, cells, indexOf));
    tables.push({ table, cellStart, cellEnd: cellCursor, instanceStart, instanceEnd: instances.length, units });
  }

  const start = new Int32Array(instances.length);
  const mid = new Int32Array(instances.length);
  const end = new Int32Array(instances.length);
  const flags = new Uint8Array(instances.length);
  const operandList: number[] = [];
  instances.forEach((inst, i) => {
    start[i] = operandList.length;
    operandList.push(...inst.left);
    mid[i] = operandList.length;
    operandList.push(...inst.right);
    end[i] = operandList.length;
    flags[i] = (inst.exact ? EXACT : 0) | (inst.atLeast ? AT_LEAST : 0);
  });

  const plan: EditionPlan = {
    edition,
    cells,
    numeric,
    records,
    tables,
    instances,
    start,
    mid,
    end,
    operands: Int32Array.from(operandList),
    flags,
    signature: "",
    generated: false,
    values: new Float64Array(cells.length),
    blank: new Uint8Array(cells.length),
  };
  const signature = planSignature(plan);
  return { ...plan, signature, generated: signature === signatures[edition] };
}

/**
 * A short fingerprint (FNV-1a, hex) of what the generated code depends on: every record's path, fields and
 * cell indexes, and every instance's rule, operands and flags.
 *
 * @example
 * ```ts
 * planSignature(planOf("2021")); // e.g. "9f1c2a7e"
 * ```
 */
export function planSignature(plan: Omit<EditionPlan, "signature" | "generated">): string {
  const parts: string[] = [plan.edition, String(plan.cells.length)];
  for (const r of plan.records) parts.push(`${r.segments.join(".")}:${r.keys.join(",")}:${r.indexes.join(",")}`);
  for (const [i, inst] of plan.instances.entries()) {
    parts.push(`${inst.rule.id}:${inst.left.join(",")}=${inst.right.join(",")}:${plan.flags[i]}`);
  }
  let h = 0x811c9dc5;
  const text = parts.join("|");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** A fresh `{ zh, en }`: every message of an instance has one shape, whether a descriptor's, a cell name or a sum. */
const message = (m: Message): Message => ({ zh: m.zh, en: m.en });

/** The instances of one rule of one table, in printed order (columns left to right, rows top to bottom). */
function expand(
  rule: SumRule,
  table: TableDescriptor,
  cells: readonly CellEntry[],
  indexOf: (table: TableDescriptor, record: RecordEntry, key: string) => number,
): RuleInstance[] {
  const out: RuleInstance[] = [];
  const atLeast = rule.compare === "at-least";
  const make = (left: number[], right: number[], scope: Message): RuleInstance => {
    const leftCells = left.map((i) => cells[i] as CellEntry);
    const rightCells = right.map((i) => cells[i] as CellEntry);
    const all = [...leftCells, ...rightCells];
    return {
      rule,
      id: rule.id,
      severity: rule.severity,
      table,
      left,
      right,
      scope: message(left.length === 1 ? { zh: "", en: "" } : scope),
      leftText: message(sideText(leftCells, rule.leftName)),
      rightText: message(sideText(rightCells, rule.rightName)),
      paths: Object.freeze(all.map((c) => c.path)),
      exact: all.some((c) => c.field.kind === "amount"),
      atLeast,
    };
  };
  if (rule.per === "field") {
    const leftRecords = selectRecords(table, rule.left);
    const rightRecords = selectRecords(table, rule.right);
    const involved = [...leftRecords, ...rightRecords];
    const first = involved[0];
    if (first === undefined) return out;
    const keys = rule.fields === "all" ? first.node.fields.filter(numericField).map((f) => f.key) : rule.fields;
    for (const key of keys) {
      if (!involved.every((r) => numericField(fieldOf(r, key)))) continue;
      const left = leftRecords.map((r) => indexOf(table, r, key));
      const right = rightRecords.map((r) => indexOf(table, r, key));
      const scopeCell = cells[indexOf(table, first, key)] as CellEntry;
      out.push(make(left, right, fieldScope(scopeCell)));
    }
  } else {
    const keys = [...rule.left, ...rule.right];
    for (const record of selectRecords(table, rule.records)) {
      if (!keys.every((k) => numericField(fieldOf(record, k)))) continue;
      const left = rule.left.map((k) => indexOf(table, record, k));
      const right = rule.right.map((k) => indexOf(table, record, k));
      const scopeCell = cells[indexOf(table, record, keys[0] as string)] as CellEntry;
      out.push(make(left, right, recordScope(scopeCell)));
    }
  }
  return out;
}

const plans = new Map<Edition, EditionPlan>();

/**
 * The check plan of an edition, built on first use and kept.
 *
 * @example
 * ```ts
 * planOf("2021").cells.length; // every cell of a 2021-edition report
 * ```
 */
export function planOf(edition: Edition): EditionPlan {
  let plan = plans.get(edition);
  if (plan === undefined) {
    plan = buildPlan(edition);
    plans.set(edition, plan);
  }
  return plan;
}
