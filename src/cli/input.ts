/**
 * Reading a report from a file: model JSON, or a published report (text, Markdown, HTML) through the parser.
 *
 * @module
 */
import { Buffer, isUtf8 } from "node:buffer";
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import type { Report } from "../model/report.generated.js";
import { type Diagnostic, parseReport } from "../parse.js";
import { validateReport } from "../validate/validate.js";
import type { Message } from "../validate/issues.js";
import { describeError } from "./files.js";

/** Files above this size are refused rather than read into memory. */
export const maxInputBytes = 64 * 1024 * 1024;

/**
 * A report read from a file, or why none could be.
 *
 * @example
 * ```ts
 * const loaded = await loadReport("report.json");
 * if (loaded.ok) console.log(loaded.report.organ);
 * ```
 */
export type Loaded =
  | {
      readonly ok: true;
      readonly report: Report;
      readonly source: "json" | "published";
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly code: "unreadable" | "binary" | "json" | "invalid" | "unparsable" | "internal"; readonly message: Message; readonly details?: readonly string[] };

const fail = (code: Extract<Loaded, { ok: false }>["code"], zh: string, en: string, details?: readonly string[]): Loaded =>
  details === undefined ? { ok: false, code, message: { zh, en } } : { ok: false, code, message: { zh, en }, details };


/**
 * Decodes bytes as UTF-8 text, or `undefined` for binary data (a NUL byte or invalid UTF-8). A BOM is dropped.
 *
 * @example
 * ```ts
 * decodeText(new TextEncoder().encode("表三")); // "表三"
 * ```
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  // validate, then decode (faster than a fatal TextDecoder); like TextDecoder, the decoding drops a BOM
  if (bytes.includes(0) || !isUtf8(bytes)) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads one file into a report: JSON is validated against the model; anything else is parsed as a
 * published report. Never throws. The file is read synchronously (one open, fstat, read and close): the
 * command line reads one file at a time, and a thread-pool round trip per step costs more than the read.
 *
 * @example
 * ```ts
 * const loaded = await loadReport("连州市2023.txt");
 * ```
 */
export async function loadReport(path: string): Promise<Loaded> {
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (info.isDirectory()) return fail("unreadable", "是文件夹", "is a folder");
    if (info.size > maxInputBytes) {
      return fail("unreadable", `文件过大（${info.size} 字节，上限 ${maxInputBytes}）`, `file too large (${info.size} bytes, limit ${maxInputBytes})`);
    }
    bytes = readFileSync(fd);
  } catch (error) {
    const why = describeError(error);
    return fail("unreadable", `无法读取：${why}`, `cannot read: ${why}`);
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
  const text = decodeText(bytes);
  if (text === undefined) return fail("binary", "不是文本文件（二进制数据或非 UTF-8 编码）", "not a text file (binary data or not UTF-8)");
  return loadText(text);
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // the bytes are read; a failing close loses nothing
  }
}

/**
 * Turns the text of a file into a report (see {@link loadReport}).
 *
 * @example
 * ```ts
 * loadText('{"edition":"2021"}').ok; // false
 * ```
 */
export function loadText(text: string): Loaded {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      const why = (error as Error).message;
      return fail("json", `JSON 格式错误：${why}`, `invalid JSON: ${why}`);
    }
    const result = validateReport(data);
    if (!result.ok) {
      return fail(
        "invalid",
        `不符合报告数据模型（${result.issues.length} 处）`,
        `does not match the report model (${result.issues.length} issues)`,
        result.issues.map((i) => `${i.path.join(".") || "(root)"}\t${i.message.zh}\t${i.message.en}`),
      );
    }
    return { ok: true, report: result.value, source: "json", diagnostics: [] };
  }
  const parsed = parseReport(text);
  if (parsed.report === null) {
    const errors = parsed.diagnostics.filter((d) => d.level === "error");
    return fail(
      "unparsable",
      "无法从文本中识别出年度报告",
      "no annual report could be recognised in the text",
      errors.map((d) => `${d.message.zh}\t${d.message.en}`),
    );
  }
  // the parser may return a report without what the model requires (an organ or a year it could not find): such
  // a report cannot be checked, and is not passed on as if it were one
  const valid = validateReport(parsed.report);
  if (!valid.ok) {
    return fail(
      "unparsable",
      "从文本中识别出的报告不完整，无法核对",
      "the report read from the text is incomplete and cannot be checked",
      valid.issues.map((i) => `${i.path.join(".") || "(root)"}\t${i.message.zh}\t${i.message.en}`),
    );
  }
  return { ok: true, report: valid.value, source: "published", diagnostics: parsed.diagnostics };
}
