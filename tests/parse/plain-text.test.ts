/**
 * Text as converters produce it: plain `pdftotext` (reading order), where a row's label and figures stand on
 * separate lines, a row's figures run into the next rows' (their labels printed elsewhere) and group labels
 * come one character per line; Markdown converted from a PDF, with labels and figures in separate
 * paragraphs. What can be read unambiguously is read; a figure is never given to a row it may not belong to.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { type Diagnostic, parseReport } from "../../src/parse.js";
import type { BlankStyle } from "../../src/render/options.js";
import { renderReport } from "../../src/render/render.js";
import { arbReport as arbConsistent } from "../../src/testing.js";
import { runs } from "../support/runs.js";
import { type ApartPlan, markdownApart, readingOrder } from "./support/reading-order.js";
import { arbReport } from "./support/reports.js";

/** Cells of 表三 and 表四. */
const scored = (report: Report) =>
  cellsOf(report.edition).filter((c) => c.path.startsWith("applications.") || c.path.startsWith("reviewLitigation."));

/** How the parsed 表三 and 表四 compare with the true ones: exact, null (and named by a diagnostic) or wrong. */
function score(truth: Report, back: Report | null, diagnostics: readonly Diagnostic[]) {
  const named = new Set(diagnostics.flatMap((d) => d.cells ?? []));
  const out = { exact: 0, unread: 0, wrong: [] as string[], unnamed: [] as string[] };
  for (const c of scored(truth)) {
    const want = readCell(truth, c.segments);
    const got = back === null ? null : readCell(back, c.segments);
    if (Object.is(want, got)) out.exact++;
    else if (got === null) {
      out.unread++;
      if (!named.has(c.path)) out.unnamed.push(c.path);
    } else out.wrong.push(`${c.path}: ${String(got)} ≠ ${String(want)}`);
  }
  return out;
}

const arbApart: fc.Arbitrary<ApartPlan> = fc.record(
  {
    runs: fc.array(fc.record({ row: fc.nat(), length: fc.nat(), to: fc.nat(4) }), { maxLength: 4 }),
    groups: fc.boolean(),
    blocks: fc.record({
      cuts: fc.array(fc.nat(), { maxLength: 5 }),
      rotate: fc.nat(),
      swaps: fc.array(fc.nat(), { maxLength: 3 }),
      words: fc.array(fc.nat(), { maxLength: 6 }),
    }),
  },
  { requiredKeys: ["runs", "groups"] },
);

/** How a converter gives the text: plain pdftotext, that text read as Markdown, or a Markdown table whose rows lost their label cells (empty, or gone). */
const arbStyle = fc.constantFrom("pdftotext", "paragraphs", "empty-cells", "no-cells");

/** A report as the style gives it, with blanks printed as `blank`. */
function convert(
  report: Report,
  plan: ApartPlan,
  style: string,
  blank: BlankStyle = "—",
): { text: string; format: "text" | "markdown" } {
  if (style === "pdftotext" || style === "paragraphs")
    return {
      text: readingOrder(renderReport(report, { format: "text", blank }), report.edition, plan),
      format: style === "pdftotext" ? "text" : "markdown",
    };
  const md = renderReport(report, { format: "markdown", blank });
  return { text: markdownApart(md, report.edition, plan, style === "no-cells"), format: "markdown" };
}

