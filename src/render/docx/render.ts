/**
 * `renderDocx`: a report as the bytes of a Word document (.docx) in the official layout, written with the `docx`
 * package (an optional peer dependency, imported on the first call), then packed again so that the same report
 * always gives the same bytes (the package stamps the time into the file's properties and its zip).
 *
 * @module
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Report } from "../../model/report.generated.js";
import { reportDocument } from "../document.js";
import { type DocxFont, type DocxFonts, fontsOf, fontTableXml } from "./fonts.js";
import { type DocxLayoutOptions, type DocxModule, docxDocument } from "./layout.js";
import { escapeXml } from "./xml.js";

/**
 * Options of {@link renderDocx}.
 *
 * @example
 * ```ts
 * const options: RenderDocxOptions = { blank: "—", fonts: { body: "FangSong" } };
 * ```
 */
export interface RenderDocxOptions {
  /**
   * How a blank cell (`null`: left blank in the source) prints: empty (default), `"0"`, `"—"`, or the official
   * template's full-width space `"\u3000"`. A blank becomes a figure only when `"0"` is asked for.
   */
  readonly blank?: "" | "0" | "—" | "\u3000";
  /**
   * Fonts other than GB/T 9704's (`defaultDocxFonts`): a name (no fallback), or a name and its fallbacks.
   */
  readonly fonts?: { readonly [K in keyof DocxFonts]?: string | DocxFont };
}

/** The message of a missing `docx` package: what to install, in Chinese and English. */
const missing =
  "生成 Word 文件需要 docx 包（可选的对等依赖），请安装：npm i docx / renderDocx needs the docx package (an optional peer dependency): npm i docx";

let loaded: Promise<DocxModule> | undefined;

/**
 * Imports the `docx` package once; rejects with an error naming `npm i docx` when it is not installed (a setup
 * error, not a data error), and tries again on the next call.
 *
 * @example
 * ```ts
 * const docx = await loadDocx();
 * ```
 */
export function loadDocx(): Promise<DocxModule> {
  loaded ??= import("docx").catch((error: unknown) => {
    loaded = undefined;
    throw new Error(`${missing} — ${String(error)}`, { cause: error });
  });
  return loaded;
}

/** The zip entries' time: 1980-01-01, the first a zip can hold (the bytes do not depend on when they were made). */
const zipTime = new Date(1980, 0, 1, 12);

function coreXml(title: string, creator: string, date: string | null): string {
  const stamp =
    date === null
      ? ""
      : `<dcterms:created xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:modified>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator><cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy>${stamp}</cp:coreProperties>`;
}

/**
 * The bytes of a report's Word document laid out with `options` (the variants included), with the given module.
 *
 * @example
 * ```ts
 * const bytes = await docxBytes(await import("docx"), report, { fonts: defaultDocxFonts, blank: "\u3000" });
 * ```
 */
export async function docxBytes(d: DocxModule, report: Report, options: DocxLayoutOptions): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(await d.Packer.toArrayBuffer(docxDocument(d, report, options))));
  files["word/fontTable.xml"] = strToU8(fontTableXml(options.fonts));
  // no punctuation hangs into the margin: every character stays in the text block (the package writes the
  // property only when true)
  const styles = files["word/styles.xml"];
  if (styles !== undefined)
    files["word/styles.xml"] = strToU8(
      strFromU8(styles).replace("<w:pPrDefault><w:pPr>", '<w:pPrDefault><w:pPr><w:overflowPunct w:val="0"/>'),
    );
  const { title, signature } = reportDocument(report);
  files["docProps/core.xml"] = strToU8(coreXml(title, signature.organ, report.publishedOn));
  return zipSync(files, { level: 6, mtime: zipTime });
}

/**
 * A report as a Word document (.docx) in the official layout, ready to print or to edit: A4 with GB/T 9704's
 * margins; the title in 小标宋; headings in 黑体 (一、) and 楷体 (（一）); the body in 仿宋_GB2312 三号; the three
 * tables with the official merged headers (rows that do not split across pages, header rows that repeat); the
 * signature and the date; page numbers. Each font is named with its fallbacks (仿宋_GB2312 → 仿宋, FangSong,
 * STFangsong, Noto Serif CJK SC …) for Word, WPS and LibreOffice.
 *
 * The Word file is written with the `docx` package, an optional peer dependency imported on the first call: the
 * promise rejects, naming `npm i docx`, when it is not installed. The same report always gives the same bytes;
 * the report is not changed. `parseDocx` reads the file back to the same tables and metadata.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { renderDocx } from "zfxxgk/docx";
 *
 * writeFileSync("2023年政府信息公开工作年度报告.docx", await renderDocx(report));
 * ```
 */
export async function renderDocx(report: Report, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const d = await loadDocx();
  return docxBytes(d, report, { fonts: fontsOf(options.fonts), blank: options.blank ?? "" });
}
