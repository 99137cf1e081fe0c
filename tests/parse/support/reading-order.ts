/**
 * A model of what plain `pdftotext` (reading order, no `-layout`) prints for 表三 of a report made in Word
 * and saved as PDF, as seen on huaian-2024.raw.txt: every label on a line of its own and every figure on a
 * line of its own (blank lines between), group labels one character per line, and the labels of some rows —
 * those in merged or wrapped cells — printed apart from their figures: further down, before a later row's
 * label, or after the table's last figures. Their figures then follow the row above's without a label.
 *
 * It is a model, not `pdftotext`: the committed texts under tests/fixtures/plain/ are the real thing (made by
 * scripts/plain-samples.ts); this one lets a property run over any report without the tools.
 */
import type { Edition } from "../../../src/format/editions.js";
import { editions } from "../../../src/format/editions.js";
import { pdfify } from "./distort.js";

/** A figure or a blank mark standing as a piece of a line. */
const valuePiece = /^(?:[-+]?[0-9][0-9.,]*(?:万元|元)?|—)$/;

/** Which rows' labels are printed apart, and where (indexes are taken modulo what there is). */
export interface ApartPlan {
  /** Runs of rows: the first row (never the table's first), how many (1–3), and where their labels go. */
  readonly runs: readonly { readonly row: number; readonly length: number; readonly to: number }[];
  /** Group labels (三、本年度办理结果) one character per line. */
  readonly groups: boolean;
  /**
   * 表四 as column blocks: its figures cut into runs (at these places, taken modulo 15), the runs printed in
   * an order of their own (a rotation, then pairs swapped), header words between them (indexes into the
   * header's words). Absent: 表四 as the renderer prints it.
   */
  readonly blocks?: {
    readonly cuts: readonly number[];
    readonly rotate: number;
    readonly swaps: readonly number[];
    readonly words: readonly number[];
  };
}

/** Words of 表四's header as plain pdftotext breaks them. */
const headerWords = [
  "行政复议",
  "行政诉讼",
  "未经复议直接起诉",
  "复议后起诉",
  "结果",
  "维持",
  "纠正",
  "其他",
  "结果",
  "尚未",
  "审结",
  "总计",
  "尚未审",
  "结",
];

/** 表四's lines (after its heading) as column blocks: see {@link ApartPlan.blocks}. */
function reviewBlocks(lines: readonly string[], blocks: NonNullable<ApartPlan["blocks"]>): string[] {
  const at = lines.findIndex(
    (l) =>
      /^\S+(?:\s+\S+){14}$/.test(l.trim()) &&
      l
        .trim()
        .split(/\s+/)
        .every((p) => valuePiece.test(p)),
  );
  if (at < 0) return [...lines];
  const figures = (lines[at] as string).trim().split(/\s+/);
  const cuts = [...new Set(blocks.cuts.map((c) => 1 + (c % 14)))].sort((a, b) => a - b);
  const runs: string[][] = [];
  let from = 0;
  for (const c of [...cuts, 15]) {
    runs.push(figures.slice(from, c));
    from = c;
  }
  const r = blocks.rotate % runs.length;
  const order = [...runs.slice(r), ...runs.slice(0, r)];
  for (const s of blocks.swaps) {
    const i = s % order.length;
    const j = (i + 1) % order.length;
    [order[i], order[j]] = [order[j] as string[], order[i] as string[]];
  }
  const out: string[] = [];
  order.forEach((run, k) => {
    const w = blocks.words[k];
    if (w !== undefined) out.push(headerWords[w % headerWords.length] as string);
    for (const f of run) out.push("", f);
    out.push("");
  });
  return [...lines.slice(0, at), ...out, ...lines.slice(at + 1)];
}

/**
 * 表三 of a report rendered as text (`renderReport(report, { format: "text" })`), printed as plain
 * `pdftotext` might print it; the rest of the text as {@link pdfify} gives it in reading order.
 */
