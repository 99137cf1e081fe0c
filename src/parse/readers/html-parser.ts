/**
 * HTML into the reader's tree with parse5 (bundled into the Node build of `zfxxgk/parse` only; the browser build
 * uses the platform's `DOMParser` instead, html-parser.browser.ts). parse5 builds the reader's nodes itself,
 * through a tree adapter: one small node per element or text with its start line, no second tree and no location
 * objects kept (parse5's own tree with locations took some 200 bytes of memory per byte of a table's HTML, and the
 * reader's copy of it as much again; issue 18). A `<template>`'s content is left out.
 *
 * @module
 */
import { html, parse, type Token, type TreeAdapter, type TreeAdapterTypeMap } from "parse5";
import { compactCell, compactRow } from "./html-compact.js";
import type { BuiltNode, HtmlParse } from "./html-tree.js";

/** A node of the tree parse5 builds: the reader's node, with what parse5 itself asks of an element. */
interface Built extends BuiltNode {
  /** A text's value grows as parse5 adds characters to it. */
  value: string;
  /** {@link none} until the first child comes (most elements have one child or none). */
  children: Built[];
  parent: Built | null;
  /** An element's namespace, where it is not HTML's (SVG, MathML). */
  ns?: html.NS;
  /** An element's attributes, where it has any. */
  attrs?: Token.Attribute[];
  /** The document's mode (quirks or not), which parse5 reads back. */
  mode?: html.DOCUMENT_MODE;
}

type Map = TreeAdapterTypeMap<Built, Built, Built, Built, Built, Built, Built, Built, Built, Built>;

/** The children of a node that has none (yet): one shared list, never grown. */
const none: Built[] = Object.freeze([]) as unknown as Built[];

function node(name: string, children: Built[] = none): Built {
  return { name, value: "", line: undefined, children, parent: null };
}

/** A text node, its line set by parse5 right after (`setNodeSourceCodeLocation`). */
function textNode(value: string): Built {
  return { name: "#text", value, line: undefined, children: none, parent: null };
}

/** One string for each element name (the tokenizer builds the name of every tag anew). */
const names = new Map<string, string>();

function intern(name: string): string {
  const known = names.get(name);
  if (known !== undefined) return known;
  if (names.size < 1000) names.set(name, name);
  return name;
}

/** Appends `child` to `parent`'s children (a list of its own from the first child on). */
function append(parent: Built, child: Built): void {
  if (parent.children === none) parent.children = [child];
  else parent.children.push(child);
  child.parent = parent;
}

function indexIn(parent: Built, child: Built): number {
  const kids = parent.children;
  return kids[kids.length - 1] === child ? kids.length - 1 : kids.indexOf(child);
}

/** The line of a location, as an `ElementLocation` parse5 can read back (it only asks whether there is one). */
function location(n: Built): Token.ElementLocation | null {
  return n.line === undefined ? null : ({ startLine: n.line } as Token.ElementLocation);
}

const adapter: TreeAdapter<Map> = {
  createDocument: () => node("#other", []),
  createDocumentFragment: () => node("#other", []),
  createElement(tagName, namespaceURI, attrs) {
    const name = intern(tagName);
    // a cell or a row is made with the fields its compaction fills in (html-compact.ts), so that filling them in
    // needs no second block of properties
    const element: Built =
      name === "td" || name === "th"
        ? { name, value: "", line: undefined, children: none, parent: null, text: undefined, textLine: undefined }
        : name === "tr"
          ? { name, value: "", line: undefined, children: none, parent: null, cells: undefined, cellLines: undefined }
          : node(name);
    if (namespaceURI !== html.NS.HTML) element.ns = namespaceURI;
    if (attrs.length > 0) element.attrs = attrs;
    return element;
  },
  createCommentNode: () => node("#other"),
  createTextNode: textNode,
  appendChild: append,
  insertBefore(parent, child, reference) {
    parent.children.splice(indexIn(parent, reference), 0, child);
    child.parent = parent;
  },
  setTemplateContent() {
    // the content stays out of the tree: the reader leaves a template out
  },
  getTemplateContent: () => node("#other", []),
  setDocumentType(document) {
    append(document, node("#other"));
  },
  setDocumentMode(document, mode) {
    document.mode = mode;
  },
  getDocumentMode: (document) => document.mode ?? html.DOCUMENT_MODE.NO_QUIRKS,
  detachNode(child) {
    const parent = child.parent;
    if (parent === null) return;
    parent.children.splice(indexIn(parent, child), 1);
    child.parent = null;
  },
  insertText(parent, text) {
    const last = parent.children[parent.children.length - 1];
    if (last !== undefined && last.name === "#text") last.value += text;
    else append(parent, textNode(text));
  },
  insertTextBefore(parent, text, reference) {
    const at = indexIn(parent, reference);
    const before = parent.children[at - 1];
    if (before !== undefined && before.name === "#text") before.value += text;
    else adapter.insertBefore(parent, textNode(text), reference);
  },
  adoptAttributes(recipient, attrs) {
    const own = recipient.attrs ?? [];
    const names = new Set(own.map((a) => a.name));
    const adopted = attrs.filter((a) => !names.has(a.name));
    if (adopted.length > 0) recipient.attrs = [...own, ...adopted];
  },
  getFirstChild: (n) => n.children[0] ?? null,
  getChildNodes: (n) => n.children,
  getParentNode: (n) => n.parent,
  getAttrList: (element) => element.attrs ?? [],
  getTagName: (element) => element.name,
  getNamespaceURI: (element) => element.ns ?? html.NS.HTML,
  getTextNodeContent: (n) => n.value,
  getCommentNodeContent: () => "",
  getDocumentTypeNodeName: () => "html",
  getDocumentTypeNodePublicId: () => "",
  getDocumentTypeNodeSystemId: () => "",
  isTextNode: (n): n is Built => n.name === "#text",
  isCommentNode: (n): n is Built => n.name === "#other" && n.children === none,
  isDocumentTypeNode: (n): n is Built => n.name === "#doctype",
  isElementNode: (n): n is Built => n.name !== "#text" && n.name !== "#other",
  setNodeSourceCodeLocation(n, where) {
    if (where !== null) (n as { line: number | undefined }).line = where.startLine;
  },
  getNodeSourceCodeLocation: location,
  updateNodeSourceCodeLocation() {
    // only the start line is kept
  },
  onItemPop(element) {
    // a closed cell or row is never written to again: read it now and let its children go (html-compact.ts)
    if (element.name === "td" || element.name === "th") compactCell(element);
    else if (element.name === "tr") compactRow(element);
  },
};

/**
 * Parses HTML with parse5, with source lines, into the reader's tree. A `<template>`'s content is left out.
 *
 * @example
 * ```ts
 * const parsed = parseHtml("<p>一、总体情况</p>");
 * "tree" in parsed; // true
 * ```
 */
export function parseHtml(input: string): HtmlParse {
  return { tree: parse(input, { sourceCodeLocationInfo: true, treeAdapter: adapter }) };
}
