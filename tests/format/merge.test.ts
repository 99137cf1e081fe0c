/**
 * mergeByKey: the order the enums and the export columns give the members of several editions.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeByKey } from "../../src/format/merge.js";
import { runs } from "../support/runs.js";

describe("mergeByKey", () => {
  it("puts a newer list's own items before an older list's at the same place", () => {
    // 2021's （六） sub-rows before 2019's single （六） row, both before （七）总计
    const merged = mergeByKey(
      [
        ["granted", "other.1", "other.2", "total"],
        ["granted", "other", "total"],
      ],
      (x) => x,
    );
    expect(merged.map((g) => g[0])).toEqual(["granted", "other.1", "other.2", "other", "total"]);
    expect(merged.map((g) => g.length)).toEqual([2, 1, 1, 1, 2]);
  });

  it("groups every item under its key once and keeps the first (newest) list's order", () => {
    // editions print the members they share in the same order: each list is a subsequence of one order
    const list = fc.subarray([..."abcdefghij"]);
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 4 }), (lists) => {
        const merged = mergeByKey(lists, (x) => x);
        const keys = merged.map((g) => g[0] as string);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set(lists.flat()));
        for (const g of merged) expect(g.length).toBe(lists.filter((l) => l.includes(g[0] as string)).length);
        const first = (lists[0] ?? []).map((x) => keys.indexOf(x));
        expect(first).toEqual([...first].sort((a, b) => a - b));
        // two lists, the second sharing its first item with the first: the second's order is kept too
        const [a, b] = lists;
        if (lists.length === 2 && a !== undefined && b !== undefined && b.length > 0 && a.includes(b[0] as string)) {
          const second = b.map((x) => keys.indexOf(x));
          expect(second).toEqual([...second].sort((x, y) => x - y));
        }
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});
