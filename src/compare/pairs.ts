/**
 * Pairing the reports of a folder: each organ's consecutive years, by the organ's name normalised.
 *
 * @module
 */

/**
 * An organ's name as pairing compares it: NFKC (full-width to half-width), without white space, punctuation or
 * symbols, Latin letters lower-cased — 「平潭综合实验区 」 and 「平潭综合实验区」 are one organ.
 *
 * @example
 * ```ts
 * import { organKey } from "zfxxgk/compare";
 * organKey("沭阳县 发展和改革局（本级）") === organKey("沭阳县发展和改革局(本级)"); // true
 * ```
 */
export function organKey(organ: string): string {
  return organ
    .normalize("NFKC")
    .replace(/[\p{P}\p{S}\p{Z}\p{C}]+/gu, "")
    .toLowerCase();
}

/**
 * The outcome of pairing: `pairs` of consecutive years of one organ (each report may be in two pairs: with the
 * year before and the year after), and the reports in no pair — `alone` (no report of the year before or after)
 * or `duplicate` (a second report of an organ and year already taken: the first in input order is kept).
 *
 * @example
 * ```ts
 * const { pairs, unmatched } = pairReports([{ organ: "甲", year: 2023 }, { organ: "甲", year: 2024 }]);
 * pairs.length; // 1
 * ```
 */
export interface Pairing<T> {
  readonly pairs: readonly { readonly previous: T; readonly current: T }[];
  readonly unmatched: readonly { readonly item: T; readonly reason: "alone" | "duplicate"; readonly same?: T }[];
}

/**
 * Pairs each organ's reports of consecutive years, in input order of the organs and by year within an organ.
 *
 * @example
 * ```ts
 * import { pairReports } from "zfxxgk/compare";
 * const { pairs } = pairReports(reports); // reports: { organ, year }[]
 * for (const { previous, current } of pairs) console.log(previous.year, "→", current.year);
 * ```
 */
export function pairReports<T extends { readonly organ: string; readonly year: number }>(
  items: readonly T[],
): Pairing<T> {
  const groups = new Map<string, Map<number, T>>();
  const unmatched: { item: T; reason: "alone" | "duplicate"; same?: T }[] = [];
  for (const item of items) {
    const key = organKey(item.organ);
    let years = groups.get(key);
    if (years === undefined) {
      years = new Map();
      groups.set(key, years);
    }
    const taken = years.get(item.year);
    if (taken !== undefined) unmatched.push({ item, reason: "duplicate", same: taken });
    else years.set(item.year, item);
  }
  const pairs: { previous: T; current: T }[] = [];
  for (const years of groups.values()) {
    const sorted = [...years.keys()].sort((a, b) => a - b);
    for (const year of sorted) {
      const item = years.get(year) as T;
      const next = years.get(year + 1);
      if (next !== undefined) pairs.push({ previous: item, current: next });
      if (next === undefined && !years.has(year - 1)) unmatched.push({ item, reason: "alone" });
    }
  }
  return { pairs, unmatched };
}
