/**
 * Builds the zod schemas by folding the core's validation plan: every check of {@link validateReport} becomes
 * a zod check whose message is the core's message for that input (no global `z.config()`).
 *
 * @module
 */
import * as z from "zod/v4";
import {
  type BuiltInEdition,
  type Edition,
  type Editions,
  editionKeys,
  editions,
  newestEdition,
  type TableKey,
  tableKeys,
} from "../../format/editions.js";
import { isIsoDate } from "../../validate/date.js";
import {
  cellIssue,
  editionIssue,
  isPlainObject,
  missingKeyIssue,
  objectTypeIssue,
  paragraphIssue,
  rootTypeIssue,
  scalarIssue,
  unknownKeyIssue,
} from "../../validate/explain.js";
import { organPattern } from "../../validate/guards.js";
import type { Message, ValidationIssue } from "../../validate/issues.js";
import type { CellPlan, ObjectPlan, PlanNode, ScalarPlan } from "../../validate/plan.js";
import { reportPlanOf } from "../../validate/plan.js";
import { validateReport } from "../../validate/validate.js";
import { foldPlan, type Member } from "../fold-plan.js";
import { type ConsistencyOptions, withConsistency } from "./consistent.js";
import type { AnyReportSchema, ReportSchemaOf, TableSchemaOf } from "./types.js";

/**
 * Whether the installed zod has `exactOptional` (zod 4.1 and later); zod 3.25's `zod/v4` entry, which the peer range
 * (^3.25 || ^4) admits, is zod 4.0 and lacks it.
 */
const hasExactOptional = typeof (z.string() as { exactOptional?: unknown }).exactOptional === "function";

/** An optional key whose value, when present, is `schema` (never `undefined`). */
function exactOptional(schema: z.ZodType): z.ZodType {
  return hasExactOptional ? schema.exactOptional() : schema.optional();
}

/** A language of the messages. */
type Lang = keyof Message;

/** The raw issue zod hands to a per-check error function. */
type RawIssue = z.core.$ZodRawIssue;

/** A per-check error function: the core's message for the input that failed. */
type ErrorFn = (issue: RawIssue) => string;

/**
 * The schemas of the model in one language.
 *
 * @example
 * ```ts
 * import { createZodSchemas } from "zfxxgk/zod";
 * const { ReportSchema } = createZodSchemas({ lang: "en" });
 * ```
 */
export interface ZodSchemas extends NamedReportSchemas {
  /** A report of any registered edition (a discriminated union on `edition` behind a plain-object guard). */
  readonly ReportSchema: AnyReportSchema;
  /** A report of each registered edition, by its key. */
  readonly byEdition: { readonly [E in Edition]: ReportSchemaOf<E> };
  /** {@link ReportSchema} plus the error-severity rules of `checkReport`, as issues with the rule id. */
  readonly ConsistentReportSchema: AnyReportSchema;
  /** Each table of each edition. */
  readonly tables: { readonly [E in Edition]: { readonly [T in TableKey]: TableSchemaOf<E, T> } };
}

/**
 * The report schema of each built-in edition under the name its descriptor gives the report type, plus
 * `Schema` (`Report2021Schema`).
 *
 * @example
 * ```ts
 * type Names = keyof NamedReportSchemas; // "Report2021Schema" | "Report2019Schema"
 * ```
 */
export type NamedReportSchemas = {
  readonly [E in BuiltInEdition as `${Editions[E]["typeNames"]["report"]}Schema`]: ReportSchemaOf<E>;
};

/**
 * Options of {@link createZodSchemas}.
 *
 * @example
 * ```ts
 * const options: ZodSchemaOptions = { lang: "en" };
 * ```
 */
export interface ZodSchemaOptions extends ConsistencyOptions {
  /** Language of the messages: `zh` (default) or `en`. */
  readonly lang?: Lang;
}

/** The core's `unreadable` issue when reading `input` throws, else `undefined`. */
function unreadable(input: unknown): ValidationIssue | undefined {
  const result = validateReport(input);
  const first = result.ok ? undefined : result.issues[0];
  return first?.code === "unreadable" ? first : undefined;
}

const isOwn = Object.prototype.propertyIsEnumerable;

/**
 * The index of the first required key of `plan` that `x` has, but not as an own enumerable property (through its
 * prototype, or hidden): the core does not read it, and neither may zod. -1 when there is none.
 */
function hidden(plan: ObjectPlan, x: Record<string, unknown>): number {
  const { keys, optional } = plan;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (optional[i] !== true && key in x && !isOwn.call(x, key)) return i;
  }
  return -1;
}

