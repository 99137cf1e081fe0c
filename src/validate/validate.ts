/**
 * Structural validation of a report against the descriptors of its edition.
 *
 * @module
 */
import { type Edition, editionKeys, editions, tableKeys } from "../format/editions.js";
import type { Report } from "../model/report.generated.js";
import { isIsoDate } from "./date.js";
import { isReportFast } from "./fast.generated.js";
import { describe, type IssueCode, type Message, type ValidationIssue } from "./issues.js";
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

/** Where issues go: `null` on the fast pass (stop at the first problem). */
type Sink = ValidationIssue[] | null;

const objectProto = Object.prototype;
const getProto = Object.getPrototypeOf;
const hasOwn = Object.prototype.hasOwnProperty;

/** A plain object: made by a literal or JSON.parse (any realm), or with a null prototype. */
function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const proto = getProto(x);
  return proto === objectProto || proto === null || getProto(proto) === null;
}

function push(sink: ValidationIssue[], path: readonly (string | number)[], code: IssueCode, message: Message): false {
  sink.push({ path, code, message });
  return false;
}

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
    return push(sink, plan.path, "invalid_type", {
      zh: `${plan.name.zh}应为对象，实为 ${describe(x)}`,
      en: `${plan.name.en} must be an object, got ${describe(x)}`,
    });
  }
  const { keys, children, optional } = plan;
  let ok = true;
  let seen = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const value = x[key];
    if (value === undefined) {
      if (optional[i] === true && !hasOwn.call(x, key)) continue;
      if (sink === null) return false;
      const child = children[i] as PlanNode;
      ok = push(sink, child.path, "missing_key", {
        zh: `缺少${child.name.zh}（${child.path.join(".")}）`,
        en: `Missing ${child.name.en} (${child.path.join(".")})`,
      });
      if (hasOwn.call(x, key)) seen++;
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
      const path = plan.path[0] === "(root)" ? [key] : [...plan.path, key];
      ok = push(sink, path, "unknown_key", {
        zh: `${plan.name.zh}中有未定义的键 ${JSON.stringify(key)}`,
        en: `Unknown key ${JSON.stringify(key)} in ${plan.name.en}`,
      });
    }
  }
  return ok;
}

function checkCell(x: unknown, plan: CellPlan, sink: Sink): boolean {
  if (x === null) return true;
  if (plan.kind === "unit") {
    if (typeof x === "string" && plan.values?.includes(x) === true) return true;
    if (sink === null) return false;
    const allowed = (plan.values ?? []).join("、");
    return push(sink, plan.path, typeof x === "string" ? "invalid_value" : "invalid_type", {
      zh: `${plan.name.zh}应为 ${allowed} 之一或空白（null），实为 ${describe(x)}`,
      en: `${plan.name.en} must be one of ${allowed} or null, got ${describe(x)}`,
    });
  }
  if (typeof x === "number") {
    if (plan.kind === "amount") {
      if (x >= 0 && x < Number.POSITIVE_INFINITY) return true;
    } else if (Number.isSafeInteger(x) && (x >= 0 || plan.kind === "signed")) return true;
  }
  if (sink === null) return false;
  return push(sink, plan.path, ...cellProblem(x, plan));
}

const kindText: Record<CellPlan["kind"], Message> = {
  count: { zh: "非负整数", en: "a non-negative integer" },
  signed: { zh: "整数", en: "an integer" },
  amount: { zh: "非负数", en: "a non-negative number" },
  unit: { zh: "单位", en: "a unit" },
};

function cellProblem(x: unknown, plan: CellPlan): [IssueCode, Message] {
  const want = kindText[plan.kind];
  const got = describe(x);
  const msg = (zhWhy: string, enWhy: string): Message => ({
    zh: `${plan.name.zh}应为${want.zh}或空白（null），${zhWhy}：${got}`,
    en: `${plan.name.en} must be ${want.en} or null; ${enWhy}: ${got}`,
  });
  if (typeof x !== "number") return ["invalid_type", msg("类型不符", "wrong type")];
  if (!Number.isFinite(x)) return ["not_finite", msg("不是有限数", "not finite")];
  if (x < 0 && plan.kind !== "signed") return ["negative", msg("不能为负数", "negative")];
  if (!Number.isInteger(x)) return ["not_integer", msg("不是整数", "not an integer")];
  return ["unsafe_integer", msg("超出可精确表示的整数范围", "beyond Number.MAX_SAFE_INTEGER")];
}

