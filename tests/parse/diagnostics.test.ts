/**
 * What the parser says (and does not invent) when a report is damaged: a missing row, a row with six
 * figures instead of seven, a table cut off at the end, two reports run together, cells that are not
 * figures. Each case is the seed (or a fixture) with the damage done by hand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { type Diagnostic, parseReport } from "../../src/parse.js";

const fixtures = new URL("../fixtures/", import.meta.url);
const seed = readFileSync(new URL("lianzhou-2023.txt", fixtures), "utf8");
const expected = JSON.parse(readFileSync(new URL("lianzhou-2023.expected.json", fixtures), "utf8")) as Report;

/** The seed with one exact piece of text replaced (which must be there once). */
function damaged(from: string, to: string, text = seed): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

/** Paths of the cells that differ from the seed's data. */
function differing(report: Report | null): string[] {
  return cellsOf("2021")
    .filter((c) => readCell(report as Report, c.segments) !== readCell(expected, c.segments))
    .map((c) => c.path);
}

const above = (ds: readonly Diagnostic[]) => ds.filter((d) => d.level !== "info");
const rowCells = (row: string) =>
  cellsOf("2021")
    .filter((c) => c.path.startsWith(`applications.${row}.`))
    .map((c) => c.path);

describe("a missing row", () => {
  const result = parseReport(damaged("2.重复申请 5 0 0 0 0 0 5\n", ""));
  it("leaves the row null and names it; every other cell is read", () => {
    expect(differing(result.report)).toEqual(rowCells("results.notProcessed.duplicate"));
    expect(
      rowCells("results.notProcessed.duplicate").map((p) => readCell(result.report as Report, p.split("."))),
    ).toEqual(Array(7).fill(null));
  });
  it("is one error, row.missing, naming the row and its cells", () => {
    expect(above(result.diagnostics)).toEqual([
      expect.objectContaining({
        level: "error",
        code: "row.missing",
        table: "表三",
        row: "表三（五）不予处理 2.重复申请",
        cells: rowCells("results.notProcessed.duplicate"),
      }),
    ]);
  });
});

describe("a row with six figures instead of seven", () => {
  const result = parseReport(damaged("1.属于国家秘密 0 0 0 0 0 0 0", "1.属于国家秘密 0 0 0 0 0 0"));
  it("leaves the whole row null rather than guess which column is missing", () => {
    expect(differing(result.report)).toEqual(rowCells("results.notDisclosed.stateSecret"));
  });
  it("is one error, row.value-count, with the row, its line and what was found", () => {
    const [d, ...rest] = above(result.diagnostics);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      level: "error",
      code: "row.value-count",
      row: "表三（三）不予公开 1.属于国家秘密",
      line: 205,
    });
    expect(d?.message.zh).toContain("应有 7 个数，实有 6 个");
    expect(d?.message.en).toContain("should have 7 figures but has 6");
  });
});

describe("a row with eight figures", () => {
  const result = parseReport(damaged("3.要求提供公开出版物 0 0 0 0 0 0 0", "3.要求提供公开出版物 0 0 0 0 0 0 0 0"));
  it("leaves the row null and says so", () => {
    expect(differing(result.report)).toEqual(rowCells("results.notProcessed.publication"));
    expect(above(result.diagnostics).map((d) => d.code)).toEqual(["row.value-count"]);
  });
});

describe("a table cut off at the end of the input", () => {
  const cut = seed.slice(0, seed.indexOf("5.属于三类内部事务信息"));
  const result = parseReport(cut);
  const report = result.report as Report;
  it("reads every cell before the cut", () => {
    const before = cellsOf("2021").filter(
      (c) =>
        c.path.startsWith("proactive.") ||
        /newReceived|carriedOver|granted|partiallyGranted|stateSecret|prohibitedByLaw|securityStability|thirdPartyRights/.test(
          c.path,
        ),
    );
    expect(before.filter((c) => readCell(report, c.segments) !== readCell(expected, c.segments))).toEqual([]);
  });
  it("leaves every cell after the cut null", () => {
    const after = cellsOf("2021").filter((c) =>
      /internalAffairs|processInformation|enforcementRecords|administrativeQuery|unableToProvide|notProcessed|otherHandling|results\.total|carriedForward|reviewLitigation/.test(
        c.path,
      ),
    );
    expect(after.map((c) => readCell(report, c.segments)).every((v) => v === null)).toBe(true);
  });
  it("says the input ends inside 表三, that 表四 is missing, and which sections are", () => {
    const codes = above(result.diagnostics).map((d) => `${d.code} ${d.table ?? ""}`.trim());
    expect(codes).toEqual(["table.truncated 表三", "table.missing 表四", "section.missing", "section.missing"]);
    expect(above(result.diagnostics)[0]?.row).toBe("表三（三）不予公开 5.属于三类内部事务信息");
  });
  it("cut inside a row: that row is short, the rest cut off", () => {
    const mid = parseReport(
      seed.slice(0, seed.indexOf("4.保护第三方合法权益 0 0 0 0 0 0 0") + "4.保护第三方合法权益 0 0 0".length),
    );
    expect(
      above(mid.diagnostics)
        .map((d) => d.code)
        .slice(0, 2),
    ).toEqual(["row.value-count", "table.truncated"]);
    expect(
      readCell(mid.report as Report, ["applications", "results", "notDisclosed", "thirdPartyRights", "naturalPerson"]),
    ).toBeNull();
  });
});

