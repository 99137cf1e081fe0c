/**
 * Builds the io-ts codecs by folding the core's validation plan: every check of {@link validateReport}
 * becomes a codec whose failure carries the core's issue. Only the package root `io-ts` is imported (no
 * deep imports: io-ts and fp-ts have no `exports` map, so `io-ts/lib/…` paths break under native ESM).
 *
 * @module
 */
import * as t from "io-ts";
import {
  type BuiltInEdition,
  type Edition,
  type Editions,
  editionKeys,
  editions,
  isEdition,
  type TableKey,
  tableKeys,
} from "../../format/editions.js";
import { isIsoDate } from "../../validate/date.js";
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
} from "../../validate/explain.js";
import { isOrganText } from "../../validate/guards.js";
import type { Message, ValidationIssue } from "../../validate/issues.js";
import { type ObjectPlan, type PlanNode, reportPlanOf, type ScalarPlan, tablePlan } from "../../validate/plan.js";
import { foldPlan, type Member } from "../fold-plan.js";
import { type ConsistentReportCodecType, withConsistency } from "./consistent.js";
import { errorWith, failWith } from "./issues.js";
import { StrictObjectType } from "./strict-object.js";
import type { AnyReportCodec, ReportCodecOf, TableCodecOf } from "./types.js";

/** A language of the messages. */
type Lang = keyof Message;

/**
 * A count (件, 个): a non-negative safe integer. A refinement of `t.number`, not the branded `t.Int`, so that
 * the decoded type stays `number`.
 *
 * @example
 * ```ts
 * import { Count } from "zfxxgk/io-ts";
 * Count.is(3); // true
 * Count.is(-1); // false
 * ```
 */
export const Count = t.refinement(t.number, (n) => Number.isSafeInteger(n) && n >= 0, "Count");

/**
 * A signed count (2019 表二 本年增/减): a safe integer.
 *
 * @example
 * ```ts
 * import { SignedCount } from "zfxxgk/io-ts";
 * SignedCount.is(-2); // true
 * ```
 */
export const SignedCount = t.refinement(t.number, (n) => Number.isSafeInteger(n), "SignedCount");

/**
 * An amount (万元, 元): a non-negative finite number.
 *
 * @example
 * ```ts
 * import { Amount } from "zfxxgk/io-ts";
 * Amount.is(1.25); // true
 * ```
 */
export const Amount = t.refinement(t.number, (n) => n >= 0 && n < Number.POSITIVE_INFINITY, "Amount");

/**
 * The issuing organ: a string with something other than white space, control and zero-width characters.
 *
 * @example
 * ```ts
 * import { Organ } from "zfxxgk/io-ts";
 * Organ.is(" "); // false
 * Organ.is("\u200b"); // false
 * ```
 */
export const Organ = t.refinement(t.string, isOrganText, "Organ");

/**
 * The report year: an integer from 1900 to 9999.
 *
 * @example
 * ```ts
 * import { Year } from "zfxxgk/io-ts";
 * Year.is(2023); // true
 * ```
 */
export const Year = t.refinement(t.number, (n) => Number.isInteger(n) && n >= 1900 && n <= 9999, "Year");

/**
 * An ISO calendar date `YYYY-MM-DD` that exists.
 *
 * @example
 * ```ts
 * import { IsoDate } from "zfxxgk/io-ts";
 * IsoDate.is("2023-02-29"); // false
 * ```
 */
export const IsoDate = t.refinement(t.string, isIsoDate, "IsoDate");

const numberCodecs = { count: Count, signed: SignedCount, amount: Amount } as const;

/** Own and enumerable: the only properties that count, as in the core (nothing read through a prototype). */
const isOwn = Object.prototype.propertyIsEnumerable;
const own = (u: Record<string, unknown>, key: string): unknown => (isOwn.call(u, key) ? u[key] : undefined);

/**
 * The codecs of the model in one language.
 *
 * @example
 * ```ts
 * import { createIoTsCodecs } from "zfxxgk/io-ts";
 * const { ReportCodec } = createIoTsCodecs({ lang: "en" });
 * ```
 */
export interface IoTsCodecs extends NamedReportCodecs {
  /** A report of any registered edition, dispatched on `edition`. */
  readonly ReportCodec: AnyReportCodec;
  /** A report of each registered edition, by its key. */
  readonly byEdition: { readonly [E in Edition]: ReportCodecOf<E> };
  /** {@link ReportCodec} refined by the error-severity rules of `checkReport`. */
  readonly ConsistentReportCodec: ConsistentReportCodecType;
  /** Each table of each edition. */
  readonly tables: { readonly [E in Edition]: { readonly [T in TableKey]: TableCodecOf<E, T> } };
}

