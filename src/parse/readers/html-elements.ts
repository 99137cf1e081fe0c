/**
 * What the HTML reader makes of an element, by its name: left out, a block (a line of its own), or a mark set
 * apart from the text around it. Shared by the reader (html.ts) and the compaction of finished rows
 * (html-compact.ts), so that both read a cell alike.
 *
 * @module
 */

/**
 * Elements whose content is not text of the page.
 *
 * @example
 * ```ts
 * skipped.has("script"); // true
 * ```
 */
export const skipped = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "svg",
  "math",
  "select",
  "textarea",
  "button",
  "input",
]);
/**
 * Elements that start and end a line.
 *
 * @example
 * ```ts
 * blocks.has("td"); // true
 * ```
 */
export const blocks = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "center",
  "address",
  "caption",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "legend",
  "ul",
  "ol",
  "dl",
  "hr",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "body",
  "html",
  "title",
]);

/**
 * Superscripts and subscripts: set apart from the text around them (a footnote mark after a figure, 5<sup>1</sup>,
 * is never 51).
 *
 * @example
 * ```ts
 * marks.has("sup"); // true
 * ```
 */
export const marks = new Set(["sup", "sub"]);
