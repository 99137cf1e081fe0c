/**
 * The official categories as enums, derived from the descriptors: key ↔ official label ↔ English name ↔
 * ordinal, both ways.
 *
 * @module
 */
import { applicantFields } from "./applicants.js";
import type { TableNode } from "./descriptor.js";
import type { edition2021 } from "./editions/2021.js";
import { editionKeys, editions, type TableKey } from "./editions.js";
import { mergeByKey } from "./merge.js";
import type { proactive2019, proactive2021 } from "./proactive.js";
import { reviewOutcomeFields } from "./review-litigation.js";

/**
 * One member of an official category.
 *
 * @example
 * ```ts
 * import { OutcomeCategory } from "zfxxgk";
 * const e: EnumEntry = OutcomeCategory.byKey.granted; // { key: "granted", label: "予以公开", ordinal: "（一）", … }
 * ```
 */
export interface EnumEntry {
  readonly key: string;
  /** Official label, verbatim, without its ordinal. */
  readonly label: string;
  readonly en: string;
  /** Ordinal as printed (`（一）`, `1.`), or the position `1`, `2`, … where none is printed. */
  readonly ordinal: string;
}

/** Maps a tuple of nodes or fields to enum entries, keeping literal types. */
type Entries<T extends readonly { key: string; label: string; en: string }[]> = {
  readonly [I in keyof T]: {
    readonly key: T[I]["key"];
    readonly label: T[I]["label"];
    readonly en: string;
    readonly ordinal: string;
  };
};

/**
 * An official category: its members in printed order and lookups both ways.
 *
 * @example
 * ```ts
 * import { ApplicantType } from "zfxxgk";
 * ApplicantType.byLabel["商业企业"].key; // "commercial"
 * ```
 */
export interface OfficialEnum<T extends readonly EnumEntry[]> {
  /** Members in printed order. */
  readonly entries: T;
  /** Keys in printed order. */
  readonly keys: { readonly [I in keyof T]: T[I]["key"] };
  /** Key → member. */
  readonly byKey: { readonly [E in T[number] as E["key"]]: E };
  /** Official label → member. */
  readonly byLabel: { readonly [E in T[number] as E["label"]]: E };
}

function defineEnum<const T extends readonly { key: string; label: string; en: string; ordinal?: string }[]>(
  items: T,
): OfficialEnum<Entries<T>> {
  const entries = items.map((item, i) =>
    Object.freeze({
      key: item.key,
      label: item.label,
      en: item.en,
      ordinal: item.ordinal === undefined || item.ordinal === "" ? String(i + 1) : item.ordinal,
    }),
  );
  return Object.freeze({
    entries: Object.freeze(entries),
    keys: Object.freeze(entries.map((e) => e.key)),
    byKey: Object.freeze(Object.fromEntries(entries.map((e) => [e.key, e]))),
    byLabel: Object.freeze(Object.fromEntries(entries.map((e) => [e.label, e]))),
  }) as unknown as OfficialEnum<Entries<T>>;
}

// Each enum is built inside a function called once and marked pure, reading the descriptors only there (nothing
// is read or destructured at the top level), so that a bundle using none of the enums drops them all.
//
// An enum is found by meaning, not by position: the children of the node at a path of stable keys (a node's key,
// or a layout group's id), in every registered edition, merged by key — newest edition first, a member only an
// older edition has placed before the next member it shares (2019's 第二十条第（九）项 after （八）). An edition
// registered before the enums are first read adds its members (a new reason of 不予公开 is a NotDisclosedReason).

/** A node's stable key: its key, or a layout group's id. */
function stableKey(node: TableNode): string | undefined {
  return node.key ?? (node.kind === "group" ? node.id : undefined);
}

