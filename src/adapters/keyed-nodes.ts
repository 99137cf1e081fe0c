/**
 * Type-level helpers shared by the adapters: the keyed nodes of a descriptor tree, as the model types
 * (`src/model/derive.ts`) see them.
 *
 * @module
 */
import type { TableNode } from "../format/descriptor.js";
import type { Edition, editions, TableKey } from "../format/editions.js";

/**
 * The keyed nodes among `C`, looking through layout-only groups (表二's blocks, 表四's 行政诉讼).
 *
 * @example
 * ```ts
 * type T4 = KeyedNodes<(typeof reviewLitigationTable)["children"]>["key"]; // "review" | "litigationDirect" | "litigationAfterReview"
 * ```
 */
export type KeyedNodes<C extends readonly TableNode[]> = C[number] extends infer N
  ? N extends { key: string }
    ? N
    : N extends { children: infer CC extends readonly TableNode[] }
      ? KeyedNodes<CC>
      : never
  : never;

/**
 * The top-level nodes of a table of an edition.
 *
 * @example
 * ```ts
 * type C = TableChildren<"2021", "applications">;
 * ```
 */
export type TableChildren<E extends Edition, T extends TableKey> = (typeof editions)[E]["tables"][T]["children"];
