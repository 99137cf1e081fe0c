/**
 * Found by tests/parse/degradation.test.ts ("pdftotext -layout with blank cells left empty … never a wrong
 * figure"), fast-check seed 1097897020, run 202: 2019-edition `-layout` text with full-width digits, whose full
 * rows of 表二 (规章, 行政许可) hold sixteen-digit figures, whose other rows of three columns are blank or short
 * (规范性文件, 其他对外管理服务事项: no full row of small figures), and whose short rows (行政处罚, 行政强制) hold
 * one-digit figures. Counted as displayed, a full-width digit is two columns wide, so the long figures push the columns
 * after them to the right: the full rows agree with each other, but not with the short rows, and 行政强制's
 * 处理决定数量 (its last column) was read as its 本年增/减. Counted as characters, the full rows agree too, and
 * place that figure in its own column. Where both counts fit the full rows, they must place the short row's
 * figures alike; here they do not, so the row is left null with an error.
 */
import { describe, expect, it } from "vitest";
import { buildReport, renderReport } from "../../../src/index.js";
import { parseReport } from "../../../src/parse.js";
import { distortText } from "../../parse/support/distort.js";

const report = buildReport({ edition: "2019", organ: "某市某委员会", year: 2019, publishedOn: "2020-01-15" }, () => 1);
const p = report.proactive as unknown as Record<string, Record<string, number | null>>;
Object.assign(p.regulations ?? {}, { newlyMade: 3, newlyPublished: 8946532311181627, publicTotal: 22 });
Object.assign(p.normativeDocuments ?? {}, { newlyMade: null, newlyPublished: null, publicTotal: null });
Object.assign(p.licensing ?? {}, { previousItems: 12, change: -6545425817532150, decisions: 5 });
Object.assign(p.otherServices ?? {}, { previousItems: 118848995028635, change: null, decisions: null });
Object.assign(p.penalties ?? {}, { previousItems: null, change: 5, decisions: 9 });
Object.assign(p.coercion ?? {}, { previousItems: 0, change: null, decisions: 3 });
const text = distortText(renderReport(report, { format: "text" }), "2019", {
  style: "layout",
  displace: null,
  groups: [],
  wraps: [],
  spaces: [],
  pages: [],
  fullWidth: true,
});

describe("regression: a short -layout row is not read by columns that wide figures pushed aside", () => {
  it("the input is what the bug needs: the full rows' long figures and the short rows' blanks, in full-width digits", () => {
    expect(text).toMatch(/规章 +３ +８９４６５３２３１１１８１６２７ +２２\n/);
    expect(text).toMatch(/行政强制 +０ +３\n/);
    expect(text).toMatch(/规范性文件\n/);
  });

  it("行政强制 and 行政处罚 are read correctly or left null with an error, never given a wrong figure", () => {
    const result = parseReport(text);
    const back = result.report?.proactive as unknown as Record<string, Record<string, number | null>> | undefined;
    const errors = new Set(result.diagnostics.filter((d) => d.level === "error").flatMap((d) => d.cells ?? []));
    for (const row of ["penalties", "coercion"])
      for (const [key, want] of Object.entries(p[row] ?? {})) {
        const got = back?.[row]?.[key];
        const path = `proactive.${row}.${key}`;
        if (got === want) continue;
        expect({ path, got, error: errors.has(path) }).toEqual({ path, got: null, error: true });
      }
    expect(back?.coercion?.change).not.toBe(3);
  });
});
