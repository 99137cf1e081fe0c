/**
 * What a well-formed result of each public entry point looks like, as plain predicates that name the first
 * thing wrong (`undefined` when the result is well formed). Fuzz properties assert `expect(problem).toBeUndefined()`
 * so that a failure says what was malformed, not just "false".
 */

import { cellAt, isEdition } from "../../../src/format.js";
import {
  type CheckResult,
  cellsOf,
  type Edition,
  isReport,
  type Report,
  readCell,
  type SumResult,
  type ValidationResult,
  validateReport,
} from "../../../src/index.js";
import type { DiagnosticCode, ParseResult } from "../../../src/parse.js";
import { ruleInfo } from "../../../src/rules.js";

const issueCodes = new Set([
  "invalid_type",
  "missing_key",
  "unknown_key",
  "negative",
  "not_integer",
  "not_finite",
  "unsafe_integer",
  "invalid_date",
  "invalid_value",
  "invalid_edition",
  "edition_mismatch",
  "unreadable",
  "too_many",
]);

/**
 * The shape of a diagnostic code (`input.format`, `row.value-count`, `internal`): the compiler holds the parser to
 * its `DiagnosticCode` union, so at run time the shape is what is checked (the parser adds codes as it grows).
 */
const diagnosticCode = /^[a-z]+(\.[a-z]+(-[a-z]+)*)?$/;

const isObject = (x: unknown): boolean => typeof x === "object" && x !== null;

/** A `{ zh, en }` message with text in both languages. */
export function messageProblem(m: unknown, where: string): string | undefined {
  if (!isObject(m)) return `${where}: message is not an object`;
  const { zh, en } = m as { zh?: unknown; en?: unknown };
  if (typeof zh !== "string" || zh === "") return `${where}: message.zh is not a non-empty string`;
  if (typeof en !== "string" || en === "") return `${where}: message.en is not a non-empty string`;
  return undefined;
}

/**
 * A well-formed `validateReport` result for `input`: `ok` with `value` the input itself (documented: no copy),
 * agreeing with `isReport`; or issues, each with a path, a known code and a message in both languages.
 */
export function validationProblem(input: unknown, r: ValidationResult): string | undefined {
  if (!isObject(r) || typeof r.ok !== "boolean") return "result has no boolean ok";
  if (r.ok) {
    if (r.value !== input) return "ok, but value is not the input itself";
    if (!isReport(input)) return "ok, but isReport disagrees";
    return undefined;
  }
  if (!Array.isArray(r.issues) || r.issues.length === 0) return "not ok, but no issues";
  for (const [k, i] of r.issues.entries()) {
    if (!Array.isArray(i.path) || !i.path.every((p: unknown) => typeof p === "string" || typeof p === "number"))
      return `issue ${k}: path is not a list of keys`;
    if (!issueCodes.has(i.code)) return `issue ${k}: unknown code ${String(i.code)}`;
    const m = messageProblem(i.message, `issue ${k}`);
    if (m !== undefined) return m;
  }
  return undefined;
}

/** Paths a finding may name besides the numeric cells of the edition (envelope and prose rules). */
function isReportPath(edition: Edition | undefined, path: string): boolean {
  if (edition !== undefined && cellAt(edition, path) !== undefined) return true;
  return /^(edition|organ|year|publishedOn|title|preamble|sections(\.[a-z]+)?)(\.\d+)?$/i.test(path);
}

/**
 * A well-formed `checkReport` / `checkContinuity` result: every finding names a catalogued rule with its
 * catalogued severity, a known status (`pass` only when asked for), cells that exist in the report's edition,
 * numbers (or `null` when not assessable) with `delta = left − right`, a message in both languages and `text`
 * in the language asked for; `ok` is false exactly when some error-severity rule failed.
 */
export function checkProblem(
  r: CheckResult,
  options: { lang: "zh" | "en"; includePassed: boolean; edition?: Edition; previousEdition?: Edition },
): string | undefined {
  if (!isObject(r) || typeof r.ok !== "boolean" || !Array.isArray(r.findings)) return "result is not { ok, findings }";
  for (const [k, f] of r.findings.entries()) {
    const at = `finding ${k} (${String(f.rule)})`;
    const info = ruleInfo(f.rule);
    if (info === undefined) return `${at}: rule not in the catalogue`;
    if (f.severity !== info.severity) return `${at}: severity ${f.severity}, catalogue says ${info.severity}`;
    if (!(f.status === "fail" || f.status === "not-assessable" || (f.status === "pass" && options.includePassed)))
      return `${at}: status ${String(f.status)}`;
    if (
      !Array.isArray(f.cells) ||
      !f.cells.every((c: unknown) => typeof c === "string" && isReportPath(options.edition, c))
    )
      return `${at}: cells ${JSON.stringify(f.cells)} are not paths of the report`;
    if (
      f.previousCells !== undefined &&
      !f.previousCells.every((c: unknown) => typeof c === "string" && isReportPath(options.previousEdition, c))
    )
      return `${at}: previousCells ${JSON.stringify(f.previousCells)} are not paths of the previous report`;
    for (const b of f.blankCells ?? [])
      if (!f.cells.includes(b) && !(f.previousCells ?? []).includes(b))
        return `${at}: blank cell ${b} not among the cells`;
    for (const side of ["left", "right", "delta"] as const) {
      const v = f[side];
      if (v === undefined) continue;
      if (v === null) {
        if (f.status !== "not-assessable") return `${at}: ${side} is null but the status is ${f.status}`;
        continue;
      }
      if (typeof v !== "number" || Number.isNaN(v)) return `${at}: ${side} is ${String(v)}`;
    }
    if (typeof f.left === "number" && typeof f.right === "number" && typeof f.delta === "number") {
      if (!Number.isFinite(f.delta)) return `${at}: delta ${f.delta} is not finite`;
      const scale = Math.max(1, Math.abs(f.left), Math.abs(f.right));
      if (Math.abs(f.left - f.right - f.delta) > scale * 1e-9)
        return `${at}: delta ${f.delta} ≠ ${f.left} − ${f.right}`;
    }
    const m = messageProblem(f.message, at);
    if (m !== undefined) return m;
    if (f.text !== f.message[options.lang]) return `${at}: text is not the ${options.lang} message`;
  }
  const failed = r.findings.some((f) => f.severity === "error" && f.status === "fail");
  if (r.ok === failed) return `ok is ${r.ok} but ${failed ? "an" : "no"} error-severity rule failed`;
  return undefined;
}

