/**
 * The io-ts codec types of the model, mapped from the descriptors at the type level. The codecs are built at
 * run time by folding the validation plan and typed with these; a type test proves `t.TypeOf` of each equal
 * to the core model type.
 *
 * @module
 */
import type * as t from "io-ts";
import type { FieldDescriptor, TableNode } from "../../format/descriptor.js";
import type { BuiltInEditionKeys, Edition, TableKey } from "../../format/editions.js";
import type { SectionKey } from "../../model/derive.js";
import type { KeyedNodes, TableChildren } from "../keyed-nodes.js";
import type { StrictObjectType } from "./strict-object.js";

/**
 * A numeric cell: a refinement of `t.number` (a count, a signed count or an amount), or `null`.
 *
 * @example
 * ```ts
 * import type { NumberCellCodec } from "zfxxgk/io-ts";
 * ```
 */
export type NumberCellCodec = t.UnionC<[t.RefinementC<t.NumberC>, t.NullC]>;

/**
 * The codec of one cell.
 *
 * @example
 * ```ts
 * type C = CellCodecOf<(typeof applicantFields)[0]>; // NumberCellCodec
 * ```
 */
export type CellCodecOf<F extends FieldDescriptor> = F extends {
  kind: "unit";
  values: readonly (infer V extends string)[];
}
  ? t.UnionC<[t.KeyofC<{ [K in V]: null }>, t.NullC]>
  : NumberCellCodec;

/**
 * The member codecs of a record from its fields.
 *
 * @example
 * ```ts
 * type P = RecordPropsOf<typeof reviewOutcomeFields>; // { upheld: NumberCellCodec; … }
 * ```
 */
export type RecordPropsOf<F extends readonly FieldDescriptor[]> = { [X in F[number] as X["key"]]: CellCodecOf<X> };

/**
 * The codec of a node: a record, or a group of keyed children.
 *
 * @example
 * ```ts
 * type Granted = NodeCodecOf<TableChildren<"2021", "applications">[0]>;
 * ```
 */
export type NodeCodecOf<N> = N extends { kind: "record"; fields: infer F extends readonly FieldDescriptor[] }
  ? StrictObjectType<RecordPropsOf<F>>
  : N extends { children: infer C extends readonly TableNode[] }
    ? StrictObjectType<ChildrenPropsOf<C>>
    : never;

/**
 * The member codecs of a group or table: its keyed children.
 *
 * @example
 * ```ts
 * type P = ChildrenPropsOf<TableChildren<"2021", "reviewLitigation">>;
 * ```
 */
export type ChildrenPropsOf<C extends readonly TableNode[]> = { [X in KeyedNodes<C> as X["key"]]: NodeCodecOf<X> };

/**
 * The codec of one table of one edition.
 *
 * @example
 * ```ts
 * import type { TableCodecOf } from "zfxxgk/io-ts";
 * type T3 = TableCodecOf<"2021", "applications">;
 * ```
 */
export type TableCodecOf<E extends Edition, T extends TableKey> = StrictObjectType<
  ChildrenPropsOf<TableChildren<E, T>>
>;

/**
 * Paragraphs of prose.
 *
 * @example
 * ```ts
 * import type { ParagraphsCodec } from "zfxxgk/io-ts";
 * ```
 */
export type ParagraphsCodec = t.ArrayC<t.StringC>;

/**
 * The codec of a report of edition `E`.
 *
 * @example
 * ```ts
 * import type { ReportCodecOf } from "zfxxgk/io-ts";
 * type R = ReportCodecOf<"2019">;
 * ```
 */
export type ReportCodecOf<E extends Edition> = StrictObjectType<
  {
    edition: t.LiteralC<E>;
    organ: t.RefinementC<t.StringC>;
    year: t.RefinementC<t.NumberC>;
    publishedOn: t.UnionC<[t.RefinementC<t.StringC>, t.NullC]>;
  } & { [T in TableKey]: TableCodecOf<E, T> },
  {
    title: t.StringC;
    preamble: ParagraphsCodec;
    sections: StrictObjectType<Record<never, never>, { [K in SectionKey]: ParagraphsCodec }>;
  }
>;

/**
 * The codec of a report of either edition: a union dispatched on `edition`.
 *
 * @example
 * ```ts
 * import type { AnyReportCodec } from "zfxxgk/io-ts";
 * ```
 */
export type AnyReportCodec = t.UnionC<EditionCodecs<BuiltInEditionKeys>>;

/** One codec per edition of `K`, as a tuple. */
type EditionCodecs<K extends readonly unknown[]> = K extends readonly [infer H extends Edition, ...infer R]
  ? [ReportCodecOf<H>, ...EditionCodecs<R>]
  : [];
