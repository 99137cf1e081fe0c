/**
 * Merging the lists of several editions into one order, item by stable key: how the enums and the export columns
 * stand when an edition adds, drops or keeps a member.
 *
 * @module
 */

/**
 * The items of several lists (newest edition first) grouped by key, in one order: each list's items keep their
 * order; an item whose key is new goes before the next item of its own list already placed (so that a newer
 * edition's own members come before an older one's at the same place), or last. Items without a key are left out.
 *
 * @example
 * ```ts
 * mergeByKey([["a", "b", "d"], ["a", "c", "d"]], (x) => x).map((g) => g[0]); // ["a", "b", "c", "d"]
 * ```
 */
export function mergeByKey<T>(lists: readonly (readonly T[])[], keyOf: (item: T) => string | undefined): T[][] {
  const groups: { key: string; items: T[] }[] = [];
  const at = (key: string | undefined) => (key === undefined ? -1 : groups.findIndex((g) => g.key === key));
  for (const list of lists) {
    const keys = list.map(keyOf);
    list.forEach((item, i) => {
      const key = keys[i];
      if (key === undefined) return;
      const found = at(key);
      if (found >= 0) {
        groups[found]?.items.push(item);
        return;
      }
      let place = groups.length;
      for (let k = i + 1; k < list.length; k++) {
        const next = at(keys[k]);
        if (next >= 0) {
          place = next;
          break;
        }
      }
      groups.splice(place, 0, { key, items: [item] });
    });
  }
  return groups.map((g) => g.items);
}
