/**
 * Stable fingerprints of findings, for lists of dismissed findings kept from one run to the next.
 *
 * @module
 */
import { normaliseOrgan } from "./units.js";

/** FNV-1a over UTF-16 code units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const hex = (n: number): string => n.toString(16).padStart(8, "0");

/**
 * The fingerprint of a finding: 16 hexadecimal digits, two 32-bit FNV-1a hashes (offset bases 0x811c9dc5 and
 * 0x01000193) of `rule`, the normalised organ (see `normaliseOrgan`), the year and the cell paths (sorted), joined
 * by U+0000. It does not depend on the message, the figures or the order of findings: a finding keeps its
 * fingerprint while the same rule fails on the same cells of the same organ's report for the same year, even
 * when its figures change.
 *
 * @example
 * ```ts
 * import { findingFingerprint } from "zfxxgk/assess";
 * findingFingerprint("T3.balance", "某县教育局", 2024, ["applications.newReceived.total"]); // "…16 hex digits"
 * ```
 */
export function findingFingerprint(rule: string, organ: string, year: number, cells: readonly string[]): string {
  return fingerprintOf(rule, normaliseOrgan(organ), year, cells);
}

/**
 * {@link findingFingerprint} of an organ already normalised (the assessment normalises each unit's name once).
 *
 * @example
 * ```ts
 * fingerprintOf("T4.total", normaliseOrgan("某县教育局"), 2024, ["reviewLitigation.review.total"]);
 * ```
 */
export function fingerprintOf(rule: string, normalisedOrgan: string, year: number, cells: readonly string[]): string {
  const sorted = cells.length <= 1 ? cells : [...cells].sort();
  const key = `${rule}\u0000${normalisedOrgan}\u0000${year}\u0000${sorted.join(",")}`;
  return hex(fnv1a(key, 0x811c9dc5)) + hex(fnv1a(key, 0x01000193));
}
