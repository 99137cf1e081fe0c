/**
 * Found by tests/parse/degradation.test.ts ("pdftotext -layout with blank cells left empty … never a wrong
 * figure"): 2019-edition `-layout` text with full-width digits put in after the layout, where the full rows of
 * 表二 hold sixteen-digit figures and the short rows hold small ones. Counted as displayed, a full-width digit
 * is two columns wide, so the long figures push the columns after them to the right: the full rows agree with
 * each other, but not with the short rows, which were read one column off.
 *
 * - fast-check seed 1097897020, run 202: the full rows of three columns are 规章 and 行政许可 (规范性文件 blank,
 *   其他对外管理服务事项 short); 行政强制's 处理决定数量 (its last column) was read as its 本年增/减. Counted as
 *   characters the full rows agree too, and place it in its own column.
 * - fast-check seed 2, run 181: the full rows are 规章, 规范性文件 and 行政许可, whose labels differ in length, so
 *   they agree only as displayed (行政处罚 and 行政强制 are short too); 其他对外管理服务事项's 本年增/减 was read as
 *   its 上一年项目数量.
 *
 * Columns are now counted three ways (as displayed, as characters, as displayed with the figures' full-width
 * digits one column each) and every way the full rows agree on must place the short row alike; here they do
 * not, so the row is left null with an error.
 */
import { describe, expect, it } from "vitest";
import { buildReport, renderReport } from "../../../src/index.js";
import type { Report } from "../../../src/model/report.generated.js";
import { parseReport } from "../../../src/parse.js";
import { distortText } from "../../parse/support/distort.js";

type Rows = Record<string, Record<string, number | null>>;

/** A 2019 report with the given 表二 rows (others 1), as `-layout` text with full-width digits. */
function layoutText(rows: Rows): { report: Report; text: string } {
  const report = buildReport(
    { edition: "2019", organ: "某市某委员会", year: 2019, publishedOn: "2020-01-15" },
    () => 1,
  );
  const p = report.proactive as unknown as Rows;
  for (const [row, cells] of Object.entries(rows)) Object.assign(p[row] ?? {}, cells);
  const text = distortText(renderReport(report, { format: "text" }), "2019", {
    style: "layout",
    displace: null,
    groups: [],
    wraps: [],
    spaces: [],
    pages: [],
    fullWidth: true,
  });
  return { report, text };
}

/** Cells of `rows` that came back neither equal nor null with an error. */
function wrongFigures(report: Report, text: string, rows: readonly string[]): unknown[] {
  const result = parseReport(text);
  const want = report.proactive as unknown as Rows;
  const back = result.report?.proactive as unknown as Rows | undefined;
  const errors = new Set(result.diagnostics.filter((d) => d.level === "error").flatMap((d) => d.cells ?? []));
  const wrong: unknown[] = [];
  for (const row of rows)
    for (const [key, value] of Object.entries(want[row] ?? {})) {
      const got = back?.[row]?.[key];
      const path = `proactive.${row}.${key}`;
      if (got !== value && (got !== null || !errors.has(path))) wrong.push({ path, got, value });
    }
  return wrong;
}

describe("regression: a short -layout row is not read by columns that wide figures pushed aside", () => {
  it("seed 1097897020: 行政强制 and 行政处罚 are read correctly or left null with an error", () => {
    const { report, text } = layoutText({
      regulations: { newlyMade: 3, newlyPublished: 8946532311181627, publicTotal: 22 },
      normativeDocuments: { newlyMade: null, newlyPublished: null, publicTotal: null },
      licensing: { previousItems: 12, change: -6545425817532150, decisions: 5 },
      otherServices: { previousItems: 118848995028635, change: null, decisions: null },
      penalties: { previousItems: null, change: 5, decisions: 9 },
      coercion: { previousItems: 0, change: null, decisions: 3 },
    });
    // the input is what the bug needs
    expect(text).toMatch(/规章 +３ +８９４６５３２３１１１８１６２７ +２２\n/);
    expect(text).toMatch(/规范性文件\n/);
    expect(text).toMatch(/行政强制 +０ +３\n/);
    expect(wrongFigures(report, text, ["penalties", "coercion"])).toEqual([]);
  });

  it("seed 2: 其他对外管理服务事项 (and 行政处罚, 行政强制) is read correctly or left null with an error", () => {
    const { report, text } = layoutText({
      regulations: { newlyMade: 1260161522954158, newlyPublished: 30, publicTotal: 10 },
      normativeDocuments: { newlyMade: 6201272858376115, newlyPublished: 19, publicTotal: 2 },
      licensing: { previousItems: 8418141518755216, change: -26, decisions: 27 },
      otherServices: { previousItems: null, change: 4, decisions: 5 },
      penalties: { previousItems: 19, change: null, decisions: 29 },
      coercion: { previousItems: 28, change: null, decisions: 28 },
    });
    expect(text).toMatch(/规范性文件 +６２０１２７２８５８３７６１１５ +１９ +２\n/);
    expect(text).toMatch(/其他对外管理服务事项 +４ +５\n/);
    expect(wrongFigures(report, text, ["otherServices", "penalties", "coercion"])).toEqual([]);
  });
});
