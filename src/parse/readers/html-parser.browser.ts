/**
 * HTML into the reader's tree with the platform's `DOMParser`, for the browser build of `zfxxgk/parse` (which
 * bundles no HTML parser: the tsup browser build puts this file where html-parser.ts is). A `DOMParser` gives no
 * source lines: the HTML is parsed with line marker comments (html-lines.ts), which give every node its line and
 * are left out of the tree; the pieces of a text they split are joined again, so the tree is the one parse5 builds
 * (both parsers follow the HTML standard). Without a `DOMParser` (a web worker, Deno), no tree: a message says why.
 *
 * @module
 */
import { markerLine, markLines } from "./html-lines.js";
import { appendNode, type BuiltNode, type HtmlParse, htmlNode } from "./html-tree.js";

/** What the reader uses of a DOM node (this project compiles without the DOM library). */
interface DomNode {
  readonly nodeType: number;
  readonly localName?: string | null;
  readonly data?: string;
  readonly childNodes: ArrayLike<DomNode>;
}

/** The platform's `DOMParser`, as far as it is used here. */
type DomParserClass = new () => { parseFromString(html: string, type: "text/html"): DomNode };

const textNode = 3;
const commentNode = 8;
const elementNode = 1;

/** Why HTML cannot be read without a `DOMParser`. */
const missing = {
  zh: "此环境没有 DOMParser（如 Web Worker、Deno），zfxxgk/parse 的浏览器版无法读取 HTML：请在网页主线程中调用，或在 Node 中使用 zfxxgk/parse",
  en: "this environment has no DOMParser (a web worker, Deno): the browser build of zfxxgk/parse cannot read HTML; call it on a page's main thread, or use zfxxgk/parse in Node",
};

/** Appends a text to `parent`, joined to a text just before it (split by a line marker) as one text. */
function appendText(parent: BuiltNode, value: string, line: number): void {
  const last = parent.children[parent.children.length - 1];
  if (last === undefined || last.name !== "#text") {
    appendNode(parent, htmlNode("#text", value, line));
    return;
  }
  const joined = htmlNode("#text", last.value + value, last.line);
  joined.parent = parent;
  parent.children[parent.children.length - 1] = joined;
}

/**
 * Parses HTML with the platform's `DOMParser` into the reader's tree, with source lines. A `<template>`'s content
 * is left out.
 *
 * @example
 * ```ts
 * const parsed = parseHtml("<p>一、总体情况</p>");
 * "tree" in parsed; // true in a page; false in a web worker, with `missing` saying why
 * ```
 */
export function parseHtml(input: string): HtmlParse {
  const Parser = (globalThis as { DOMParser?: DomParserClass }).DOMParser;
  if (typeof Parser !== "function") return { missing };
  const document = new Parser().parseFromString(markLines(input), "text/html");
  const tree = htmlNode("#other", "", 1);
  let line = 1;
  // children in reverse on a stack: the nodes are met in document order, as the markers were written
  const stack: [DomNode, BuiltNode][] = [];
  const push = (node: DomNode, parent: BuiltNode) => {
    for (let k = node.childNodes.length - 1; k >= 0; k--) stack.push([node.childNodes[k] as DomNode, parent]);
  };
  push(document, tree);
  while (stack.length > 0) {
    const [node, parent] = stack.pop() as [DomNode, BuiltNode];
    if (node.nodeType === textNode) appendText(parent, node.data ?? "", line);
    else if (node.nodeType === elementNode) {
      const element = appendNode(parent, htmlNode(node.localName ?? "", "", line));
      if (element.name !== "template") push(node, element);
    } else {
      const marked = node.nodeType === commentNode ? markerLine(node.data ?? "") : undefined;
      if (marked === undefined) appendNode(parent, htmlNode("#other", "", line));
      else line = marked;
    }
  }
  return { tree };
}