describe("plain pdftotext: rows whose labels are printed apart from their figures", () => {
  it("a consistent report's 表三 is read whole: unlabelled rows by the table's order (pdftotext and Markdown)", () => {
    fc.assert(
      fc.property(arbConsistent({ consistent: true, blanks: false }), arbApart, arbStyle, (report, plan, style) => {
        const { text, format } = convert(report, plan, style);
        const result = parseReport(text, { format });
        const s = score(report, result.report, result.diagnostics);
        expect(s.wrong).toEqual([]);
        const applications = cellsOf(report.edition).filter((c) => c.path.startsWith("applications."));
        expect(
          applications.filter(
            (c) => !Object.is(readCell(report, c.segments), readCell(result.report as Report, c.segments)),
          ),
        ).toEqual([]);
      }),
      { numRuns: runs(150, 1000) },
    );
  });

  it("any report, blanks printed or left out: no figure is wrong, every cell not read is named", () => {
    fc.assert(
      fc.property(
        arbReport(),
        arbApart,
        arbStyle,
        fc.constantFrom<BlankStyle>("—", ""),
        (report, plan, style, blank) => {
          const { text, format } = convert(report, plan, style, blank);
          const result = parseReport(text, { format });
          const s = score(report, result.report, result.diagnostics);
          expect(s.wrong).toEqual([]);
          expect(s.unnamed).toEqual([]);
        },
      ),
      { numRuns: runs(200, 1000) },
    );
  });

  it("huaian-2024.raw.txt: 表三 whole, 表四 (its column groups in an order no reading can settle) null and named", () => {
    const real = new URL("../fixtures/real/", import.meta.url);
    const truth = JSON.parse(readFileSync(new URL("huaian-2024.expected.json", real), "utf8")) as Report;
    const result = parseReport(readFileSync(new URL("huaian-2024.raw.txt", real), "utf8"));
    const s = score(truth, result.report, result.diagnostics);
    expect(s.wrong).toEqual([]);
    expect(s.exact).toBe(175);
    expect(s.unnamed.filter((p) => p.startsWith("applications.") || p.startsWith("reviewLitigation."))).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === "values.by-order").map((d) => d.row)).toEqual([
      "表三 二、上年结转政府信息公开申请数量",
      "表三（五）不予处理 4.无正当理由大量反复申请",
    ]);
  });
});

describe("a row of figures whose label is missing or unreadable is not given to the label above", () => {
  const seed = readFileSync(new URL("../fixtures/lianzhou-2023.txt", import.meta.url), "utf8");
  /** The seed's 1.属于国家秘密 printed blank, and 2.其他法律行政法规禁止公开 (3 1 0 0 0 0 4) with its label line as given. */
  const damaged = (label: string) =>
    seed
      .replace("1.属于国家秘密 0 0 0 0 0 0 0", "1.属于国家秘密")
      .replace("2.其他法律行政法规禁止公开 0 0 0 0 0 0 0", `${label}3 1 0 0 0 0 4`);
  const rows = (r: Report | null) => {
    const n = r?.applications.results.notDisclosed;
    return [n?.stateSecret, n?.prohibitedByLaw];
  };
  const blank = {
    naturalPerson: null,
    commercial: null,
    research: null,
    publicWelfare: null,
    legalService: null,
    other: null,
    total: null,
  };

  for (const [name, label] of [
    ["the label line missing", ""],
    ["the label unreadable (private-use glyphs)", "\uE000\uE001\uE002\uE003 "],
    ["the label unreadable (mojibake)", "ÕþÕ¸ÐÅÏ¢ "],
  ] as const) {
    it(`${name}: both rows null, the row above named as ambiguous`, () => {
      const result = parseReport(damaged(label));
      // before: 1.属于国家秘密 was given 3 1 0 0 0 0 4, with no diagnostic about it
      expect(rows(result.report)).toEqual([blank, blank]);
      const codes = result.diagnostics.filter((d) => d.level === "error").map((d) => [d.code, d.row]);
      expect(codes).toEqual([
        ["row.ambiguous", "表三（三）不予公开 1.属于国家秘密"],
        ["row.missing", "表三（三）不予公开 2.其他法律行政法规禁止公开"],
      ]);
    });
  }

  it("a row printed blank (no figures) after figures standing apart from their label: either row's, both null", () => {
    // 1.属于国家秘密 (2 0 0 0 0 0 2 on a line of its own), then 2.其他法律行政法规禁止公开 printed blank: the
    // figures are 1.'s if 2. was blank, or 2.'s if 1. was blank and 2.'s label came after its figures
    const text = seed
      .replace("1.属于国家秘密 0 0 0 0 0 0 0", "1.属于国家秘密\n2 0 0 0 0 0 2")
      .replace("2.其他法律行政法规禁止公开 0 0 0 0 0 0 0", "2.其他法律行政法规禁止公开");
    const result = parseReport(text);
    expect(rows(result.report)).toEqual([blank, blank]);
    expect(result.diagnostics.filter((d) => d.level === "error").map((d) => [d.code, d.row])).toEqual([
      ["row.ambiguous", "表三（三）不予公开 1.属于国家秘密"],
      ["row.missing", "表三（三）不予公开 2.其他法律行政法规禁止公开"],
    ]);
  });

  it("figures on the label's own line stay the row's when the next row was printed blank", () => {
    const result = parseReport(
      seed
        .replace("1.属于国家秘密 0 0 0 0 0 0 0", "1.属于国家秘密 2 0 0 0 0 0 2")
        .replace("2.其他法律行政法规禁止公开 0 0 0 0 0 0 0", "2.其他法律行政法规禁止公开"),
    );
    expect(result.report?.applications.results.notDisclosed.stateSecret.total).toBe(2);
    expect(result.diagnostics.filter((d) => d.code === "row.ambiguous")).toEqual([]);
  });

  it("a run-on whose rows do not hold their totals is not shared out", () => {
    // 二、上年结转 followed by two unlabelled rows, one of them not summing to its total
    const text = seed
      .replace(
        "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
        "二、上年结转政府信息公开申请数量\n0 0 0 0 0 0 0\n1 0 0 0 0 0 1\n2 0 0 0 0 0 3",
      )
      .replace(/三、本年度办理结果\s*（一）予以公开 0 0 0 0 0 0 0/, "三、本年度办理结果")
      .replace("（一）予以公开 0 0 0 0 0 0 0", "");
    const result = parseReport(text);
    const s = score(
      JSON.parse(readFileSync(new URL("../fixtures/lianzhou-2023.expected.json", import.meta.url), "utf8")) as Report,
      result.report,
      result.diagnostics,
    );
    expect(s.wrong).toEqual([]);
    expect(result.report?.applications.carriedOver.total).toBe(null);
  });
});