/**
 * A well-formed `sumReports` result: a valid report of the inputs' edition and year with the organ asked
 * for and `incomplete` paths of real cells; or issues with known codes and messages.
 */
export function sumProblem(r: SumResult<Report>, first: Report | undefined, organ: string): string | undefined {
  if (!isObject(r) || typeof r.ok !== "boolean") return "result has no boolean ok";
  if (!r.ok) {
    if (!Array.isArray(r.issues) || r.issues.length === 0) return "not ok, but no issues";
    for (const [k, i] of r.issues.entries()) {
      const m = messageProblem(i.message, `issue ${k} (${i.code})`);
      if (m !== undefined) return m;
    }
    return undefined;
  }
  const v = validateReport(r.value);
  if (!v.ok) return `the roll-up is not a valid report: ${v.issues.map((i) => i.message.en).join("; ")}`;
  if (first !== undefined && (r.value.edition !== first.edition || r.value.year !== first.year))
    return "the roll-up has another edition or year";
  if (r.value.organ !== organ) return "the roll-up does not carry the organ asked for";
  if (!r.incomplete.every((p) => cellAt(r.value.edition, p) !== undefined))
    return "incomplete names a path that is no cell";
  return undefined;
}

const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * A well-formed `parseReport` result: a known format and edition, diagnostics with known codes and levels,
 * no `internal` diagnostic (a parser defect), and a report that is either `null` (with an error saying why) or
 * valid — except for an organ or year the parser could not find, each named by its `error` diagnostic.
 */
export function parseProblem(r: ParseResult): string | undefined {
  if (!isObject(r)) return "result is not an object";
  if (!["text", "markdown", "html"].includes(r.format)) return `format ${String(r.format)}`;
  if (!isObject(r.edition) || !isEdition(r.edition.edition)) return "edition detection malformed";
  const em = messageProblem(r.edition.message, "edition");
  if (em !== undefined) return em;
  if (!Array.isArray(r.diagnostics)) return "diagnostics is not a list";
  for (const [k, d] of r.diagnostics.entries()) {
    if (!diagnosticCode.test(d.code)) return `diagnostic ${k}: unknown code ${String(d.code)}`;
    if (!["info", "warning", "error"].includes(d.level)) return `diagnostic ${k}: level ${String(d.level)}`;
    const m = messageProblem(d.message, `diagnostic ${k} (${d.code})`);
    if (m !== undefined) return m;
    if (d.line !== undefined && !(Number.isInteger(d.line) && d.line >= 1)) return `diagnostic ${k}: line ${d.line}`;
    if (d.cells !== undefined && !d.cells.every((c: string) => cellAt(r.edition.edition, c) !== undefined))
      return `diagnostic ${k}: cells ${JSON.stringify(d.cells)} are not cells of the ${r.edition.edition} edition`;
  }
  const internal = r.diagnostics.find((d) => d.code === "internal");
  if (internal !== undefined) return `internal error of the parser: ${internal.message.en}`;
  if (r.report === null) {
    if (!r.diagnostics.some((d) => d.level === "error")) return "no report, and no error diagnostic says why";
    return undefined;
  }
  if (r.report.edition !== r.edition.edition) return "the report's edition is not the detected edition";
  const v = validateReport(r.report);
  if (v.ok) return undefined;
  const explained: Record<string, DiagnosticCode> = { organ: "meta.organ-missing", year: "meta.year-missing" };
  for (const i of v.issues) {
    const key = i.path.length === 1 ? String(i.path[0]) : "";
    const code = explained[key];
    if (code === undefined || !r.diagnostics.some((d) => d.code === code && d.level === "error"))
      return `the report is not valid and no diagnostic says why: ${i.message.en}`;
  }
  return undefined;
}

/** Control characters a terminal obeys, line separators other than `\n`, and bidirectional overrides. */
export function controlProblem(text: string, where: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029)
      return `${where}: control character U+${c.toString(16).padStart(4, "0")} at ${i}`;
  }
  const bidi = bidiControls.exec(text);
  if (bidi !== null)
    return `${where}: bidirectional control U+${(bidi[0].codePointAt(0) as number).toString(16)} at ${bidi.index}`;
  return undefined;
}

/** Every non-zero figure of the parsed report is a number written in the input (ASCII or full-width digits, maybe grouped). */
export function inventedFigures(result: ParseResult, input: string): string[] {
  if (result.report === null) return [];
  const ascii = input.replace(/[０-９．，]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const written = new Set<number>();
  for (const token of ascii.match(/[0-9][0-9,]*(?:\.[0-9]+)?/g) ?? []) {
    written.add(Number(token.replace(/,/g, "")));
    for (const part of token.split(/[,.]/)) written.add(Number(part));
  }
  const out: string[] = [];
  for (const cell of cellsOf(result.report.edition)) {
    const v = readCell(result.report, cell.segments);
    if (typeof v === "number" && v !== 0 && !written.has(Math.abs(v))) out.push(`${cell.path} = ${v}`);
  }
  return out;
}