function builder(lang: Lang) {
  const say =
    (explain: (input: unknown) => ValidationIssue, child: PlanNode): ErrorFn =>
    (issue) =>
      (issue.input === undefined ? missingKeyIssue(child) : explain(issue.input)).message[lang];

  /**
   * The plain-object check; below the root, `undefined` means the key is missing. At the root, an input the core
   * cannot read (a getter or proxy trap throws) fails here with the core's `unreadable` issue: zod would let
   * the exception through `safeParse`.
   */
  const guard = (plan: ObjectPlan, explain: (input: unknown) => ValidationIssue) => {
    /** The core's issue for a plain object whose required key is not an own enumerable property (zod reads it). */
    const hiddenKey = (x: unknown) => {
      const i = isPlainObject(x) ? hidden(plan, x) : -1;
      return i < 0 ? undefined : missingKeyIssue(plan.children[i] as PlanNode);
    };
    const check = (x: unknown) => isPlainObject(x) && hidden(plan, x) < 0;
    return plan.path[0] === "(root)"
      ? z.custom<unknown>((x) => unreadable(x) === undefined && check(x), {
          error: (issue) => (unreadable(issue.input) ?? hiddenKey(issue.input) ?? explain(issue.input)).message[lang],
        })
      : z.custom<unknown>(check, {
          error: (issue) => hiddenKey(issue.input)?.message[lang] ?? say(explain, plan)(issue),
        });
  };

  const strict = (plan: ObjectPlan, members: readonly Member<z.ZodType>[]) => {
    const object = z.strictObject(
      Object.fromEntries(members.map((m) => [m.key, m.optional ? exactOptional(m.value) : m.value])),
      {
        error: (issue) =>
          issue.code === "unrecognized_keys"
            ? issue.keys.map((key) => unknownKeyIssue(plan, key).message[lang]).join("；")
            : objectTypeIssue(plan, issue.input).message[lang],
      },
    );
    if (hasExactOptional) return object;
    // zod 3.25's `zod/v4` (zod 4.0) has no exactOptional: an optional key that is present holds a value, as the
    // core says, by a refinement instead
    const optional = members.filter((m) => m.optional);
    return optional.length === 0
      ? object
      : object.superRefine((value, context) => {
          for (const m of optional)
            if (Object.hasOwn(value, m.key) && (value as Record<string, unknown>)[m.key] === undefined)
              for (const issue of m.value.safeParse(undefined).error?.issues ?? [])
                context.addIssue({ code: "custom", path: [m.key, ...issue.path], message: issue.message });
        });
  };

  const cell = (plan: CellPlan): z.ZodType => {
    const error = say((x) => cellIssue(plan, x), plan);
    switch (plan.kind) {
      case "count":
        return z.int({ error }).min(0, { error }).nullable();
      case "signed":
        return z.int({ error }).nullable();
      case "amount":
        return z.number({ error }).min(0, { error }).nullable();
      case "unit":
        return z.enum(plan.values ?? [], { error }).nullable();
    }
  };

  const scalar = (plan: ScalarPlan): z.ZodType => {
    const error = say((x) => scalarIssue(plan, x), plan);
    switch (plan.t) {
      case "organ":
        return z.string({ error }).regex(organPattern, { error });
      case "year":
        return z.int({ error }).min(1900, { error }).max(9999, { error });
      case "date":
        return z.string({ error }).refine(isIsoDate, { error }).nullable();
      case "strings":
        return z.array(
          z.string({ error: (issue) => paragraphIssue(plan, Number(issue.path?.at(-1)), issue.input).message[lang] }),
          { error },
        );
      case "string":
        return z.string({ error });
    }
  };

  /** The strict object schema of a plan, behind a plain-object guard. */
  const node = (plan: PlanNode): z.ZodType =>
    foldPlan<z.ZodType>(plan, {
      object: (p, members) => guard(p, (x) => objectTypeIssue(p, x)).pipe(strict(p, members)),
      cell,
      scalar,
    });

  /** The report of one edition: `edition` is a literal; the object schema is kept for the union. */
  const report = (edition: Edition) => {
    const plan = reportPlanOf(edition);
    const members = plan.keys.map((key, i): Member<z.ZodType> => {
      const child = plan.children[i] as PlanNode;
      const value =
        key === "edition"
          ? z.literal(edition, { error: (issue) => editionIssue(issue.input).message[lang] })
          : node(child);
      return { key, value, optional: plan.optional[i] === true, plan: child };
    });
    const object = strict(plan, members);
    return { object, guarded: guard(plan, rootTypeIssue).pipe(object), members };
  };

  return { guard, report };
}

/**
 * Builds every schema of the model, with messages in `lang` (default Chinese). The module's exports are
 * `createZodSchemas()`; build another set only for another language.
 *
 * @example
 * ```ts
 * import { createZodSchemas } from "zfxxgk/zod";
 * const en = createZodSchemas({ lang: "en" });
 * en.ReportSchema.safeParse({}).error?.issues[0]?.message; // "edition must be \"2021\" or \"2019\", got undefined"
 * ```
 */
export function createZodSchemas(options: ZodSchemaOptions = {}): ZodSchemas {
  const { guard, report } = builder(options.lang ?? "zh");
  const built = Object.fromEntries(editionKeys.map((e) => [e, report(e)])) as Record<
    Edition,
    ReturnType<typeof report>
  >;
  const objects = editionKeys.map((e) => built[e].object);
  const union = z.discriminatedUnion("edition", objects as [(typeof objects)[number], ...(typeof objects)[number][]], {
    error: (issue) => {
      const input = issue.input;
      return (isPlainObject(input) ? editionIssue(input.edition) : rootTypeIssue(input)).message[options.lang ?? "zh"];
    },
  });
  const tableOf = (edition: Edition, key: TableKey) => built[edition].members.find((m) => m.key === key)?.value;
  const tables = Object.fromEntries(
    editionKeys.map((e) => [e, Object.fromEntries(tableKeys.map((k) => [k, tableOf(e, k)]))]),
  );
  // The casts: the schemas were built from the plan at run time; a type test proves z.output of each equal
  // to the core model type (Report2021, Applications2021, …).
  const ReportSchema = guard(reportPlanOf(newestEdition()), rootTypeIssue).pipe(union) as unknown as AnyReportSchema;
  const byEdition = Object.fromEntries(editionKeys.map((e) => [e, built[e].guarded]));
  const named = Object.fromEntries(
    editionKeys.flatMap((e) => {
      const name = editions[e].typeNames?.report;
      return name === undefined ? [] : [[`${name}Schema`, built[e].guarded]];
    }),
  );
  return {
    ...(named as unknown as NamedReportSchemas),
    ReportSchema,
    ConsistentReportSchema: withConsistency(ReportSchema, options),
    byEdition: byEdition as unknown as ZodSchemas["byEdition"],
    tables: tables as unknown as ZodSchemas["tables"],
  };
}
