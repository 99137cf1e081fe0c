/**
 * pairReports: each organ's consecutive years, whatever the input order; every item either in a pair or listed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { organKey, pairReports } from "../../src/compare.js";
import { runs } from "../support/runs.js";

describe("pairReports", () => {
  it("pairs exactly the consecutive years of one organ; the others are alone or duplicates", () => {
    const arb = fc.array(
      fc.record({
        organ: fc.constantFrom("甲县人民政府", "甲县 人民政府", "乙局", "ＡＢ局", "ab局"),
        year: fc.integer({ min: 2019, max: 2025 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (items) => {
        const tagged = items.map((x, i) => ({ ...x, i }));
        const { pairs, unmatched } = pairReports(tagged);
        for (const { previous, current } of pairs) {
          expect(organKey(previous.organ)).toBe(organKey(current.organ));
          expect(current.year).toBe(previous.year + 1);
        }
        // the first of each organ and year is kept; later ones are duplicates of it
        const kept = new Map<string, number>();
        for (const t of tagged)
          if (!kept.has(`${organKey(t.organ)}/${t.year}`)) kept.set(`${organKey(t.organ)}/${t.year}`, t.i);
        const duplicates = unmatched.filter((u) => u.reason === "duplicate").map((u) => u.item.i);
        expect(duplicates.sort((a, b) => a - b)).toEqual(
          tagged.filter((t) => kept.get(`${organKey(t.organ)}/${t.year}`) !== t.i).map((t) => t.i),
        );
        // every kept report with a neighbour year is in a pair, every other is alone
        const inPair = new Set(pairs.flatMap((p) => [p.previous.i, p.current.i]));
        const alone = new Set(unmatched.filter((u) => u.reason === "alone").map((u) => u.item.i));
        for (const [key, i] of kept) {
          const [organ, year] = [key.slice(0, key.lastIndexOf("/")), Number(key.slice(key.lastIndexOf("/") + 1))];
          const neighbour = kept.has(`${organ}/${year - 1}`) || kept.has(`${organ}/${year + 1}`);
          expect(inPair.has(i)).toBe(neighbour);
          expect(alone.has(i)).toBe(!neighbour);
        }
      }),
      { numRuns: runs(200, 1000) },
    );
  });

  it("organKey ignores width, spaces, punctuation and Latin case", () => {
    expect(organKey("沭阳县 发展和改革局（本级）")).toBe(organKey("沭阳县发展和改革局(本级)"));
    expect(organKey("ＡＢ局")).toBe(organKey("ab局"));
    expect(organKey("甲县人民政府")).not.toBe(organKey("乙县人民政府"));
  });
});
