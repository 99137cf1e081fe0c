/**
 * Opens a PDF with pdf.js and takes out each page's positioned text, in page coordinates (origin top left,
 * y downwards, points), and whether a page without text shows an image (a scanned page). The document and
 * its worker are destroyed before returning, whatever happens.
 *
 * @module
 */
import { isWide } from "../../document/chars.js";
import type { PdfAssets, PdfJsDocument, PdfJsModule, PdfJsPage, PdfJsTextItem } from "./pdfjs.js";
import { unifyIdeographs } from "./radicals.js";

/**
 * A piece of text placed on a page: its left end and baseline in points from the page's top left corner,
 * its width along the line and its font size.
 *
 * @example
 * ```ts
 * const item: PlacedText = { text: "规章", x: 78.8, y: 101.5, width: 19.9, size: 9.95 };
 * ```
 */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/**
 * One page's text: its placed pieces, and for a page without any, whether it paints an image (a scan) and
 * whether it shows text that gave no characters (undecoded: a font whose CMap could not be loaded).
 *
 * @example
 * ```ts
 * const page: PageText = { items: [], image: true, undecoded: false };
 * ```
 */
export interface PageText {
  readonly items: readonly PlacedText[];
  readonly image: boolean;
  readonly undecoded: boolean;
}

/**
 * What came out of a PDF: its pages, or why it could not be opened (damaged, encrypted).
 *
 * @example
 * ```ts
 * const failed: Extracted = { ok: false, reason: "InvalidPDFException: Invalid PDF structure.", encrypted: false };
 * ```
 */
export type Extracted =
  | { readonly ok: true; readonly pages: readonly PageText[] }
  | { readonly ok: false; readonly reason: string; readonly encrypted: boolean };

/**
 * How a PDF is opened.
 *
 * @example
 * ```ts
 * const how: ExtractOptions = { assets: { cMapUrl: "/pdfjs/cmaps/" }, password: "" };
 * ```
 */
export interface ExtractOptions {
  readonly assets: PdfAssets;
  readonly password?: string;
}

/** `a × b` of two PDF matrices `[a, b, c, d, e, f]`. */
function multiply(m: readonly number[], n: readonly number[]): number[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [g = 1, h = 0, i = 0, j = 1, k = 0, l = 0] = n;
  return [a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e, b * k + d * l + f];
}

function isTextItem(item: PdfJsTextItem | { readonly type: string }): item is PdfJsTextItem {
  return "str" in item;
}

/**
 * The text of one piece without the single spaces pdf.js puts between wide characters set with letter
 * spacing (a justified line, a title spread out: 「淮 安 市 人 民 政 府」); other spaces stay.
 *
 * @example
 * ```ts
 * closeLetterSpacing("商 业 企 业 2024 年"); // "商业企业 2024 年"
 * ```
 */
export function closeLetterSpacing(text: string): string {
  if (!text.includes(" ")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 0x20 &&
      i > 0 &&
      i + 1 < text.length &&
      isWide(text.charCodeAt(i - 1)) &&
      isWide(text.charCodeAt(i + 1)) &&
      text.charCodeAt(i + 1) !== 0x20
    )
      continue;
    out += text[i];
  }
  return out;
}

/** The page's text items placed in page coordinates; white space alone is left out (it only spaces). */
function placeItems(
  items: readonly (PdfJsTextItem | { readonly type: string })[],
  view: { readonly transform: readonly number[]; readonly width: number; readonly height: number },
) {
  const out: PlacedText[] = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str.trim() === "") continue;
    const m = multiply(view.transform, item.transform);
    const [a = 0, b = 0, , , x = Number.NaN, y = Number.NaN] = m;
    const size = Math.hypot(m[2] ?? 0, m[3] ?? 0) || item.height;
    if (!(size > 0) || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    // off the page (as pdftotext, which reads the page only): text set outside the page's box is not printed
    if (x < -size || y < 0 || x > view.width || y > view.height + size) continue;
    // text set at a slant (a watermark across the page, a stamp) is not part of the report's lines
    const along = Math.abs(a) > Math.abs(b) ? Math.abs(b) / Math.abs(a) : Math.abs(a) / Math.abs(b);
    if (along > 0.05) continue;
    // text turned on the page (a column label set vertically) keeps its start; its width is the font's
    const across = Math.abs(b) > Math.abs(a);
    const width = across ? size * item.str.length : item.width;
    out.push({ text: closeLetterSpacing(unifyIdeographs(item.str)), x, y, width, size });
  }
  return out;
}

/** What a page without text paints: an image (the image operators), text (the text-showing operators). */
async function paints(page: PdfJsPage, pdfjs: PdfJsModule): Promise<{ image: boolean; text: boolean }> {
  const codes = (names: readonly string[]) =>
    new Set(names.map((name) => pdfjs.OPS[name]).filter((code): code is number => code !== undefined));
  const images = codes([
    "paintImageXObject",
    "paintInlineImageXObject",
    "paintImageMaskXObject",
    "paintImageXObjectRepeat",
  ]);
  const texts = codes(["showText", "showSpacedText", "nextLineShowText", "nextLineSetSpacingShowText"]);
  const list = await page.getOperatorList();
  return { image: list.fnArray.some((c) => images.has(c)), text: list.fnArray.some((c) => texts.has(c)) };
}

/** pdf.js's own errors for a file it cannot open, as opposed to a setup error (no worker). */
function isSetupError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /workerSrc|fake worker|Cannot load script|Failed to fetch dynamically imported module/i.test(message);
}

/**
 * Opens the PDF with pdf.js, runs `use` on the document, and destroys the document and its worker whatever
 * happens. pdf.js is given a copy of the bytes (it may transfer their buffer): `data` stays as it is. A file
 * pdf.js cannot open is `{ ok: false }`; a setup error (pdf.js without a worker) is thrown.
 *
 * @example
 * ```ts
 * const pages = await withDocument(pdfjs, data, { assets: {} }, async (document) => document.numPages);
 * ```
 */
export async function withDocument<T>(
  pdfjs: PdfJsModule,
  data: Uint8Array,
  options: ExtractOptions,
  use: (document: PdfJsDocument) => Promise<T>,
): Promise<
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string; readonly encrypted: boolean }
> {
  const task = pdfjs.getDocument({
    data: data.slice(),
    ...options.assets,
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    ...(options.password === undefined ? {} : { password: options.password }),
  });
  try {
    return { ok: true, value: await use(await task.promise) };
  } catch (error) {
    if (isSetupError(error)) throw error;
    const name = error instanceof Error ? error.name : "";
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: name ? `${name}: ${message}` : message, encrypted: name === "PasswordException" };
  } finally {
    await task.destroy();
  }
}

/**
 * Opens the PDF and takes out every page's text (`data` is not changed).
 *
 * @example
 * ```ts
 * const pdfjs = await loadPdfJs();
 * const result = await extractPages(pdfjs, new Uint8Array(bytes), { assets: nodeAssets() ?? {} });
 * if (result.ok) console.log(result.pages.length);
 * ```
 */
export async function extractPages(pdfjs: PdfJsModule, data: Uint8Array, options: ExtractOptions): Promise<Extracted> {
  const read = await withDocument(pdfjs, data, options, async (document) => {
    const pages: PageText[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const items = placeItems((await page.getTextContent()).items, view);
      const painted = items.length === 0 ? await paints(page, pdfjs) : { image: false, text: false };
      page.cleanup();
      pages.push({ items, image: painted.image, undecoded: painted.text });
    }
    return pages;
  });
  return read.ok ? { ok: true, pages: read.value } : read;
}
