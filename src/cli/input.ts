/**
 * Reading a report from a file: model JSON, or a published report (text, Markdown, HTML) through the parser.
 * This module loads the parser; `check` imports it only when a file is not JSON (see `load-json.ts`).
 *
 * @module
 */
import { parseReport } from "../parse.js";
import { validateReport } from "../validate/validate.js";
import { isJsonText, type Loaded, loadFailure, loadJson } from "./load-json.js";
import { readText } from "./read-file.js";

export type { Loaded } from "./load-json.js";
export { decodeText, maxInputBytes } from "./read-file.js";

/**
 * Reads one file into a report: JSON is validated against the model; anything else is parsed as a
 * published report. Never throws. The file is read synchronously (see `readText`).
 *
 * @example
 * ```ts
 * const loaded = await loadReport("连州市2023.txt");
 * ```
 */
export async function loadReport(path: string): Promise<Loaded> {
  const read = readText(path);
  return read.ok ? loadText(read.text) : read;
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
  return isJsonText(text) ? loadJson(text) : loadPublished(text);
}

/**
 * Turns the text of a published report (text, Markdown, HTML) into a report through the parser. Never throws.
 *
 * @example
 * ```ts
 * loadPublished("政府信息公开工作年度报告").ok; // false (code "unparsable")
 * ```
 */
export function loadPublished(text: string): Loaded {
  const parsed = parseReport(text);
  if (parsed.report === null) {
    const errors = parsed.diagnostics.filter((d) => d.level === "error");
    return loadFailure(
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
    return loadFailure(
      "unparsable",
      "从文本中识别出的报告不完整，无法核对",
      "the report read from the text is incomplete and cannot be checked",
      valid.issues.map((i) => `${i.path.join(".") || "(root)"}\t${i.message.zh}\t${i.message.en}`),
    );
  }
  return { ok: true, report: valid.value, source: "published", diagnostics: parsed.diagnostics };
}
