/**
 * A Word writer for tests: the public renderer's layout (`src/render/docx/layout.ts`, what `renderDocx` writes)
 * with the variants found in published files as options — blank cells as nothing or as a full-width space (the
 * template's), repeated header rows or not, a table broken in two over a page break, captions above the tables,
 * headings numbered by Word — so that the reader's tests read every variant of the one layout.
 */
import * as docx from "docx";
import type { Report } from "../../src/model/report.generated.js";
import { defaultDocxFonts } from "../../src/render/docx/fonts.js";
import type { DocxLayoutOptions, DocxSplit } from "../../src/render/docx/layout.js";
import { docxBytes } from "../../src/render/docx/render.js";

export type { DocxSplit };

/**
 * How the document is written: the layout's variants (the fonts are GB/T 9704's).
 *
 * @example
 * ```ts
 * const options: DocxWriterOptions = { blank: "\u3000", split: { table: "applications", at: 9, style: "two-tables" } };
 * ```
 */
export type DocxWriterOptions = Omit<DocxLayoutOptions, "fonts">;

/**
 * A report written as a .docx file, in a variant of the official layout.
 *
 * @example
 * ```ts
 * const bytes = await writeDocx(report, { captions: true });
 * parseDocx(bytes).report; // the same tables and metadata
 * ```
 */
export function writeDocx(report: Report, options: DocxWriterOptions = {}): Promise<Uint8Array> {
  return docxBytes(docx, report, { ...options, fonts: defaultDocxFonts });
}
