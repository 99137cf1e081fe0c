import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editions, recordsOf } from "../../src/format.js";
import { checkContinuity, type Edition, type Report } from "../../src/index.js";
import { runs } from "../support/runs.js";
import { arbConsistentOf } from "./support.js";

const readJson = (path: string): Report => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Report;
const seed = readJson("../../examples/lianzhou-2023.json");
const example2019 = readJson("../../examples/example-2019.json");
// biome-ignore lint/suspicious/noExplicitAny: tests edit reports loosely, as JSON
type Mutable = Record<string, any>;

const columns = (edition: Edition) =>
  (recordsOf(editions[edition].tables.applications)[0]?.node.fields ?? []).map((f) => f.key);

/** A previous report and a current one that continues it: same organ, next year, 上年结转 = last 结转下年度. */
const arbPair = (previous: Edition, current: Edition) =>
  fc.tuple(arbConsistentOf(previous), arbConsistentOf(current)).map(([p, c]) => {
    const prev = { ...p, year: current === "2021" && previous === "2019" ? 2020 : p.year } as Mutable;
    const cur = structuredClone(c) as Mutable;
    cur.year = prev.year + 1;
    cur.organ = prev.organ;
    cur.applications.carriedOver = structuredClone(prev.applications.carriedForward);
    if (previous === "2021" && current === "2021") {
      for (const k of Object.keys(cur.proactive)) {
        const row = cur.proactive[k];
        if ("inForce" in row) row.inForce = prev.proactive[k].inForce + row.issued - row.repealed;
      }
    }
    if (previous === "2019" && current === "2019") {
      for (const k of Object.keys(cur.proactive)) {
        const row = cur.proactive[k];
        if ("previousItems" in row) row.previousItems = prev.proactive[k].previousItems + prev.proactive[k].change;
      }
    }
    return { previous: prev as Report, current: cur as Report };
  });

const pairs = [
  ["2021", "2021"],
  ["2019", "2019"],
  ["2019", "2021"],
] as const;

describe("checkContinuity", () => {
  for (const [p, c] of pairs) {
    it(`a continuing pair (${p} → ${c}) has no finding; changing some columns of 上年结转 flags exactly those columns`, () => {
      const arb = arbPair(p, c).chain((pair) =>
        fc.record({
          pair: fc.constant(pair),
          changed: fc.subarray(columns(c)),
          bump: fc.integer({ min: 1, max: 9 }),
        }),
      );
      fc.assert(
        fc.property(arb, ({ pair, changed, bump }) => {
          expect(checkContinuity(pair.previous, pair.current)).toEqual({ ok: true, findings: [] });
          const cur = structuredClone(pair.current) as Mutable;
          for (const k of changed) cur.applications.carriedOver[k] += bump;
          const result = checkContinuity(pair.previous, cur as Report);
          const carry = result.findings.filter((f) => f.rule === "X.carry-over");
          expect(carry.map((f) => f.cells[0])).toEqual(changed.map((k) => `applications.carriedOver.${k}`));
          expect(carry.map((f) => f.previousCells?.[0])).toEqual(
            changed.map((k) => `applications.carriedForward.${k}`),
          );
          for (const f of carry) expect(f).toMatchObject({ severity: "error", status: "fail", delta: bump });
          expect(result.ok).toBe(changed.length === 0);
          expect(result.findings.filter((f) => f.rule !== "X.carry-over")).toEqual([]);
        }),
        { numRuns: runs(100, 1000) },
      );
    });
  }

  it("the 表二 roll-forward is a warning, 2021 → 2021 (现行有效件数) and 2019 → 2019 (上一年项目数量)", () => {
    fc.assert(
      fc.property(arbPair("2021", "2021"), fc.integer({ min: 1, max: 5 }), ({ previous, current }, d) => {
        const cur = structuredClone(current) as Mutable;
        cur.proactive.regulations.inForce += d;
        const fs = checkContinuity(previous, cur as Report);
        expect(fs.ok).toBe(true);
        expect(fs.findings.map((f) => [f.rule, f.severity, f.cells[0], f.delta])).toEqual([
          ["X.documents-roll-forward", "warning", "proactive.regulations.inForce", d],
        ]);
        expect(fs.findings[0]?.previousCells).toEqual(["proactive.regulations.inForce"]);
      }),
      { numRuns: runs(50, 1000) },
    );
    fc.assert(
      fc.property(arbPair("2019", "2019"), fc.integer({ min: 1, max: 5 }), ({ previous, current }, d) => {
        const cur = structuredClone(current) as Mutable;
        cur.proactive.fees.previousItems += d;
        const fs = checkContinuity(previous, cur as Report);
        expect(fs.findings.map((f) => [f.rule, f.severity, f.cells[0], f.previousCells, f.delta])).toEqual([
          [
            "X.items-roll-forward",
            "warning",
            "proactive.fees.previousItems",
            ["proactive.fees.previousItems", "proactive.fees.change"],
            d,
          ],
        ]);
      }),
      { numRuns: runs(50, 1000) },
    );
  });

  it("across editions (2020 in the 2019 edition → 2021) only 表三 is compared", () => {
    const next = structuredClone(seed) as Mutable;
    next.year = 2021;
    next.organ = example2019.organ;
    next.applications.carriedOver = structuredClone((example2019 as Mutable).applications.carriedForward);
    const all = checkContinuity(example2019, next as Report, { includePassed: true }).findings;
    expect([...new Set(all.map((f) => f.rule))]).toEqual(["X.consecutive-years", "X.same-organ", "X.carry-over"]);
    expect(all.filter((f) => f.rule === "X.carry-over")).toHaveLength(7);
    expect(all.every((f) => f.status === "pass")).toBe(true);
  });

  it("years that are not consecutive: one error and nothing else", () => {
    const r = checkContinuity(seed, seed);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.rule)).toEqual(["X.consecutive-years"]);
  });

  it("another organ's name is a warning; the rules are still checked", () => {
    const next = structuredClone(seed) as Mutable;
    next.year = 2024;
    next.proactive.normativeDocuments = { issued: 0, repealed: 0, inForce: 8 };
    next.organ = "连州市政务服务数据管理局";
    const r = checkContinuity(seed, next as Report);
    expect(r.findings.map((f) => f.rule)).toEqual(["X.same-organ"]);
    expect(r.ok).toBe(true);
  });

  it("blank cells make the relation not assessable, or count as 0 with blankAsZero", () => {
    const next = structuredClone(seed) as Mutable;
    next.year = 2024;
    next.proactive.normativeDocuments = { issued: 0, repealed: 0, inForce: 8 };
    next.applications.carriedOver.research = null;
    const plain = checkContinuity(seed, next as Report).findings;
    expect(plain.map((f) => [f.rule, f.status, f.blankCells])).toEqual([
      ["X.carry-over", "not-assessable", ["applications.carriedOver.research"]],
    ]);
    expect(checkContinuity(seed, next as Report, { blankAsZero: true }).findings).toEqual([]);
  });
});
