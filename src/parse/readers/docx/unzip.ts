/**
 * Opening a .docx: the zip (fflate, bundled into `zfxxgk/docx` only) and its main part, `word/document.xml`,
 * decoded to a string. What is not a Word document, or cannot be opened, is a problem named in words — a
 * legacy .doc with the way to convert it — never a throw. Bounded: the main part's uncompressed size is
 * capped (a zip bomb stops at the cap) and only that part is inflated.
 *
 * @module
 */
import { unzipSync } from "fflate";
import type { Message } from "../../../validate/issues.js";

/**
 * The most `word/document.xml` may hold uncompressed: 64 MiB, some hundred times a long report's.
 *
 * @example
 * ```ts
 * maxDocumentBytes; // 67108864
 * ```
 */
export const maxDocumentBytes = 64 * 1024 * 1024;

/**
 * Why a file could not be read as a Word document: `input.unsupported` for a kind that is not read (a legacy
 * .doc, a PDF, a zip without a Word document), `input.damaged` for a Word file that could not be opened.
 *
 * @example
 * ```ts
 * const problem: DocxProblem = { code: "input.damaged", message: { zh: "…", en: "…" } };
 * ```
 */
export interface DocxProblem {
  readonly code: "input.unsupported" | "input.damaged";
  readonly message: Message;
}

/**
 * A Word document opened: the XML of its main part and of the parts its automatic numbering needs (the lists,
 * `numbering.xml`, and the styles, `styles.xml`; `null` where the package has none), or the problem.
 *
 * @example
 * ```ts
 * const opened: OpenedDocx = openDocx(bytes);
 * if (opened.ok) console.log(opened.xml.length);
 * ```
 */
export type OpenedDocx =
  | { readonly ok: true; readonly xml: string; readonly numbering: string | null; readonly styles: string | null }
  | { readonly ok: false; readonly problem: DocxProblem };

const convert = {
  zh: "请先转换为 .docx（在 Word 或 WPS 中「另存为」Word 文档（*.docx），或用 LibreOffice：soffice --headless --convert-to docx 文件名）再读取",
  en: "convert it to .docx first (in Word or WPS, “Save As” a Word document (*.docx), or with LibreOffice: soffice --headless --convert-to docx FILE)",
};

function unsupported(zh: string, en: string): OpenedDocx {
  return { ok: false, problem: { code: "input.unsupported", message: { zh, en } } };
}

function damaged(zh: string, en: string): OpenedDocx {
  return { ok: false, problem: { code: "input.damaged", message: { zh, en } } };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True where `bytes` holds `text` in UTF-16LE (an OLE directory entry's name). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    let k = 1;
    while (k < text.length && bytes[i + 2 * k] === text.charCodeAt(k) && bytes[i + 2 * k + 1] === 0) k++;
    if (k === text.length) return true;
  }
  return false;
}

/** The first bytes as Latin-1 text, for telling text formats apart. */
function headOf(bytes: Uint8Array, length: number): string {
  let out = "";
  for (let i = 0; i < Math.min(length, bytes.length); i++) out += String.fromCharCode(bytes[i] as number);
  return out;
}

/** What a file that is no zip is, in words. */
function notZip(bytes: Uint8Array): OpenedDocx {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (holdsUtf16(bytes, "EncryptedPackage"))
      return damaged(
        "这是加了密码的 Word 文档，无法读取：请在 Word 或 WPS 中取消文档密码后另存为 .docx 再读取",
        "this is a password-protected Word document and cannot be read: remove its password in Word or WPS and save it as .docx",
      );
    return unsupported(
      `这是旧版 Word 文档（.doc 或 .wps，OLE 复合文件），本库不读取其表格：${convert.zh}`,
      `this is a legacy Word document (.doc or .wps, an OLE compound file), whose tables this library does not read: ${convert.en}`,
    );
  }
  const head = headOf(bytes, 1024);
  if (head.startsWith("%PDF-"))
    return unsupported(
      "这是 PDF 文件，不是 Word 文档：请用 zfxxgk/pdf 读取",
      "this is a PDF file, not a Word document: read it with zfxxgk/pdf",
    );
  if (head.startsWith("{\\rtf"))
    return unsupported(`这是 RTF 文档，不是 .docx：${convert.zh}`, `this is an RTF document, not .docx: ${convert.en}`);
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
  if (/<pkg:package\b|<w:wordDocument\b|<\?mso-application progid="Word\.Document"\?>/.test(text))
    return unsupported(
      `这是 Word XML 文档（单个 .xml 文件），不是 .docx：${convert.zh}`,
      `this is a Word XML document (a single .xml file), not .docx: ${convert.en}`,
    );
  if (/^(?:<|MIME-Version:)/i.test(text))
    return unsupported(
      "这是以 Word 文件名保存的网页（HTML/MHT），不是 .docx：请按 HTML 读取（zfxxgk/parse 的 parseReport）",
      "this is a web page (HTML/MHT) saved under a Word file name, not .docx: read it as HTML (parseReport of zfxxgk/parse)",
    );
  return unsupported("不是 Word 文档（.docx）", "not a Word document (.docx)");
}