describe("表四 in reading-order text", () => {
  const seed = readFileSync(new URL("../fixtures/lianzhou-2023.txt", import.meta.url), "utf8");
  /** The seed with its 表四 row (fifteen zeros, the last such line) replaced. */
  const withRow = (row: string) => {
    const at = seed.lastIndexOf("0 0 0 0 0 0 0 0 0 0 0 0 0 0 0");
    return seed.slice(0, at) + row + seed.slice(at + 29);
  };
  const groups = (r: Report | null) => Object.values(r?.reviewLitigation ?? {}).map((g) => Object.values(g));

  it("on one line, in column order: read", () => {
    const result = parseReport(withRow("1 0 0 0 1 0 0 0 0 0 0 0 0 3 3"));
    expect(groups(result.report)).toEqual([
      [1, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 3, 3],
    ]);
  });

  it("on several lines (each block as pdftotext orders it): null and named, never read by position", () => {
    // before: the last figure printed first was read as 行政复议·结果维持, and every figure after it shifted
    const result = parseReport(withRow("3\n1 0 0 0 1 0 0 0 0 0 0 0 0 3"));
    expect(groups(result.report)).toEqual([Array(5).fill(null), Array(5).fill(null), Array(5).fill(null)]);
    const s = score(
      JSON.parse(readFileSync(new URL("../fixtures/lianzhou-2023.expected.json", import.meta.url), "utf8")) as Report,
      result.report,
      result.diagnostics,
    );
    expect(s.unnamed).toEqual([]);
    expect(result.diagnostics.some((d) => d.code === "row.ambiguous" && d.table === "表四")).toBe(true);
  });
});

