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
