/**
 * HTML into the reader's tree with parse5 (bundled into the Node build of `zfxxgk/parse` only; the browser build
 * uses the platform's `DOMParser` instead, html-parser.browser.ts). The tree is walked iteratively: nesting depth
 * does not matter.
 *
 * @module
 */
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { appendNode, type BuiltNode, type HtmlParse, htmlNode } from "./html-tree.js";

type Node = DefaultTreeAdapterTypes.Node;

/** The reader's node for a parse5 node (without its children). */
function adapt(node: Node): BuiltNode {
  const line = node.sourceCodeLocation?.startLine;
  if ("tagName" in node) return htmlNode(node.tagName, "", line);
  if (node.nodeName === "#text") return htmlNode("#text", (node as DefaultTreeAdapterTypes.TextNode).value, line);
  return htmlNode("#other", "", line);
}

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
  const document = parse(input, { sourceCodeLocationInfo: true });
  const tree = adapt(document);
  const stack: [Node, BuiltNode][] = [[document, tree]];
  while (stack.length > 0) {
    const [node, built] = stack.pop() as [Node, BuiltNode];
    if (!("childNodes" in node) || ("content" in node && node.nodeName === "template")) continue;
    for (const kid of node.childNodes) stack.push([kid, appendNode(built, adapt(kid))]);
  }
  return { tree };
}
