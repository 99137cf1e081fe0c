/**
 * The validation plan: the descriptors turned once into a tree of checks with precomputed paths and
 * names, so that validating a report allocates nothing on the success path.
 *
 * @module
 */
import type { FieldDescriptor, TableDescriptor, TableNode } from "../format/descriptor.js";
import { type Edition, editions, tableKeys } from "../format/editions.js";
import { type CellEntry, cellAt, recordsOf } from "../format/walk.js";
import type { Message } from "./issues.js";

/** A check of one value. */
export type PlanNode = ObjectPlan | CellPlan | ScalarPlan;

/** An object with a fixed set of keys (some optional). */
export interface ObjectPlan {
  readonly t: "object";
  readonly path: readonly string[];
  readonly name: Message;
  readonly keys: readonly string[];
  readonly optional: readonly boolean[];
  readonly children: readonly PlanNode[];
  /** Number of required keys. */
  readonly required: number;
}

/** A table cell. */
export interface CellPlan {
  readonly t: "cell";
  readonly path: readonly string[];
  readonly kind: FieldDescriptor["kind"];
  readonly values: readonly string[] | undefined;
  readonly cell: CellEntry;
  readonly name: Message;
}

/** A value of the envelope. */
export interface ScalarPlan {
  readonly t: "organ" | "year" | "date" | "string" | "strings";
  readonly path: readonly string[];
  readonly name: Message;
}

function objectPlan(
  path: readonly string[],
  name: Message,
  entries: readonly (readonly [string, PlanNode, boolean])[],
): ObjectPlan {
  return {
    t: "object",
    path,
    name,
    keys: entries.map((e) => e[0]),
    children: entries.map((e) => e[1]),
    optional: entries.map((e) => e[2]),
    required: entries.filter((e) => !e[2]).length,
  };
}

function nodePlans(
  edition: Edition,
  table: TableDescriptor,
  nodes: readonly TableNode[],
  prefix: readonly string[],
): (readonly [string, PlanNode, boolean])[] {
  const out: (readonly [string, PlanNode, boolean])[] = [];
  for (const node of nodes) {
    if (node.kind === "group" && node.key === undefined) {
      out.push(...nodePlans(edition, table, node.children, prefix));
      continue;
    }
    const key = node.key as string;
    const path = [...prefix, key];
    if (node.kind === "record") {
      const rel = path.slice(1).join(".");
      const entry = recordsOf(table).find((r) => r.path === rel);
      const name = { zh: `「${table.number}${entry?.name.zh ?? key}」`, en: `${entry?.name.en ?? key}` };
      const cells = node.fields.map((field) => {
        const cell = cellAt(edition, [...path, field.key].join(".")) as CellEntry;
        const plan: CellPlan = {
          t: "cell",
          path: [...path, field.key],
          kind: field.kind,
          values: field.values,
          cell,
          name: { zh: `「${cell.name.zh}」`, en: cell.name.en },
        };
        return [field.key, plan, false] as const;
      });
      out.push([key, objectPlan(path, name, cells), false]);
    } else {
      const name = { zh: `「${table.number}${node.ordinal}${node.label}」`, en: node.en };
      out.push([key, objectPlan(path, name, nodePlans(edition, table, node.children, path)), false]);
    }
  }
  return out;
}

const tablePlans = new Map<string, ObjectPlan>();

/**
 * The plan of one table of one edition, built on first use and kept (building one is quadratic in the
 * table's cells; `validateReport` asks for the other edition's tables on every report whose tables fail).
 *
 * @example
 * ```ts
 * tablePlan("2021", "applications").keys; // ["newReceived", "carriedOver", "results", "carriedForward"]
 * ```
 */
export function tablePlan(edition: Edition, key: (typeof tableKeys)[number]): ObjectPlan {
  const id = `${edition} ${key}`;
  let plan = tablePlans.get(id);
  if (plan === undefined) {
    const table = editions[edition].tables[key];
    plan = objectPlan(
      [key],
      { zh: `「${table.number} ${table.title}」`, en: table.en },
      nodePlans(edition, table, table.children, [key]),
    );
    tablePlans.set(id, plan);
  }
  return plan;
}

const scalar = (t: ScalarPlan["t"], path: readonly string[], zh: string, en: string): ScalarPlan => ({
  t,
  path,
  name: { zh: `「${zh}」`, en },
});

function reportPlan(edition: Edition): ObjectPlan {
  const sections = editions[edition].sections;
  return objectPlan(["(root)"], { zh: "「报告」", en: "the report" }, [
    ["edition", scalar("string", ["edition"], "格式版本", "edition"), false],
    ["organ", scalar("organ", ["organ"], "发布机关", "organ"), false],
    ["year", scalar("year", ["year"], "报告年度", "year"), false],
    ["publishedOn", scalar("date", ["publishedOn"], "发布日期", "publication date"), false],
    ["title", scalar("string", ["title"], "标题", "title"), true],
    ["preamble", scalar("strings", ["preamble"], "前言", "preamble"), true],
    [
      "sections",
      objectPlan(
        ["sections"],
        { zh: "「正文各部分」", en: "sections" },
        sections.map((s) => [s.key, scalar("strings", ["sections", s.key], s.ordinal + s.title, s.en), true] as const),
      ),
      true,
    ],
    ...tableKeys.map((k) => [k, tablePlan(edition, k), false] as const),
  ]);
}

const plans = new Map<Edition, ObjectPlan>();

/**
 * The plan of a whole report of an edition, built on first use and kept.
 *
 * @example
 * ```ts
 * reportPlanOf("2019").keys.includes("proactive"); // true
 * ```
 */
export function reportPlanOf(edition: Edition): ObjectPlan {
  let plan = plans.get(edition);
  if (plan === undefined) {
    plan = reportPlan(edition);
    plans.set(edition, plan);
  }
  return plan;
}
