/**
 * Generates `docs/format-2021.md` and `docs/format-2019.md`: the reference of each edition — every table,
 * every cell with its path, official label, ordinal and meaning, the merged-cell layout, and every rule —
 * from the descriptors.
 */
import type { ColumnHeader, GroupNode, SumRule, TableDescriptor, TableNode } from "../../src/format.js";
import { editions, recordsOf } from "../../src/format.js";
import type { Edition } from "../../src/index.js";
import { cellsOf, tableKeys } from "../../src/index.js";

const esc = (s: string) => s.replace(/\|/g, "\\|");

const kindText = {
  count: "count 计数（非负整数）",
  signed: "signed 有符号整数",
  amount: "amount 金额（非负，可含小数）",
  unit: "unit 单位（写在金额格内）",
} as const;

/** Number of leaf records under a node. */
function leaves(node: TableNode): number {
  return node.kind === "record" ? 1 : node.children.reduce((n, c) => n + leaves(c), 0);
}

/** Depth of the label tree below (and including) a list of nodes. */
function depth(nodes: readonly TableNode[]): number {
  return Math.max(...nodes.map((n) => (n.kind === "record" ? 1 : 1 + depth(n.children))));
}

function rowTree(nodes: readonly TableNode[], levels: number, indent: string, out: string[]): void {
  for (const node of nodes) {
    const label = `${node.ordinal}${node.label}${node.kind === "record" && node.note ? node.note : ""}`;
    if (node.kind === "record") {
      const span = levels > 1 ? ` — colspan ${levels}` : "";
      out.push(`${indent}- ${label}${span} · \`${node.key}\``);
    } else {
      const g = node as GroupNode;
      const key = g.key === undefined ? "" : ` · \`${g.key}\``;
      out.push(`${indent}- ${label} — rowspan ${leaves(g)}${key}`);
      rowTree(g.children, levels - 1, `${indent}  `, out);
    }
  }
}

function headerDepth(cols: readonly ColumnHeader[]): number {
  return Math.max(...cols.map((c) => ("field" in c ? 1 : 1 + headerDepth(c.children))));
}
function headerWidth(c: ColumnHeader): number {
  return "field" in c ? 1 : c.children.reduce((n, x) => n + headerWidth(x), 0);
}

function columnTree(
  table: TableDescriptor,
  cols: readonly ColumnHeader[],
  levels: number,
  indent: string,
  out: string[],
): void {
  const fields = recordsOf(table)[0]?.node.fields ?? [];
  for (const c of cols) {
    if ("field" in c) {
      const f = fields.find((x) => x.key === c.field);
      out.push(`${indent}- ${f?.label ?? c.field}${levels > 1 ? ` — rowspan ${levels}` : ""} · \`${c.field}\``);
    } else {
      out.push(`${indent}- ${c.label} — colspan ${headerWidth(c)}`);
      columnTree(table, c.children, levels - 1, `${indent}  `, out);
    }
  }
}

function layout(table: TableDescriptor): string[] {
  const out: string[] = [];
  switch (table.layout) {
    case "rows": {
      out.push(
        `Rows: records are rows, fields are columns. The label area is ${depth(table.children)} columns wide; a group's label cell spans its rows.`,
        "",
      );
      if (table.corner)
        out.push(`Corner cell (top left, spanning the header rows and the label columns): ${table.corner}`, "");
      out.push("Column headers:", "");
      columnTree(table, table.columns ?? [], headerDepth(table.columns ?? []), "", out);
      out.push("", "Row labels:", "");
      rowTree(table.children, depth(table.children), "", out);
      break;
    }
    case "column-groups": {
      out.push(
        "Column groups: each record is a group of columns under its label; the figures form one data row.",
        "",
        "Column headers:",
        "",
      );
      const walk = (nodes: readonly TableNode[], indent: string, levels: number) => {
        for (const n of nodes) {
          if (n.kind === "record") {
            out.push(`${indent}- ${n.label} — colspan ${n.fields.length} · \`${n.key}\``);
            for (const f of n.fields)
              out.push(`${indent}  - ${f.label}${levels > 1 ? ` — rowspan ${levels}` : ""} · \`${f.key}\``);
          } else {
            out.push(
              `${indent}- ${n.label} — colspan ${n.children.reduce((s, c) => s + (c.kind === "record" ? c.fields.length : 0), 0)}`,
            );
            walk(n.children, `${indent}  `, levels - 1);
          }
        }
      };
      walk(table.children, "", depth(table.children));
      break;
    }
    case "blocks": {
      const width = Math.max(...recordsOf(table).map((r) => r.node.fields.filter((f) => f.kind !== "unit").length));
      out.push(
        `Blocks: each block is a title row spanning all ${width + 1} columns, a header row, then its rows. A block with fewer value columns than ${width} has its last value cell span the rest.`,
        "",
      );
      for (const block of table.children) {
        if (block.kind !== "group") continue;
        const fields = (block.children[0]?.kind === "record" ? block.children[0].fields : []).filter(
          (f) => f.kind !== "unit",
        );
        out.push(`- ${block.label} — colspan ${width + 1}`);
        out.push(`  - header: ${[block.header ?? "", ...fields.map((f) => f.label)].join(" | ")}`);
        for (const r of block.children) if (r.kind === "record") out.push(`  - ${r.label} · \`${r.key}\``);
      }
      break;
    }
  }
  return out;
}

