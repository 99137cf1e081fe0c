/**
 * The seed: the 连州市 2023 report as `pdftotext` extracted it, against its data as published.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate.js";

const fixtures = new URL("../fixtures/", import.meta.url);
const text = readFileSync(new URL("lianzhou-2023.txt", fixtures), "utf8");
const expected = JSON.parse(readFileSync(new URL("lianzhou-2023.expected.json", fixtures), "utf8")) as Report;
const result = parseReport(text);

describe("the seed (连州市 2023, pdftotext reading order)", () => {
  it("is read as text in the 2021 edition", () => {
    expect(result.format).toBe("text");
    expect(result.edition.edition).toBe("2021");
    expect(result.edition.basis).toBe("labels");
  });

  it("gives every table cell as published", () => {
    const report = result.report as Report;
    const wrong = cellsOf(expected.edition).filter(
      (c) => readCell(report, c.segments) !== readCell(expected, c.segments),
    );
    expect(
      wrong.map((c) => `${c.name.zh}: ${readCell(report, c.segments)} ≠ ${readCell(expected, c.segments)}`),
    ).toEqual([]);
  });

  it("gives every metadata field as published", () => {
    const report = result.report as Report;
    for (const key of ["edition", "organ", "year", "publishedOn", "title", "preamble", "sections"] as const) {
      if (key in expected) expect(report[key]).toEqual(expected[key]);
    }
    expect(report.title).toBe(`${expected.organ}${expected.year}年政府信息公开工作年度报告`);
  });

  it("is a valid report", () => {
    expect(validateReport(result.report).ok).toBe(true);
  });

  it("says nothing above info", () => {
    expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });

  it("puts the displaced （六）其他处理 rows back and says so", () => {
    const moved = result.diagnostics.filter((d) => d.code === "table.relocated");
    expect(moved).toHaveLength(1);
    expect(moved[0]?.table).toBe("表三");
  });

  it("has the overview's six 「（一）…方面」 paragraphs, line wraps joined", () => {
    const overview = result.report?.sections?.overview ?? [];
    const numbered = overview.filter((p) => /^（[一二三四五六七八九十]+）/.test(p));
    expect(numbered.map((p) => p.slice(0, 3))).toEqual(["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]);
    for (const p of numbered) expect(p.slice(0, p.indexOf("。"))).toMatch(/方面$/);
    // the page break inside （一） and the wrap inside “www.lianzhou.gov.cn” are joined
    expect(numbered[0]).toContain("细化分解第三方评估方案");
    expect(result.report?.preamble?.join("")).toContain("www.lianzhou.gov.cn");
  });

  it("joins the 五、 paragraph the displaced rows had cut in two", () => {
    expect(result.report?.sections?.problems?.join("\n")).toContain("以群众实际需求为导向，完善平台建设");
  });

  it("reads 六、 without the signature", () => {
    expect(result.report?.sections?.other).toEqual([
      "收取政府信息处理费用的情况：本年度无发出收费通知，无收取信息处理费用。",
    ]);
  });
});
