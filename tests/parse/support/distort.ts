/**
 * The distortions published reports suffer, applied to rendered reports: the text renderer's box tables
 * turned into what `pdftotext` prints (reading order or `-layout`), then labels wrapped (figures on the
 * first line, the last line or a line of their own), group labels one character per line, spaces inside
 * labels, page numbers between lines, full-width digits, and the rest of a table moved after the next
 * section's prose by a page break; HTML cells split into Word's `<span>`s.
 * The tables' positions are found from the headings the descriptors give.
 */
import type { GroupNode } from "../../../src/format/descriptor.js";
import { type Edition, editions, type TableKey } from "../../../src/format/editions.js";
import { printedLabel, recordsOf } from "../../../src/format/walk.js";

/** A figure or a blank mark standing as a piece of a line. */
const valuePiece = /^(?:[-+]?[0-9０-９][0-9０-９.,]*(?:万元|元)?|—)$/;

const isWideChar = (c: string | undefined) => c !== undefined && /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]/.test(c);

/** Box-drawn text → `pdftotext` text: borders gone; cells joined by one space (reading order) or kept in place (layout). */
export function pdfify(text: string, style: "reading" | "layout"): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (/^[\s+=|-]+$/.test(line) && /[-=]/.test(line)) continue;
    const t = line.trim();
    if (t.startsWith("|") && t.endsWith("|")) {
      if (style === "layout") out.push(line.replace(/\|/g, " ").trimEnd());
      else {
        const cells = t
          .slice(1, -1)
          .split("|")
          .map((c) => c.trim())
          .filter((c) => c !== "");
        if (cells.length > 0) out.push(cells.join(" "));
      }
    } else out.push(line);
  }
  return out;
}

/** Lines of each section: index of its heading and of the next heading. */
function sections(lines: readonly string[], edition: Edition): Map<string, { heading: number; end: number }> {
  const e = editions[edition];
  const headings = e.order.map((key) => {
    const node =
      (e.sections as readonly { key: string; ordinal: string; title: string }[]).find((s) => s.key === key) ??
      e.tables[key as TableKey];
    const text = node.ordinal + node.title;
    return { key, at: lines.findIndex((l) => l.trim() === text) };
  });
  const out = new Map<string, { heading: number; end: number }>();
  headings.forEach((h, i) => {
    const next = headings.slice(i + 1).find((x) => x.at > h.at);
    if (h.at >= 0) out.set(h.key, { heading: h.at, end: next?.at ?? lines.length });
  });
  return out;
}

/** What to do, as random choices (indexes are taken modulo what there is). */
export interface Plan {
  readonly style: "reading" | "layout";
  readonly displace: { readonly table: number; readonly row: number } | null;
  readonly groups: readonly number[];
  readonly wraps: readonly { readonly line: number; readonly at: number; readonly mode: number }[];
  readonly spaces: readonly { readonly line: number; readonly at: number }[];
  readonly pages: readonly number[];
  readonly fullWidth: boolean;
}

const hasValues = (line: string) => {
  const pieces = line.trim().split(/\s+/);
  return pieces.length > 0 && valuePiece.test(pieces[pieces.length - 1] as string);
};

/** The label part of a line (before its figures) and where the figures start. */
function labelPart(line: string): { label: string; values: string; column: number } {
  const pieces = line.trimEnd().split(/(\s+)/);
  let k = pieces.length;
  while (k > 0 && (valuePiece.test(pieces[k - 1] as string) || /^\s*$/.test(pieces[k - 1] as string))) k--;
  const label = pieces.slice(0, k).join("");
  const rest = pieces.slice(k).join("");
  const lead = rest.length - rest.trimStart().length;
  // `values` keeps the spaces between the figures (their columns, in layout text)
  return { label, values: rest.trim(), column: width(label) + lead };
}

/** Display width: a wide character two columns. */
function width(text: string): number {
  let n = 0;
  for (const ch of text) n += isWideChar(ch) ? 2 : 1;
  return n;
}

