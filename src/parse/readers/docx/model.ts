/**
 * What the XML walk of a Word document's body keeps: its paragraphs and tables, in order, with each table
 * cell's grid span and vertical merge as Word records them. The lines are made from this in a second step,
 * once it is known which tables hold tables (page layout) and where each merged cell begins.
 *
 * @module
 */

/**
 * A paragraph (`w:p`): its visible text, with a line break (`w:br`, `w:cr`) as `\n` and a tab as `\t`.
 *
 * @example
 * ```ts
 * const p: DocxParagraph = { kind: "paragraph", no: 3, text: "一、总体情况" };
 * ```
 */
export interface DocxParagraph {
  readonly kind: "paragraph";
  /** 1-based place of the paragraph among the document's paragraphs and table rows. */
  readonly no: number;
  readonly text: string;
}

/**
 * How a cell takes part in a vertical merge (`w:vMerge`): `restart` begins a merged cell, `continue`
 * extends the one above it (Word shows it as part of that cell), `none` is a cell of its own.
 *
 * @example
 * ```ts
 * const merge: VerticalMerge = "continue";
 * ```
 */
export type VerticalMerge = "none" | "restart" | "continue";

/**
 * A table cell (`w:tc`): how many grid columns it spans (`w:gridSpan`), its vertical merge, and what it holds.
 *
 * @example
 * ```ts
 * const cell: DocxCell = { span: 3, vMerge: "restart", hMerge: "none", blocks: [] };
 * ```
 */
export interface DocxCell {
  readonly span: number;
  readonly vMerge: VerticalMerge;
  /** A legacy horizontal merge (`w:hMerge`, written by old Word versions instead of `w:gridSpan`). */
  readonly hMerge: VerticalMerge;
  readonly blocks: readonly DocxBlock[];
}

/**
 * A table row (`w:tr`): its cells, the grid columns left out before them (`w:gridBefore`), and whether it is
 * a deleted revision (`w:trPr/w:del`).
 *
 * @example
 * ```ts
 * const row: DocxRow = { no: 12, before: 0, deleted: false, cells: [] };
 * ```
 */
export interface DocxRow {
  /** 1-based place of the row among the document's paragraphs and table rows. */
  readonly no: number;
  readonly before: number;
  readonly deleted: boolean;
  readonly cells: readonly DocxCell[];
}

/**
 * A table (`w:tbl`).
 *
 * @example
 * ```ts
 * const table: DocxTable = { kind: "table", rows: [] };
 * ```
 */
export interface DocxTable {
  readonly kind: "table";
  readonly rows: readonly DocxRow[];
}

/**
 * A block of the body or of a cell or text box: a paragraph or a table.
 *
 * @example
 * ```ts
 * const blocks: DocxBlock[] = [{ kind: "paragraph", no: 1, text: "一、总体情况" }];
 * ```
 */
export type DocxBlock = DocxParagraph | DocxTable;

/**
 * The body of a document: its blocks, and how many pieces of content it embeds as another document
 * (`w:altChunk`: an HTML, MHT or RTF part that Word turns into text when it opens the file), which are not read.
 *
 * @example
 * ```ts
 * const body: DocxBody = { blocks: [], altChunks: 1 };
 * ```
 */
export interface DocxBody {
  readonly blocks: readonly DocxBlock[];
  readonly altChunks: number;
}
