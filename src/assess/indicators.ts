/**
 * The indicators of a report as data: each a ratio of two sums of named cells, scaled, with a minimum sample
 * below which it is not computed. `indicatorsOf` evaluates them; `indicatorFormula` words a formula with the
 * official cell names (the docs print these).
 *
 * @module
 */

import type { Lang } from "../checks/types.js";
import { type Edition, newestEdition } from "../format/editions.js";
import { cellAt } from "../format/walk.js";
import type { Report } from "../model/report.generated.js";
import type { Message } from "../validate/issues.js";

/**
 * The id of an indicator; stable (spreadsheet columns and rankings name them).
 *
 * @example
 * ```ts
 * const id: IndicatorId = "disclosure-rate";
 * ```
 */
export type IndicatorId =
  | "disclosure-rate"
  | "refusal-rate"
  | "unable-rate"
  | "carry-forward-rate"
  | "review-correction-rate"
  | "litigation-correction-rate"
  | "disputes-per-100";

/**
 * An indicator: `sum(numerator) ÷ sum(denominator) × scale`, computed only when `sum(denominator) ≥ minimum`.
 *
 * @example
 * ```ts
 * import { indicators } from "zfxxgk/assess";
 * indicators.find((i) => i.id === "disclosure-rate")?.name.zh; // "公开率"
 * ```
 */
export interface Indicator {
  readonly id: IndicatorId;
  readonly name: Message;
  /** Cell paths (as in the model, `applications.results.granted.total`) summed above the line. */
  readonly numerator: readonly string[];
  /** Cell paths summed below the line. */
  readonly denominator: readonly string[];
  /** The ratio is multiplied by this (100: a percentage, or a count per 100 requests). */
  readonly scale: number;
  /** The unit of the value: `%`, or `件/百件申请`. */
  readonly unit: Message;
  /** The smallest denominator for which the value is computed (a smaller sample gives `null`). */
  readonly minimum: number;
  /** The range of the value on a consistent report: `[0, 100]`, or `[0, null]` for no upper bound. */
  readonly range: readonly [number, number | null];
  /** What the indicator tells, and why its minimum. */
  readonly rationale: Message;
}

const t3 = (row: string): string => `applications.${row}.total`;
const notDisclosed = [
  "stateSecret",
  "prohibitedByLaw",
  "securityStability",
  "thirdPartyRights",
  "internalAffairs",
  "processInformation",
  "enforcementRecords",
  "administrativeQuery",
].map((k) => t3(`results.notDisclosed.${k}`));
const unableToProvide = ["notHeld", "needsCreation", "unclear"].map((k) => t3(`results.unableToProvide.${k}`));
const resultsTotal = [t3("results.total")];
const concluded = (group: string): string[] =>
  ["upheld", "corrected", "other"].map((k) => `reviewLitigation.${group}.${k}`);
const percent: Message = { zh: "%", en: "%" };
const requestRate =
  "A rate over fewer than 10 requests moves by 10 points or more with a single request; below 10 it is not computed.";
const requestRateZh = "申请不足 10 件时，一件申请就使比率变动 10 个百分点以上，不予计算。";

/**
 * The indicators, in the order rankings and spreadsheets show them. Both editions share the cells they read
 * (表三 and 表四 are the same in 2019 and 2021 but for （六）其他处理, which no indicator reads).
 *
 * @example
 * ```ts
 * import { indicators } from "zfxxgk/assess";
 * indicators.map((i) => i.id); // ["disclosure-rate", "refusal-rate", …]
 * ```
 */
