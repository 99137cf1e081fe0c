/**
 * `parseBytes`: a published report as a file's bytes — text, HTML or Markdown in any encoding — read like
 * `parseReport` reads a string; PDF and Word files are named for the entry that reads them.
 *
 * @module
 */
import { Diagnostics } from "./diagnostics.js";
import { failedResult, parseReport } from "./parse-report.js";
import { type ByteKind, decodeBytes, sniffBytes } from "./readers/bytes.js";
import type { Diagnostic, ParseOptions, ParseResult } from "./types.js";

/**
 * What {@link parseBytes} returns: the parse result, the kind of file the bytes are, and the encoding the text
 * was decoded from (`null` when they were not decoded as text).
 *
 * @example
 * ```ts
 * const { kind, encoding, report } = parseBytes(bytes);
 * ```
 */
export interface BytesParseResult extends ParseResult {
  readonly kind: ByteKind;
  readonly encoding: string | null;
}

const unsupported: Record<Exclude<ByteKind, "text">, { zh: string; en: string }> = {
  pdf: {
    zh: "这是 PDF 文件：请用 zfxxgk/pdf 的 parsePdf 读取（命令行直接接受 PDF）",
    en: "this is a PDF file: read it with parsePdf from zfxxgk/pdf (the command line takes PDF files as they are)",
  },
  docx: {
    zh: "这是 Word 文档（.docx）：请用 zfxxgk/docx 的 parseDocx 读取（命令行直接接受 .docx）",
    en: "this is a Word document (.docx): read it with parseDocx from zfxxgk/docx (the command line takes .docx files)",
  },
  zip: {
    zh: "这是 zip 压缩文件，但其中没有 Word 文档（word/document.xml）：请解压后逐个读取其中的报告",
    en: "this is a zip file without a Word document (word/document.xml) in it: unpack it and read the reports inside",
  },
  ole: {
    zh: "这是旧版 Office 文件（.doc、.wps 等）：无法读取其表格；请用 Word 或 WPS「另存为」.docx（或 soffice --headless --convert-to docx）后再读",
    en: "this is a legacy Office file (.doc, .wps…): its tables cannot be read; save it as .docx in Word or WPS (or soffice --headless --convert-to docx) and read that",
  },
  image: {
    zh: "这是图片：其中的文字需要 OCR 识别，本库不做 OCR，也不猜测数字",
    en: "this is an image: its text would need OCR, which this library does not do (it never guesses a figure)",
  },
  binary: {
    zh: "不是文本文件（二进制数据），也不是可识别的 PDF 或 Word 文档",
    en: "this is neither text nor a recognisable PDF or Word document",
  },
};

/**
 * Reads a published report from bytes: sniffs the kind (PDF `%PDF-`, DOCX, legacy Office, image, text) and, for
 * text, the encoding — UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK/GB2312 declared by
 * `<meta charset>` or detected — then parses it as {@link parseReport} does (HTML, Markdown or extracted text,
 * detected). An `input.encoding` diagnostic says which encoding was used and how it was decided; bytes that no
 * encoding decodes are an `error` and never become a figure. PDF and Word files are not read here (their readers
 * need libraries the core does not load): the result is `report: null` with an `input.unsupported` error naming
 * `zfxxgk/pdf` or `zfxxgk/docx`. Never throws on data; the bytes are not modified.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseBytes } from "zfxxgk/parse";
 *
 * const { report, encoding, diagnostics } = parseBytes(readFileSync("gbk-page.html"));
 * console.log(encoding); // "gb18030"
 * ```
 */
export function parseBytes(input: Uint8Array | ArrayBuffer, options: ParseOptions = {}): BytesParseResult {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const kind = sniffBytes(bytes);
  const decoded = kind === "text" ? decodeBytes(bytes) : null;
  if (kind !== "text" || decoded === null) {
    const diagnostics = new Diagnostics();
    const why = unsupported[kind === "text" ? "binary" : kind];
    diagnostics.error("input.unsupported", why);
    return { ...failedResult("text", options, diagnostics), kind: kind === "text" ? "binary" : kind, encoding: null };
  }
  const result = parseReport(decoded.text, options);
  const how = {
    bom: { zh: "按字节顺序标记（BOM）", en: "by its byte order mark" },
    "valid-utf-8": { zh: "内容为有效的 UTF-8", en: "the bytes are valid UTF-8" },
    declared: { zh: "按网页声明的字符集", en: "as the page declares" },
    detected: { zh: "自动识别", en: "detected" },
  }[decoded.basis];
  const encoding: Diagnostic =
    decoded.replaced === 0
      ? {
          level: "info",
          code: "input.encoding",
          message: {
            zh: `按 ${decoded.encoding} 编码解码（${how.zh}）`,
            en: `decoded as ${decoded.encoding} (${how.en})`,
          },
        }
      : {
          level: "error",
          code: "input.encoding",
          message: {
            zh: `按 ${decoded.encoding} 编码解码（${how.zh}），但有 ${decoded.replaced} 处字节无法解码，已替换为「\ufffd」；含这些字符的数字按无法识别处理`,
            en: `decoded as ${decoded.encoding} (${how.en}), but ${decoded.replaced} byte sequences could not be decoded and were replaced with U+FFFD; a figure holding one is read as unreadable`,
          },
        };
  return { ...result, diagnostics: [encoding, ...result.diagnostics], kind, encoding: decoded.encoding };
}
