/**
 * The zod schema types of the model, mapped from the descriptors at the type level (as `src/model/derive.ts`
 * maps the model types). The schemas are built at run time by folding the validation plan and typed with
 * these; a type test proves `z.output` of each equal to the core model type.
 *
 * @module
 */
import type * as z from "zod/v4";
import type { FieldDescriptor, TableNode } from "../../format/descriptor.js";
import type { BuiltInEditionKeys, Edition, TableKey } from "../../format/editions.js";
import type { SectionKey } from "../../model/derive.js";
import type { KeyedNodes, TableChildren } from "../keyed-nodes.js";

/**
 * A schema behind a plain-object guard: a `z.custom` check that the input is a plain object (as the core
 * requires: a literal, JSON.parse, or a null prototype), piped into the strict object schema. `.out` is the
 * object schema itself (`.out.shape`).
 *
 * @example
 * ```ts
 * import { Applications2021Schema } from "zfxxgk/zod";
 * Object.keys(Applications2021Schema.out.shape); // ["newReceived", "carriedOver", "results", "carriedForward"]
 * ```
 */
export type PlainObjectSchema<S extends z.core.$ZodLooseShape> = z.ZodPipe<
  z.ZodCustom<unknown, unknown>,
  z.ZodObject<S, z.core.$strict>
>;

/**
 * The schema of one cell: a nullable number, or a nullable enum of units.
 *
 * @example
 * ```ts
 * type C = CellSchemaOf<(typeof applicantFields)[0]>; // z.ZodNullable<z.ZodNumber>
 * ```
 */
export type CellSchemaOf<F extends FieldDescriptor> = F extends {
  kind: "unit";
  values: readonly (infer V extends string)[];
}
  ? z.ZodNullable<z.ZodEnum<{ [K in V]: K }>>
  : z.ZodNullable<z.ZodNumber>;

/**
 * The shape of a record's schema from its fields.
 *
 * @example
 * ```ts
 * type S = RecordShapeOf<typeof applicantFields>; // { naturalPerson: …; …; total: … }
 * ```
 */
export type RecordShapeOf<F extends readonly FieldDescriptor[]> = { [X in F[number] as X["key"]]: CellSchemaOf<X> };

/**
 * The schema of a node: a record, or a group of keyed children.
 *
 * @example
 * ```ts
 * type Granted = NodeSchemaOf<TableChildren<"2021", "applications">[0]>;
 * ```
 */
export type NodeSchemaOf<N> = N extends { kind: "record"; fields: infer F extends readonly FieldDescriptor[] }
  ? PlainObjectSchema<RecordShapeOf<F>>
  : N extends { children: infer C extends readonly TableNode[] }
    ? PlainObjectSchema<ChildrenShapeOf<C>>
    : never;

/**
 * The shape of a group's or table's schema: its keyed children.
 *
 * @example
 * ```ts
 * type S = ChildrenShapeOf<TableChildren<"2021", "reviewLitigation">>;
 * ```
 */
export type ChildrenShapeOf<C extends readonly TableNode[]> = { [X in KeyedNodes<C> as X["key"]]: NodeSchemaOf<X> };

/**
 * The schema of one table of one edition.
 *
 * @example
 * ```ts
 * import type { TableSchemaOf } from "zfxxgk/zod";
 * type T3 = TableSchemaOf<"2021", "applications">;
 * ```
 */
export type TableSchemaOf<E extends Edition, T extends TableKey> = PlainObjectSchema<
  ChildrenShapeOf<TableChildren<E, T>>
>;

/** A list of paragraphs. */
type Paragraphs = z.ZodArray<z.ZodString>;

/**
 * The shape of a report's schema of edition `E`: the envelope and the three tables.
 *
 * @example
 * ```ts
 * type S = ReportShapeOf<"2019">["proactive"];
 * ```
 */
export type ReportShapeOf<E extends Edition> = {
  edition: z.ZodLiteral<E>;
  organ: z.ZodString;
  year: z.ZodNumber;
  publishedOn: z.ZodNullable<z.ZodString>;
  title: z.ZodExactOptional<z.ZodString>;
  preamble: z.ZodExactOptional<Paragraphs>;
  sections: z.ZodExactOptional<PlainObjectSchema<{ [K in SectionKey]: z.ZodExactOptional<Paragraphs> }>>;
} & { [T in TableKey]: TableSchemaOf<E, T> };

/**
 * The schema of a report of edition `E`.
 *
 * @example
 * ```ts
 * import type { ReportSchemaOf } from "zfxxgk/zod";
 * type R2019 = ReportSchemaOf<"2019">;
 * ```
 */
export type ReportSchemaOf<E extends Edition> = PlainObjectSchema<ReportShapeOf<E>>;

/** One strict object schema per edition of `K`, as a tuple. */
type EditionObjects<K extends readonly unknown[]> = K extends readonly [infer H, ...infer R]
  ? [EditionObject<H>, ...EditionObjects<R>]
  : [];

/** The strict object schema of edition `E`'s reports. */
type EditionObject<E> = E extends Edition ? StrictObject<ReportShapeOf<E>> : never;

/** A strict object schema of a shape (checked against zod's constraint once the shape is known). */
type StrictObject<S> = S extends z.core.$ZodLooseShape ? z.ZodObject<S, z.core.$strict> : never;

/**
 * The schema of a report of any built-in edition: a plain-object guard piped into a discriminated union on
 * `edition` (`.out` is the `z.ZodDiscriminatedUnion`, `.out.options` its edition schemas).
 *
 * @example
 * ```ts
 * import type { AnyReportSchema } from "zfxxgk/zod";
 * ```
 */
export type AnyReportSchema = z.ZodPipe<
  z.ZodCustom<unknown, unknown>,
  z.ZodDiscriminatedUnion<EditionObjects<BuiltInEditionKeys>, "edition">
>;
