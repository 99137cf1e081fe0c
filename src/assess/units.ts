/**
 * The units a 政务公开 office assesses: name, aliases, administrative code, parent, and the kind of organ (which
 * fixes the publication deadline). Read from JSON or CSV; organ names normalised for matching.
 *
 * @module
 */
import type { OrganKind } from "../checks/types.js";
import { parseCsv } from "../export/csv.js";
import type { Message } from "../validate/issues.js";

/**
 * A unit under assessment.
 *
 * @example
 * ```ts
 * const unit: Unit = { name: "某市教育局", aliases: ["市教育局"], code: "441882-001", parent: "某市人民政府" };
 * ```
 */
export interface Unit {
  /** The organ's name as its reports print it. */
  readonly name: string;
  /** Other names its reports may print (a short name, a former name). */
  readonly aliases?: readonly string[];
  /** An administrative or organisation code; a child's `parent` may give it instead of the name. */
  readonly code?: string;
  /** The parent unit's name or code, for the roll-up (汇总) check. */
  readonly parent?: string;
  /**
   * The organ's level for the deadline of 条例第四十九条: `department` (1月31日) or `government` (its own report,
   * 3月31日). Default: guessed from the name (see `guessOrganKind` in `zfxxgk/rules`).
   */
  readonly kind?: OrganKind;
}

/**
 * What reading a unit list gives: the units, and what could not be read (the rest is kept).
 *
 * @example
 * ```ts
 * const { units, issues } = readUnits(text);
 * ```
 */
export interface UnitsResult {
  readonly units: readonly Unit[];
  readonly issues: readonly Message[];
}

/**
 * An organ name as compared: NFKC (full-width letters and digits to ASCII), without white space, punctuation
 * and symbols (brackets, quotes, dots) — 「连州市 人民政府（办公室）」 and 「连州市人民政府办公室」 match.
 *
 * @example
 * ```ts
 * import { normaliseOrgan } from "zfxxgk/assess";
 * normaliseOrgan("连州市 人民政府（办公室）"); // "连州市人民政府办公室"
 * ```
 */
export function normaliseOrgan(name: string): string {
  return name.normalize("NFKC").replace(/[\s\p{P}\p{S}\p{Cc}\p{Cf}]/gu, "");
}

const kinds: Readonly<Record<string, OrganKind>> = {
  department: "department",
  government: "government",
  部门: "department",
  政府: "government",
  本级政府: "government",
};

/** A unit from loose fields; `undefined` with an issue when it has no name. */
function unitOf(
  fields: { name?: unknown; aliases?: unknown; code?: unknown; parent?: unknown; kind?: unknown },
  where: string,
  issues: Message[],
): Unit | undefined {
  const name = typeof fields.name === "string" ? fields.name.trim() : "";
  if (name === "") {
    issues.push({ zh: `${where}：没有单位名称，已跳过`, en: `${where}: no unit name; skipped` });
    return undefined;
  }
  const aliasList = Array.isArray(fields.aliases)
    ? fields.aliases.filter((a): a is string => typeof a === "string")
    : typeof fields.aliases === "string"
      ? fields.aliases.split(/[;；|、]/)
      : [];
  const aliases = aliasList.map((a) => a.trim()).filter((a) => a !== "");
  const text = (v: unknown) =>
    typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : undefined;
  const code = text(fields.code);
  const parent = text(fields.parent);
  const kindText = text(fields.kind);
  const kind = kindText === undefined ? undefined : kinds[kindText];
  if (kindText !== undefined && kind === undefined)
    issues.push({
      zh: `${where}：机关类别“${kindText}”不可识别（department/部门 或 government/政府），按名称推断`,
      en: `${where}: kind “${kindText}” not recognised (department or government); guessed from the name`,
    });
  return {
    name,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(code === undefined ? {} : { code }),
    ...(parent === undefined ? {} : { parent }),
    ...(kind === undefined ? {} : { kind }),
  };
}

/** False, with an issue, for a unit whose name (normalised) came before. */
function once(unit: Unit, seen: Set<string>, where: string, issues: Message[]): boolean {
  const key = normaliseOrgan(unit.name);
  if (!seen.has(key)) {
    seen.add(key);
    return true;
  }
  issues.push({
    zh: `${where}：单位“${unit.name}”重复，已跳过`,
    en: `${where}: unit “${unit.name}” listed again; skipped`,
  });
  return false;
}

