/**
 * Structural validation of a report against the descriptors of its edition.
 *
 * @module
 */
import { type Edition, editionKeys, isEdition, tableKeys } from "../format/editions.js";
import type { Report } from "../model/report.generated.js";
import { isIsoDate } from "./date.js";
import {
  cellIssue,
  editionIssue,
  editionMismatchIssue,
  isPlainObject,
  missingKeyIssue,
  objectTypeIssue,
  paragraphIssue,
  rootTypeIssue,
  scalarIssue,
  unknownKeyIssue,
  unreadableIssue,
} from "./explain.js";
import { fastEditions, isReportFast } from "./fast.generated.js";
import { isOrganText } from "./guards.js";
import type { ValidationIssue } from "./issues.js";
import { type CellPlan, type ObjectPlan, type PlanNode, reportPlanOf, type ScalarPlan, tablePlan } from "./plan.js";

/**
 * The result of {@link validateReport}: the report, typed, or the issues found.
 *
 * @example
 * ```ts
 * import { validateReport } from "zfxxgk";
 * const result: ValidationResult = validateReport(JSON.parse(text));
 * if (result.ok) console.log(result.value.organ);
 * ```
 */
export type ValidationResult =
  | { readonly ok: true; readonly value: Report }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * At most this many issues are listed; the rest are counted in one last `too_many` issue, so that a huge input of
 * bad values (a 60 MB array) costs a count, not an object per value. A report has about 250 cells: no input that is
 * nearly a report comes close.
 */
export const maxIssues = 1000;

/** Where issues go: at most {@link maxIssues}, the others counted. */
interface Collector {
  readonly issues: ValidationIssue[];
  more: number;
}

/** Where issues go: `null` on the fast pass (stop at the first problem). */
type Sink = Collector | null;

const hasOwn = Object.prototype.hasOwnProperty;
/** Own and enumerable: the only properties that count (what JSON.stringify writes). */
const isOwn = Object.prototype.propertyIsEnumerable;

/** The value of an own enumerable property, else `undefined` (nothing is read through a prototype). */
const own = (x: Record<string, unknown>, key: string): unknown => (isOwn.call(x, key) ? x[key] : undefined);

function push(sink: Collector, issue: ValidationIssue): false {
  if (sink.issues.length < maxIssues) sink.issues.push(issue);
  else sink.more++;
  return false;
}

/** Whether the list is full: what follows is counted, not built. */
const full = (sink: Collector): boolean => sink.issues.length >= maxIssues;

function walk(x: unknown, plan: PlanNode, sink: Sink): boolean {
  switch (plan.t) {
    case "object":
      return walkObject(x, plan, sink);
    case "cell":
      return checkCell(x, plan, sink);
    default:
      return checkScalar(x, plan, sink);
  }
}

function walkObject(x: unknown, plan: ObjectPlan, sink: Sink): boolean {
  if (!isPlainObject(x)) {
    if (sink === null) return false;
    return push(sink, objectTypeIssue(plan, x));
  }
  const { keys, children, optional } = plan;
  let ok = true;
  let seen = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const value = own(x, key);
    if (value === undefined) {
      if (optional[i] === true && !isOwn.call(x, key)) continue;
      if (sink === null) return false;
      const child = children[i] as PlanNode;
      ok = push(sink, missingKeyIssue(child));
      if (isOwn.call(x, key)) seen++;
      continue;
    }
    seen++;
    if (!walk(value, children[i] as PlanNode, sink)) {
      if (sink === null) return false;
      ok = false;
    }
  }
  let count = 0;
  for (const key in x) if (hasOwn.call(x, key)) count++;
  if (count !== seen) {
    if (sink === null) return false;
    for (const key of Object.keys(x)) {
      if (keys.includes(key)) continue;
      if (full(sink)) sink.more++;
      else ok = push(sink, unknownKeyIssue(plan, key));
    }
  }
  return ok;
}

function checkCell(x: unknown, plan: CellPlan, sink: Sink): boolean {
  if (x === null) return true;
  if (plan.kind === "unit") {
    if (typeof x === "string" && plan.values?.includes(x) === true) return true;
    if (sink === null) return false;
    return push(sink, cellIssue(plan, x));
  }
  if (typeof x === "number") {
    if (plan.kind === "amount") {
      if (x >= 0 && x < Number.POSITIVE_INFINITY) return true;
    } else if (Number.isSafeInteger(x) && (x >= 0 || plan.kind === "signed")) return true;
  }
  if (sink === null) return false;
  return push(sink, cellIssue(plan, x));
}

