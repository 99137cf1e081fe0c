/**
 * The properties of issue 13's acceptance: a report compared with itself is 100 % reused with no changed cell;
 * disjoint prose is 0 %; reuse does not move when lines are re-wrapped, widths converted, or only figures and
 * dates changed; and the passages' ranges, applied to both reports, give the same normalised text — exactly the
 * reused characters, as a brute-force oracle counts them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Comparison, ProseKey, TextRange } from "../../src/compare.js";
import { compareReports, normalisedString, proseOf } from "../../src/compare.js";
import type { Report } from "../../src/index.js";
import { arbReport } from "../../src/testing.js";
import { runs } from "../support/runs.js";

const keys: readonly ProseKey[] = ["preamble", "overview", "problems", "other"];

/** Paragraphs over an alphabet: CJK characters, digits, punctuation, spaces and line breaks. */
function arbParagraphs(alphabet: readonly string[]): fc.Arbitrary<string[]> {
  const unit = fc.oneof(
    { arbitrary: fc.constantFrom(...alphabet), weight: 8 },
    { arbitrary: fc.constantFrom("0", "1", "7", "12", "2023年", "，", "。", "、", " ", "\n", "（", "）"), weight: 2 },
  );
  return fc.array(fc.string({ unit, minLength: 0, maxLength: 60 }), { maxLength: 4 });
}

const shared = Array.from("政府信息公开工作年度报告主动依申请办理答复平台建设监督保障");
const other = Array.from("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒");

interface Prose {
  readonly preamble: string[];
  readonly overview: string[];
  readonly problems: string[];
  readonly other: string[];
}

function arbProse(alphabet: readonly string[]): fc.Arbitrary<Prose> {
  const p = arbParagraphs(alphabet);
  return fc.record({ preamble: p, overview: p, problems: p, other: p });
}

function withProse(report: Report, prose: Prose): Report {
  return {
    ...report,
    preamble: prose.preamble,
    sections: { overview: prose.overview, problems: prose.problems, other: prose.other },
  } as Report;
}

function paragraph(report: Report, range: TextRange): string {
  const list = range.section === "preamble" ? report.preamble : report.sections?.[range.section];
  return list?.[range.paragraph] ?? "";
}

const mapProse = (prose: Prose, f: (s: string) => string): Prose => ({
  preamble: prose.preamble.map(f),
  overview: prose.overview.map(f),
  problems: prose.problems.map(f),
  other: prose.other.map(f),
});

/** Figures of the whole text and of each top-level part (sub-topics depend on where headings are cut). */
const figures = (c: Comparison) => ({
  overall: c.text.overall,
  parts: c.text.parts.filter((p) => p.parent === undefined).map((p) => [p.key, p.characters, p.reused]),
});

const base = arbReport({ edition: "2021" });
/** Two proses that share much: the later one built from pieces of the earlier one and new text. */
const arbPair = fc
  .tuple(base, arbProse(shared), arbProse([...shared, ...other]))
  .map(([report, before, now]) => ({ report, before, now }));

