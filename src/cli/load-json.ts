/**
 * Turning the text of a model-JSON file into a report. Kept apart from the parser (`zfxxgk parse`, parse5 and
 * all): a folder of JSON reports never loads it.
 *
 * @module
 */
import type { Report } from "../model/report.generated.js";
import type { Diagnostic } from "../parse.js";
import type { Message } from "../validate/issues.js";
import { validateReport } from "../validate/validate.js";

/**
 * A report read from a file, or why none could be.
 *
 * @example
 * ```ts
 * const loaded = loadJson('{"edition":"2021"}');
 * if (!loaded.ok) console.log(loaded.code); // "invalid"
 * ```
 */
export type Loaded =
  | {
      readonly ok: true;
      readonly report: Report;
      readonly source: "json" | "published";
      readonly diagnostics: readonly Diagnostic[];
    }
  | {
      readonly ok: false;
      readonly code: "unreadable" | "binary" | "json" | "invalid" | "unparsable" | "internal";
      readonly message: Message;
      readonly details?: readonly string[];
    };

/**
 * A failed {@link Loaded}.
 *
 * @example
 * ```ts
 * loadFailure("json", "JSON 格式错误", "invalid JSON").ok; // false
 * ```
 */
export const loadFailure = (
  code: Extract<Loaded, { ok: false }>["code"],
  zh: string,
  en: string,
  details?: readonly string[],
): Loaded =>
  details === undefined ? { ok: false, code, message: { zh, en } } : { ok: false, code, message: { zh, en }, details };

const noDiagnostics: readonly Diagnostic[] = Object.freeze([]);

/**
 * Whether a file's text is read as model JSON (its first character after white space opens an object or an
 * array) rather than as a published report.
 *
 * @example
 * ```ts
 * isJsonText('  {"edition":"2021"}'); // true
 * isJsonText("连州市人民政府办公室 2023 年政府信息公开工作年度报告"); // false
 * ```
 */
export function isJsonText(text: string): boolean {
  const c = text.trimStart().charCodeAt(0);
  return c === 0x7b || c === 0x5b;
}

/**
 * Turns the text of a model-JSON file into a report validated against the model. Never throws.
 *
 * @example
 * ```ts
 * loadJson("{").ok; // false (code "json")
 * ```
 */
export function loadJson(text: string): Loaded {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = (error as Error).message;
    return loadFailure("json", `JSON 格式错误：${why}`, `invalid JSON: ${why}`);
  }
  const result = validateReport(data);
  if (!result.ok) {
    return loadFailure(
      "invalid",
      `不符合报告数据模型（${result.issues.length} 处）`,
      `does not match the report model (${result.issues.length} issues)`,
      result.issues.map((i) => `${i.path.join(".") || "(root)"}\t${i.message.zh}\t${i.message.en}`),
    );
  }
  return { ok: true, report: result.value, source: "json", diagnostics: noDiagnostics };
}