/** The node at `path` (stable keys) among `nodes`; layout groups are looked through. */
function nodeAt(nodes: readonly TableNode[], path: readonly string[]): TableNode | undefined {
  const [head, ...rest] = path;
  for (const node of nodes) {
    if (stableKey(node) === head)
      return rest.length === 0 ? node : node.kind === "group" ? nodeAt(node.children, rest) : undefined;
    if (node.kind === "group" && node.key === undefined) {
      const inner = nodeAt(node.children, path);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/** The children of the node at `path` of a table (its top level for `[]`) in every registered edition, merged by key. */
function across(table: TableKey, path: readonly string[]): TableNode[] {
  const lists = editionKeys.map((e) => {
    const top = editions[e].tables[table].children;
    if (path.length === 0) return top;
    const node = nodeAt(top, path);
    return node?.kind === "group" ? node.children : [];
  });
  return mergeByKey(lists, stableKey).map((g) => g[0] as TableNode);
}

/** `nodes` with the layout groups replaced by their children. */
const throughLayout = (nodes: readonly TableNode[]): TableNode[] =>
  nodes.flatMap((n) => (n.kind === "group" && n.key === undefined ? throughLayout(n.children) : [n]));

/** The children of a node (at a path of keys) of the newest built-in edition's table `T`, as a tuple type. */
type ChildrenAt<N, P extends readonly string[]> = P extends readonly [infer K, ...infer R extends readonly string[]]
  ? N extends { readonly children: infer C extends readonly TableNode[] }
    ? ChildrenAt<Extract<C[number], { readonly key: K } | { readonly id: K }>, R>
    : never
  : N extends { readonly children: infer C extends readonly TableNode[] }
    ? C
    : never;

/** A tuple without its total row. */
type WithoutTotal<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? H extends { readonly total: true }
    ? WithoutTotal<R>
    : [H, ...WithoutTotal<R>]
  : [];

/** The built-in newest edition's 表三 and 表四. */
type Applications = (typeof edition2021)["tables"]["applications"];
type ReviewLitigation = (typeof edition2021)["tables"]["reviewLitigation"];

/** The enum of the children at `path` of a table, across the editions, typed as the newest built-in's. */
function childrenEnum<T extends readonly { key: string; label: string; en: string }[]>(
  table: TableKey,
  path: readonly string[],
): OfficialEnum<Entries<T>> {
  return defineEnum(across(table, path) as unknown as T);
}

/**
 * 申请人情况: the six kinds of applicant of 表三 (自然人 and the five 法人或其他组织), without 总计.
 *
 * @example
 * ```ts
 * import { ApplicantType } from "zfxxgk";
 * ApplicantType.byKey.naturalPerson.label; // "自然人"
 * ```
 */
export const ApplicantType = /* @__PURE__ */ (() =>
  defineEnum([
    applicantFields[0],
    applicantFields[1],
    applicantFields[2],
    applicantFields[3],
    applicantFields[4],
    applicantFields[5],
  ]))();

/**
 * 三、本年度办理结果: the outcome categories （一）…（六） of 表三 (both editions; （七）总计 excluded).
 *
 * @example
 * ```ts
 * import { OutcomeCategory } from "zfxxgk";
 * OutcomeCategory.byLabel["不予公开"].ordinal; // "（三）"
 * ```
 */
export const OutcomeCategory = /* @__PURE__ */ (() =>
  defineEnum(
    across("applications", ["results"]).filter(
      (n) => !(n.kind === "record" && n.total === true),
    ) as unknown as WithoutTotal<ChildrenAt<Applications, ["results"]>>,
  ))();

/**
 * （三）不予公开: the eight reasons.
 *
 * @example
 * ```ts
 * import { NotDisclosedReason } from "zfxxgk";
 * NotDisclosedReason.byKey.stateSecret.label; // "属于国家秘密"
 * ```
 */
export const NotDisclosedReason = /* @__PURE__ */ (() =>
  childrenEnum<ChildrenAt<Applications, ["results", "notDisclosed"]>>("applications", ["results", "notDisclosed"]))();

/**
 * （四）无法提供: the three reasons.
 *
 * @example
 * ```ts
 * import { UnableToProvideReason } from "zfxxgk";
 * UnableToProvideReason.byKey.notHeld.ordinal; // "1."
 * ```
 */
export const UnableToProvideReason = /* @__PURE__ */ (() =>
  childrenEnum<ChildrenAt<Applications, ["results", "unableToProvide"]>>("applications", [
    "results",
    "unableToProvide",
  ]))();

/**
 * （五）不予处理: the five reasons.
 *
 * @example
 * ```ts
 * import { NotProcessedReason } from "zfxxgk";
 * NotProcessedReason.byKey.duplicate.label; // "重复申请"
 * ```
 */
export const NotProcessedReason = /* @__PURE__ */ (() =>
  childrenEnum<ChildrenAt<Applications, ["results", "notProcessed"]>>("applications", ["results", "notProcessed"]))();

/**
 * （六）其他处理 (2021 edition): the three reasons. The 2019 edition has none.
 *
 * @example
 * ```ts
 * import { OtherHandlingReason } from "zfxxgk";
 * OtherHandlingReason.byKey.other.label; // "其他"
 * ```
 */
export const OtherHandlingReason = /* @__PURE__ */ (() =>
  childrenEnum<ChildrenAt<Applications, ["results", "otherHandling"]>>("applications", ["results", "otherHandling"]))();

/**
 * 表四's outcome columns: 结果维持, 结果纠正, 其他结果, 尚未审结 (总计 excluded).
 *
 * @example
 * ```ts
 * import { ReviewOutcome } from "zfxxgk";
 * ReviewOutcome.byLabel["尚未审结"].key; // "pending"
 * ```
 */
export const ReviewOutcome = /* @__PURE__ */ (() =>
  defineEnum([reviewOutcomeFields[0], reviewOutcomeFields[1], reviewOutcomeFields[2], reviewOutcomeFields[3]]))();

/**
 * 表四's case kinds: 行政复议 and the two kinds of 行政诉讼.
 *
 * @example
 * ```ts
 * import { CaseKind } from "zfxxgk";
 * CaseKind.byKey.litigationAfterReview.label; // "复议后起诉"
 * ```
 */
export const CaseKind = /* @__PURE__ */ (() =>
  defineEnum(
    throughLayout(across("reviewLitigation", [])) as unknown as [
      ReviewLitigation["children"][0],
      ...ChildrenAt<ReviewLitigation, ["litigation"]>,
    ],
  ))();

/**
 * 表四's litigation kinds: 未经复议直接起诉, 复议后起诉.
 *
 * @example
 * ```ts
 * import { LitigationKind } from "zfxxgk";
 * LitigationKind.keys; // ["litigationDirect", "litigationAfterReview"]
 * ```
 */
export const LitigationKind = /* @__PURE__ */ (() =>
  childrenEnum<ChildrenAt<ReviewLitigation, ["litigation"]>>("reviewLitigation", ["litigation"]))();

/**
 * 表二's blocks: the items of 《政府信息公开条例》第二十条 reported on (（九） only in the 2019 edition).
 * Keys are the block ids (`article20.1`).
 *
 * @example
 * ```ts
 * import { Article20Item } from "zfxxgk";
 * Article20Item.byKey["article20.8"].label; // "第二十条第（八）项"
 * ```
 */
export const Article20Item = /* @__PURE__ */ (() =>
  defineEnum(
    across("proactive", []).map((block) => ({
      key: stableKey(block) as string,
      label: block.label,
      en: block.en,
      ordinal: block.label.slice(block.label.indexOf("（"), block.label.indexOf("）") + 1),
    })) as unknown as readonly [
      Block<(typeof proactive2021.children)[0]>,
      Block<(typeof proactive2021.children)[1]>,
      Block<(typeof proactive2021.children)[2]>,
      Block<(typeof proactive2021.children)[3]>,
      Block<(typeof proactive2019.children)[4]>,
    ],
  ))();

/** The enum entry of a 表二 block. */
type Block<B extends { id: string; label: string }> = { key: B["id"]; label: B["label"]; en: string; ordinal: string };