describe("figures wrapped in their cells (a narrow Word column: 11 printed as 1 over 1)", () => {
  const seed = readFileSync(new URL("../fixtures/lianzhou-2023.txt", import.meta.url), "utf8");
  const row = "一、本年新收政府信息公开申请数量 11 0 0 0 0 0 11";
  const truth = JSON.parse(
    readFileSync(new URL("../fixtures/lianzhou-2023.expected.json", import.meta.url), "utf8"),
  ) as Report;

  it("the rests on the next line, under their figures: those cells null, the others read", () => {
    // before: 自然人 and 总计 were read as 1 (cut short), with a warning about figures of no row
    // as pdftotext -layout prints a Word table's row: the label's tail and the figures' rests on the next line
    const wrapped = `一、本年新收政府信息公开 1 0 0 0 0 0 1\n申请数量${" ".repeat(9)}1${" ".repeat(11)}1`;
    const result = parseReport(seed.replace(row, wrapped));
    expect(result.report?.applications.newReceived).toEqual({
      naturalPerson: null,
      commercial: 0,
      research: 0,
      publicWelfare: 0,
      legalService: 0,
      other: 0,
      total: null,
    });
    const s = score(truth, result.report, result.diagnostics);
    expect(s.wrong).toEqual([]);
    expect(s.unnamed).toEqual([]);
  });

  it("a rest printed apart (after a repeated header) with a leading zero: the row null", () => {
    const result = parseReport(seed.replace(row, "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n申请人情况\n01"));
    expect(Object.values(result.report?.applications.newReceived ?? {})).toEqual(Array(7).fill(null));
    expect(score(truth, result.report, result.diagnostics).wrong).toEqual([]);
  });
});

describe("Markdown converted from a PDF, its label cells lost (shanghai-kewei-2024.md)", () => {
  it("reads the unlabelled rows between two labelled ones by order, and gives no wrong figure", () => {
    const real = new URL("../fixtures/real/", import.meta.url);
    const truth = JSON.parse(readFileSync(new URL("shanghai-kewei-2024.expected.json", real), "utf8")) as Report;
    const result = parseReport(readFileSync(new URL("shanghai-kewei-2024.md", real), "utf8"));
    const s = score(truth, result.report, result.diagnostics);
    // before: 110 exact, 1.本机关不掌握相关政府信息 given the row of 5.属于三类内部事务信息 (1 for 4)
    expect(s.wrong).toEqual([]);
    expect(s.exact).toBeGreaterThanOrEqual(168);
    expect(result.report?.applications.results.unableToProvide.notHeld.total).toBe(4);
  });
});

describe("generated texts (a report printed by Chromium or written as Word and exported by LibreOffice, then pdftotext)", () => {
  const dir = new URL("../fixtures/plain/", import.meta.url);
  const texts = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  /** Cells of 表三/表四 as true at least (a blank read as null counts), as measured when the fixtures were made. */
  const floors: Record<string, number> = {
    "generated-2019-s11.layout.txt": 139,
    "generated-2019-s11.raw.txt": 132,
    "generated-2019-s2.layout.txt": 176,
    "generated-2019-s2.raw.txt": 169,
    "generated-2021-s1.layout.txt": 154,
    "generated-2021-s1.raw.txt": 147,
    "generated-2021-s10.layout.txt": 190,
    "generated-2021-s10.raw.txt": 190,
    "generated-2021-s16.layout.txt": 190,
    "generated-2021-s16.raw.txt": 36,
    "generated-2021-s18.layout.txt": 190,
    "generated-2021-s18.raw.txt": 183,
    "word-2019-s2.layout.txt": 98,
    "word-2019-s2.raw.txt": 0,
    "word-2021-s4.layout.txt": 149,
    "word-2021-s30.layout.txt": 137,
    "word-2021-s30.raw.txt": 0,
    "word-2021-s4.raw.txt": 0,
    "word-2021-s7.layout.txt": 142,
    "word-2021-s7.raw.txt": 3,
  };

  it("are there (scripts/plain-samples.ts makes them)", () => {
    expect(texts.length).toBeGreaterThanOrEqual(6);
  });
  for (const file of texts) {
    it(`${file}: no wrong figure, every cell not read named`, () => {
      const truth = JSON.parse(
        readFileSync(new URL(file.replace(/\.(raw|layout)\.txt$/, ".expected.json"), dir), "utf8"),
      ) as Report;
      const result = parseReport(readFileSync(new URL(file, dir), "utf8"));
      const s = score(truth, result.report, result.diagnostics);
      expect(s.wrong).toEqual([]);
      expect(s.unnamed).toEqual([]);
      expect(s.exact).toBeGreaterThanOrEqual(floors[file] ?? 0);
    });
  }
});
