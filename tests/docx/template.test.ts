/**
 * The official template of the 2021 format, as it circulates among organs (`tests/fixtures/real/
 * official-template-2021.docx`: 3 tables, 26 `w:gridSpan`, 58 `w:vMerge`, blank cells holding nothing or a
 * full-width space): its tables are found and every cell is blank (`null`), its section headings are read, and
 * its merged headers come out as the same rows as the HTML renderer's table.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocx, readDocx } from "../../src/docx.js";
import { cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";

const bytes = new Uint8Array(readFileSync(new URL("../fixtures/real/official-template-2021.docx", import.meta.url)));

describe("the official 2021 template (.docx)", () => {
  const result = parseDocx(bytes);

  it("is read as the 2021 edition from its table labels, every table found", () => {
    expect(result.format).toBe("docx");
    expect(result.edition).toMatchObject({ edition: "2021", basis: "labels" });
    const codes = new Set(result.diagnostics.map((d) => d.code));
    for (const code of ["table.missing", "table.truncated", "table.heading-missing", "row.missing", "row.value-count"])
      expect(codes.has(code as never), code).toBe(false);
    expect(result.diagnostics.filter((d) => d.code === "values.unattributed")).toEqual([]);
  });

  it("every table cell is blank: null, none read as unreadable or misplaced", () => {
    const report = result.report;
    expect(report).not.toBeNull();
    if (report === null) return;
    const cells = cellsOf("2021");
    expect(cells.length).toBeGreaterThan(100);
    for (const c of cells) expect(readCell(report, c.segments), c.path).toBeNull();
    // a template names no organ and no year; no cell is unreadable, no figure stray
    const errors = new Set(result.diagnostics.filter((d) => d.level === "error").map((d) => d.code));
    expect(errors).toContain("meta.organ-missing");
    expect(errors).toContain("meta.year-missing");
    for (const code of ["cell.unreadable", "cell.invalid", "cell.unit", "internal"]) expect(errors).not.toContain(code);
  });

  it("reads the section headings and the placeholder prose under them", () => {
    expect(result.report?.title).toBe("政府信息公开工作年度报告格式模板");
    expect(result.report?.sections).toEqual({
      overview: ["（文字描述）"],
      problems: ["（文字描述）"],
      other: ["（文字描述，收取信息处理费情况在此处报告。）"],
    });
    expect(result.diagnostics.filter((d) => d.code === "section.missing")).toEqual([]);
  });

  it("gives the merged headers as structure: one cell per merged cell, in the row where it begins", () => {
    const rows = (readDocx(bytes).lines ?? []).filter((l) => l.kind === "row").map((l) => l.cells);
    const at = (first: string) => rows.find((c) => c?.[0] === first);
    expect(at("第二十条第（一）项")).toEqual(["第二十条第（一）项"]);
    expect(at("行政许可")).toEqual(["行政许可", ""]);
    expect(at("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")).toEqual([
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "申请人情况",
    ]);
    expect(at("自然人")).toEqual(["自然人", "法人或其他组织", "总计"]);
    expect(at("商业企业")).toEqual(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
    expect(at("三、本年度办理结果")).toEqual(["三、本年度办理结果", "（一）予以公开", ...Array(7).fill("")]);
    expect(at("（三）不予公开")).toEqual(["（三）不予公开", "1.属于国家秘密", ...Array(7).fill("")]);
    expect(at("2.其他法律行政法规禁止公开")).toEqual(["2.其他法律行政法规禁止公开", ...Array(7).fill("")]);
    expect(at("行政复议")).toEqual(["行政复议", "行政诉讼"]);
    expect(rows[rows.length - 1]).toEqual(Array(15).fill(""));
  });
});