/**
 * Units from parsed JSON: an array of objects `{ name, aliases?, code?, parent?, kind? }` (or `{ units: [...] }`).
 * Never throws: what is not a unit is an issue.
 *
 * @example
 * ```ts
 * import { unitsFromJson } from "zfxxgk/assess";
 * unitsFromJson([{ name: "某市人民政府", kind: "government" }, { name: "某市教育局", parent: "某市人民政府" }]);
 * ```
 */
export function unitsFromJson(value: unknown): UnitsResult {
  const issues: Message[] = [];
  const list = Array.isArray(value)
    ? value
    : typeof value === "object" && value !== null && Array.isArray((value as { units?: unknown }).units)
      ? (value as { units: unknown[] }).units
      : undefined;
  if (list === undefined) {
    return { units: [], issues: [{ zh: "单位清单应为数组", en: "a unit list is an array" }] };
  }
  const units: Unit[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const where = `第 ${i + 1} 项`;
    if (typeof item !== "object" || item === null) {
      issues.push({ zh: `${where}：不是对象，已跳过`, en: `item ${i + 1}: not an object; skipped` });
      return;
    }
    const unit = unitOf(item as Record<string, unknown>, where, issues);
    if (unit !== undefined && once(unit, seen, where, issues)) units.push(unit);
  });
  return { units, issues };
}

/** Header names of the CSV columns, English and Chinese. */
const headers: Readonly<Record<string, "name" | "aliases" | "code" | "parent" | "kind">> = {
  name: "name",
  名称: "name",
  单位: "name",
  单位名称: "name",
  aliases: "aliases",
  别名: "aliases",
  code: "code",
  代码: "code",
  行政区划代码: "code",
  parent: "parent",
  上级: "parent",
  上级单位: "parent",
  kind: "kind",
  类别: "kind",
  机关类别: "kind",
};

/**
 * Units from CSV text with a header row: `name`, `aliases` (separated by `;` or `、`), `code`, `parent`, `kind`
 * (or 名称, 别名, 代码, 上级, 类别). Read by the CSV reader of `zfxxgk/export` (RFC 4180). Never throws.
 *
 * @example
 * ```ts
 * import { unitsFromCsv } from "zfxxgk/assess";
 * unitsFromCsv("name,parent\n某市人民政府,\n某市教育局,某市人民政府\n").units.length; // 2
 * ```
 */
export function unitsFromCsv(text: string): UnitsResult {
  const issues: Message[] = [];
  const rows = parseCsv(text);
  const head = rows.next();
  if (head.done === true) return { units: [], issues: [{ zh: "单位清单为空", en: "the unit list is empty" }] };
  const columns = head.value.map((h) => headers[h.trim().toLowerCase()] ?? headers[h.trim()]);
  if (!columns.includes("name")) {
    return {
      units: [],
      issues: [{ zh: "单位清单的表头没有 name（名称）列", en: "the unit list's header has no name column" }],
    };
  }
  const units: Unit[] = [];
  const seen = new Set<string>();
  let line = 1;
  for (const row of rows) {
    line++;
    if (row.every((c) => c.trim() === "")) continue;
    const fields: Record<string, string> = {};
    columns.forEach((key, i) => {
      if (key !== undefined) fields[key] = row[i] ?? "";
    });
    const where = `第 ${line} 行`;
    const unit = unitOf(fields, where, issues);
    if (unit !== undefined && once(unit, seen, where, issues)) units.push(unit);
  }
  return { units, issues };
}

/**
 * Units from a file's text: JSON when it starts with `[` or `{`, CSV otherwise.
 *
 * @example
 * ```ts
 * import { readUnits } from "zfxxgk/assess";
 * const { units, issues } = readUnits(await readFile("units.csv", "utf8"));
 * ```
 */
export function readUnits(text: string): UnitsResult {
  const body = text.replace(/^\ufeff/, "").trimStart();
  if (body.startsWith("[") || body.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      return {
        units: [],
        issues: [{ zh: `单位清单不是有效的 JSON：${String(e)}`, en: `the unit list is not valid JSON: ${String(e)}` }],
      };
    }
    return unitsFromJson(value);
  }
  return unitsFromCsv(body);
}
