/**
 * Turning the text of a model-JSON file into a report. Kept apart from the parser (`zfxxgk parse`, parse5 and
 * all): a folder of JSON reports never loads it.
 *
 * @module
 */

import type { Report } from "../model/report.generated.js";
import type { Diagnostic, EnvelopeSources, InputFormat } from "../parse.js";
import type { Message } from "../validate/issues.js";
import { validateReport } from "../validate/validate.js";
import { jsonSyntaxError } from "./json-error.js";

/**
 * A part of a published report that could not be read (its cells are `null`): a table not found, a row whose
 * figures could not be placed, a cell that is not a number — one entry per parser diagnostic.
 *
 * @example
 * ```ts
 * const u: Unread = { level: "table", code: "table.missing", table: "表三", cells: [], message: { zh: "未找到表三…", en: "…" } };
 * ```
 */
export interface Unread {
  readonly level: "table" | "row" | "cell";
  readonly code: string;
  readonly table?: string;
  readonly row?: string;
  readonly line?: number;
  readonly cells: readonly string[];
  readonly message: Message;
}

/**
 * How a published report was read: the reader (`text`, `markdown`, `html`, `pdf`, `docx`), what was read (the
 * encoding of a text, or `pdf`/`docx`), where the envelope came from, the fields not found (checked under a
 * stand-in, with the rules that judge them in `exclude`), what could not be read, and the report as read.
 *
 * @example
 * ```ts
 * if (loaded.ok && loaded.read !== undefined && loaded.read.unread.length > 0) console.log("incomplete");
 * ```
 */
export interface ReadSummary {
  readonly format: InputFormat;
  readonly read: string;
  readonly envelope: EnvelopeSources;
  readonly missing: readonly ("organ" | "year")[];
  readonly unread: readonly Unread[];
  readonly exclude: readonly string[];
  readonly asRead: Report;
  /** The parts in the order printed (`ParseResult.partsOrder`), for `S.part-order`. */
  readonly partsOrder?: readonly string[];
}

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
      /** For a published report: how it was read, and what could not be. */
      readonly read?: ReadSummary;
    }
  | {
      readonly ok: false;
      /** `too-large` and `timeout`: the file went over its memory or time budget (see `budget.ts`). */
      readonly code: "unreadable" | "binary" | "json" | "invalid" | "unparsable" | "internal" | "too-large" | "timeout";
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
 * One entry of {@link Loaded}'s `details`: its fields (where, then the message in Chinese and in English, or only
 * the two messages) joined by tabs, a tab inside a field written `\t` — a key or a text from the file cannot shift
 * the fields, so that the file's own text would stand where the library's message belongs.
 *
 * @example
 * ```ts
 * detail("sections.a\tb", "未定义的键", "unknown key"); // "sections.a\\tb\t未定义的键\tunknown key"
 * ```
 */
export function detail(...fields: readonly string[]): string {
  return fields.map((f) => f.replaceAll("\t", "\\t")).join("\t");
}

/**
 * The fields of a {@link detail}: where (empty when it names no place) and the message in each language.
 *
 * @example
 * ```ts
 * detailFields("sections.x\t未定义的键\tunknown key"); // { where: "sections.x", zh: "未定义的键", en: "unknown key" }
 * detailFields("未找到表三\ttable 3 not found"); // { where: "", zh: "未找到表三", en: "table 3 not found" }
 * ```
 */
export function detailFields(text: string): { readonly where: string; readonly zh: string; readonly en: string } {
  const fields = text.split("\t");
  if (fields.length >= 3) return { where: fields[0] ?? "", zh: fields[1] ?? "", en: fields[2] ?? "" };
  return { where: "", zh: fields[0] ?? "", en: fields[1] ?? fields[0] ?? "" };
}

/** What may follow a JSON array's `[`: JSON white space, then a value or the array's end. */
const jsonArrayStart = /^\[[\t\n\r ]*(?:[[{\]"0-9-]|true|false|null)/;
/** A first bracket pair with nothing nested or quoted in it, followed by more text: never JSON (`[1](…)`, `[1] 某`). */
const bracketThenMore = /^\[[^[\]{}"]*\]\s*\S/;

/**
 * Whether a file's text is read as model JSON rather than as a published report: its first character after white
 * space opens an object, or opens an array that plausibly is one — `[`, JSON white space, then what starts a value
 * or ends the array. A Markdown report that starts with a link (a breadcrumb, 「[首页](…)」) is a published report.
 *
 * @example
 * ```ts
 * isJsonText('  {"edition":"2021"}'); // true
 * isJsonText('[{"edition":"2021"}]'); // true (an array: not a report, said as such)
 * isJsonText("[首页](https://www.example.gov.cn/) > 政府信息公开"); // false
 * isJsonText("连州市人民政府办公室 2023 年政府信息公开工作年度报告"); // false
 * ```
 */
export function isJsonText(text: string): boolean {
  const start = text.trimStart();
  const c = start.charCodeAt(0);
  if (c === 0x7b) return true;
  return c === 0x5b && jsonArrayStart.test(start) && !bracketThenMore.test(start);
}

/**
 * Whether the start of a text opens a JSON object or array (what {@link isJsonText} decides on the whole text).
 *
 * @example
 * ```ts
 * opensJson("[首页]"); // true: read the whole text and ask isJsonText
 * ```
 */
export function opensJson(text: string): boolean {
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
    // said where it is, in the chosen language (not the engine's English message with a character offset)
    const at = jsonSyntaxError(text);
    if (at === undefined) {
      const why = (error as Error).message;
      return loadFailure("json", `JSON 格式错误：${why}`, `invalid JSON: ${why}`);
    }
    return loadFailure(
      "json",
      `JSON 格式错误，第 ${at.line} 行第 ${at.column} 列：${at.zh}`,
      `invalid JSON at line ${at.line}, column ${at.column}: ${at.en}`,
    );
  }
  const result = validateReport(data);
  if (!result.ok) {
    return loadFailure(
      "invalid",
      `不符合报告数据模型（${result.issues.length} 处）`,
      `does not match the report model (${result.issues.length} issues)`,
      result.issues.map((i) => detail(i.path.join(".") || "(root)", i.message.zh, i.message.en)),
    );
  }
  return { ok: true, report: result.value, source: "json", diagnostics: noDiagnostics };
}
