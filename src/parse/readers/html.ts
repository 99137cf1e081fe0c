/**
 * HTML read into lines with a real HTML parser (parse5 in Node, bundled into `zfxxgk/parse` only; the platform's
 * `DOMParser` in the browser build), whose tree is adapted to one small tree (html-tree.ts): each data
 * table row a row of cells (a value split over Word's `<span>`s is one cell), every block a paragraph,
 * `<br>` a line break, `&nbsp;` and `<o:p>` as the white space they are. A table that holds tables is
 * page layout, read as blocks. The walk is iterative: nesting depth does not matter.
 *
 * @module
 */
import type { Diagnostics } from "../diagnostics.js";
import { rowLine, type SourceLine, textLine } from "../document/lines.js";
import { collapseSpace } from "../document/space.js";
import { blocks, marks, skipped } from "./html-elements.js";
import { flattenFormatting } from "./html-flatten.js";
import { parseHtml } from "./html-parser.js";
import { type HtmlNode, htmlNode, lineOf } from "./html-tree.js";

type Node = HtmlNode;

function isElement(node: Node): boolean {
  return node.name !== "#text" && node.name !== "#other";
}

function childrenOf(node: Node): readonly Node[] {
  return node.children;
}

/** Marks every table that holds another table (page layout, not data), in one pass. */
function layoutTables(root: Node): Set<Node> {
  const layout = new Set<Node>();
  const open: Node[] = [];
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop() as [Node, boolean];
    const table = isElement(node) && node.name === "table";
    if (leaving) {
      if (table) open.pop();
      continue;
    }
    if (isElement(node) && skipped.has(node.name)) continue;
    if (table) {
      const outer = open[open.length - 1];
      if (outer !== undefined) layout.add(outer);
      open.push(node);
    }
    stack.push([node, true]);
    const kids = childrenOf(node);
    for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k] as Node, false]);
  }
  return layout;
}

/** The text of a cell: its descendants' text, blocks and `<br>` as line breaks, white space collapsed. */
function cellText(cell: Node): string {
  if (cell.text !== undefined) return cell.text; // compacted as the parser closed it (html-compact.ts)
  const raw: string[] = [];
  const stack: Node[] = [cell];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.name === "#text") raw.push(node.value);
    else if (isElement(node)) {
      if (skipped.has(node.name)) continue;
      if (node.name === "br" || (node !== cell && blocks.has(node.name))) raw.push("\n");
      if (marks.has(node.name)) {
        // a superscript or subscript (a footnote mark after a figure, 5<sup>1</sup>) stands apart: never 51
        raw.push(" ");
        stack.push(space);
      }
      const kids = childrenOf(node);
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as Node);
    }
  }
  return collapseSpace(raw.join("")).trim();
}

/** A space pushed on a walk's stack, to be written after an element's children. */
const space = htmlNode("#text", " ", undefined);

/** The rows of a data table, in order (through thead/tbody/tfoot), and its caption. */
function readTable(table: Node, out: SourceLine[]): void {
  const stack: Node[] = [table];
  const found: Node[] = [];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!isElement(node) || skipped.has(node.name)) continue;
    if (node !== table && (node.name === "tr" || node.name === "caption")) {
      found.push(node);
      continue;
    }
    const kids = childrenOf(node);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as Node);
  }
  for (const node of found) {
    if (!isElement(node)) continue;
    if (node.name === "caption") {
      const t = cellText(node);
      if (t !== "") out.push(textLine(lineOf(node), "para", t));
      continue;
    }
    if (node.cells !== undefined) {
      // a row compacted as the parser closed it (html-compact.ts)
      if (node.cells.length > 0) out.push(rowLine(lineOf(node), node.cells));
      continue;
    }
    const cells = childrenOf(node).filter((c) => c.name === "td" || c.name === "th");
    if (cells.length > 0) out.push(rowLine(lineOf(node), cells.map(cellText)));
  }
}

/**
 * Reads HTML into lines. Where no HTML parser is at hand (the browser build in a web worker, which has no
 * `DOMParser`), no line: an `input.unsupported` error in `diagnostics` says why.
 *
 * @example
 * ```ts
 * readHtml("<p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table>").map((l) => l.kind); // ["para", "row"]
 * ```
 */
export function readHtml(input: string, diagnostics?: Diagnostics): SourceLine[] {
  // without its formatting elements, which made the HTML parser's tree construction quadratic (issue 18)
  const parsed = parseHtml(flattenFormatting(input));
  if (!("tree" in parsed)) {
    diagnostics?.error("input.unsupported", parsed.missing);
    return [];
  }
  const document = parsed.tree;
  const layout = layoutTables(document);
  const out: SourceLine[] = [];
  // the paragraph being read: its pieces, joined once, and whether any is more than white space (reading a string
  // grown with `+=` at each text node made many small nodes quadratic, issue 18)
  const buffer: string[] = [];
  let blank = true;
  let bufferLine = 0;
  const flush = () => {
    const t = blank ? "" : collapseSpace(buffer.join("")).trim();
    if (t !== "") out.push(textLine(bufferLine, "para", t));
    buffer.length = 0;
    blank = true;
  };
  const stack: [Node, boolean][] = [[document, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop() as [Node, boolean];
    if (node.name === "#text") {
      const value = node.value;
      if (blank) bufferLine = lineOf(node);
      if (blank && /\S/.test(value)) blank = false;
      buffer.push(value);
      continue;
    }
    if (!isElement(node)) {
      if (!leaving) {
        const kids = childrenOf(node);
        for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k] as Node, false]);
      }
      continue;
    }
    if (leaving) {
      if (blocks.has(node.name)) flush();
      else if (marks.has(node.name)) buffer.push(" ");
      continue;
    }
    if (skipped.has(node.name)) continue;
    if (node.name === "br") {
      flush();
      continue;
    }
    // a cell or row compacted as the parser closed it (html-compact.ts): one paragraph a cell, as its tree reads
    if (node.text !== undefined) {
      flush();
      if (node.text !== "") out.push(textLine(node.textLine ?? lineOf(node), "para", node.text));
      continue;
    }
    if (node.cells !== undefined) {
      flush();
      for (const [k, t] of node.cells.entries())
        if (t !== "") out.push(textLine(node.cellLines?.[k] ?? lineOf(node), "para", t));
      continue;
    }
    if (node.name === "table" && !layout.has(node)) {
      flush();
      readTable(node, out);
      continue;
    }
    if (blocks.has(node.name)) flush();
    else if (marks.has(node.name)) buffer.push(" ");
    stack.push([node, true]);
    const kids = childrenOf(node);
    for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k] as Node, false]);
  }
  flush();
  return out;
}
