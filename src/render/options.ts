/**
 * The options of the renderers.
 *
 * @module
 */

/**
 * An output format: plain text for a terminal, Markdown (GitHub/Gitee pipe tables), or HTML.
 *
 * @example
 * ```ts
 * const format: RenderFormat = "markdown";
 * ```
 */
export type RenderFormat = "text" | "markdown" | "html";

/**
 * How a blank cell (`null` in the model: left blank in the source) prints: empty (default), `0`, or `—`.
 * A blank is never turned into a figure unless `"0"` is asked for.
 *
 * @example
 * ```ts
 * const blank: BlankStyle = "—";
 * ```
 */
export type BlankStyle = "" | "0" | "—";

/**
 * Options every format shares.
 *
 * @example
 * ```ts
 * const common: CommonRenderOptions = { blank: "—" };
 * ```
 */
export interface CommonRenderOptions {
  /** How a blank cell prints. Default `""` (left blank, as in the source). */
  readonly blank?: BlankStyle;
}

/**
 * Options of the text renderer.
 *
 * @example
 * ```ts
 * const options: TextRenderOptions = { format: "text", ambiguousWidth: 2 };
 * ```
 */
export interface TextRenderOptions extends CommonRenderOptions {
  readonly format: "text";
  /**
   * Columns an East Asian Ambiguous character (“ ” · —) takes in the target terminal: 1 (default) or 2
   * (a terminal set to East Asian legacy width). Tables align in the chosen one.
   */
  readonly ambiguousWidth?: 1 | 2;
  /**
   * The most columns a table line may take (e.g. the terminal's width): the label and header columns wrap their
   * text over several lines to fit, the figures never. Without it, every cell stays on one line. The command line
   * gives its terminal's width (else 100).
   */
  readonly width?: number;
}

/**
 * Options of the Markdown renderer.
 *
 * @example
 * ```ts
 * const options: MarkdownRenderOptions = { format: "markdown", headingLevel: 2 };
 * ```
 */
export interface MarkdownRenderOptions extends CommonRenderOptions {
  readonly format: "markdown";
  /**
   * Level of the title heading (`#` = 1, default); section headings are one level below. As with the HTML
   * renderer's, a level outside the type is made safe, never refused: an integer is clamped to 1–5, anything else
   * is 1.
   */
  readonly headingLevel?: 1 | 2 | 3 | 4 | 5;
}

/**
 * Options of the HTML renderer.
 *
 * @example
 * ```ts
 * const options: HtmlRenderOptions = { format: "html", standalone: true };
 * ```
 */
export interface HtmlRenderOptions extends CommonRenderOptions {
  readonly format: "html";
  /**
   * `false` (default): a fragment (an `<article>`, or a `<table>` from `renderTable`) to put in a page
   * that includes {@link reportStylesheet}. `true`: a complete page with its own print stylesheet (A4).
   */
  readonly standalone?: boolean;
  /** Prefix of every `id` the renderer writes, so that several reports can share a page. Default `zfxxgk`. */
  readonly idPrefix?: string;
  /**
   * Level of the title heading (`<h1>` = 1, default); section headings are one level below. Like `idPrefix`, a
   * value outside the type is made safe, never refused (it never reaches the markup as given): an integer is
   * clamped to 1–5 (sections at most `<h6>`), anything else (a string such as `"2"`, a fraction, `NaN`) is 1.
   */
  readonly headingLevel?: 1 | 2 | 3 | 4 | 5;
}

/**
 * Options of {@link renderReport} and {@link renderTable}: a format and that format's options.
 *
 * @example
 * ```ts
 * import { renderReport } from "zfxxgk";
 * renderReport(report, { format: "html", standalone: true, blank: "—" });
 * ```
 */
export type RenderOptions = TextRenderOptions | MarkdownRenderOptions | HtmlRenderOptions;

/**
 * The title's heading level an option asks for, made safe: an integer clamped to 1–5, anything else 1.
 *
 * @example
 * ```ts
 * headingLevelOf(3); // 3
 * headingLevelOf(9); // 5
 * headingLevelOf("2"); // 1
 * ```
 */
export function headingLevelOf(level: unknown): number {
  return Number.isInteger(level) ? Math.min(5, Math.max(1, level as number)) : 1;
}