function checkScalar(x: unknown, plan: ScalarPlan, sink: Sink): boolean {
  switch (plan.t) {
    case "organ":
      if (typeof x === "string" && x.trim() !== "") return true;
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
          ok = push(sink, [...plan.path, i], "invalid_type", {
            zh: `${plan.name.zh}第 ${i + 1} 段应为字符串，实为 ${describe(x[i])}`,
            en: `Paragraph ${i + 1} of ${plan.name.en} must be a string, got ${describe(x[i])}`,
          });
        }
        return ok;
      }
      break;
  }
  if (sink === null) return false;
  return push(sink, plan.path, ...scalarProblem(x, plan));
}

function scalarProblem(x: unknown, plan: ScalarPlan): [IssueCode, Message] {
  const got = describe(x);
  switch (plan.t) {
    case "organ":
      return [
        typeof x === "string" ? "invalid_value" : "invalid_type",
        { zh: `${plan.name.zh}应为非空字符串，实为 ${got}`, en: `${plan.name.en} must be a non-empty string, got ${got}` },
      ];
    case "year":
      return [
        typeof x === "number" ? "invalid_value" : "invalid_type",
        { zh: `${plan.name.zh}应为 1900 至 9999 之间的整数，实为 ${got}`, en: `${plan.name.en} must be an integer from 1900 to 9999, got ${got}` },
      ];
    case "date":
      return [
        typeof x === "string" ? "invalid_date" : "invalid_type",
        {
          zh: `${plan.name.zh}应为存在的日期（YYYY-MM-DD）或 null，实为 ${got}`,
          en: `${plan.name.en} must be a real calendar date (YYYY-MM-DD) or null, got ${got}`,
        },
      ];
    case "strings":
      return ["invalid_type", { zh: `${plan.name.zh}应为字符串数组，实为 ${got}`, en: `${plan.name.en} must be an array of strings, got ${got}` }];
    default:
      return ["invalid_type", { zh: `${plan.name.zh}应为字符串，实为 ${got}`, en: `${plan.name.en} must be a string, got ${got}` }];
  }
}

/** The edition of an input, or `undefined` when it names none. */
function editionOf(x: Record<string, unknown>): Edition | undefined {
  const e = x.edition;
  return e === "2021" || e === "2019" ? e : undefined;
}

/** Adds `edition_mismatch` where a table failed for its edition but fits another. */
function explainMismatch(x: Record<string, unknown>, edition: Edition, issues: ValidationIssue[]): void {
  for (const key of tableKeys) {
    if (!issues.some((i) => i.path[0] === key)) continue;
    for (const other of editionKeys) {
      if (other === edition || !walkObject(x[key], tablePlan(other, key), null)) continue;
      const table = editions[edition].tables[key];
      issues.push({
        path: [key],
        code: "edition_mismatch",
        message: {
          zh: `「${table.number}」的结构属于 ${other} 年版格式（${editions[other].notice}），与 edition "${edition}" 不符`,
          en: `${table.en} has the shape of the ${other} edition (${editions[other].notice}), not of edition "${edition}"`,
        },
      });
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
    push(issues, [], "invalid_type", { zh: `报告应为对象，实为 ${describe(x)}`, en: `A report must be an object, got ${describe(x)}` });
    return issues;
  }
  const edition = editionOf(x);
  if (edition === undefined) {
    push(issues, ["edition"], "invalid_edition", {
      zh: `「格式版本」（edition）应为 "2021"（${editions["2021"].notice}）或 "2019"（${editions["2019"].notice}），实为 ${describe(x.edition)}`,
      en: `edition must be "2021" or "2019", got ${describe(x.edition)}`,
    });
    return issues;
  }
  walkObject(x, reportPlanOf(edition), issues);
  explainMismatch(x, edition, issues);
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
      issues: [
        {
          path: [],
          code: "unreadable",
          message: {
            zh: `输入无法读取：${String(error)}`,
            en: `The input could not be read: ${String(error)}`,
          },
        },
      ],
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

function fastCheck(input: unknown): input is Report {
  return isReportFast(input);
}
