/**
 * What each failed structural check says: the issues of {@link validateReport}, one constructor per check,
 * keyed by the validation plan. The validator and the zod and io-ts adapters all speak through these, so a
 * message is worded once.
 *
 * @module
 */
import { type Edition, editionKeys, editions } from "../format/editions.js";
import { describe, type IssueCode, type Message, type ValidationIssue } from "./issues.js";
import type { CellPlan, ObjectPlan, PlanNode, ScalarPlan } from "./plan.js";

export { isPlainObject } from "./guards.js";

const issue = (path: readonly (string | number)[], code: IssueCode, message: Message): ValidationIssue => ({
  path,
  code,
  message,
});

/**
 * The input is not an object at all.
 *
 * @example
 * ```ts
 * rootTypeIssue(42).message.zh; // "报告应为对象，实为 42"
 * ```
 */
export function rootTypeIssue(x: unknown): ValidationIssue {
  return issue([], "invalid_type", {
    zh: `报告应为对象，实为 ${describe(x)}`,
    en: `A report must be an object, got ${describe(x)}`,
  });
}

/**
 * `edition` names no edition.
 *
 * @example
 * ```ts
 * editionIssue("2020").code; // "invalid_edition"
 * ```
 */
export function editionIssue(x: unknown): ValidationIssue {
  const zh = editionKeys.map((e) => `"${e}"（${editions[e].notice}）`);
  const en = editionKeys.map((e) => `"${e}"`);
  return issue(["edition"], "invalid_edition", {
    zh: `「格式版本」（edition）应为 ${alternatives(zh, "、", "或 ")}，实为 ${describe(x)}`,
    en: `edition must be ${alternatives(en, ", ", " or ")}, got ${describe(x)}`,
  });
}

