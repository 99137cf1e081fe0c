/**
 * Table cells and rows read as soon as the HTML parser closes them, so that a page's tree never holds more than
 * the row being read: a closed cell becomes its text and the line of its first text, a closed row the list of its
 * cells' texts, and their children are let go (a 10 MB table of one-figure rows held 80 bytes a byte of input as a
 * tree; issue 18). Only what reads the same either way is compacted — a cell of text and inline elements; a row of
 * such cells — so the reader (html.ts) gets the same lines from a compacted row as from its tree, whether its table
 * is read as data or as page layout (as blocks: one paragraph a cell). A cell or row holding a table, a block or a
 * line break is left as a tree.
 *
 * @module
 */
import { collapseSpace } from "../document/space.js";
import { blocks, marks, skipped } from "./html-elements.js";
import { type BuiltNode, type HtmlNode, lineOf } from "./html-tree.js";

/** A node the compaction may rewrite in place (it is only ever given nodes of a tree being built). */
type Compactable = {
  -readonly [K in keyof BuiltNode]: BuiltNode[K];
} & { -readonly [K in "text" | "textLine" | "cells" | "cellLines"]?: HtmlNode[K] };

/** The children of a compacted node: none, one shared list never grown. */
const none: BuiltNode[] = Object.freeze([]) as unknown as BuiltNode[];

function isCell(node: HtmlNode): boolean {
  return node.name === "td" || node.name === "th";
}

/**
 * The text of a cell of text and inline elements and the line of its first text that is not white space, read as
 * the reader reads a cell; `undefined` when it holds a table, a block or a line break.
 */
function readCell(cell: HtmlNode): { text: string; line: number | undefined } | undefined {
  const raw: string[] = [];
  let line: number | undefined;
  const stack: (HtmlNode | " ")[] = [cell];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode | " ";
    if (node === " ") {
      raw.push(" ");
      continue;
    }
    if (node.name === "#text") {
      if (line === undefined && /\S/.test(node.value)) line = lineOf(node);
      raw.push(node.value);
      continue;
    }
    if (node.name === "#other") continue;
    if (node !== cell) {
      if (skipped.has(node.name)) continue;
      if (node.text !== undefined || node.cells !== undefined) return undefined;
      if (node.name === "br" || node.name === "table" || blocks.has(node.name)) return undefined;
    }
    if (marks.has(node.name)) {
      raw.push(" ");
      stack.push(" ");
    }
    const kids = node.children;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as HtmlNode);
  }
  return { text: collapseSpace(raw.join("")).trim(), line };
}

/**
 * Compacts a cell the HTML parser has just closed, when it holds only text and inline elements: its text and the
 * line of its first text are kept, its children let go.
 *
 * @example
 * ```ts
 * const td = htmlNode("td", "", 1);
 * appendNode(td, htmlNode("#text", " 12 ", 1));
 * compactCell(td);
 * td.text; // "12"
 * ```
 */
export function compactCell(cell: BuiltNode): void {
  const read = readCell(cell);
  if (read === undefined) return;
  const node = cell as Compactable;
  node.text = read.text;
  node.textLine = read.line;
  node.children = none;
}

/**
 * Compacts a row the HTML parser has just closed, when every cell of it is compacted and it holds nothing else
 * but white space, comments and elements the reader leaves out: its cells' texts and lines are kept, its line
 * fixed, its children let go.
 *
 * @example
 * ```ts
 * const tr = htmlNode("tr", "", 1);
 * const td = appendNode(tr, htmlNode("td", "", 1));
 * appendNode(td, htmlNode("#text", "12", 1));
 * compactCell(td);
 * compactRow(tr);
 * tr.cells; // ["12"]
 * ```
 */
export function compactRow(row: BuiltNode): void {
  let count = 0;
  for (const kid of row.children) {
    if (isCell(kid)) {
      if (kid.text === undefined) return;
      count++;
    } else if (kid.name === "#text") {
      if (/\S/.test(kid.value)) return;
    } else if (kid.name !== "#other" && !skipped.has(kid.name)) return;
  }
  const line = lineOf(row);
  // lists of the exact length (a list grown by push keeps room for 17), the lines only where a cell's text starts
  // on another line than the row
  const cells = new Array<string>(count);
  const lines = new Array<number | undefined>(count);
  let elsewhere = false;
  let k = 0;
  for (const kid of row.children) {
    if (!isCell(kid)) continue;
    cells[k] = kid.text as string;
    lines[k] = kid.textLine;
    if (kid.textLine !== undefined && kid.textLine !== line) elsewhere = true;
    k++;
  }
  const node = row as Compactable;
  node.line = line;
  node.cells = cells;
  if (elsewhere) node.cellLines = lines;
  node.children = none;
}
