/**
 * The one shape every input format is read into: a list of lines, each a line of text, a table row
 * (cells), a whole paragraph, or a blank.
 *
 * @module
 */

/**
 * What a line is:
 * - `text`: a line of extracted text as printed (PDF text): wraps, indentation and all;
 * - `row`: a table row whose cells are known (HTML `<tr>`, a Markdown or box-drawn pipe row);
 * - `para`: a whole paragraph (an HTML `<p>`, a Markdown paragraph);
 * - `blank`: nothing (an empty line, a table border).
 *
 * @example
 * ```ts
 * const kind: LineKind = "row";
 * ```
 */
export type LineKind = "text" | "row" | "para" | "blank";

/**
 * One line of the input.
 *
 * @example
 * ```ts
 * const line: SourceLine = { no: 3, kind: "row", text: "规章 0 0 0", cells: ["规章", "0", "0", "0"] };
 * ```
 */
export interface SourceLine {
  /** 1-based line number in the input. */
  readonly no: number;
  readonly kind: LineKind;
  /** The text; for a row, its cells joined by a space. */
  readonly text: string;
  /** The cells of a row. */
  readonly cells?: readonly string[];
}

/**
 * A line of text or a paragraph.
 *
 * @example
 * ```ts
 * textLine(1, "text", "一、总体情况"); // { no: 1, kind: "text", text: "一、总体情况" }
 * ```
 */
export function textLine(no: number, kind: "text" | "para" | "blank", text: string): SourceLine {
  return { no, kind, text };
}

/**
 * A table row.
 *
 * @example
 * ```ts
 * rowLine(7, ["规章", "0"]).text; // "规章 0"
 * ```
 */
export function rowLine(no: number, cells: readonly string[]): SourceLine {
  return { no, kind: "row", text: cells.join(" "), cells };
}

/**
 * The text of a line for label matching and headings: a row's non-empty cells, or the trimmed text.
 *
 * @example
 * ```ts
 * plainText(rowLine(7, ["", "规章", "0"])); // "规章 0"
 * ```
 */
export function plainText(line: SourceLine): string {
  if (line.kind === "row") {
    const cells = line.cells ?? [];
    // a row of no blank cell is its own text (rowLine's): not a second copy of it for every row (issue 18)
    if (line.text === cells.join(" ") && cells.every((c) => c.trim() !== "")) return line.text;
    return cells.filter((c) => c.trim() !== "").join(" ");
  }
  return line.text.trim();
}

/**
 * Splits text into lines at `\n`, `\r\n` and `\r`.
 *
 * @example
 * ```ts
 * splitLines("a\r\nb\rc"); // ["a", "b", "c"]
 * ```
 */
export function splitLines(input: string): string[] {
  return input.split(/\r\n|\r|\n/);
}

/**
 * The one document form every reader produces and the interpreter reads: the lines in reading order, and
 * what kind of source they came from.
 * - `printed`: the lines are printed lines of a page (text extracted from a PDF, or rebuilt from a PDF's
 *   positioned text): a title may wrap over several lines and figures stand in columns;
 * - `webPage`: the source is a web page whose report is surrounded by the site's header, navigation and
 *   footer (「首页」「来源：」「发布时间：」…), read for the publication date and left out of the prose.
 *
 * @example
 * ```ts
 * const doc: SourceDocument = { format: "text", lines: [textLine(1, "text", "一、总体情况")], printed: true, webPage: false };
 * ```
 */
export interface SourceDocument {
  /** How the input was read (`text`, `markdown`, `html`, `pdf`, `docx`). */
  readonly format: import("../types.js").InputFormat;
  readonly lines: readonly SourceLine[];
  readonly printed: boolean;
  readonly webPage: boolean;
}