/**
 * The report codec of each built-in edition under the name its descriptor gives the report type, plus `Codec`
 * (`Report2021Codec`).
 *
 * @example
 * ```ts
 * type Names = keyof NamedReportCodecs; // "Report2021Codec" | "Report2019Codec"
 * ```
 */
export type NamedReportCodecs = {
  readonly [E in BuiltInEdition as `${Editions[E]["typeNames"]["report"]}Codec`]: ReportCodecOf<E>;
};

/**
 * Options of {@link createIoTsCodecs}.
 *
 * @example
 * ```ts
 * const options: IoTsCodecOptions = { lang: "en" };
 * ```
 */
export interface IoTsCodecOptions {
  /** Language of the io-ts error messages: `zh` (default) or `en`. {@link formatErrors} gives both. */
  readonly lang?: Lang;
  /** For {@link ConsistentReportCodec}: read blank cells as 0. Default false. */
  readonly blankAsZero?: boolean;
}

/** A copy of `codec` (same class and members) whose failures carry the core's issue for the input. */
function explained<C extends t.Any>(codec: C, explain: (u: unknown) => ValidationIssue, lang: Lang): C {
  const validate: t.Validate<unknown, t.TypeOf<C>> = (u, c) =>
    codec.is(u) ? t.success(u as t.TypeOf<C>) : failWith(explain(u), u, c, lang);
  return Object.assign(Object.create(Object.getPrototypeOf(codec) as object) as C, codec, { validate });
}

function builder(lang: Lang) {
  const cell = (plan: PlanNode & { t: "cell" }): t.Mixed => {
    const value =
      plan.kind === "unit"
        ? t.keyof(Object.fromEntries((plan.values ?? []).map((v) => [v, null])) as Record<string, null>)
        : numberCodecs[plan.kind];
    return explained(t.union([value, t.null]), (u) => cellIssue(plan, u), lang);
  };

  const paragraphs = (plan: ScalarPlan): t.Mixed => {
    const base = t.array(t.string, plan.path.join("."));
    const validate: t.Validate<unknown, string[]> = (u, c) => {
      if (!Array.isArray(u)) return failWith(scalarIssue(plan, u), u, c, lang);
      const errors: t.Errors = [];
      for (let i = 0; i < u.length; i++) {
        const item: unknown = u[i];
        if (typeof item !== "string") {
          errors.push(
            errorWith(paragraphIssue(plan, i, item), item, t.appendContext(c, String(i), t.string, item), lang),
          );
        }
      }
      return errors.length > 0 ? t.failures(errors) : t.success(u as string[]);
    };
    return Object.assign(Object.create(Object.getPrototypeOf(base) as object) as typeof base, base, { validate });
  };

  const scalar = (plan: ScalarPlan): t.Mixed => {
    const explain = (u: unknown) => scalarIssue(plan, u);
    switch (plan.t) {
      case "organ":
        return explained(Organ, explain, lang);
      case "year":
        return explained(Year, explain, lang);
      case "date":
        return explained(t.union([IsoDate, t.null]), explain, lang);
      case "strings":
        return paragraphs(plan);
      case "string":
        return explained(t.string, explain, lang);
    }
  };

  const strict = (
    plan: ObjectPlan,
    members: readonly Member<t.Mixed>[],
    name: string,
    notObject: (u: unknown) => ValidationIssue,
  ) => {
    const keys = new Set(members.map((m) => m.key));
    const validate: t.Validate<unknown, unknown> = (u, c) => {
      if (!isPlainObject(u)) return failWith(notObject(u), u, c, lang);
      const errors: t.Errors = [];
      for (const m of members) {
        const value = own(u, m.key);
        if (value === undefined) {
          if (m.optional && !isOwn.call(u, m.key)) continue;
          errors.push(errorWith(missingKeyIssue(m.plan), value, t.appendContext(c, m.key, m.value, value), lang));
          continue;
        }
        const result = m.value.validate(value, t.appendContext(c, m.key, m.value, value));
        if (result._tag === "Left") for (const e of result.left) errors.push(e);
      }
      for (const key of Object.keys(u)) {
        if (keys.has(key)) continue;
        errors.push(errorWith(unknownKeyIssue(plan, key), u[key], t.appendContext(c, key, t.never, u[key]), lang));
      }
      return errors.length > 0 ? t.failures(errors) : t.success(u);
    };
    const is = (u: unknown): u is never => validate(u, [])._tag === "Right";
    const pick = (optional: boolean) =>
      Object.fromEntries(members.filter((m) => m.optional === optional).map((m) => [m.key, m.value]));
    return new StrictObjectType(name, is, validate as t.Validate<unknown, never>, pick(false), pick(true));
  };

  const typeName = (plan: ObjectPlan): string => {
    const first = plan.children[0];
    if (plan.children.every((c) => c.t === "cell") && first?.t === "cell") return first.cell.record.node.typeName;
    return plan.path.join(".");
  };

  const node = (plan: PlanNode): t.Mixed =>
    foldPlan<t.Mixed>(plan, {
      object: (p, members) => strict(p, members, typeName(p), (u) => objectTypeIssue(p, u)),
      cell,
      scalar,
    });

  const table = (edition: Edition, key: TableKey) => {
    const plan = tablePlan(edition, key);
    const built = node(plan) as StrictObjectType<t.Props>;
    return Object.assign(built, { name: `${key.charAt(0).toUpperCase()}${key.slice(1)}${edition}` });
  };

  const report = (edition: Edition, tables: Record<TableKey, t.Mixed>) => {
    const plan = reportPlanOf(edition);
    const members = plan.keys.map((key, i): Member<t.Mixed> => {
      const child = plan.children[i] as PlanNode;
      const value =
        key === "edition"
          ? explained(t.literal(edition), editionIssue, lang)
          : ((tables as Partial<Record<string, t.Mixed>>)[key] ?? node(child));
      return { key, value, optional: plan.optional[i] === true, plan: child };
    });
    return strict(plan, members, `Report${edition}`, rootTypeIssue);
  };

  return { table, report };
}

