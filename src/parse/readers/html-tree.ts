/**
 * The small tree the HTML reader walks: what a real HTML parser's tree (parse5 in Node, the platform's
 * `DOMParser` in a browser) is adapted to, so that the reading of a page is one code path whichever parser built
 * the tree. Only what the reader needs: element names, text, children, the source line and the parent.
 *
 * @module
 */

/**
 * A node of the page: an element (`name` its lower-case tag name), a text (`name` `#text`, `value` its text), or
 * anything else (`#other`: the document, a comment, the doctype).
 *
 * @example
 * ```ts
 * const td: HtmlNode = { name: "td", value: "", line: 3, children: [], parent: null };
 * ```
 */
export interface HtmlNode {
  readonly name: string;
  /** The text of a `#text` node; `""` for the others. */
  readonly value: string;
  /**
   * The 1-based source line where the node starts; `undefined` for an element the HTML parser implied (a `<tbody>`
   * the markup left out).
   */
  readonly line: number | undefined;
  readonly children: readonly HtmlNode[];
  readonly parent: HtmlNode | null;
  /**
   * A table cell read as soon as the HTML parser closed it (html-compact.ts): its text (white space collapsed,
   * trimmed); its children are then left out.
   */
  readonly text?: string | undefined;
  /** A compacted cell's line where its first text that is not white space starts; `undefined` when it has none. */
  readonly textLine?: number | undefined;
  /** A table row read as soon as the HTML parser closed it: its cells' texts (its children are then left out). */
  readonly cells?: readonly string[] | undefined;
  /**
   * A compacted row's cells' {@link HtmlNode.textLine}s, where one differs from the row's line (else the row's
   * line is every cell's).
   */
  readonly cellLines?: readonly (number | undefined)[] | undefined;
}

/** A node while its tree is built: its children and parent are set by {@link appendNode}. */
export interface BuiltNode extends HtmlNode {
  readonly children: BuiltNode[];
  parent: BuiltNode | null;
}

/**
 * A new node without children or parent.
 *
 * @example
 * ```ts
 * htmlNode("#text", "一、总体情况", 1).value; // "一、总体情况"
 * ```
 */
export function htmlNode(name: string, value: string, line: number | undefined): BuiltNode {
  return { name, value, line, children: [], parent: null };
}

/**
 * Appends `child` to `parent`'s children and returns it.
 *
 * @example
 * ```ts
 * const p = htmlNode("p", "", 1);
 * appendNode(p, htmlNode("#text", "一", 1)).parent === p; // true
 * ```
 */
export function appendNode(parent: BuiltNode, child: BuiltNode): BuiltNode {
  child.parent = parent;
  parent.children.push(child);
  return child;
}

/**
 * What reading an HTML string gives: the tree, or why no tree could be built (no HTML parser in this
 * environment), as a message in Chinese and English.
 *
 * @example
 * ```ts
 * const parsed: HtmlParse = { tree: htmlNode("#other", "", 1) };
 * ```
 */
export type HtmlParse =
  | { readonly tree: HtmlNode }
  | { readonly missing: { readonly zh: string; readonly en: string } };

/**
 * The 1-based source line of a node. An element the HTML parser implied (a `<tr>` or `<tbody>` the markup left
 * out) has no location: the line of its first located descendant, else of its nearest located ancestor, else 1.
 *
 * @example
 * ```ts
 * lineOf(htmlNode("td", "", 3)); // 3
 * ```
 */
export function lineOf(node: HtmlNode): number {
  const own = node.line;
  if (own !== undefined) return own;
  const stack = [...node.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as HtmlNode;
    const line = n.line;
    if (line !== undefined) return line;
    const kids = n.children;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as HtmlNode);
  }
  let up = node.parent;
  while (up !== null) {
    if (up.line !== undefined) return up.line;
    up = up.parent;
  }
  return 1;
}