/** What a zip without a Word document holds, in words. */
function notWord(names: readonly string[]): OpenedDocx {
  const has = (name: string) => names.includes(name);
  if (has("xl/workbook.xml"))
    return unsupported("这是 Excel 工作簿，不是 Word 文档", "this is an Excel workbook, not a Word document");
  if (has("ppt/presentation.xml"))
    return unsupported(
      "这是 PowerPoint 演示文稿，不是 Word 文档",
      "this is a PowerPoint presentation, not a Word document",
    );
  if (has("content.xml"))
    return unsupported(
      `这是 OpenDocument 文档（.odt），不是 .docx：${convert.zh}`,
      `this is an OpenDocument file (.odt), not .docx: ${convert.en}`,
    );
  return unsupported(
    "这是 zip 压缩包，其中没有 Word 文档（word/document.xml）",
    "this is a zip archive without a Word document (word/document.xml)",
  );
}

/** The main part named by the package relationships (`_rels/.rels`), when it is not `word/document.xml`. */
function mainPartOf(rels: Uint8Array | undefined): string | null {
  if (rels === undefined) return null;
  const xml = new TextDecoder().decode(rels);
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^<>]*>/g)) {
    const tag = m[0];
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="([^"]+)"/.exec(tag)?.[1];
    if (target !== undefined) return target.replace(/^\/+/, "");
  }
  return null;
}

/** Decodes the main part: UTF-8, or UTF-16 with a byte order mark. */
function decode(bytes: Uint8Array): string | null {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(0);
}

/**
 * Opens a .docx: the XML of its main part, or why it cannot be read. Never throws; the input is not changed.
 *
 * @example
 * ```ts
 * const opened = openDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
 * opened.ok; // false: a legacy .doc
 * ```
 */
export function openDocx(bytes: Uint8Array, limit: number = maxDocumentBytes): OpenedDocx {
  if (bytes.length === 0) return damaged("文件为空", "the file is empty");
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return notZip(bytes);
  const names: string[] = [];
  const oversized: { name: string; size: number }[] = [];
  const pick = (wanted: (name: string) => boolean) => (file: { name: string; originalSize: number }) => {
    names.push(file.name);
    if (!wanted(file.name)) return false;
    if (file.originalSize > limit) {
      oversized.push({ name: file.name, size: file.originalSize });
      return false;
    }
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    const beside = (main: string) => {
      const dir = main.slice(0, main.lastIndexOf("/") + 1);
      return (n: string) => n === main || n === `${dir}numbering.xml` || n === `${dir}styles.xml`;
    };
    const standard = beside("word/document.xml");
    files = unzipSync(bytes, { filter: pick((n) => standard(n) || n === "_rels/.rels") });
    let main = "word/document.xml";
    if (files[main] === undefined && oversized.length === 0) {
      const named = mainPartOf(files["_rels/.rels"]);
      if (named !== null && named !== main) {
        main = named;
        names.length = 0;
        files = unzipSync(bytes, { filter: pick(beside(named)) });
      }
    }
    const found = oversized[0];
    if (found !== undefined)
      return unsupported(
        `${found.name} 解压后有 ${megabytes(found.size)} MB，超过上限 ${megabytes(limit)} MB，不予读取`,
        `${found.name} is ${megabytes(found.size)} MB uncompressed, beyond the limit of ${megabytes(limit)} MB; not read`,
      );
    const part = files[main];
    if (part === undefined) return notWord(names);
    const xml = decode(part);
    if (xml === null)
      return damaged(
        `Word 文档已损坏：${main} 不是有效的 UTF-8 文本`,
        `the Word document is damaged: ${main} is not valid UTF-8 text`,
      );
    const dir = main.slice(0, main.lastIndexOf("/") + 1);
    const optional = (name: string): string | null => {
      const part = files[`${dir}${name}`];
      return part === undefined ? null : decode(part);
    };
    return { ok: true, xml, numbering: optional("numbering.xml"), styles: optional("styles.xml") };
  } catch (error) {
    return damaged(
      `Word 文档已损坏或不完整，无法解压（${String(error instanceof Error ? error.message : error)}）`,
      `the Word document is damaged or truncated and cannot be unzipped (${String(error instanceof Error ? error.message : error)})`,
    );
  }
}