/**
 * Builds every codec of the model, with io-ts messages in `lang` (default Chinese). The module's exports are
 * `createIoTsCodecs()`; build another set only for another language.
 *
 * @example
 * ```ts
 * import { createIoTsCodecs } from "zfxxgk/io-ts";
 * const en = createIoTsCodecs({ lang: "en" });
 * ```
 */
export function createIoTsCodecs(options: IoTsCodecOptions = {}): IoTsCodecs {
  const lang = options.lang ?? "zh";
  const { table, report } = builder(lang);
  const tables = Object.fromEntries(
    editionKeys.map((e) => [e, Object.fromEntries(tableKeys.map((k) => [k, table(e, k)]))] as const),
  ) as Record<Edition, Record<TableKey, StrictObjectType<t.Props>>>;
  const reports = Object.fromEntries(editionKeys.map((e) => [e, report(e, tables[e])])) as Record<
    Edition,
    ReturnType<typeof report>
  >;
  const members = editionKeys.map((e) => reports[e]);
  const literals = editionKeys.map((e) => t.literal(e));
  const editionContext =
    literals.length < 2 ? (literals[0] ?? t.never) : t.union(literals as unknown as [t.Mixed, t.Mixed, ...t.Mixed[]]);

  const validate: t.Validate<unknown, unknown> = (u, c) => {
    try {
      if (!isPlainObject(u)) return failWith(rootTypeIssue(u), u, c, lang);
      const edition = own(u, "edition");
      if (!isEdition(edition)) {
        return failWith(editionIssue(edition), edition, t.appendContext(c, "edition", editionContext, edition), lang);
      }
      const result = reports[edition].validate(u, c);
      if (result._tag === "Right") return result;
      return t.failures([...result.left, ...mismatches(u, edition, result.left, c)]);
    } catch (error) {
      return failWith(unreadableIssue(error), u, c, lang);
    }
  };

  /** Where a table failed for its edition but fits another: the core's `edition_mismatch` issue. */
  const mismatches = (u: Record<string, unknown>, edition: Edition, errors: t.Errors, c: t.Context): t.Errors => {
    const depth = c.length;
    const out: t.Errors = [];
    for (const key of tableKeys) {
      if (!errors.some((e) => e.context[depth]?.key === key)) continue;
      for (const other of editionKeys) {
        if (other === edition || !tables[other][key].is(own(u, key))) continue;
        out.push(
          errorWith(
            editionMismatchIssue(key, edition, other),
            u[key],
            t.appendContext(c, key, tables[edition][key], u[key]),
            lang,
          ),
        );
      }
    }
    return out;
  };

  const is = (u: unknown): u is never => validate(u, [])._tag === "Right";
  const ReportCodec = new t.UnionType("Report", is, validate as t.Validate<unknown, never>, t.identity, members);
  // The casts: the codecs were built from the plan at run time; a type test proves t.TypeOf of each equal to
  // the core model type (Report, Report2021, Applications2021, …).
  const typed = ReportCodec as unknown as AnyReportCodec;
  const named = Object.fromEntries(
    editionKeys.flatMap((e) => {
      const name = editions[e].typeNames?.report;
      return name === undefined ? [] : [[`${name}Codec`, reports[e]]];
    }),
  );
  return {
    ReportCodec: typed,
    ConsistentReportCodec: withConsistency(typed, options),
    ...(named as unknown as NamedReportCodecs),
    byEdition: reports as unknown as IoTsCodecs["byEdition"],
    tables: tables as unknown as IoTsCodecs["tables"],
  };
}