/** Text padded with spaces to a display column (at least one space). */
function padTo(text: string, column: number): string {
  return text + " ".repeat(Math.max(1, column - width(text)));
}

/** Groups of a table, as printed (`（三）不予公开`), each with the printed label of its first record. */
function groupsOf(edition: Edition, key: TableKey): { label: string; first: string }[] {
  const out: { label: string; first: string }[] = [];
  for (const r of recordsOf(editions[edition].tables[key])) {
    r.ancestors.forEach((g: GroupNode) => {
      const label = printedLabel(g);
      if (!out.some((o) => o.label === label)) out.push({ label, first: printedLabel(r.node) });
    });
  }
  return out;
}

/**
 * Applies a plan to a report rendered as text (box tables), giving text as `pdftotext` might have
 * extracted it from the printed report.
 */
export function distortText(rendered: string, edition: Edition, plan: Plan): string {
  let lines = pdfify(rendered, plan.style);
  const tableKeys: TableKey[] = ["proactive", "applications", "reviewLitigation"];
  const regionOf = (key: string) => sections(lines, edition).get(key);
  const inTables = (i: number) =>
    tableKeys.some((k) => {
      const r = regionOf(k);
      return r !== undefined && i > r.heading && i < r.end;
    });

  // the rest of 表二 or 表三 moved after the first paragraph of 五、 (a page break)
  if (plan.displace !== null) {
    const key = (["proactive", "applications"] as const)[plan.displace.table % 2] as TableKey;
    const r = regionOf(key);
    const five = regionOf("problems");
    if (r !== undefined && five !== undefined) {
      const rows = lines.map((_l, i) => i).filter((i) => i > r.heading && i < r.end && hasValues(lines[i] as string));
      if (rows.length >= 2) {
        const from = rows[1 + (plan.displace.row % (rows.length - 1))] as number;
        let to = r.end;
        while (to > from && (lines[to - 1] as string).trim() === "") to--;
        const tail = lines.slice(from, to);
        const rest = [...lines.slice(0, from), ...lines.slice(to)];
        const fiveNow = sections(rest, edition).get("problems") as { heading: number; end: number };
        let at = fiveNow.heading + 1;
        while (at < fiveNow.end && (rest[at] as string).trim() === "") at++;
        if (at < fiveNow.end) at++;
        lines = [...rest.slice(0, at), ...tail, ...rest.slice(at)];
      }
    }
  }

  // group labels one character per line, before the first row of the group
  for (const [n, g] of plan.groups.entries()) {
    const key = tableKeys[n % 3] as TableKey;
    const groups = groupsOf(edition, key);
    const group = groups[g % Math.max(1, groups.length)];
    if (group === undefined) continue;
    const at = lines.findIndex((l, i) => inTables(i) && labelPart(l).label.replace(/\s+/g, "").includes(group.first));
    if (at < 0) continue;
    const indent = plan.style === "layout" ? "      " : "";
    lines = [...lines.slice(0, at), ...[...group.label].map((c) => indent + c), ...lines.slice(at)];
  }

  // labels wrapped: figures on the last line (0), on the first line (1), or on a line of their own (2)
  for (const w of plan.wraps) {
    // rows not wrapped yet: their line holds a whole row label
    const candidates = lines
      .map((_l, i) => i)
      .filter(
        (i) =>
          inTables(i) &&
          hasValues(lines[i] as string) &&
          ownLabelStart(labelPart(lines[i] as string).label, edition, true) >= 0,
      );
    if (candidates.length === 0) break;
    const i = candidates[w.line % candidates.length] as number;
    const line = lines[i] as string;
    const { label, values, column } = labelPart(line);
    const mode = w.mode % 3;
    // where a split may go: between two wide characters; with the figures on the first line, not before
    // the fourth character of the row's own label
    const own = ownLabelStart(label, edition);
    const cuts: number[] = [];
    for (let k = 1; k < label.length; k++) {
      if (!isWideChar(label[k - 1]) || !isWideChar(label[k])) continue;
      if (mode === 1 && own >= 0 && k < own) continue;
      cuts.push(k);
    }
    if (cuts.length === 0) continue;
    const k = cuts[w.at % cuts.length] as number;
    const head = label.slice(0, k);
    const tail = label.slice(k).trimStart();
    const indent = plan.style === "layout" ? (/^\s*/.exec(label)?.[0] ?? "") : "";
    if (mode === 2 && /^[-—][0-9０-９]+[-—]$/.test(values.replace(/\s+/g, ""))) continue;
    // in layout text the figures keep their columns wherever the label wraps
    const put = (text: string) => (plan.style === "layout" ? padTo(text, column) : `${text} `) + values;
    const replacement =
      mode === 0
        ? [head, put(`${indent}${tail}`)]
        : mode === 1
          ? [put(head), `${indent}${tail}`]
          : [head, `${indent}${tail}`, plan.style === "layout" ? put("") : values];
    lines = [...lines.slice(0, i), ...replacement, ...lines.slice(i + 1)];
  }

  // spaces inside labels (商 业 企 业)
  for (const s of plan.spaces) {
    const candidates = lines
      .map((_l, i) => i)
      .filter((i) => inTables(i) && /[\u4e00-\u9fff]{2}/.test(lines[i] as string));
    if (candidates.length === 0) break;
    const i = candidates[s.line % candidates.length] as number;
    const line = lines[i] as string;
    // in the labels only: a figure's unit (1864.5万元) stays whole
    const { label } = labelPart(line);
    const cuts: number[] = [];
    for (let k = 1; k < label.length; k++)
      if (/[\u4e00-\u9fff]/.test(label[k - 1] as string) && /[\u4e00-\u9fff]/.test(label[k] as string)) cuts.push(k);
    if (cuts.length === 0) continue;
    const k = cuts[s.at % cuts.length] as number;
    lines[i] = `${line.slice(0, k)} ${line.slice(k)}`;
  }

  // page numbers between lines
  for (const [n, p] of plan.pages.entries()) {
    const at = p % (lines.length + 1);
    const page = [`- ${n + 2} -`, `-${n + 2}-`, `第 ${n + 2} 页`][p % 3] as string;
    lines = [
      ...lines.slice(0, at),
      plan.style === "layout" ? `                                  ${page}` : page,
      ...lines.slice(at),
    ];
  }

  let out = lines.join("\n");
  if (plan.fullWidth) out = out.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return out;
}