function checkScalar(x: unknown, plan: ScalarPlan, sink: Sink): boolean {
  switch (plan.t) {
    case "organ":
      if (isOrganText(x)) return true;
      break;
    case "string":
      if (typeof x === "string") return true;
      break;
    case "year":
      if (typeof x === "number" && Number.isInteger(x) && x >= 1900 && x <= 9999) return true;
      break;
    case "date":
      if (x === null || (typeof x === "string" && isIsoDate(x))) return true;
      break;
    case "strings":
      if (Array.isArray(x)) {
        let ok = true;
        for (let i = 0; i < x.length; i++) {
          if (typeof x[i] === "string") continue;
          if (sink === null) return false;
          ok = push(sink, paragraphIssue(plan, i, x[i]));
          if (full(sink)) {
            sink.more += nonStringsFrom(x, i + 1);
            break;
          }
        }
        return ok;
      }
      break;
  }
  if (sink === null) return false;
  return push(sink, scalarIssue(plan, x));
}

/**
 * How many elements of `x` from index `from` on are not strings (holes count: a hole is no paragraph). A sparse
 * array (`length` up to 2^32 − 1) is counted by its present elements, never by walking its length.
 */
function nonStringsFrom(x: readonly unknown[], from: number): number {
  const remaining = x.length - from;
  if (remaining <= 0) return 0;
  if (remaining <= 1_000_000) {
    let n = 0;
    for (let i = from; i < x.length; i++) if (typeof x[i] !== "string") n++;
    return n;
  }
  let strings = 0;
  for (const key in x) {
    const i = Number(key);
    if (Number.isInteger(i) && i >= from && isOwn.call(x, key) && typeof x[i] === "string") strings++;
  }
  return remaining - strings;
}

/** The edition of an input, or `undefined` when it names none. */
function editionOf(x: Record<string, unknown>): Edition | undefined {
  const e = own(x, "edition");
  return isEdition(e) ? e : undefined;
}

/** Adds `edition_mismatch` where a table failed for its edition but fits another. */
function explainMismatch(x: Record<string, unknown>, edition: Edition, issues: ValidationIssue[]): void {
  if (issues.length >= maxIssues) return;
  for (const key of tableKeys) {
    if (!issues.some((i) => i.path[0] === key)) continue;
    for (const other of editionKeys) {
      if (other === edition || !walkObject(own(x, key), tablePlan(other, key), null)) continue;
      issues.push(editionMismatchIssue(key, edition, other));
    }
  }
}

/**
 * Every structural issue of an input, found by interpreting the validation plan (the slow, explaining path of
 * {@link validateReport}; internal, exported for the agreement tests).
 *
 * @example
 * ```ts
 * collectIssues({ edition: "2021" }).length > 0; // true
 * ```
 */
export function collectIssues(x: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isPlainObject(x)) {
    issues.push(rootTypeIssue(x));
    return issues;
  }
  const edition = editionOf(x);
  if (edition === undefined) {
    issues.push(editionIssue(own(x, "edition")));
    return issues;
  }
  const sink: Collector = { issues, more: 0 };
  walkObject(x, reportPlanOf(edition), sink);
  explainMismatch(x, edition, issues);
  if (sink.more > 0)
    issues.push({
      path: [],
      code: "too_many",
      message: {
        zh: `……及另外 ${sink.more} 处问题（只列出前 ${maxIssues} 处）`,
        en: `… and ${sink.more} more issues (the first ${maxIssues} are listed)`,
      },
    });
  return issues;
}

/**
 * Validates the structure of a report against the descriptors of its `edition`: every key present and
 * none unknown, counts non-negative safe integers (or `null` for a blank), amounts finite and non-negative,
 * a real publication date. Never throws on data and never mutates or copies the input: on success `value`
 * is the input itself, typed. The accounting rules are {@link checkReport}'s job.
 *
 * @example
 * ```ts
 * import { validateReport } from "zfxxgk";
 * const result = validateReport(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.path.join("."), issue.message.zh);
 * ```
 */
export function validateReport(input: unknown): ValidationResult {
  try {
    if (fastCheck(input)) return { ok: true, value: input };
    const issues = collectIssues(input);
    // the generated check and the plan interpreter agree (a test proves it); should an environment make them
    // differ (a polluted Object.prototype adds keys to every object), the interpreter's verdict stands
    if (issues.length === 0) return { ok: true, value: input as Report };
    return { ok: false, issues };
  } catch (error) {
    // a getter or proxy in the input threw: the input is not data we can read
    return {
      ok: false,
      issues: [unreadableIssue(error)],
    };
  }
}

/**
 * True when `input` is a structurally valid report (the fast path of {@link validateReport}).
 *
 * @example
 * ```ts
 * import { isReport } from "zfxxgk";
 * if (isReport(data)) console.log(data.edition);
 * ```
 */
export function isReport(input: unknown): input is Report {
  try {
    return fastCheck(input);
  } catch {
    return false;
  }
}

/**
 * The generated straight-line check, or, for an edition it was not generated for (one registered at run time),
 * the plan interpreter: both say the same (a test proves it).
 */
function fastCheck(input: unknown): input is Report {
  if (isReportFast(input)) return true;
  const edition = isPlainObject(input) ? own(input, "edition") : undefined;
  return isEdition(edition) && !fastEditions.includes(edition) && collectIssues(input).length === 0;
}
