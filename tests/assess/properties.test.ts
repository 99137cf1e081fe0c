/**
 * Properties of assessReports over any region: consistent reports (tests/checks/support.ts) of organs drawn from a
 * small pool, some in the unit list and some not, some of the year and some not.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessReports, normaliseOrgan } from "../../src/assess.js";
import type { Report } from "../../src/index.js";
import { arbConsistentOf } from "../checks/support.js";
import { runs } from "../support/runs.js";

const pool = ["甲局", "乙局", "丙镇人民政府", "丁委员会", "戊办公室", "己中心"];
const arbRegion = fc.record({
  reports: fc.array(
    fc.record({ report: arbConsistentOf("2021"), organ: fc.constantFrom(...pool), thisYear: fc.boolean() }),
    { maxLength: 8 },
  ),
  listed: fc.subarray(pool),
});

describe("assessReports on any region", () => {
  it("accounts for every unit and report, and ranks exactly the units with a report", () => {
    fc.assert(
      fc.property(arbRegion, ({ reports, listed }) => {
        const year = 2024;
        const input: Report[] = reports.map(({ report, organ, thisYear }) => ({
          ...report,
          organ,
          year: thisYear ? year : year - 1,
          publishedOn: thisYear ? `${year + 1}-01-10` : `${year}-01-10`,
        }));
        const a = assessReports(input, { year, units: listed.map((name) => ({ name })) });
        const ofYear = input.filter((r) => r.year === year);
        const organs = new Set(ofYear.map((r) => r.organ));
        expect(a.summary.reports).toBe(ofYear.length);
        expect(a.summary.otherYears).toBe(input.length - ofYear.length);
        expect(a.summary.missing).toBe(listed.filter((n) => !organs.has(n)).length);
        expect(a.summary.unknown).toBe(ofYear.filter((r) => !listed.includes(r.organ)).length);
        expect(a.summary.units).toBe(new Set([...listed, ...organs]).size);
        expect(a.units.map((u) => u.name).slice(0, listed.length)).toEqual(listed);
        expect(a.ranking.map((r) => r.name).sort()).toEqual([...organs].sort());
        expect(a.summary.errors).toBe(a.units.reduce((n, u) => n + u.errors, 0));
        expect(a.summary.warnings).toBe(a.units.reduce((n, u) => n + u.warnings, 0));
        for (const u of a.units) {
          const fingerprints = u.groups.flatMap((g) => g.findings.map((f) => f.fingerprint));
          expect(fingerprints.every((f) => /^[0-9a-f]{16}$/.test(f))).toBe(true);
          expect(u.missing).toBe(u.reports.length === 0);
        }
        // dismissing every finding leaves none, and counts them
        const all = a.units.flatMap((u) => u.groups.flatMap((g) => g.findings.map((f) => f.fingerprint)));
        const quiet = assessReports(input, { year, units: listed.map((name) => ({ name })), ignore: all });
        expect(quiet.units.every((u) => u.groups.length === 0)).toBe(true);
        expect(quiet.summary.ignored).toBe(all.length);
        // the same region in another order is the same assessment
        expect(assessReports([...input].reverse(), { year, units: listed.map((name) => ({ name })) })).toEqual(a);
      }),
      { numRuns: runs(50, 300) },
    );
  });

  it("normalises organ names idempotently, and never to a name with white space or punctuation", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (name) => {
        const n = normaliseOrgan(name);
        expect(normaliseOrgan(n)).toBe(n);
        expect(n).not.toMatch(/[\s\p{P}]/u);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});