describe("compareReports: text reuse", () => {
  it("a report compared with itself: 100 % reused, no changed cell, no jump", () => {
    fc.assert(
      fc.property(base, arbProse(shared), (report, prose) => {
        const r = withProse(report, prose);
        const c = compareReports(r, r);
        const all = c.text.overall.characters + c.text.overall.boilerplate.characters;
        if (c.text.overall.characters > 0) expect(c.text.overall.share).toBe(1);
        else expect(c.text.overall.share).toBeNull();
        expect(c.text.overall.boilerplate.reused).toBe(c.text.overall.boilerplate.characters);
        expect(all).toBe(proseOf(r).chars.length);
        for (const p of c.text.parts) expect(p.reused).toBe(p.characters);
        expect(c.cells.filter((x) => x.changed)).toEqual([]);
        expect(c.cells.every((x) => x.change === null || x.change === 0)).toBe(true);
        expect(c.findings.filter((f) => f.rule === "X.jump")).toEqual([]);
      }),
      { numRuns: runs(100, 1000) },
    );
  });

  it("also with arbReport's own prose (any Unicode)", () => {
    fc.assert(
      fc.property(arbReport(), (r) => {
        const c = compareReports(r, r);
        expect(c.text.overall.reused).toBe(c.text.overall.characters);
        expect(c.cells.filter((x) => x.changed)).toEqual([]);
      }),
      { numRuns: runs(100, 1000) },
    );
  });

  it("prose of disjoint alphabets (no figures): 0 % reused", () => {
    const letters = (alphabet: readonly string[]) =>
      fc.array(fc.string({ unit: fc.constantFrom(...alphabet, "，", " "), minLength: 10, maxLength: 80 }), {
        minLength: 1,
        maxLength: 4,
      });
    fc.assert(
      fc.property(base, letters(shared), letters(other), (report, a, b) => {
        const before = withProse(report, { preamble: [], overview: a, problems: [], other: [] });
        const now = withProse(report, { preamble: b, overview: [], problems: b, other: [] });
        const c = compareReports(before, now);
        expect(c.text.overall.characters).toBeGreaterThan(0);
        expect(c.text.overall.share).toBe(0);
        expect(c.text.passages).toEqual([]);
      }),
      { numRuns: runs(100, 1000) },
    );
  });

  it("re-wrapping lines, converting widths and changing figures and dates leave reuse as it was", () => {
    // a line break or spaces inserted at any code point; ASCII to full width; every run of digits replaced
    const rewrap = (s: string, at: number) => {
      const cps = Array.from(s);
      const i = cps.length === 0 ? 0 : at % (cps.length + 1);
      return [...cps.slice(0, i), at % 2 === 0 ? "\n" : " \r\n　", ...cps.slice(i)].join("");
    };
    const widen = (s: string) =>
      s.replace(/[\u0021-\u007e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
    const refigure = (s: string, seed: number) =>
      s.replace(/[0-9]+/g, (m) => String((seed * 7919 + m.length * 104729) % 100000));
    const arb = fc.tuple(arbPair, fc.nat(1000), fc.constantFrom("wrap", "width", "figures"), fc.boolean());
    fc.assert(
      fc.property(arb, ([{ report, before, now }, seed, how, both]) => {
        const change = (p: Prose) =>
          mapProse(p, how === "wrap" ? (s) => rewrap(s, seed) : how === "width" ? widen : (s) => refigure(s, seed));
        const a = withProse(report, before);
        const b = withProse(report, now);
        const expected = figures(compareReports(a, b));
        const a2 = withProse(report, both ? change(before) : before);
        const b2 = withProse(report, change(now));
        expect(figures(compareReports(a2, b2))).toEqual(expected);
      }),
      { numRuns: runs(200, 1000) },
    );
  });

  it("the ranges, applied to both reports, reconstruct exactly the reused text (checked against a brute-force oracle)", () => {
    const arb = fc.tuple(arbPair, fc.integer({ min: 1, max: 10 }));
    fc.assert(
      fc.property(arb, ([{ report, before, now }, minPassage]) => {
        const a = withProse(report, before);
        const b = withProse(report, now);
        const c = compareReports(a, b, { minPassage, replaceBoilerplate: true });
        let reused = "";
        let lastEnd = -1;
        let lastKey = "";
        for (const p of c.text.passages) {
          const cur = paragraph(b, p.current).slice(p.current.start, p.current.end);
          const prev = paragraph(a, p.previous).slice(p.previous.start, p.previous.end);
          const n = normalisedString(cur);
          expect(normalisedString(prev)).toBe(n);
          expect(Array.from(n).length).toBe(p.length);
          // in this year's order, never overlapping
          const key = `${keys.indexOf(p.current.section)}/${String(p.current.paragraph).padStart(4, "0")}`;
          if (key === lastKey) expect(p.current.start).toBeGreaterThanOrEqual(lastEnd);
          else expect(key > lastKey).toBe(true);
          lastKey = key;
          lastEnd = p.current.end;
          reused += n;
        }
        // the oracle: a normalised character is reused when a window of minPassage characters (the whole text
        // when shorter) around it occurs in last year's normalised text
        const text = (r: Report) =>
          Array.from(
            keys
              .flatMap((k) => (k === "preamble" ? r.preamble : r.sections?.[k]) ?? [])
              .map(normalisedString)
              .join(""),
          );
        const cur = text(b);
        const prev = text(a).join("");
        const w = Math.min(minPassage, cur.length);
        const covered = cur.map(() => false);
        for (let s = 0; s + w <= cur.length && w > 0; s++)
          if (prev.includes(cur.slice(s, s + w).join(""))) for (let t = s; t < s + w; t++) covered[t] = true;
        const oracle = cur.filter((_, i) => covered[i]).join("");
        expect(reused).toBe(oracle);
        expect(Array.from(reused).length).toBe(c.text.overall.reused);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});
