/**
 * Small builders that keep the descriptors' literal types (keys, labels) while declaring them as data.
 *
 * @module
 */
import type { FieldSet, GroupNode, RecordNode, TableNode } from "./descriptor.js";

/** Optional parts of a record node. */
type RecordExtra = Pick<RecordNode, "note" | "total" | "aliases">;
/** Optional parts of a group node. */
type GroupExtra = Pick<GroupNode, "inCellName" | "header" | "aliases" | "id">;

/**
 * Declares a record (a row of cells in the model).
 *
 * @example
 * ```ts
 * const granted = record("granted", "（一）", "予以公开", "Granted", applicantRow);
 * ```
 */
export function record<
  const K extends string,
  const O extends string,
  const L extends string,
  const S extends FieldSet,
>(key: K, ordinal: O, label: L, en: string, set: S, extra: RecordExtra = {}) {
  return {
    kind: "record",
    key,
    ordinal,
    label,
    en,
    fields: set.fields as S["fields"],
    typeName: set.name as S["name"],
    ...extra,
  } as const satisfies RecordNode;
}

/**
 * Declares a group with a model key (it nests in the JSON model).
 *
 * @example
 * ```ts
 * const g = group("notDisclosed", "（三）", "不予公开", "Not disclosed", [stateSecretRow]);
 * ```
 */
export function group<
  const K extends string,
  const O extends string,
  const L extends string,
  const C extends readonly TableNode[],
>(key: K, ordinal: O, label: L, en: string, children: C, extra: GroupExtra = {}) {
  return { kind: "group", key, ordinal, label, en, children, ...extra } as const satisfies GroupNode;
}

/**
 * Declares a layout-only group (a merged label or a block title that does not nest in the model).
 *
 * @example
 * ```ts
 * const litigation = layoutGroup("litigation", "行政诉讼", "Administrative litigation", [directRow, afterReviewRow]);
 * ```
 */
export function layoutGroup<const I extends string, const L extends string, const C extends readonly TableNode[]>(
  id: I,
  label: L,
  en: string,
  children: C,
  extra: Omit<GroupExtra, "id"> = {},
) {
  return { kind: "group", id, ordinal: "", label, en, children, ...extra } as const satisfies GroupNode;
}
