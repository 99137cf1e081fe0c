/**
 * Reads HTML the way a browser does (parse5) and expands each table's rowspans and colspans into a
 * grid of slots (the HTML table model), independently of the renderer's own grid.
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from "parse5";

export type Element = T.Element;

/** Every element under a node, in document order. */
export function elements(node: T.ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (n: T.ParentNode) => {
    for (const child of n.childNodes) {
      if ("tagName" in child) {
        out.push(child);
        walk(child.tagName === "template" ? (child as T.Template).content : child);
      }
    }
  };
  walk(node);
  return out;
}

/** The text of a node, as `textContent`. */
export function textOf(node: T.Node): string {
  if (node.nodeName === "#text") return (node as T.TextNode).value;
  if ("childNodes" in node) return (node as T.ParentNode).childNodes.map(textOf).join("");
  return "";
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Parses a whole page or a fragment. */
export function parseHtml(html: string): T.ParentNode {
  return html.trimStart().startsWith("<!DOCTYPE") ? parse(html) : parseFragment(html);
}

/** A cell of an expanded table. */
export interface Slot {
  readonly el: Element;
  readonly header: boolean;
  readonly text: string;
  /** Top-left slot of the cell. */
  readonly row: number;
  readonly col: number;
}

/** A table expanded into slots, with the rows that are header rows. */
export interface ExpandedTable {
  readonly el: Element;
  readonly slots: (Slot | undefined)[][];
  /** A row is a header row if it is in `<thead>` or every cell that starts in it is a `<th>`. */
  readonly headerRow: boolean[];
}

/** Expands a `<table>` by the HTML table model: each cell takes the first free slot of its row. */
export function expandTable(table: Element): ExpandedTable {
  const rows: { tr: Element; inHead: boolean }[] = [];
  for (const child of table.childNodes) {
    if (!("tagName" in child)) continue;
    if (child.tagName === "tr") rows.push({ tr: child, inHead: false });
    if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot")
      for (const tr of child.childNodes)
        if ("tagName" in tr && tr.tagName === "tr") rows.push({ tr, inHead: child.tagName === "thead" });
  }
  const slots: (Slot | undefined)[][] = rows.map(() => []);
  const headerRow: boolean[] = [];
  rows.forEach(({ tr, inHead }, r) => {
    let col = 0;
    let allTh = true;
    for (const cell of tr.childNodes) {
      if (!("tagName" in cell) || (cell.tagName !== "td" && cell.tagName !== "th")) continue;
      allTh &&= cell.tagName === "th";
      while (slots[r]?.[col] !== undefined) col++;
      const rowspan = Number(attr(cell, "rowspan") ?? "1");
      const colspan = Number(attr(cell, "colspan") ?? "1");
      const slot: Slot = { el: cell, header: cell.tagName === "th", text: textOf(cell), row: r, col };
      for (let dr = 0; dr < rowspan; dr++) {
        const line = slots[r + dr] ?? [];
        slots[r + dr] = line;
        for (let dc = 0; dc < colspan; dc++) line[col + dc] = slot;
      }
      col += colspan;
    }
    headerRow.push(inHead || allTh);
  });
  return { el: table, slots, headerRow };
}

/** A body cell of an expanded table with the labels it sits under and beside. */
export interface LabelledCell {
  readonly slot: Slot;
  /** Texts of the header cells above it, in the header rows that head its band, outermost first. */
  readonly columnLabels: readonly string[];
  /** Texts of the header cells left of it in its row, outermost first. */
  readonly rowLabels: readonly string[];
}

/** Every `<td>` of the body rows with its column and row labels, read off the slots alone. */
export function labelledCells(table: ExpandedTable): LabelledCell[] {
  const out: LabelledCell[] = [];
  const { slots, headerRow } = table;
  slots.forEach((line, r) => {
    if (headerRow[r]) return;
    // the run of header rows that heads this row's band: the nearest header rows above it
    let top = r;
    while (top > 0 && !headerRow[top - 1]) top--;
    let first = top;
    while (first > 0 && headerRow[first - 1]) first--;
    const seen = new Set<Slot>();
    line.forEach((slot, c) => {
      if (slot === undefined || slot.header || seen.has(slot) || slot.row !== r || slot.col !== c) return;
      seen.add(slot);
      const above = new Set<Slot>();
      for (let h = first; h < top; h++) {
        const head = slots[h]?.[c];
        if (head?.header) above.add(head);
      }
      const left = new Set<Slot>();
      for (let k = 0; k < c; k++) {
        const head = line[k];
        if (head?.header) left.add(head);
      }
      const columnLabels = [...above].map((h) => h.text);
      const rowLabels = [...left].map((h) => h.text);
      out.push({ slot, columnLabels, rowLabels });
    });
  });
  return out;
}
