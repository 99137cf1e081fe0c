/**
 * The JSON Schema (draft 2020-12) of the model, built from the descriptors by folding the validation plan:
 * the same tree of checks as {@link validateReport}, so that both accept the same JSON documents. Titles are
 * the official labels (Chinese), descriptions English; the row types (`ApplicantRow`, `ReviewGroup`, …) are
 * `$defs`, as in the TypeScript model.
 *
 * @module
 */

import type { FieldDescriptor } from "../format/descriptor.js";
import { type Edition, editionKeys, editions } from "../format/editions.js";
import { printedLabel, type RecordEntry } from "../format/walk.js";
import { organPattern } from "../validate/guards.js";
import { type ObjectPlan, type PlanNode, reportPlanOf, type ScalarPlan } from "../validate/plan.js";
import { isoDatePattern } from "./date-pattern.js";

/**
 * A JSON value.
 *
 * @example
 * ```ts
 * const v: JsonValue = { a: [1, "x", null] };
 * ```
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A JSON Schema document or subschema, as plain JSON data.
 *
 * @example
 * ```ts
 * import { reportJsonSchema, type JsonSchema } from "zfxxgk/schema";
 * const s: JsonSchema = reportJsonSchema;
 * ```
 */
export type JsonSchema = { readonly [key: string]: JsonValue };

const dialect = "https://json-schema.org/draft/2020-12/schema";

/** How each kind of cell is described, in both languages, beside its constraints. */
const cellKinds: Record<FieldDescriptor["kind"], { readonly zh: string; readonly en: string }> = {
  count: {
    zh: "计数：非负整数，空白为 null",
    en: "A count: a non-negative integer, or null when the cell was left blank",
  },
  signed: {
    zh: "增减：整数（减少为负数），空白为 null",
    en: "A signed integer (a decrease is negative), or null when blank",
  },
  amount: {
    zh: "金额：非负数，可有小数，空白为 null",
    en: "An amount: a non-negative number, may be fractional, or null when blank",
  },
  unit: {
    zh: "金额单位，如单元格所写，未写为 null",
    en: "The unit written beside the amount, or null when none was written",
  },
};

