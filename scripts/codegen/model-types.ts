/**
 * Generates `src/model/report.generated.ts`: the model's interfaces with the official labels as TSDoc,
 * from the descriptors. A test proves the committed file current and equal to the mapped types.
 */
import type {
  FieldDescriptor,
  GroupNode,
  RecordNode,
  TableDescriptor,
  TableNode,
} from "../../src/format/descriptor.js";
import { type Edition, editionKeys, editions, tableKeys } from "../../src/format/editions.js";
import { type RecordEntry, recordsOf } from "../../src/format/walk.js";

const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

const kindDoc: Record<FieldDescriptor["kind"], string> = {
  count: "A count: a non-negative integer, or `null` when the cell was left blank.",
  signed: "A signed integer (a decrease is negative), or `null` when the cell was left blank.",
  amount: "An amount: a non-negative number, may be fractional, or `null` when the cell was left blank.",
  unit: "The unit written in the cell beside the amount, or `null` when none was written.",
};

function doc(lines: readonly string[], indent: string): string {
  const body = lines.flatMap((l) => (l === "" ? [`${indent} *`] : l.split("\n").map((x) => `${indent} * ${x}`)));
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

function fieldType(f: FieldDescriptor): string {
  return f.kind === "unit" ? `${(f.values ?? []).map((v) => JSON.stringify(v)).join(" | ")} | null` : "number | null";
}

/** Header chain above a column of a rows-layout table: 申请人情况 › 法人或其他组织 › 商业企业. */
function headerChain(table: TableDescriptor, field: string): string[] {
  const find = (
    nodes: readonly NonNullable<TableDescriptor["columns"]>[number][],
    trail: string[],
  ): string[] | undefined => {
    for (const n of nodes) {
      if ("field" in n) {
        if (n.field === field) return trail;
      } else {
        const r = find(n.children, [...trail, n.label]);
        if (r) return r;
      }
    }
    return undefined;
  };
  return find(table.columns ?? [], []) ?? [];
}

interface Emitted {
  name: string;
  body: string;
}

class Emitter {
  readonly out = new Map<string, Emitted>();
  constructor(private readonly names: Map<string, string>) {}

  add(name: string, body: string): void {
    const prev = this.out.get(name);
    if (prev !== undefined && prev.body !== body)
      throw new Error(
        `two different shapes are both named ${name}: name this edition's one in its descriptor's typeNames (typeNames: { "table.group": "${name}<Edition>" }), so that no existing type is renamed`,
      );
    this.out.set(name, { name, body });
  }

  recordType(table: TableDescriptor, node: RecordNode): string {
    const name = node.typeName;
    const fields = node.fields
      .map((f) => {
        const chain = table.layout === "rows" ? [...headerChain(table, f.key), f.label].join(" › ") : f.label;
        const lines = [`${chain} — ${f.en}.`, "", kindDoc[f.kind]];
        if (f.unit !== undefined) lines.push(`Unit: ${f.unit}.`);
        if (f.total === true) lines.push("The 总计 column: the sum of the other columns of its row.");
        return `${doc(lines, "  ")}  ${f.key}: ${fieldType(f)};\n`;
      })
      .join("");
    const columns = node.fields
      .filter((f) => f.kind !== "unit")
      .map((f) => f.label)
      .join("、");
    this.add(
      name,
      `${doc([`A row of ${table.number} with the columns ${columns}.`], "")}export interface ${name} {\n${fields}}\n`,
    );
    return name;
  }

  members(
    edition: Edition,
    table: TableDescriptor,
    nodes: readonly TableNode[],
    entries: readonly RecordEntry[],
  ): string {
    let s = "";
    for (const node of nodes) {
      if (node.kind === "group" && node.key === undefined) {
        s += this.members(edition, table, node.children, entries);
        continue;
      }
      if (node.kind === "record") {
        const entry = entries.find((e) => e.node === node) as RecordEntry;
        const block = entry.ancestors.find((a) => a.id !== undefined && a.inCellName === false);
        const lines = [
          `${table.number} ${block ? `${block.label} ` : ""}${entry.name.zh}${node.note ?? ""} — ${entry.name.en}.`,
        ];
        if (node.total === true) lines.push("", "The total row: the sum of every result row above it.");
        lines.push("", `Path: \`${table.key}.${entry.path}\`.`);
        s += `${doc(lines, "  ")}  ${node.key}: ${this.recordType(table, node)};\n`;
      } else {
        const path = entries.find((e) => e.ancestors.includes(node))?.segments.slice(0, -1) ?? [];
        const depth = entries
          .find((e) => e.ancestors.includes(node))
          ?.ancestors.filter((a) => a.key !== undefined)
          .indexOf(node as GroupNode);
        const keyed = path.slice(0, (depth ?? 0) + 1).join(".");
        const type = this.groupType(edition, table, node as GroupNode & { key: string }, entries, keyed);
        s += `${doc([`${table.number} ${node.ordinal}${node.label} — ${node.en}.`, "", `Path: \`${table.key}.${keyed}\`.`], "  ")}  ${node.key}: ${type};\n`;
      }
    }
    return s;
  }

  groupType(
    edition: Edition,
    table: TableDescriptor,
    node: GroupNode & { key: string },
    entries: readonly RecordEntry[],
    path: string,
  ): string {
    const name = this.names.get(`${edition}:${table.key}.${path}`) ?? pascal(node.key);
    const body = `export interface ${name} {\n${this.members(edition, table, node.children, entries)}}\n`;
    this.add(name, doc([`${table.number} ${node.ordinal}${node.label} — ${node.en}.`], "") + body);
    return name;
  }

  tableType(edition: Edition, table: TableDescriptor): string {
    const name = this.names.get(`${edition}:${table.key}`) ?? pascal(table.key);
    const entries = recordsOf(table);
    const notes = table.notes.length > 0 ? ["", `Notes printed in the table: ${table.notes.join(" ")}`] : [];
    const body = `export interface ${name} {\n${this.members(edition, table, table.children, entries)}}\n`;
    this.add(name, doc([`${table.number} ${table.ordinal}${table.title} — ${table.en}.`, ...notes], "") + body);
    return name;
  }
}

/**
 * Names of report, table and group types as the descriptors declare them (`typeNames`): `edition:key`. A type
 * no descriptor names is its key in PascalCase; two shapes under one name stop the generator.
 */
function typeNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of editionKeys)
    for (const [key, name] of Object.entries(editions[e].typeNames ?? {})) names.set(`${e}:${key}`, name);
  return names;
}

/**
 * The text of `src/model/report.generated.ts`.
 *
 * @example
 * ```ts
 * writeFileSync("src/model/report.generated.ts", generateModelTypes());
 * ```
 */
export function generateModelTypes(): string {
  const names = typeNames();
  const emitter = new Emitter(names);
  const reportName = (e: Edition) => names.get(`${e}:report`) ?? `Report${e}`;
  const reports: string[] = [];
  for (const e of editionKeys) {
    const ed = editions[e];
    const tableTypes = tableKeys.map((k) => emitter.tableType(e, ed.tables[k]));
    const tables = tableKeys
      .map((k, i) => {
        const t = ed.tables[k];
        return `${doc([`${t.ordinal}${t.title}（${t.number}） — ${t.en}.`], "  ")}  ${k}: ${tableTypes[i]};\n`;
      })
      .join("");
    reports.push(
      doc(
        [
          `A report in the ${e} edition: 《${ed.formatTitle}》, ${ed.notice}, for report years ${ed.years.from}${ed.years.to === null ? " onward" : `–${ed.years.to}`}.`,
        ],
        "",
      ) +
        `export interface ${reportName(e)} {\n` +
        doc([`格式版本 — the edition: ${ed.notice}.`], "  ") +
        `  edition: "${e}";\n` +
        doc(["发布机关 — the issuing organ, as printed (连州市人民政府办公室)."], "  ") +
        "  organ: string;\n" +
        doc(["报告年度 — the report year (the calendar year reported on)."], "  ") +
        "  year: number;\n" +
        doc(["发布日期 — the date under the signature, ISO `YYYY-MM-DD`, or `null` when none is printed."], "  ") +
        "  publishedOn: string | null;\n" +
        doc(["标题 — the title, as printed."], "  ") +
        "  title?: string;\n" +
        doc(["前言 — the paragraphs before 一、总体情况."], "  ") +
        "  preamble?: string[];\n" +
        doc(["正文 — the prose sections, paragraphs as strings."], "  ") +
        "  sections?: ReportSections;\n" +
        tables +
        "}\n",
    );
  }
  const sectionList = editionKeys.flatMap((e) => editions[e].sections);
  const sections = sectionList
    .filter((s, i) => sectionList.findIndex((x) => x.key === s.key) === i)
    .map((s) => `${doc([`${s.ordinal}${s.title} — ${s.en}.`], "  ")}  ${s.key}?: string[];\n`)
    .join("");
  const parts = [
    "// Generated by scripts/generate.ts from the descriptors in src/format. Do not edit: run `npm run generate`.\n",
    'import type { AddedReport } from "./derive.js";\n',
    `${doc(["The prose sections of a report (every edition)."], "")}export interface ReportSections {\n${sections}}\n`,
    ...[...emitter.out.values()].map((e) => e.body),
    ...reports,
    doc(["The generated report type of each edition by its key."], "") +
      `export interface ReportsByEdition {\n${editionKeys.map((e) => `  ${JSON.stringify(e)}: ${reportName(e)};\n`).join("")}}\n`,
    `${doc(
      [
        "A report in any edition, discriminated by `edition` (an edition added to `Editions` by module augmentation",
        "joins as its derived type).",
      ],
      "",
    )}export type Report = ${editionKeys.map(reportName).join(" | ")} | AddedReport;\n`,
  ];
  return parts.join("\n");
}
