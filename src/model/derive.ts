/**
 * The model's types derived from the descriptors by mapped types. The generated interfaces in
 * `report.generated.ts` (which carry the official labels as TSDoc) are proven equal to these by type tests.
 *
 * @module
 */
import type { EditionDescriptor, FieldDescriptor, TableNode } from "../format/descriptor.js";
import type { Edition, editions, TableKey } from "../format/editions.js";
import type { ReportsByEdition } from "./report.generated.js";

/**
 * The value of one cell: a number, a unit string for `unit` cells, or `null` for a blank.
 *
 * @example
 * ```ts
 * type C = CellOf<{ key: "x"; label: "x"; en: "x"; kind: "count" }>; // number | null
 * ```
 */
export type CellOf<F extends FieldDescriptor> = F extends { kind: "unit"; values: readonly (infer V)[] }
  ? V | null
  : number | null;

/**
 * A record (row) of the model from its fields.
 *
 * @example
 * ```ts
 * import type { applicantFields } from "zfxxgk/format";
 * type Row = RecordOf<typeof applicantFields>; // { naturalPerson: number | null; … }
 * ```
 */
export type RecordOf<F extends readonly FieldDescriptor[]> = { [X in F[number] as X["key"]]: CellOf<X> };

/** The keyed nodes among `C`, looking through layout-only groups. */
type KeyedNodes<C extends readonly TableNode[]> = C[number] extends infer N
  ? N extends { key: string }
    ? N
    : N extends { children: infer CC extends readonly TableNode[] }
      ? KeyedNodes<CC>
      : never
  : never;

/**
 * The model value of a node: a record object, or an object of its keyed children.
 *
 * @example
 * ```ts
 * type Granted = NodeOf<(typeof edition2021)["tables"]["applications"]["children"][0]>;
 * ```
 */
export type NodeOf<N> = N extends { kind: "record"; fields: infer F extends readonly FieldDescriptor[] }
  ? RecordOf<F>
  : N extends { children: infer C extends readonly TableNode[] }
    ? ChildrenOf<C>
    : never;

/**
 * An object of the keyed children of a group or table.
 *
 * @example
 * ```ts
 * type T4 = ChildrenOf<(typeof reviewLitigationTable)["children"]>; // { review, litigationDirect, litigationAfterReview }
 * ```
 */
export type ChildrenOf<C extends readonly TableNode[]> = { [X in KeyedNodes<C> as X["key"]]: NodeOf<X> };

/**
 * The model of one table of one edition.
 *
 * @example
 * ```ts
 * type T3 = TableOf<"2021", "applications">;
 * ```
 */
export type TableOf<E extends Edition, T extends TableKey> = ChildrenOf<(typeof editions)[E]["tables"][T]["children"]>;

/**
 * The prose sections' keys.
 *
 * @example
 * ```ts
 * const k: SectionKey = "overview";
 * ```
 */
export type SectionKey = (typeof editions)[Edition]["sections"][number]["key"];

/**
 * A report of edition `E`, derived from its descriptor.
 *
 * @example
 * ```ts
 * type R = DerivedReport<"2021">;
 * ```
 */
export type DerivedReport<E extends Edition> = ReportFromDescriptor<(typeof editions)[E]>;

/**
 * The report type of an edition descriptor, derived by mapped types (the shape a registered edition's reports
 * have).
 *
 * @example
 * ```ts
 * type R = ReportFromDescriptor<typeof edition2021>; // the same shape as Report2021
 * ```
 */
export type ReportFromDescriptor<D extends EditionDescriptor> = {
  edition: D["edition"];
  organ: string;
  year: number;
  publishedOn: string | null;
  title?: string;
  preamble?: string[];
  sections?: { [K in SectionKey]?: string[] };
  proactive: ChildrenOf<D["tables"]["proactive"]["children"]>;
  applications: ChildrenOf<D["tables"]["applications"]["children"]>;
  reviewLitigation: ChildrenOf<D["tables"]["reviewLitigation"]["children"]>;
};

/** Editions added to `Editions` by module augmentation: those the generated file does not name. */
type AddedEdition = Exclude<Edition, keyof ReportsByEdition>;

/**
 * The reports of editions added by module augmentation (none unless a program adds one): part of `Report`.
 *
 * @example
 * ```ts
 * type None = AddedReport; // never, with the built-in editions only
 * ```
 */
export type AddedReport = { [E in AddedEdition]: DerivedReport<E> }[AddedEdition];

/**
 * The report type of an edition: its generated interface (`Report2021`), or, for an edition added by module
 * augmentation, the type derived from its descriptor.
 *
 * @example
 * ```ts
 * type R = ReportOf<"2019">; // Report2019
 * ```
 */
export type ReportOf<E extends Edition> = E extends keyof ReportsByEdition ? ReportsByEdition[E] : DerivedReport<E>;