function ruleLines(rule: SumRule, table: TableDescriptor): string {
  const count =
    rule.per === "field"
      ? rule.fields === "all"
        ? (recordsOf(table)[0]?.node.fields.length ?? 0)
        : rule.fields.length
      : rule.records === "all"
        ? recordsOf(table).length
        : Array.isArray(rule.records)
          ? rule.records.length
          : 0;
  return `| \`${rule.id}\` | ${rule.severity} | ${esc(rule.equation.zh)}<br>${esc(rule.equation.en)} | ${rule.official ? "printed in the table 表内注明" : "implied 推定"} | ${count} |`;
}

/**
 * The text of `docs/format-<edition>.md`.
 *
 * @example
 * ```ts
 * generateFormatDoc("2021").startsWith("# "); // true
 * ```
 */
export function generateFormatDoc(edition: Edition): string {
  const ed = editions[edition];
  const out: string[] = [
    `# 《${ed.formatTitle}》 — the ${edition} edition`,
    "",
    "<!-- Generated by scripts/generate.ts from the descriptors in src/format. Do not edit: run `npm run generate`. -->",
    "",
    `Issued by ${ed.notice}; for report years ${ed.years.from}${ed.years.to === null ? " onward" : `–${ed.years.to}`}.`,
    "",
    "## Sections, in order",
    "",
    "| # | heading | model key | kind |",
    "|---|---|---|---|",
  ];
  for (const key of ed.order) {
    const prose = ed.sections.find((s) => s.key === key);
    const table = (tableKeys as readonly string[]).includes(key)
      ? ed.tables[key as (typeof tableKeys)[number]]
      : undefined;
    if (prose) out.push(`| ${prose.ordinal} | ${prose.title} | \`sections.${prose.key}\` | prose 文字 |`);
    else if (table) out.push(`| ${table.ordinal} | ${table.title} | \`${table.key}\` | ${table.number} |`);
  }
  for (const key of tableKeys) {
    const table = ed.tables[key];
    out.push(
      "",
      `## ${table.number} ${table.ordinal}${table.title}`,
      "",
      `${table.en}. Model key: \`${table.key}\`.`,
      "",
    );
    if (table.notes.length > 0) out.push("Notes printed in the table:", "", ...table.notes.map((n) => `- ${n}`), "");
    out.push("### Layout", "", ...layout(table), "", "### Cells", "");
    out.push("| path | row 行 | column 列 | kind | unit | meaning |", "|---|---|---|---|---|---|");
    for (const cell of cellsOf(edition)) {
      if (cell.table !== table) continue;
      const row = cell.record.name.zh;
      out.push(
        `| \`${cell.path}\` | ${esc(row)} | ${esc(cell.field.label)} | ${kindText[cell.field.kind]} | ${cell.field.unit ?? ""} | ${esc(cell.record.name.en)} · ${esc(cell.field.en)} |`,
      );
    }
    out.push("", "### Accounting rules (勾稽关系)", "");
    if (table.rules.length === 0)
      out.push("No exact relation holds within this table (see the soft rules in [rules.md](rules.md)).");
    else {
      out.push("| id | severity | equation | source | instances |", "|---|---|---|---|---|");
      for (const rule of table.rules) out.push(ruleLines(rule, table));
    }
  }
  out.push("");
  return out.join("\n");
}