describe("two reports run together", () => {
  const other = readFileSync(new URL("parse/collapsed-other-2022.txt", fixtures), "utf8");
  const both = `${seed}${other}`;
  const result = parseReport(both);
  it("parses the first exactly", () => {
    expect(differing(result.report)).toEqual([]);
    expect(result.report?.organ).toBe(expected.organ);
    expect(result.report?.publishedOn).toBe(expected.publishedOn);
    expect(result.report?.sections?.other).toEqual([
      "收取政府信息处理费用的情况：本年度无发出收费通知，无收取信息处理费用。",
    ]);
  });
  it("warns that there is a second, and where it begins", () => {
    const line = seed.split("\n").length; // the first line of the second report
    expect(above(result.diagnostics)).toEqual([
      expect.objectContaining({ level: "warning", code: "input.multiple-reports", line }),
    ]);
  });
  it("also for two copies of the same report", () => {
    const twice = parseReport(`${seed}\n${seed}`);
    expect(differing(twice.report)).toEqual([]);
    expect(above(twice.diagnostics).map((d) => d.code)).toEqual(["input.multiple-reports"]);
  });
});

describe("cells that are not figures", () => {
  const html = readFileSync(new URL("parse/gov-page-2023.html", fixtures), "utf8");
  it("a word in a value cell: null, naming row and column", () => {
    const r = parseReport(
      damaged("<tr><td>行政规范性文件</td><td>1</td>", "<tr><td>行政规范性文件</td><td>约1</td>", html),
    );
    expect(readCell(r.report as Report, ["proactive", "normativeDocuments", "issued"])).toBeNull();
    expect(above(r.diagnostics)).toEqual([
      expect.objectContaining({
        code: "cell.unreadable",
        row: "表二 行政规范性文件",
        column: "本年制发件数",
        cells: ["proactive.normativeDocuments.issued"],
      }),
    ]);
  });
  it("a negative count or a fraction: null, cell.invalid", () => {
    const r = parseReport(
      damaged(
        "<tr><td>行政规范性文件</td><td>1</td><td>0</td><td>6</td>",
        "<tr><td>行政规范性文件</td><td>-1</td><td>0.5</td><td>6</td>",
        html,
      ),
    );
    expect(above(r.diagnostics).map((d) => [d.code, d.column])).toEqual([
      ["cell.invalid", "本年制发件数"],
      ["cell.invalid", "本年废止件数"],
    ]);
  });
  it("an amount in another unit: null, cell.unit", () => {
    const r = parseReport(damaged("行政事业性收费 0\n", "行政事业性收费 5000元\n"));
    expect(readCell(r.report as Report, ["proactive", "fees", "amount"])).toBeNull();
    expect(above(r.diagnostics).map((d) => d.code)).toEqual(["cell.unit"]);
  });
  it("figures split by white space inside one cell are not joined", () => {
    const r = parseReport(
      damaged("（一）予以公开</td><td>3</td><td>1</td>", "（一）予以公开</td><td>3</td><td>1 0</td>", html),
    );
    expect(above(r.diagnostics).map((d) => [d.code, d.column])).toEqual([["cell.unreadable", "商业企业"]]);
  });
});

describe("表四 with part of its header lost", () => {
  const lost = damaged("行政复议 行政诉讼\n", "");
  it("fifteen figures are its fifteen cells, in order", () => {
    const r = parseReport(damaged("0 0 0 0 0 0 0 0 0 0 0 0 0 0 0", "1 0 0 0 1 0 0 0 2 2 0 0 0 0 0", lost));
    expect(r.report?.reviewLitigation).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 2, total: 2 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
    expect(r.diagnostics.filter((d) => d.code === "values.by-position").map((d) => [d.level, d.table])).toEqual([
      ["info", "表四"],
    ]);
  });
  it("fewer figures (blanks left out) are not shared out: all null, with errors", () => {
    const r = parseReport(damaged("0 0 0 0 0 0 0 0 0 0 0 0 0 0 0", "1 0 0 0 1 0 0 0 2 2", lost));
    expect(Object.values(r.report?.reviewLitigation ?? {}).flatMap((g) => Object.values(g))).toEqual(
      Array(15).fill(null),
    );
    expect(
      above(r.diagnostics)
        .map((d) => d.code)
        .sort(),
    ).toEqual(["row.missing", "row.missing", "row.value-count"]);
  });
});

describe("blank marks", () => {
  it("«-», «/», «—» and an empty cell read as null, each with an info diagnostic naming the cell", () => {
    const r = parseReport(damaged("行政规范性文件 8 3 8", "行政规范性文件 - / —"));
    for (const f of ["issued", "repealed", "inForce"])
      expect(readCell(r.report as Report, ["proactive", "normativeDocuments", f])).toBeNull();
    expect(r.diagnostics.filter((d) => d.code === "cell.blank").map((d) => [d.level, d.row, d.column])).toEqual([
      ["info", "表二 行政规范性文件", "本年制发件数"],
      ["info", "表二 行政规范性文件", "本年废止件数"],
      ["info", "表二 行政规范性文件", "现行有效件数"],
    ]);
    expect(above(r.diagnostics)).toEqual([]);
  });
});

describe("inputs that are not reports", () => {
  it.each(["", "   \n\n", "hello world", "<html><body><p>你好</p></body></html>", "| a | b |\n|---|---|\n| 1 | 2 |"])(
    "%j gives no report and one error",
    (input) => {
      const r = parseReport(input);
      expect(r.report).toBeNull();
      expect(above(r.diagnostics).map((d) => d.code)).toEqual(["input.empty"]);
    },
  );
  it("throws only for a non-string (a programmer error)", () => {
    expect(() => parseReport(42 as unknown as string)).toThrow(TypeError);
  });
});
