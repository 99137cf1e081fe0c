/**
 * What the table reader looks for, derived from the descriptors: each record of a table with the keys
 * its label may be printed as, its value columns, and its official name. Records of the other edition
 * that nest with one of this edition's (表三 （六）其他处理: one row in 2019, three in 2021) are targets too,
 * so that a report printing the other layout is read, not misread.
 *
 * @module
 */
import type { FieldDescriptor, TableDescriptor, TableNode } from "../../format/descriptor.js";
import { type Edition, editionKeys, editions, type TableKey } from "../../format/editions.js";
import { cellAt, printedLabel, type RecordEntry, recordsOf } from "../../format/walk.js";
import type { Message } from "../../validate/issues.js";
import { labelKey } from "../document/chars.js";

/**
 * A way a row label may be printed, as compared.
 *
 * @example
 * ```ts
 * const key: LabelKey = { text: "1.属于国家秘密", min: 4, endOnly: false, alias: false };
 * ```
 */
export interface LabelKey {
  readonly text: string;
  /** The shortest prefix that identifies the row where it is found. */
  readonly min: number;
  /** A short label (规章, 其他): it counts only right before the figures. */
  readonly endOnly: boolean;
  /** True for a variant listed in the descriptor's `aliases`. */
  readonly alias: boolean;
}

/**
 * A record of the other edition, related to records of this one by its path.
 *
 * @example
 * ```ts
 * const f: Foreign = { relation: "whole", related: [20, 21, 22] }; // 2019 （六）其他处理 in a 2021 table
 * ```
 */
export interface Foreign {
  /** `part`: it is a part of this edition's record `related[0]`; `whole`: this edition's `related` records are its parts. */
  readonly relation: "part" | "whole";
  /** Orders (indexes in {@link TablePlan.targets}) of the related records of this edition. */
  readonly related: readonly number[];
}

/**
 * One row the reader looks for.
 *
 * @example
 * ```ts
 * tablePlan("2021", "applications").targets[0]?.name.zh; // "表三 一、本年新收政府信息公开申请数量"
 * ```
 */
export interface Target {
  /** Index among this edition's records (for a foreign target: of its first related record). */
  readonly order: number;
  readonly edition: Edition;
  readonly entry: RecordEntry;
  /** Path from the report root (`applications.results.granted`). */
  readonly path: string;
  readonly keys: readonly LabelKey[];
  /** The value columns, in printed order (a `unit` field is not a column). */
  readonly fields: readonly FieldDescriptor[];
  /** For an amount whose unit is written in its cell: the unit field, by the amount's key. */
  readonly units: ReadonlyMap<string, FieldDescriptor>;
  /** `表三（三）不予公开 1.属于国家秘密`. */
  readonly name: Message;
  readonly foreign?: Foreign;
  /**
   * Header rows of the table's blocks (表二's 信息内容, as compared): a label followed by one of them, before
   * the figures, ended its row with no figure — the figures belong to a row of the next block.
   */
  readonly dividers: readonly string[];
}

/**
 * Everything the reader needs about one table of one edition.
 *
 * @example
 * ```ts
 * const plan: TablePlan = tablePlan("2019", "proactive"); // plan.width === 22
 * ```
 */
export interface TablePlan {
  readonly edition: Edition;
  readonly key: TableKey;
  readonly table: TableDescriptor;
  readonly targets: readonly Target[];
  readonly foreign: readonly Target[];
  /** Figures in the whole table, in printed order. */
  readonly width: number;
}

function keysOf(node: {
  readonly ordinal: string;
  readonly label: string;
  readonly note?: string;
  readonly aliases?: readonly string[];
}): LabelKey[] {
  const out: LabelKey[] = [];
  const ordinal = labelKey(node.ordinal);
  // a note printed in the label's cell belongs to the label (（二）部分公开（区分处理的…）)
  const note = node.note === undefined ? "" : labelKey(node.note);
  const add = (label: string, alias: boolean) => {
    const body = labelKey(label) + note;
    if (body === "") return;
    if (ordinal !== "") {
      const text = ordinal + body;
      out.push({ text, min: Math.min(text.length, ordinal.length + 2), endOnly: false, alias });
    }
    out.push(
      body.length >= 4
        ? { text: body, min: 4, endOnly: false, alias }
        : { text: body, min: body.length, endOnly: true, alias },
    );
  };
  add(node.label, false);
  for (const a of node.aliases ?? []) add(a, true);
  return out;
}

function nameOf(edition: Edition, table: TableDescriptor, entry: RecordEntry): Message {
  const field = entry.node.fields[0];
  const cell = field === undefined ? undefined : cellAt(edition, `${table.key}.${entry.path}.${field.key}`);
  if (cell === undefined) return { zh: `${table.number}${entry.name.zh}`, en: entry.name.en };
  const zh = cell.name.zh.slice(0, cell.name.zh.lastIndexOf("·"));
  const en = cell.name.en.slice(0, cell.name.en.lastIndexOf(" · "));
  return { zh, en };
}

const dividerCache = new WeakMap<TableDescriptor, readonly string[]>();

