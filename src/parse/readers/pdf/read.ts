/**
 * A PDF file's text layer as layout text: pages opened with pdf.js, pieces grouped into lines, lines written
 * with their pieces at their columns; pages separated by a form feed, as `pdftotext -layout` writes them.
 * The text is then read like any text extracted from a PDF (`readText`).
 *
 * @module
 */
import type { Diagnostics } from "../../diagnostics.js";
import type { SourceDocument } from "../../document/lines.js";
import { readText } from "../text.js";
import { extractPages, type PageText } from "./extract.js";
import { layoutPage } from "./layout.js";
import { groupLines } from "./lines.js";
import { loadPdfJs, nodeAssets, type PdfAssets, type PdfJsModule } from "./pdfjs.js";

/**
 * How the PDF is opened: pdf.js itself (default: its legacy build, loaded on first use), where its data files
 * are (default in Node: the installed package's folders) and a password for an encrypted file.
 *
 * @example
 * ```ts
 * const how: PdfReadOptions = { cMapUrl: "/pdfjs/cmaps/", standardFontDataUrl: "/pdfjs/standard_fonts/" };
 * ```
 */
export interface PdfReadOptions extends PdfAssets {
  readonly pdfjs?: PdfJsModule;
  readonly password?: string;
}

/**
 * The text layer read: the layout text (pages separated by `\f`), the number of pages, and the pages (1-based)
 * that hold no text but an image — scanned pages. `opened: false` when pdf.js could not open the file.
 *
 * @example
 * ```ts
 * const read: PdfText = { opened: true, text: "一、总体情况\f\n…", pages: 6, scanned: [], undecoded: [], characters: 4210 };
 * ```
 */
export type PdfText =
  | {
      readonly opened: true;
      readonly text: string;
      readonly pages: number;
      readonly scanned: readonly number[];
      /** Pages that show text which gave no characters (a CMap that could not be loaded). */
      readonly undecoded: readonly number[];
      /** Characters of the text layer other than white space. */
      readonly characters: number;
    }
  | { readonly opened: false; readonly reason: string; readonly encrypted: boolean };

/** The page's text lines (layout). */
function pageText(page: PageText): string {
  return layoutPage(groupLines(page.items)).join("\n");
}

/**
 * Reads a PDF's text layer as layout text. The bytes are handed to pdf.js, which may transfer (detach) their
 * buffer: pass a copy of the caller's bytes.
 *
 * @example
 * ```ts
 * const read = await readPdfText(Uint8Array.from(readFileSync("report.pdf")));
 * if (read.opened) console.log(read.text);
 * ```
 */
export async function readPdfText(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfText> {
  const pdfjs = options.pdfjs ?? (await loadPdfJs());
  const found = nodeAssets() ?? {};
  const assets: PdfAssets = {
    ...pickDefined(found),
    ...pickDefined({
      cMapUrl: options.cMapUrl,
      standardFontDataUrl: options.standardFontDataUrl,
      wasmUrl: options.wasmUrl,
    }),
  };
  const extracted = await extractPages(pdfjs, bytes, {
    assets,
    ...(options.password === undefined ? {} : { password: options.password }),
  });
  if (!extracted.ok) return { opened: false, reason: extracted.reason, encrypted: extracted.encrypted };
  const texts = extracted.pages.map(pageText);
  const scanned: number[] = [];
  const undecoded: number[] = [];
  extracted.pages.forEach((p, i) => {
    if (p.image) scanned.push(i + 1);
    if (p.undecoded) undecoded.push(i + 1);
  });
  let characters = 0;
  for (const page of extracted.pages) for (const item of page.items) characters += item.text.replace(/\s+/g, "").length;
  return { opened: true, text: texts.join("\f\n"), pages: extracted.pages.length, scanned, undecoded, characters };
}

/** The fields that are set. */
function pickDefined(assets: { [K in keyof PdfAssets]: string | undefined }): PdfAssets {
  const out: { -readonly [K in keyof PdfAssets]: string } = {};
  if (assets.cMapUrl !== undefined) out.cMapUrl = assets.cMapUrl;
  if (assets.standardFontDataUrl !== undefined) out.standardFontDataUrl = assets.standardFontDataUrl;
  if (assets.wasmUrl !== undefined) out.wasmUrl = assets.wasmUrl;
  return out;
}

/**
 * The layout text as the one document form, read like `pdftotext -layout` text.
 *
 * @example
 * ```ts
 * const document = pdfDocument(read.text, diagnostics); // { format: "pdf", printed: true, … }
 * ```
 */
export function pdfDocument(text: string, diagnostics: Diagnostics): SourceDocument {
  return { format: "pdf", lines: readText(text, diagnostics), printed: true, webPage: false };
}