/**
 * Where the row's own label (its ordinal and four characters) ends in a label part, or -1; `whole`: only
 * where the whole printed label is there.
 */
function ownLabelStart(label: string, edition: Edition, whole = false): number {
  let best = -1;
  for (const key of ["proactive", "applications", "reviewLitigation"] as const) {
    for (const r of recordsOf(editions[edition].tables[key])) {
      const printed = printedLabel(r.node);
      const at = label.lastIndexOf(whole ? printed : printed.slice(0, r.node.ordinal.length + 2));
      if (at >= 0) best = Math.max(best, at + r.node.ordinal.length + Math.min(4, r.node.label.length));
    }
  }
  return best;
}

/** Word's HTML: every cell's text split into one `<span>` per character, `<o:p>`, `&nbsp;` padding, `<p class=MsoNormal>`. */
export function wordify(html: string): string {
  return html.replace(/(<t[dh]\b[^>]*>)([^<]*)(<\/t[dh]>)/g, (_, open: string, text: string, close: string) => {
    const chars = text.match(/&[#\w]+;|[\s\S]/g) ?? [];
    const spans = chars.map((c) => `<span lang=EN-US style='font-size:10.5pt'>${c}</span>`).join("");
    return `${open}<p class=MsoNormal align=center><span>&nbsp;</span>${spans}<span lang=EN-US><o:p>&nbsp;</o:p></span></p>${close}`;
  });
}
