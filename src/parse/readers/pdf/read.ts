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
import { type ExtractOptions, extractPages, type PageText, type PlacedText } from "./extract.js";
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
 * const read = await readPdfText(bytes); // { opened: true, text: "一、总体情况\f\n…", pages: 6, scanned: [], … }
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
      /** The pieces of text of each page, and the line of `text` (1-based) each was written on. */
      readonly layout: PdfLayout;
    }
  | { readonly opened: false; readonly reason: string; readonly encrypted: boolean };

/**
 * Where the text came from: each page's pieces, and the line of the text (1-based) each piece is on.
 *
 * @example
 * ```ts
 * read.layout.lineOf.get(read.layout.pages[0].items[0]); // 1
 * ```
 */
export interface PdfLayout {
  readonly pages: readonly PageText[];
  readonly lineOf: ReadonlyMap<PlacedText, number>;
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
  const { pdfjs, how } = await openingOf(options);
  const extracted = await extractPages(pdfjs, bytes, how);
  if (!extracted.ok) return { opened: false, reason: extracted.reason, encrypted: extracted.encrypted };
  const texts: string[] = [];
  const lineOf = new Map<PlacedText, number>();
  let before = 0;
  for (const page of extracted.pages) {
    const { text, from } = layoutPage(groupLines(page.items));
    from.forEach((line, i) => {
      if (line !== undefined) for (const item of line.items) lineOf.set(item, before + i + 1);
    });
    before += Math.max(1, text.length); // an empty page is one empty line between its form feeds
    texts.push(text.join("\n"));
  }
  const scanned: number[] = [];
  const undecoded: number[] = [];
  extracted.pages.forEach((p, i) => {
    if (p.image) scanned.push(i + 1);
    if (p.undecoded) undecoded.push(i + 1);
  });
  let characters = 0;
  for (const page of extracted.pages) for (const item of page.items) characters += item.text.replace(/\s+/g, "").length;
  return {
    opened: true,
    text: texts.join("\f\n"),
    pages: extracted.pages.length,
    scanned,
    undecoded,
    characters,
    layout: { pages: extracted.pages, lineOf },
  };
}

/**
 * pdf.js and how it opens a file, from the options: the module (loaded on first use), the data files (the
 * options', else in Node the installed package's), the password.
 *
 * @example
 * ```ts
 * const { pdfjs, how } = await openingOf({ cMapUrl: "/pdfjs/cmaps/" });
 * ```
 */
export async function openingOf(options: PdfReadOptions): Promise<{ pdfjs: PdfJsModule; how: ExtractOptions }> {
  const pdfjs = options.pdfjs ?? (await loadPdfJs());
  const assets: PdfAssets = {
    ...pickDefined(nodeAssets() ?? {}),
    ...pickDefined({
      cMapUrl: options.cMapUrl,
      standardFontDataUrl: options.standardFontDataUrl,
      wasmUrl: options.wasmUrl,
    }),
  };
  return { pdfjs, how: { assets, ...(options.password === undefined ? {} : { password: options.password }) } };
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