/** The header rows of a table's blocks, as compared ({@link Target.dividers}): one list per table. */
function dividersOf(table: TableDescriptor): readonly string[] {
  let dividers = dividerCache.get(table);
  if (dividers === undefined) {
    const keys = new Set<string>();
    for (const e of recordsOf(table))
      for (const g of e.ancestors) {
        const key = g.header === undefined ? "" : labelKey(g.header);
        if (key !== "") keys.add(key);
      }
    dividers = [...keys];
    dividerCache.set(table, dividers);
  }
  return dividers;
}

function targetOf(
  edition: Edition,
  table: TableDescriptor,
  entry: RecordEntry,
  order: number,
  foreign?: Foreign,
): Target {
  const units = new Map<string, FieldDescriptor>();
  for (const f of entry.node.fields) if (f.kind === "unit" && f.unitOf !== undefined) units.set(f.unitOf, f);
  const t: Target = {
    order,
    edition,
    entry,
    path: `${table.key}.${entry.path}`,
    keys: keysOf(entry.node),
    fields: entry.node.fields.filter((f) => f.kind !== "unit"),
    units,
    name: nameOf(edition, table, entry),
    dividers: dividersOf(table),
  };
  return foreign === undefined ? t : { ...t, foreign };
}

const plans = new Map<string, TablePlan>();

/**
 * The plan of one table of one edition, built once.
 *
 * @example
 * ```ts
 * tablePlan("2021", "applications").targets.length; // 25
 * ```
 */
export function tablePlan(edition: Edition, key: TableKey): TablePlan {
  const id = `${edition}/${key}`;
  let plan = plans.get(id);
  if (plan !== undefined) return plan;
  const table: TableDescriptor = editions[edition].tables[key];
  const entries = recordsOf(table);
  const targets = entries.map((e, i) => targetOf(edition, table, e, i));
  const foreign: Target[] = [];
  // a row several other editions print (2021's and a later edition's （六） sub-rows) is one foreign target, the
  // newest edition's
  const seen = new Set<string>();
  for (const other of editionKeys) {
    if (other === edition) continue;
    const otherTable: TableDescriptor = editions[other].tables[key];
    for (const e of recordsOf(otherTable)) {
      if (entries.some((own) => own.path === e.path) || seen.has(e.path)) continue;
      seen.add(e.path);
      const whole = entries.findIndex((own) => e.path.startsWith(`${own.path}.`));
      if (whole >= 0) {
        foreign.push(targetOf(other, otherTable, e, whole, { relation: "part", related: [whole] }));
        continue;
      }
      const parts = entries.flatMap((own, i) => (own.path.startsWith(`${e.path}.`) ? [i] : []));
      if (parts.length > 0)
        foreign.push(targetOf(other, otherTable, e, parts[0] as number, { relation: "whole", related: parts }));
    }
  }
  plan = {
    edition,
    key,
    table,
    targets,
    foreign,
    width: targets.reduce((n, t) => n + t.fields.length, 0),
  };
  plans.set(id, plan);
  return plan;
}

/**
 * Every text printed in a table: labels, notes, headers, column labels, aliases.
 *
 * @example
 * ```ts
 * tableTexts(edition2021.tables.reviewLitigation).includes("复议后起诉"); // true
 * ```
 */
export function tableTexts(table: TableDescriptor): string[] {
  const out: string[] = [];
  if (table.corner !== undefined) out.push(table.corner);
  out.push(...table.notes);
  const columns = (list: readonly unknown[]): void => {
    for (const c of list as readonly ({ label?: string; children?: readonly unknown[] } | undefined)[]) {
      if (c?.label !== undefined) out.push(c.label);
      if (c?.children !== undefined) columns(c.children);
    }
  };
  columns(table.columns ?? []);
  const walk = (nodes: readonly TableNode[]): void => {
    for (const n of nodes) {
      out.push(printedLabel(n), ...(n.aliases ?? []));
      if (n.kind === "record") {
        if (n.note !== undefined) out.push(n.note, printedLabel(n) + n.note);
        for (const f of n.fields) out.push(f.label, ...(f.aliases ?? []));
      } else {
        if (n.header !== undefined) out.push(n.header);
        walk(n.children);
      }
    }
  };
  walk(table.children);
  return out;
}

const vocabularies = new Map<string, ReadonlySet<string>>();

/**
 * Every piece of every text a table prints in either edition (as compared), for telling a line of a
 * displaced table apart from prose.
 *
 * @example
 * ```ts
 * tableVocabulary("applications").has(labelKey("他处理")); // true: part of （六）其他处理
 * ```
 */
export function tableVocabulary(key: TableKey): ReadonlySet<string> {
  let set = vocabularies.get(key);
  if (set !== undefined) return set;
  const words = new Set<string>();
  for (const e of editionKeys) for (const t of tableTexts(editions[e].tables[key])) words.add(labelKey(t));
  const out = new Set<string>();
  for (const w of words)
    for (let i = 0; i < w.length; i++) for (let j = i + 1; j <= w.length && j - i <= 64; j++) out.add(w.slice(i, j));
  vocabularies.set(key, out);
  set = out;
  return set;
}