export const indicators: readonly Indicator[] = Object.freeze([
  {
    id: "disclosure-rate",
    name: { zh: "公开率", en: "Disclosure rate" },
    numerator: [t3("results.granted"), t3("results.partiallyGranted")],
    denominator: resultsTotal,
    scale: 100,
    unit: percent,
    minimum: 10,
    range: [0, 100],
    rationale: {
      zh: `办结的申请中予以公开或部分公开的比例。${requestRateZh}`,
      en: `The share of the requests handled that were granted in whole or in part. ${requestRate}`,
    },
  },
  {
    id: "refusal-rate",
    name: { zh: "不予公开率", en: "Refusal rate" },
    numerator: notDisclosed,
    denominator: resultsTotal,
    scale: 100,
    unit: percent,
    minimum: 10,
    range: [0, 100],
    rationale: {
      zh: `办结的申请中不予公开（八项理由合计）的比例。${requestRateZh}`,
      en: `The share of the requests handled that were refused (the eight grounds together). ${requestRate}`,
    },
  },
  {
    id: "unable-rate",
    name: { zh: "无法提供率", en: "Unable-to-provide rate" },
    numerator: unableToProvide,
    denominator: resultsTotal,
    scale: 100,
    unit: percent,
    minimum: 10,
    range: [0, 100],
    rationale: {
      zh: `办结的申请中无法提供（三项情形合计）的比例。${requestRateZh}`,
      en: `The share of the requests handled where the information could not be provided (the three cases together). ${requestRate}`,
    },
  },
  {
    id: "carry-forward-rate",
    name: { zh: "结转率", en: "Carry-forward rate" },
    numerator: [t3("carriedForward")],
    denominator: [t3("newReceived"), t3("carriedOver")],
    scale: 100,
    unit: percent,
    minimum: 10,
    range: [0, 100],
    rationale: {
      zh: `本年应办理的申请（新收与上年结转）中结转下年度继续办理的比例。${requestRateZh}`,
      en: `The share of the year's requests (new and carried over) carried forward to next year. ${requestRate}`,
    },
  },
  {
    id: "review-correction-rate",
    name: { zh: "复议纠错率", en: "Reconsideration correction rate" },
    numerator: ["reviewLitigation.review.corrected"],
    denominator: concluded("review"),
    scale: 100,
    unit: percent,
    minimum: 5,
    range: [0, 100],
    rationale: {
      zh: "已审结的行政复议案件（结果维持、结果纠正、其他结果）中结果纠正的比例；尚未审结的不计。已审结不足 5 件时，不予计算。",
      en: "The share of concluded administrative reconsiderations (upheld, corrected, other) whose result was corrected; pending cases are left out. Below 5 concluded cases it is not computed.",
    },
  },
  {
    id: "litigation-correction-rate",
    name: { zh: "诉讼纠错率", en: "Litigation correction rate" },
    numerator: ["reviewLitigation.litigationDirect.corrected", "reviewLitigation.litigationAfterReview.corrected"],
    denominator: [...concluded("litigationDirect"), ...concluded("litigationAfterReview")],
    scale: 100,
    unit: percent,
    minimum: 5,
    range: [0, 100],
    rationale: {
      zh: "已审结的行政诉讼案件（未经复议直接起诉与复议后起诉）中结果纠正的比例；尚未审结的不计。已审结不足 5 件时，不予计算。",
      en: "The share of concluded administrative lawsuits (direct and after reconsideration) whose result was corrected; pending cases are left out. Below 5 concluded cases it is not computed.",
    },
  },
  {
    id: "disputes-per-100",
    name: { zh: "复议诉讼率", en: "Disputes per 100 requests" },
    numerator: [
      "reviewLitigation.review.total",
      "reviewLitigation.litigationDirect.total",
      "reviewLitigation.litigationAfterReview.total",
    ],
    denominator: [t3("newReceived")],
    scale: 100,
    unit: { zh: "件/百件申请", en: "cases per 100 requests" },
    minimum: 10,
    range: [0, null],
    rationale: {
      zh: "每百件本年新收申请对应的行政复议、行政诉讼案件数（表四三组总计之和：复议后又起诉的案件如表四所计，计两次）。案件可能源于往年的申请，故没有上限。新收不足 10 件时，不予计算。",
      en: "Administrative reconsiderations and lawsuits per 100 new requests (the three totals of Table 4: a case reconsidered then sued counts twice, as Table 4 counts it). Cases may stem from earlier years' requests, so there is no upper bound. Below 10 new requests it is not computed.",
    },
  },
] as const satisfies readonly Indicator[]);

/**
 * The indicator of an id, or `undefined`.
 *
 * @example
 * ```ts
 * import { indicatorInfo } from "zfxxgk/assess";
 * indicatorInfo("refusal-rate")?.name.en; // "Refusal rate"
 * ```
 */
export function indicatorInfo(id: string): Indicator | undefined {
  return indicators.find((i) => i.id === id);
}

/**
 * Whether an indicator was computed: `computed`; `below-minimum` (its denominator is under the indicator's
 * minimum, 0 included); `not-assessable` (a cell it reads is blank).
 *
 * @example
 * ```ts
 * const s: IndicatorStatus = "below-minimum";
 * ```
 */
export type IndicatorStatus = "computed" | "below-minimum" | "not-assessable";

