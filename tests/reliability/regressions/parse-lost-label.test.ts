/**
 * Found by tests/parse/degradation.test.ts ("pdftotext -layout with blank cells left empty … never a wrong
 * figure"), fast-check seed 183580451 at 1500 runs (the CI seed passes): in reading-order text whose blank cells
 * left no trace, a line holding only the first character of a wrapped label (`行` of 行政处罚) is lost. The
 * figures after 「政处罚」 are then taken for the last label found before them, 「行政许可」, across the
 * sub-table header between them (第二十条第（六）项 / 信息内容 本年处理决定数量): 行政许可 reads 0, a figure
 * the input does not give it.
 *
 * Fixed in src/parse (match.ts `matchTarget`, targets.ts `dividers`): a label followed by a header row of its
 * table's blocks (表二's 信息内容, from the descriptors' group `header`) is not the row of the figures after it;
 * 行政许可 stays `null` with `row.missing`, and so does 行政处罚, whose label was lost.
 */
import { describe, expect, it } from "vitest";
import { buildReport, renderReport } from "../../../src/index.js";
import { parseReport } from "../../../src/parse.js";
import { pdfify } from "../../parse/support/distort.js";

const report = buildReport(
  { edition: "2021", organ: "某县人民政府办公室", year: 2023, publishedOn: "2024-01-12" },
  () => 0,
);
(report.proactive as { licensing: { decisions: number | null } }).licensing.decisions = null;
const text = pdfify(renderReport(report, { format: "text" }), "reading").join("\n");
const lost = text.replace("行政处罚 0", "政处罚 0");

describe("regression: a figure is not given to a label across a header of its table", () => {
  it("the input is what the bug needs: 行政许可 printed without a figure, then the sub-table header, then 政处罚 0", () => {
    expect(lost).not.toBe(text);
    expect(lost).toMatch(/行政许可\n第二十条第（六）项\n信息内容 本年处理决定数量\n政处罚 0/);
    expect(parseReport(text).report?.proactive.licensing.decisions).toBeNull();
  });

  it("行政许可 stays null, with an error, when the figure stands after the next sub-table's header", () => {
    const result = parseReport(lost);
    expect(result.report?.proactive.licensing.decisions).toBeNull();
    expect(result.report?.proactive.penalties.decisions).toBeNull();
    for (const cell of ["proactive.licensing.decisions", "proactive.penalties.decisions"])
      expect(
        result.diagnostics.some((d) => d.level === "error" && (d.cells ?? []).includes(cell)),
        cell,
      ).toBe(true);
  });
});
