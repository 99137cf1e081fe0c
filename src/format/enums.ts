/**
 * The official categories as enums, derived from the descriptors: key ↔ official label ↔ English name ↔
 * ordinal, both ways.
 *
 * @module
 */
import { applicantFields } from "./applicants.js";
import { applications2021 } from "./applications.js";
import { proactive2019, proactive2021 } from "./proactive.js";
import { reviewLitigationTable, reviewOutcomeFields } from "./review-litigation.js";

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
/** 表三's outcome categories (2021 edition), by position. */
const outcome = <I extends 0 | 1 | 2 | 3 | 4 | 5>(i: I) => applications2021.children[2].children[i];
/** 表四's 行政复议 (0) and 行政诉讼 (1) groups. */
const caseGroup = <I extends 0 | 1>(i: I) => reviewLitigationTable.children[i];

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
  defineEnum([outcome(0), outcome(1), outcome(2), outcome(3), outcome(4), outcome(5)]))();

/**
 * （三）不予公开: the eight reasons.
 *
 * @example
 * ```ts
 * import { NotDisclosedReason } from "zfxxgk";
 * NotDisclosedReason.byKey.stateSecret.label; // "属于国家秘密"
 * ```
 */
export const NotDisclosedReason = /* @__PURE__ */ (() => defineEnum(outcome(2).children))();

/**
 * （四）无法提供: the three reasons.
 *
 * @example
 * ```ts
 * import { UnableToProvideReason } from "zfxxgk";
 * UnableToProvideReason.byKey.notHeld.ordinal; // "1."
 * ```
 */
export const UnableToProvideReason = /* @__PURE__ */ (() => defineEnum(outcome(3).children))();

/**
 * （五）不予处理: the five reasons.
 *
 * @example
 * ```ts
 * import { NotProcessedReason } from "zfxxgk";
 * NotProcessedReason.byKey.duplicate.label; // "重复申请"
 * ```
 */
export const NotProcessedReason = /* @__PURE__ */ (() => defineEnum(outcome(4).children))();

/**
 * （六）其他处理 (2021 edition): the three reasons. The 2019 edition has none.
 *
 * @example
 * ```ts
 * import { OtherHandlingReason } from "zfxxgk";
 * OtherHandlingReason.byKey.other.label; // "其他"
 * ```
 */
export const OtherHandlingReason = /* @__PURE__ */ (() => defineEnum(outcome(5).children))();

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
export const CaseKind = /* @__PURE__ */ (() => defineEnum([caseGroup(0), ...caseGroup(1).children]))();

/**
 * 表四's litigation kinds: 未经复议直接起诉, 复议后起诉.
 *
 * @example
 * ```ts
 * import { LitigationKind } from "zfxxgk";
 * LitigationKind.keys; // ["litigationDirect", "litigationAfterReview"]
 * ```
 */
export const LitigationKind = /* @__PURE__ */ (() => defineEnum(caseGroup(1).children))();

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
    [...proactive2021.children, proactive2019.children[4]].map((block) => ({
      key: block.id,
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
