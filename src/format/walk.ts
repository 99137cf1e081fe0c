/**
 * Derived views of the descriptors, computed once: every record with its path and ancestors, every cell
 * with its path and official name. Validators, checks, schemas, renderers and parsers read these.
 *
 * @module
 */
import type { FieldDescriptor, GroupNode, RecordNode, TableDescriptor, TableNode } from "./descriptor.js";
import { type Edition, editions, type TableKey, tableKeys } from "./editions.js";

/**
 * A record of a table with where it sits.
 *
 * @example
 * ```ts
 * import { recordsOf, edition2021 } from "zfxxgk/format";
 * recordsOf(edition2021.tables.applications)[2]?.path; // "results.granted"
 * ```
 */
export interface RecordEntry {
  /** Dotted path relative to the table (`results.notDisclosed.stateSecret`). */
  readonly path: string;
  /** The same, split. */
  readonly segments: readonly string[];
  readonly node: RecordNode;
  /** Enclosing groups, outermost first (layout-only groups included). */
  readonly ancestors: readonly GroupNode[];
  /** The record's name in messages, without the table number: `（三）不予公开 1.属于国家秘密`. */
  readonly name: { readonly zh: string; readonly en: string };
}

/**
 * A cell of a report with its path and official name.
 *
 * @example
 * ```ts
 * import { cellsOf } from "zfxxgk";
 * cellsOf("2021").find((c) => c.path === "applications.results.total.naturalPerson")?.name.zh; // "表三（七）总计·自然人"
 * ```
 */
export interface CellEntry {
  /** Dotted path from the report root. */
  readonly path: string;
  readonly segments: readonly string[];
  readonly table: TableDescriptor;
  readonly record: RecordEntry;
  readonly field: FieldDescriptor;
  /** `表三（七）总计·自然人`; English `Table 3 (7) Total · Natural persons`. */
  readonly name: { readonly zh: string; readonly en: string };
}

const tableNumberEn: Record<string, string> = { 表二: "Table 2", 表三: "Table 3", 表四: "Table 4" };

/** Joins name parts: no space before a part that opens with a full-width bracket. */
function joinZh(parts: readonly string[]): string {
  let out = "";
  for (const p of parts) {
    if (p === "") continue;
    out += out === "" || p.startsWith("（") ? p : ` ${p}`;
  }
  return out;
}

/** `（三）不予公开`: a node's ordinal and label as printed (without the note). */
export function printedLabel(node: { readonly ordinal: string; readonly label: string }): string {
  return node.ordinal + node.label;
}

/** A node's English name with its ordinal in ASCII form: `(3) Not disclosed`. */
function englishLabel(node: { readonly ordinal: string; readonly en: string }): string {
  const o = ordinalToAscii(node.ordinal);
  return o === "" ? node.en : `${o} ${node.en}`;
}

const cjkDigits = "〇一二三四五六七八九";

/** `（三）` → `(3)`, `三、` → `3.`, `1.` → `1.`; the ordinals of the format are all below 30. */
function ordinalToAscii(ordinal: string): string {
  const m = /^（?([一二三四五六七八九十]+|\d+)([）、.])?$/.exec(ordinal);
  if (m === null || m[1] === undefined) return ordinal;
  const body = m[1];
  let n = Number(body);
  if (Number.isNaN(n)) {
    n = 0;
    for (const ch of body) {
      if (ch === "十") n = (n === 0 ? 1 : n) * 10;
      else n = n - (n % 10) + cjkDigits.indexOf(ch);
    }
  }
  return ordinal.startsWith("（") ? `(${n})` : `${n}.`;
}

function collectRecords(
  nodes: readonly TableNode[],
  prefix: readonly string[],
  ancestors: readonly GroupNode[],
  out: RecordEntry[],
): void {
  for (const node of nodes) {
    if (node.kind === "record") {
      const segments = [...prefix, node.key];
      const named = ancestors.filter((g) => g.inCellName !== false);
      const zh = joinZh([...named.map(printedLabel), printedLabel(node)]);
      const en = [...named.map(englishLabel), englishLabel(node)].join(" / ");
      out.push({ path: segments.join("."), segments, node, ancestors, name: { zh, en } });
    } else {
      collectRecords(node.children, node.key === undefined ? prefix : [...prefix, node.key], [...ancestors, node], out);
    }
  }
}

const recordCache = new WeakMap<TableDescriptor, readonly RecordEntry[]>();

/**
 * Every record of a table in printed order (depth first), computed once per table.
 *
 * @example
 * ```ts
 * import { recordsOf, edition2019 } from "zfxxgk/format";
 * recordsOf(edition2019.tables.applications).length; // 23
 * ```
 */
export function recordsOf(table: TableDescriptor): readonly RecordEntry[] {
  let list = recordCache.get(table);
  if (list === undefined) {
    const out: RecordEntry[] = [];
    collectRecords(table.children, [], [], out);
    list = Object.freeze(out);
    recordCache.set(table, list);
  }
  return list;
}

/** The cells of a table: each record's fields in printed order (a `unit` field after its amount). */
function cellsOfTable(table: TableDescriptor): CellEntry[] {
  const out: CellEntry[] = [];
  for (const record of recordsOf(table)) {
    for (const field of record.node.fields) {
      const segments = [table.key, ...record.segments, field.key];
      out.push({
        path: segments.join("."),
        segments,
        table,
        record,
        field,
        name: {
          zh: `${joinZh([table.number, record.name.zh])}·${field.label}`,
          en: `${tableNumberEn[table.number] ?? table.number} ${record.name.en} · ${field.en}`,
        },
      });
    }
  }
  return out;
}

const cellCache = new Map<Edition, readonly CellEntry[]>();

/**
 * Every cell of a report of the given edition, in printed order (表二, 表三, 表四).
 *
 * @example
 * ```ts
 * import { cellsOf } from "zfxxgk";
 * cellsOf("2019")[0]?.path; // "proactive.regulations.newlyMade"
 * ```
 */
export function cellsOf(edition: Edition): readonly CellEntry[] {
  let list = cellCache.get(edition);
  if (list === undefined) {
    const tables = editions[edition].tables;
    list = Object.freeze(tableKeys.flatMap((k: TableKey) => cellsOfTable(tables[k])));
    cellCache.set(edition, list);
  }
  return list;
}

/**
 * The cell at a dotted path, or `undefined`.
 *
 * @example
 * ```ts
 * import { cellAt } from "zfxxgk/format";
 * cellAt("2021", "reviewLitigation.review.total")?.name.zh; // "表四 行政复议·总计"
 * ```
 */
export function cellAt(edition: Edition, path: string): CellEntry | undefined {
  let index = cellIndex.get(edition);
  if (index === undefined) {
    index = new Map(cellsOf(edition).map((c) => [c.path, c]));
    cellIndex.set(edition, index);
  }
  return index.get(path);
}

const cellIndex = new Map<Edition, Map<string, CellEntry>>();