/** `a、b或c` / `a, b or c`: the last two joined by the word. */
function alternatives(items: readonly string[], comma: string, or: string): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(comma)}${or}${items[items.length - 1]}`;
}

/**
 * An object of the plan is not a plain object.
 *
 * @example
 * ```ts
 * objectTypeIssue(tablePlan("2021", "applications"), []).code; // "invalid_type"
 * ```
 */
export function objectTypeIssue(plan: ObjectPlan, x: unknown): ValidationIssue {
  return issue(plan.path, "invalid_type", {
    zh: `${plan.name.zh}应为对象，实为 ${describe(x)}`,
    en: `${plan.name.en} must be an object, got ${describe(x)}`,
  });
}

/**
 * A required key is absent (or `undefined`), or an optional one is present as `undefined`.
 *
 * @example
 * ```ts
 * missingKeyIssue(tablePlan("2021", "applications")).message.zh; // "缺少「表三 收到和处理政府信息公开申请情况」（applications）"
 * ```
 */
export function missingKeyIssue(child: PlanNode): ValidationIssue {
  return issue(child.path, "missing_key", {
    zh: `缺少${child.name.zh}（${child.path.join(".")}）`,
    en: `Missing ${child.name.en} (${child.path.join(".")})`,
  });
}

/**
 * An object of the plan has a key the model does not define.
 *
 * @example
 * ```ts
 * unknownKeyIssue(reportPlanOf("2021"), "extra").path; // ["extra"]
 * ```
 */
export function unknownKeyIssue(plan: ObjectPlan, key: string): ValidationIssue {
  return issue(plan.path[0] === "(root)" ? [key] : [...plan.path, key], "unknown_key", {
    zh: `${plan.name.zh}中有未定义的键 ${JSON.stringify(key)}`,
    en: `Unknown key ${JSON.stringify(key)} in ${plan.name.en}`,
  });
}

const kindText: Record<CellPlan["kind"], Message> = {
  count: { zh: "非负整数", en: "a non-negative integer" },
  signed: { zh: "整数", en: "an integer" },
  amount: { zh: "非负数", en: "a non-negative number" },
  unit: { zh: "单位", en: "a unit" },
};

/**
 * A cell holds a value its kind does not allow (the caller has found it invalid).
 *
 * @example
 * ```ts
 * cellIssue(cellPlan, -1).code; // "negative"
 * ```
 */
export function cellIssue(plan: CellPlan, x: unknown): ValidationIssue {
  const got = describe(x);
  if (plan.kind === "unit") {
    const allowed = (plan.values ?? []).join("、");
    return issue(plan.path, typeof x === "string" ? "invalid_value" : "invalid_type", {
      zh: `${plan.name.zh}应为 ${allowed} 之一或空白（null），实为 ${got}`,
      en: `${plan.name.en} must be one of ${allowed} or null, got ${got}`,
    });
  }
  const want = kindText[plan.kind];
  const msg = (code: IssueCode, zhWhy: string, enWhy: string): ValidationIssue =>
    issue(plan.path, code, {
      zh: `${plan.name.zh}应为${want.zh}或空白（null），${zhWhy}：${got}`,
      en: `${plan.name.en} must be ${want.en} or null; ${enWhy}: ${got}`,
    });
  if (typeof x !== "number") return msg("invalid_type", "类型不符", "wrong type");
  if (!Number.isFinite(x)) return msg("not_finite", "不是有限数", "not finite");
  if (x < 0 && plan.kind !== "signed") return msg("negative", "不能为负数", "negative");
  if (!Number.isInteger(x)) return msg("not_integer", "不是整数", "not an integer");
  return msg("unsafe_integer", "超出可精确表示的整数范围", "beyond Number.MAX_SAFE_INTEGER");
}

/**
 * A value of the envelope (organ, year, date, title, paragraphs) is wrong as a whole.
 *
 * @example
 * ```ts
 * scalarIssue(yearPlan, 1800).code; // "invalid_value"
 * ```
 */
export function scalarIssue(plan: ScalarPlan, x: unknown): ValidationIssue {
  const got = describe(x);
  switch (plan.t) {
    case "organ":
      return issue(plan.path, typeof x === "string" ? "invalid_value" : "invalid_type", {
        zh: `${plan.name.zh}应为非空字符串（空白、控制字符、零宽字符不算），实为 ${got}`,
        en: `${plan.name.en} must be a non-empty string (white space, control and zero-width characters do not count), got ${got}`,
      });
    case "year":
      return issue(plan.path, typeof x === "number" ? "invalid_value" : "invalid_type", {
        zh: `${plan.name.zh}应为 1900 至 9999 之间的整数，实为 ${got}`,
        en: `${plan.name.en} must be an integer from 1900 to 9999, got ${got}`,
      });
    case "date":
      return issue(plan.path, typeof x === "string" ? "invalid_date" : "invalid_type", {
        zh: `${plan.name.zh}应为存在的日期（YYYY-MM-DD）或 null，实为 ${got}`,
        en: `${plan.name.en} must be a real calendar date (YYYY-MM-DD) or null, got ${got}`,
      });
    case "strings":
      return issue(plan.path, "invalid_type", {
        zh: `${plan.name.zh}应为字符串数组，实为 ${got}`,
        en: `${plan.name.en} must be an array of strings, got ${got}`,
      });
    default:
      return issue(plan.path, "invalid_type", {
        zh: `${plan.name.zh}应为字符串，实为 ${got}`,
        en: `${plan.name.en} must be a string, got ${got}`,
      });
  }
}

/**
 * Paragraph `index` (from 0) of a list of paragraphs is not a string.
 *
 * @example
 * ```ts
 * paragraphIssue(preamblePlan, 0, 1).path; // ["preamble", 0]
 * ```
 */
export function paragraphIssue(plan: ScalarPlan, index: number, x: unknown): ValidationIssue {
  return issue([...plan.path, index], "invalid_type", {
    zh: `${plan.name.zh}第 ${index + 1} 段应为字符串，实为 ${describe(x)}`,
    en: `Paragraph ${index + 1} of ${plan.name.en} must be a string, got ${describe(x)}`,
  });
}

/**
 * A table failed for the report's edition but has the shape of another edition's table.
 *
 * @example
 * ```ts
 * editionMismatchIssue("applications", "2021", "2019").code; // "edition_mismatch"
 * ```
 */
export function editionMismatchIssue(
  key: keyof (typeof editions)[Edition]["tables"],
  edition: Edition,
  other: Edition,
): ValidationIssue {
  const table = editions[edition].tables[key];
  return issue([key], "edition_mismatch", {
    zh: `「${table.number}」的结构属于 ${other} 年版格式（${editions[other].notice}），与 edition "${edition}" 不符`,
    en: `${table.en} has the shape of the ${other} edition (${editions[other].notice}), not of edition "${edition}"`,
  });
}

/**
 * Reading the input threw (a getter or a proxy trap): the input is not data that can be read.
 *
 * @example
 * ```ts
 * unreadableIssue(new Error("boom")).message.zh; // "输入无法读取：Error: boom"
 * ```
 */
export function unreadableIssue(error: unknown): ValidationIssue {
  return issue([], "unreadable", {
    zh: `输入无法读取：${textOf(error)}`,
    en: `The input could not be read: ${textOf(error)}`,
  });
}

/** What was thrown, as text: `String()` of it, or its kind when that throws (`Object.create(null)`, a revoked proxy). */
function textOf(thrown: unknown): string {
  try {
    return String(thrown);
  } catch {
    return thrown === null ? "null" : typeof thrown;
  }
}