function cellSchema(field: FieldDescriptor): JsonSchema {
  const kind = cellKinds[field.kind];
  const unit = field.unit === undefined ? "" : `（单位：${field.unit}）`;
  const head = { title: field.label, description: `${field.en}. ${kind.en}. ${kind.zh}${unit}。` };
  switch (field.kind) {
    case "count":
      return { ...head, type: ["integer", "null"], minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
    case "signed":
      return { ...head, type: ["integer", "null"], minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER };
    case "amount":
      return { ...head, type: ["number", "null"], minimum: 0 };
    case "unit":
      return { ...head, enum: [...(field.values ?? []), null] };
  }
}

/** `「表三（七）总计」` → `表三（七）总计`: the plan's names are quoted for messages. */
const unquote = (s: string) => s.replace(/^「(.*)」$/u, "$1");

const paragraphs: JsonSchema = { type: "array", items: { type: "string" } };

function scalarSchema(plan: ScalarPlan): JsonSchema {
  const head = (what: string) => ({ title: unquote(plan.name.zh), description: `${plan.name.en}: ${what}` });
  switch (plan.t) {
    case "organ":
      return {
        ...head(
          "a string with something visible in it (not only white space, control or zero-width characters), as printed",
        ),
        type: "string",
        pattern: organPattern.source,
      };
    case "year":
      return {
        ...head("the calendar year reported on, an integer from 1900 to 9999"),
        type: "integer",
        minimum: 1900,
        maximum: 9999,
      };
    case "date":
      return {
        ...head("an ISO date YYYY-MM-DD that exists, or null when none is printed"),
        type: ["string", "null"],
        format: "date",
        pattern: isoDatePattern,
      };
    case "strings":
      return { ...head("paragraphs, as strings"), ...paragraphs };
    case "string":
      return { ...head("a string, as printed"), type: "string" };
  }
}

/** The record a plan object stands for, when all its members are cells. */
function recordOf(plan: ObjectPlan): RecordEntry | undefined {
  const first = plan.children[0];
  return plan.children.every((c) => c.t === "cell") && first?.t === "cell" ? first.cell.record : undefined;
}

/** The first record under a plan object (depth first). */
function firstRecordUnder(plan: ObjectPlan): RecordEntry | undefined {
  for (const child of plan.children) {
    if (child.t === "cell") return child.cell.record;
    if (child.t === "object") {
      const found = firstRecordUnder(child);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Title and description of a plan object: a table, a group of rows, or the envelope's `sections`. */
function objectHead(plan: ObjectPlan): { title: string; description: string } {
  const key = plan.path[plan.path.length - 1];
  const group = plan.path.length > 1 ? firstRecordUnder(plan)?.ancestors.find((g) => g.key === key) : undefined;
  if (group !== undefined) return { title: printedLabel(group), description: group.en };
  return { title: unquote(plan.name.zh), description: plan.name.en };
}

/** The row types met so far: their schemas, and the fields each name stands for. */
interface Defs {
  readonly schemas: Map<string, JsonSchema>;
  readonly fields: Map<string, readonly FieldDescriptor[]>;
}

const newDefs = (): Defs => ({ schemas: new Map(), fields: new Map() });

function objectSchema(plan: ObjectPlan, defs: Defs, edition: Edition): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  plan.keys.forEach((key, i) => {
    properties[key] = nodeSchema(plan.children[i] as PlanNode, defs, edition);
  });
  return {
    type: "object",
    properties,
    required: plan.keys.filter((_, i) => plan.optional[i] !== true),
    additionalProperties: false,
  };
}

function nodeSchema(plan: PlanNode, defs: Defs, edition: Edition): JsonSchema {
  switch (plan.t) {
    case "cell":
      return cellSchema(plan.cell.field);
    case "object": {
      const record = recordOf(plan);
      if (record === undefined) return { ...objectHead(plan), ...objectSchema(plan, defs, edition) };
      const { typeName, fields } = record.node;
      const known = defs.fields.get(typeName);
      if (known === undefined) {
        defs.fields.set(typeName, fields);
        defs.schemas.set(typeName, {
          title: fields.map((f) => f.label).join("、"),
          description: `A row with the columns ${fields.map((f) => f.en).join(", ")}.`,
          ...objectSchema(plan, defs, edition),
        });
      } else if (known !== fields) {
        throw new Error(`zfxxgk: two row types named ${typeName}`);
      }
      return { title: record.name.zh, description: record.name.en, $ref: `#/$defs/${typeName}` };
    }
    default:
      if (plan.path.length === 1 && plan.path[0] === "edition") {
        return {
          title: unquote(plan.name.zh),
          description: `The edition: ${editions[edition].notice}`,
          const: edition,
        };
      }
      return scalarSchema(plan);
  }
}

function reportBody(edition: Edition, defs: Defs): JsonSchema {
  const e = editions[edition];
  return {
    title: `政府信息公开工作年度报告（${e.formatTitle}，${e.notice}）`,
    description: `An annual report on open government information, ${edition} edition (${e.notice}; report years ${e.years.from}–${e.years.to ?? ""}).`,
    ...objectSchema(reportPlanOf(edition), defs, edition),
  };
}

const sorted = (defs: ReadonlyMap<string, JsonSchema>): JsonSchema =>
  Object.fromEntries([...defs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The row types a schema refers to, with those they refer to. */
function collectRefs(x: JsonValue, from: ReadonlyMap<string, JsonSchema>, into: Map<string, JsonSchema>): void {
  if (typeof x !== "object" || x === null) return;
  for (const [key, v] of Object.entries(x)) {
    if (key === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")) {
      const name = v.slice("#/$defs/".length);
      const def = from.get(name);
      if (def !== undefined && !into.has(name)) {
        into.set(name, def);
        collectRefs(def, from, into);
      }
    } else {
      collectRefs(v, from, into);
    }
  }
}

/** Every registered edition's body and their row types, built once. */
function buildBodies(): { readonly bodies: { readonly [E in Edition]: JsonSchema }; readonly defs: Defs } {
  const defs = newDefs();
  const bodies = Object.fromEntries(editionKeys.map((e) => [e, reportBody(e, defs)]));
  return { bodies: bodies as { readonly [E in Edition]: JsonSchema }, defs };
}

/** A document from the bodies: one edition's, or both under `oneOf`. */
function documentOf(
  edition: Edition | undefined,
  bodies: { readonly [E in Edition]: JsonSchema },
  defs: Defs,
): JsonSchema {
  if (edition !== undefined) {
    const own = new Map<string, JsonSchema>();
    collectRefs(bodies[edition], defs.schemas, own);
    return { $schema: dialect, ...bodies[edition], $defs: sorted(own) };
  }
  const all = new Map<string, JsonSchema>(defs.schemas);
  for (const e of editionKeys) all.set(`Report${e}`, bodies[e]);
  return {
    $schema: dialect,
    title: "政府信息公开工作年度报告",
    description: `An annual report on open government information, in either edition: ${editionKeys
      .map((e) => `"${e}" (${editions[e].notice})`)
      .join(" or ")}, told apart by "edition".`,
    oneOf: editionKeys.map((e) => ({ $ref: `#/$defs/Report${e}` })),
    $defs: sorted(all),
  };
}

function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

/**
 * Builds the JSON Schema of the reports of one edition, or of either edition when `edition` is omitted
 * (a `oneOf` of the two, discriminated by `edition`). Returns fresh data on each call; prefer the frozen
 * {@link reportJsonSchema} and {@link reportJsonSchemas}.
 *
 * @example
 * ```ts
 * import { buildReportJsonSchema } from "zfxxgk/schema";
 * buildReportJsonSchema("2019").properties; // { edition: …, organ: …, … }
 * ```
 */
export function buildReportJsonSchema(edition?: Edition): JsonSchema {
  const { bodies, defs } = buildBodies();
  return documentOf(edition, bodies, defs);
}

interface FrozenSchemas {
  readonly all: JsonSchema;
  readonly byEdition: { readonly [E in Edition]: JsonSchema };
}

let frozen: FrozenSchemas | undefined;

/** The documents (all editions', each edition's), built once, frozen (they share their subschemas). */
function frozenSchemas(): FrozenSchemas {
  if (frozen === undefined) {
    const { bodies, defs } = buildBodies();
    const byEdition = Object.fromEntries(editionKeys.map((e) => [e, documentOf(e, bodies, defs)]));
    frozen = deepFreeze({
      all: documentOf(undefined, bodies, defs),
      byEdition: byEdition as FrozenSchemas["byEdition"],
    });
  }
  return frozen;
}

// Each export is one call marked pure (no property read at the top level), so that a bundler drops the
// whole builder from a bundle that uses neither.
const allSchema = (): JsonSchema => frozenSchemas().all;
const editionSchemas = (): FrozenSchemas["byEdition"] => frozenSchemas().byEdition;

/**
 * The JSON Schema (draft 2020-12) of a report of either edition, as frozen data. The package also ships it
 * as `zfxxgk/schema/report.schema.json`.
 *
 * @example
 * ```ts
 * import Ajv2020 from "ajv/dist/2020.js";
 * import addFormats from "ajv-formats";
 * import { reportJsonSchema } from "zfxxgk/schema";
 * const validate = addFormats(new Ajv2020()).compile(reportJsonSchema);
 * validate(JSON.parse(text)); // true for a structurally valid report
 * ```
 */
export const reportJsonSchema: JsonSchema = /* @__PURE__ */ allSchema();

/**
 * The JSON Schema of each edition's reports, as frozen data; shipped as `zfxxgk/schema/report-2021.schema.json`
 * and `zfxxgk/schema/report-2019.schema.json`.
 *
 * @example
 * ```ts
 * import { reportJsonSchemas } from "zfxxgk/schema";
 * reportJsonSchemas["2019"].title; // "政府信息公开工作年度报告（中华人民共和国政府信息公开工作年度报告格式（试行），国办公开办函〔2019〕60号）"
 * ```
 */
export const reportJsonSchemas: { readonly [E in Edition]: JsonSchema } = /* @__PURE__ */ editionSchemas();

/**
 * The file names under which the package ships the schemas (relative to the package root).
 *
 * @example
 * ```ts
 * import { jsonSchemaFiles } from "zfxxgk/schema";
 * jsonSchemaFiles.all; // "schema/report.schema.json"
 * ```
 */
export const jsonSchemaFiles: { readonly all: string } & { readonly [E in Edition]: string } = /* @__PURE__ */ (() => ({
  all: "schema/report.schema.json",
  ...(Object.fromEntries(editionKeys.map((e) => [e, `schema/report-${e}.schema.json`])) as {
    readonly [E in Edition]: string;
  }),
}))();