/**
 * An indicator's value on one report.
 *
 * @example
 * ```ts
 * import { indicatorsOf } from "zfxxgk/assess";
 * const v = indicatorsOf(report)[0]; // { id: "disclosure-rate", value: 63.6…, numerator: 7, denominator: 11, … }
 * ```
 */
export interface IndicatorValue {
  readonly id: IndicatorId;
  /** `numerator ÷ denominator × scale`, unrounded; `null` unless `status` is `computed`. */
  readonly value: number | null;
  readonly status: IndicatorStatus;
  /** The sums; `null` when a cell of the sum is blank. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The blank cells that made it not assessable (empty otherwise). */
  readonly blank: readonly string[];
}

/**
 * Options of {@link indicatorsOf}.
 *
 * @example
 * ```ts
 * const options: IndicatorOptions = { minimum: { "disclosure-rate": 1 } };
 * ```
 */
export interface IndicatorOptions {
  /** A minimum sample per indicator in place of the indicator's own (0 computes any nonzero denominator). */
  readonly minimum?: Partial<Record<IndicatorId, number>>;
}

const noBlank: readonly string[] = Object.freeze([]);

/** Cell paths split once. */
const segmentCache = new Map<string, readonly string[]>();

function segmentsOf(path: string): readonly string[] {
  let segments = segmentCache.get(path);
  if (segments === undefined) {
    segments = path.split(".");
    segmentCache.set(path, segments);
  }
  return segments;
}

/** Sums cells; `null` with the blank cells listed when one is blank or not a number. */
function sumOf(report: Report, paths: readonly string[], blank: string[]): number | null {
  let sum = 0;
  let ok = true;
  for (const path of paths) {
    let node: unknown = report;
    for (const key of segmentsOf(path)) {
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    }
    if (typeof node === "number" && Number.isFinite(node)) sum += node;
    else {
      blank.push(path);
      ok = false;
    }
  }
  return ok ? sum : null;
}

/**
 * The indicators of a report, in the order of {@link indicators}. Never throws on data: a blank (or
 * malformed) cell makes an indicator `not-assessable`, a denominator under the minimum makes it
 * `below-minimum`; either way its `value` is `null`.
 *
 * @example
 * ```ts
 * import { indicatorsOf } from "zfxxgk/assess";
 * for (const v of indicatorsOf(report)) console.log(v.id, v.value);
 * ```
 */
export function indicatorsOf(report: Report, options: IndicatorOptions = {}): readonly IndicatorValue[] {
  return indicators.map((indicator): IndicatorValue => {
    const found: string[] = [];
    const numerator = sumOf(report, indicator.numerator, found);
    const denominator = sumOf(report, indicator.denominator, found);
    const blank = found.length === 0 ? noBlank : found;
    const minimum = Math.max(options.minimum?.[indicator.id] ?? indicator.minimum, Number.MIN_VALUE);
    let status: IndicatorStatus = "computed";
    if (numerator === null || denominator === null) status = "not-assessable";
    else if (denominator < minimum) status = "below-minimum";
    const value = status === "computed" ? ((numerator as number) * indicator.scale) / (denominator as number) : null;
    return { id: indicator.id, value, status, numerator, denominator, blank };
  });
}

/** A cell's official name, or its path where the edition has no such cell. */
function cellName(edition: Edition, path: string, lang: Lang): string {
  return cellAt(edition, path)?.name[lang] ?? path;
}

/**
 * An indicator's formula in words, with the official cell names:
 * `（表三（一）予以公开·总计 + 表三（二）部分公开·总计）÷ 表三（七）总计·总计 × 100`.
 *
 * @example
 * ```ts
 * import { indicatorFormula, indicators } from "zfxxgk/assess";
 * indicatorFormula(indicators[0]!, "en"); // "(Table 3 (1) Granted · Total + …) ÷ Table 3 (7) Total · Total × 100"
 * ```
 */
export function indicatorFormula(indicator: Indicator, lang: Lang, edition: Edition = newestEdition()): string {
  const [open, close] = lang === "zh" ? ["（", "）"] : ["(", ")"];
  const side = (paths: readonly string[]) => {
    const names = paths.map((p) => cellName(edition, p, lang)).join(" + ");
    return paths.length > 1 ? `${open}${names}${close}` : names;
  };
  return `${side(indicator.numerator)} ÷ ${side(indicator.denominator)} × ${indicator.scale}`;
}
