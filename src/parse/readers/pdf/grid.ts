/**
 * Tables from their ruling lines: rulings that meet form a table; its distinct horizontal and vertical
 * lines cut it into a grid, and grid cells with no ruling between them are one merged cell (a row label over
 * several rows, a header over several columns). Each piece of text goes to the cell its centre stands in, and
 * each band of the grid becomes a row of the cells that begin in it — as an HTML `<tr>` holds the cells that
 * begin in its row — so that a blank cell is an empty cell in its column, not a gap to be guessed from.
 *
 * @module
 */
import { isWide } from "../../document/chars.js";
import type { PlacedText } from "./extract.js";
import { groupLines } from "./lines.js";
import type { Ruling } from "./rulings.js";

/** Rulings within this distance (points) of each other are one line; ends within it meet. */
const near = 1.5;

/**
 * A table of a page: its rows (band by band: the texts of the cells that begin in the band, left to right),
 * and for each row the pieces of text in it.
 *
 * @example
 * ```ts
 * const table: GridTable = { rows: [{ cells: ["规章", "1", "0", "11"], items: [] }], items: new Set() };
 * ```
 */
export interface GridTable {
  readonly rows: readonly { readonly cells: readonly string[]; readonly items: readonly PlacedText[] }[];
  /** Every piece of text inside the table. */
  readonly items: ReadonlySet<PlacedText>;
}

/** Rulings along one axis merged: one per line position and stretch (overlapping or touching pieces joined). */
function merge(rules: readonly Ruling[]): Ruling[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Ruling[] = [];
  const open: { horizontal: boolean; at: number; from: number; to: number }[] = [];
  for (const r of sorted) {
    const same = open.find((o) => Math.abs(o.at - r.at) <= near && r.from <= o.to + near && r.to >= o.from - near);
    if (same !== undefined) {
      same.from = Math.min(same.from, r.from);
      same.to = Math.max(same.to, r.to);
    } else open.push({ ...r });
  }
  for (const o of open) out.push(o);
  return out;
}

/** Distinct positions (within `near`), ascending. */
function positions(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - (out[out.length - 1] as number) > near) out.push(v);
  return out;
}

/** The index of the interval of `cuts` holding `v`, or -1. */
function band(cuts: readonly number[], v: number): number {
  for (let i = 0; i + 1 < cuts.length; i++) if (v >= (cuts[i] as number) && v < (cuts[i + 1] as number)) return i;
  return -1;
}

/** True when a ruling of the list at `at` covers `point` along its length. */
function covered(rules: readonly Ruling[], at: number, point: number): boolean {
  return rules.some((r) => Math.abs(r.at - at) <= near && point >= r.from - near && point <= r.to + near);
}

/** The text of a cell: its lines top to bottom, joined as wrapped text (no space, but between two ASCII words). */
function cellText(items: readonly PlacedText[]): string {
  // pieces joined once, the last character written kept aside: reading the end of a string grown with `+=`
  // flattens it, quadratic on a cell of many pieces (issue 18)
  const out: string[] = [];
  let last = Number.NaN;
  for (const line of groupLines(items)) {
    const text: string[] = [];
    let end = Number.NaN;
    let right = Number.NEGATIVE_INFINITY;
    for (const item of line.items) {
      if (!Number.isNaN(end) && item.x - right >= 0.2 * item.size && !(isWide(end) && isWide(item.text.charCodeAt(0))))
        text.push(" ");
      text.push(item.text);
      if (item.text !== "") end = item.text.charCodeAt(item.text.length - 1);
      right = Math.max(right, item.x + item.width);
    }
    const joined = text.join("");
    const first = joined.charCodeAt(0);
    if (
      !Number.isNaN(last) &&
      /[A-Za-z]/.test(String.fromCharCode(last)) &&
      /[A-Za-z]/.test(String.fromCharCode(first))
    )
      out.push(" ");
    out.push(joined);
    if (joined !== "") last = joined.charCodeAt(joined.length - 1);
  }
  return out.join("").trim();
}

/**
 * The page's tables, from its rulings and its pieces of text. A table of one row is one (the row a page break
 * cut off from its table); one of a single column is none (a framed paragraph).
 *
 * @example
 * ```ts
 * const tables = gridTables(rulingsOf(list, view, pdfjs), page.items);
 * ```
 */
export function gridTables(rulings: readonly Ruling[], items: readonly PlacedText[]): GridTable[] {
  const hs = merge(rulings.filter((r) => r.horizontal));
  const vs = merge(rulings.filter((r) => !r.horizontal));
  // tables: rulings that meet, joined
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (const [i, h] of hs.entries())
    for (const [j, v] of vs.entries())
      if (v.at >= h.from - near && v.at <= h.to + near && h.at >= v.from - near && h.at <= v.to + near)
        parent[find(i)] = find(hs.length + j);
  const groups = new Map<number, { hs: Ruling[]; vs: Ruling[] }>();
  all.forEach((r, i) => {
    const g = groups.get(find(i)) ?? { hs: [], vs: [] };
    (r.horizontal ? g.hs : g.vs).push(r);
    groups.set(find(i), g);
  });
  const tables: GridTable[] = [];
  for (const g of groups.values()) {
    const ys = positions(g.hs.map((r) => r.at));
    const xs = positions(g.vs.map((r) => r.at));
    if (ys.length < 2 || xs.length < 3) continue;
    const rowsN = ys.length - 1;
    const colsN = xs.length - 1;
    // grid cells joined where no ruling parts them
    const cell = (r: number, c: number) => r * colsN + c;
    const root = Array.from({ length: rowsN * colsN }, (_, i) => i);
    const top = (i: number): number => {
      while (root[i] !== i) i = root[i] = root[root[i] as number] as number;
      return i;
    };
    for (let r = 0; r < rowsN; r++)
      for (let c = 0; c < colsN; c++) {
        const midY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
        const midX = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
        if (c + 1 < colsN && !covered(g.vs, xs[c + 1] as number, midY)) root[top(cell(r, c + 1))] = top(cell(r, c));
        if (r + 1 < rowsN && !covered(g.hs, ys[r + 1] as number, midX)) root[top(cell(r + 1, c))] = top(cell(r, c));
      }
    // each merged cell: where it begins (its first band, then its first column) and its text
    const begins = new Map<number, { r: number; c: number; items: PlacedText[] }>();
    for (let r = 0; r < rowsN; r++)
      for (let c = 0; c < colsN; c++) {
        const t = top(cell(r, c));
        if (!begins.has(t)) begins.set(t, { r, c, items: [] });
      }
    const inside = new Set<PlacedText>();
    for (const item of items) {
      const r = band(ys, item.y - item.size * 0.35);
      const c = band(xs, item.x + item.width / 2);
      if (r < 0 || c < 0) continue;
      begins.get(top(cell(r, c)))?.items.push(item);
      inside.add(item);
    }
    const rows: { cells: string[]; items: PlacedText[] }[] = [];
    for (let r = 0; r < rowsN; r++) {
      const starting = [...begins.values()].filter((b) => b.r === r).sort((a, b) => a.c - b.c);
      rows.push({ cells: starting.map((b) => cellText(b.items)), items: starting.flatMap((b) => b.items) });
    }
    tables.push({ rows, items: inside });
  }
  return tables;
}
