/**
 * Finding a row's label in the text before its figures.
 *
 * @module
 */
import type { LabelKey, Target } from "./targets.js";

/**
 * Where a label was found in a window of label text.
 *
 * @example
 * ```ts
 * const m: LabelMatch | null = matchTarget(target, "（一）予以公开");
 * ```
 */
export interface LabelMatch {
  readonly start: number;
  readonly end: number;
  readonly key: LabelKey;
}

/**
 * How much label text before a run of figures is searched for the row's own label.
 *
 * @example
 * ```ts
 * const window = gap.slice(-windowSize);
 * ```
 */
export const windowSize = 200;

/**
 * `text.lastIndexOf(part)` by forward searches: the usual case, no occurrence, costs one `indexOf`, which
 * engines run faster than `lastIndexOf`.
 */
function lastIndexOf(text: string, part: string): number {
  let pos = text.indexOf(part);
  if (pos < 0 || part.length === 0) return part.length === 0 ? text.length : pos;
  for (let next = text.indexOf(part, pos + 1); next >= 0; next = text.indexOf(part, pos + 1)) pos = next;
  return pos;
}

const prefixes = new WeakMap<LabelKey, string>();

/** A key's identifying prefix, cut once per key. */
function prefixOf(key: LabelKey): string {
  let prefix = prefixes.get(key);
  if (prefix === undefined) {
    prefix = key.text.slice(0, key.min);
    prefixes.set(key, prefix);
  }
  return prefix;
}

/**
 * Finds a target's label in a window of label text (as compared): the last place where a key's
 * identifying prefix occurs, extended as far as the key goes on matching. A short key (规章, 其他) must
 * end the window. The match starting last wins (the label nearest the figures is the row's own). No match
 * where a header row of the table's blocks (表二's 信息内容) stands after the label: the figures are not its.
 *
 * @example
 * ```ts
 * matchTarget(tablePlan("2021", "applications").targets[2]!, labelKey("三、本年度办理结果（一）予以公开")); // { start: 9, … }
 * ```
 */
export function matchTarget(target: Target, window: string, short = true): LabelMatch | null {
  let best: LabelMatch | null = null;
  for (const key of target.keys) {
    let m: LabelMatch | null = null;
    if (key.endOnly) {
      if (!short) continue;
      if (window.endsWith(key.text)) m = { start: window.length - key.text.length, end: window.length, key };
    } else {
      const pos = lastIndexOf(window, prefixOf(key));
      if (pos >= 0) {
        let len = key.min;
        while (len < key.text.length && window[pos + len] === key.text[len]) len++;
        m = { start: pos, end: pos + len, key };
      }
    }
    if (m !== null && (best === null || m.end > best.end || (m.end === best.end && m.start < best.start))) best = m;
  }
  // a header row of the table's next block between the label and the figures: the label's row ended there
  if (best !== null) for (const d of target.dividers) if (window.indexOf(d, best.end) >= 0) return null;
  return best;
}