export function readingOrder(rendered: string, edition: Edition, plan: ApartPlan): string {
  const lines = pdfify(rendered, "reading");
  const table = editions[edition].tables.applications;
  const heading = lines.findIndex((l) => l.trim() === table.ordinal + table.title);
  const next = editions[edition].tables.reviewLitigation;
  const end = lines.findIndex((l) => l.trim() === next.ordinal + next.title);
  if (heading < 0 || end < heading) return lines.join("\n");
  const rows: { label: string[]; figures: string[] }[] = [];
  const head: string[] = [];
  for (const line of lines.slice(heading + 1, end)) {
    const pieces = line.trim().split(/\s+/);
    let k = pieces.length;
    while (k > 0 && valuePiece.test(pieces[k - 1] as string)) k--;
    if (k === pieces.length || k === 0) {
      if (rows.length === 0) head.push(line);
      continue;
    }
    const label = pieces.slice(0, k);
    // group labels (all pieces but the row's own) one character per line
    const printed = plan.groups
      ? [...label.slice(0, -1).flatMap((g) => [...g]), label[label.length - 1] as string]
      : label;
    rows.push({ label: printed, figures: pieces.slice(k) });
  }
  const apart = new Map<number, number>();
  for (const run of plan.runs) {
    if (rows.length < 2) break;
    const first = 1 + (run.row % (rows.length - 1));
    for (let r = first; r < Math.min(rows.length, first + 1 + (run.length % 3)); r++) apart.set(r, run.to);
  }
  // where each apart label goes: before the label of the n-th labelled row after it, or (0, none) at the end
  const before = new Map<number, string[]>();
  const atEnd: string[] = [];
  for (const [r, to] of apart) {
    const labelled = rows.map((_, i) => i).filter((i) => i > r && !apart.has(i));
    const target = to === 0 || labelled.length === 0 ? undefined : labelled[(to - 1) % labelled.length];
    const list = target === undefined ? atEnd : (before.get(target) ?? []);
    list.push(...(rows[r]?.label ?? []));
    if (target !== undefined) before.set(target, list);
  }
  const out: string[] = [...lines.slice(0, heading + 1), ...head];
  rows.forEach((row, i) => {
    out.push(...(before.get(i) ?? []));
    if (!apart.has(i)) out.push(...row.label);
    for (const f of row.figures) out.push("", f);
    out.push("");
  });
  out.push(...atEnd, "");
  const rest = lines.slice(end);
  out.push(...(plan.blocks === undefined ? rest : reviewBlocks(rest, plan.blocks)));
  return out.join("\n");
}

/**
 * 表三 of a report rendered as Markdown (`renderReport(report, { format: "markdown" })`) as PDF-to-Markdown
 * converters give it when they lose merged label cells: the rows of the plan's runs keep their figures but
 * lose their label cell (left empty, or gone with its pipe), and their labels come as paragraphs — before a
 * later row, or after the table (as shanghai-kewei-2024.md shows).
 */
export function markdownApart(rendered: string, edition: Edition, plan: ApartPlan, dropCell: boolean): string {
  const lines = rendered.split("\n");
  const table = editions[edition].tables.applications;
  const heading = lines.findIndex((l) => l.trim() === `## ${table.ordinal}${table.title}`);
  if (heading < 0) return rendered;
  let end = heading + 1;
  while (end < lines.length && !lines[end]?.startsWith("## ")) end++;
  // the table's rows of figures (not its header, not the delimiter row)
  const rowAt: number[] = [];
  for (let i = heading + 1; i < end; i++) {
    const l = lines[i] as string;
    if (l.startsWith("| ") && /\|\s*[-—0-9.,]+\s*\|\s*$/.test(l)) rowAt.push(i);
  }
  rowAt.shift(); // the header row ends in a column label, not a figure; the delimiter row ends in ---:
  if (rowAt.length < 2) return rendered;
  const apart = new Map<number, number>();
  for (const run of plan.runs) {
    const first = 1 + (run.row % (rowAt.length - 1));
    for (let r = first; r < Math.min(rowAt.length, first + 1 + (run.length % 3)); r++) apart.set(r, run.to);
  }
  const before = new Map<number, string[]>();
  const atEnd: string[] = [];
  const out = [...lines];
  for (const [r, to] of apart) {
    const i = rowAt[r] as number;
    const cells = (lines[i] as string).slice(1, -1).split("|");
    const label = (cells[0] as string).trim().split(" · ");
    out[i] = dropCell ? `|${cells.slice(1).join("|")}|` : `| |${cells.slice(1).join("|")}|`;
    const labelled = rowAt.map((_, k) => k).filter((k) => k > r && !apart.has(k));
    const target = to === 0 || labelled.length === 0 ? undefined : labelled[(to - 1) % labelled.length];
    const list = target === undefined ? atEnd : (before.get(target) ?? []);
    list.push(...label.map((l) => `${l}\n`));
    if (target !== undefined) before.set(target, list);
  }
  const result: string[] = [];
  out.forEach((l, i) => {
    const k = rowAt.indexOf(i);
    if (k >= 0 && before.has(k)) result.push("", ...(before.get(k) as string[]));
    result.push(l);
    if (i === end - 1 && atEnd.length > 0) result.push("", ...atEnd);
  });
  return result.join("\n");
}
