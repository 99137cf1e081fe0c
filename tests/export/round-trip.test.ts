/**
 * `toRows` / `fromRows`: one column per cell of both editions, headed by the official names; blank stays blank;
 * and any set of reports of both editions reads back equal, straight and through CSV and JSON Lines.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indicatorsOf } from "../../src/assess.js";
import { exportColumns, fromRows, jsonlLines, parseCsv, parseJsonl, toCsv, toRows } from "../../src/export.js";
import { cellsOf, checkReport, editionKeys, type Report, readCell } from "../../src/index.js";
import { arbReport } from "../../src/testing.js";
import { runs } from "../support/runs.js";

/** The reports as they read back: an empty `sections: {}` holds nothing, and reads back as none (documented). */
function asReadBack(report: Report): Report {
  if (report.sections === undefined || Object.keys(report.sections).length > 0) return report;
  const { sections: _none, ...rest } = report;
  return rest as Report;
}

const arbReports = fc.array(arbReport(), { maxLength: 6 });

describe("the columns", () => {
  const columns = exportColumns();

  it("have distinct headers and keys", () => {
    expect(new Set(columns.map((c) => c.header)).size).toBe(columns.length);
    expect(new Set(columns.map((c) => c.key)).size).toBe(columns.length);
  });

  it("give every cell of each edition exactly one column, headed by its official name", () => {
    for (const edition of editionKeys) {
      const cells = cellsOf(edition);
      const mine = columns.filter((c) => c.cells?.[edition] !== undefined);
      expect(mine.map((c) => c.cells?.[edition]?.path).sort()).toEqual(cells.map((c) => c.path).sort());
      for (const column of mine) expect(column.header).toBe(column.cells?.[edition]?.name.zh);
    }
  });

  it("share a column only where editions print the same cell; the rest belong to the editions that print it", () => {
    for (const column of columns.filter((c) => c.role === "cell")) {
      const cells = column.editions.map((e) => column.cells?.[e]);
      expect(cells.every((c) => c !== undefined)).toBe(true);
      expect(Object.keys(column.cells ?? {}).sort()).toEqual([...column.editions].sort());
      for (const c of cells) {
        expect(c?.path).toBe(cells[0]?.path);
        expect(c?.name.zh).toBe(cells[0]?.name.zh);
      }
    }
    // the cells 表三 shares, and the ones it does not
    const header = (h: string) => columns.find((c) => c.header === h);
    expect(header("表三（一）予以公开·自然人")?.editions).toEqual(editionKeys);
    expect(header("表三（六）其他处理·自然人")?.editions).toEqual(["2019"]);
    expect(header("表三（六）其他处理 3.其他·总计")?.editions).toContain("2021");
    expect(header("表三（六）其他处理 3.其他·总计")?.editions).not.toContain("2019");
    expect(header("表二 行政许可·本年处理决定数量")?.editions).toContain("2021");
    expect(header("表二 行政许可·本年处理决定数量")?.editions).not.toContain("2019");
    expect(header("表二 行政许可·处理决定数量")?.editions).toEqual(["2019"]);
  });

  it("keep each table's printed order: 2021's （六） rows, then 2019's, then （七）总计", () => {
    const headers = columns.map((c) => c.header);
    const at = (h: string) => headers.indexOf(h);
    expect(at("表三（五）不予处理 5.要求行政机关确认或重新出具已获取信息·总计")).toBeLessThan(
      at("表三（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请·自然人"),
    );
    expect(at("表三（六）其他处理 3.其他·总计")).toBeLessThan(at("表三（六）其他处理·自然人"));
    expect(at("表三（六）其他处理·总计")).toBeLessThan(at("表三（七）总计·自然人"));
    expect(at("表二 行政事业性收费·本年收费金额（单位：万元）")).toBeLessThan(at("表二 规章·本年新制作数量"));
    expect(at("表三 四、结转下年度继续办理·总计")).toBeLessThan(at("表四 行政复议·结果维持"));
  });
});

describe("toRows", () => {
  it("writes each cell of the report's edition at its column, blank as null (never 0), the other edition's blank", () => {
    fc.assert(
      fc.property(arbReport(), (report) => {
        const columns = exportColumns();
        const [header, row] = [...toRows([report])];
        expect(header).toEqual(columns.map((c) => c.header));
        columns.forEach((column, i) => {
          if (column.role !== "cell") return;
          const cell = column.cells?.[report.edition];
          const value = row?.[i];
          if (cell === undefined) expect(value, column.header).toBeNull();
          else expect(value, column.header).toBe(readCell(report, cell.segments));
        });
      }),
      { numRuns: runs() },
    );
  });

  it("counts checkReport's error failures and warnings", () => {
    fc.assert(
      fc.property(arbReport(), (report) => {
        const headers = exportColumns().map((c) => c.header);
        const row = [...toRows([{ report, source: "a/b.json" }])][1] ?? [];
        const findings = checkReport(report).findings;
        expect(row[headers.indexOf("错误数")]).toBe(
          findings.filter((f) => f.severity === "error" && f.status === "fail").length,
        );
        expect(row[headers.indexOf("提示数")]).toBe(
          findings.filter((f) => f.severity === "warning" && f.status === "fail").length,
        );
        expect(row[headers.indexOf("来源文件")]).toBe("a/b.json");
        expect(row[headers.indexOf("格式版本")]).toBe(report.edition);
      }),
      { numRuns: runs(30) },
    );
  });

  it("writes the indicators of indicatorsOf, blank where an indicator is null", () => {
    fc.assert(
      fc.property(arbReport(), (report) => {
        const columns = exportColumns();
        const row = [...toRows([report])][1] ?? [];
        const values = indicatorsOf(report);
        const written = columns.flatMap((c, i) => (c.role === "indicator" ? [{ id: c.indicator, value: row[i] }] : []));
        expect(written).toEqual(values.map((v) => ({ id: v.id, value: v.value })));
        expect(columns.find((c) => c.indicator === "disclosure-rate")?.header).toBe("公开率（%）");
      }),
      { numRuns: runs(30) },
    );
  });

  it("takes extra columns beside the indicators, and reading back ignores them", () => {
    const received = {
      key: "received",
      header: "本年新收申请总数",
      en: "Applications received",
      value: (r: Report) => r.applications.newReceived.total,
    };
    fc.assert(
      fc.property(arbReport(), (report) => {
        const rows = [...toRows([report], { extraColumns: [received] })];
        const i = rows[0]?.indexOf("本年新收申请总数") ?? -1;
        expect(rows[1]?.[i]).toBe(report.applications.newReceived.total);
        expect(fromRows(rows).reports).toEqual([asReadBack(report)]);
      }),
      { numRuns: runs(30) },
    );
  });
});

describe("round trip", () => {
  it("fromRows(toRows(reports)) equals the reports, for any set of both editions", () => {
    fc.assert(
      fc.property(arbReports, (reports) => {
        const result = fromRows(toRows(reports));
        expect(result.diagnostics).toEqual([]);
        expect(result.rows.every((r) => r.ok && r.diagnostics.length === 0)).toBe(true);
        expect(result.reports).toEqual(reports.map(asReadBack));
        expect(result.ok).toBe(true);
      }),
      { numRuns: runs() },
    );
  });

  it("through CSV text (every value read as text) and through JSON Lines", () => {
    fc.assert(
      fc.property(arbReports, (reports) => {
        const csv = toCsv(toRows(reports));
        expect(fromRows(parseCsv(csv)).reports).toEqual(reports.map(asReadBack));
        const jsonl = [...jsonlLines(toRows(reports))].join("");
        expect(fromRows(parseJsonl(jsonl)).reports).toEqual(reports.map(asReadBack));
      }),
      { numRuns: runs() },
    );
  });

  it("without the prose and the check counts, the figures still read back", () => {
    fc.assert(
      fc.property(arbReports, (reports) => {
        const back = fromRows(toRows(reports, { prose: false, check: false }));
        expect(back.ok).toBe(true);
        expect(back.reports).toEqual(reports.map(({ title: _t, preamble: _p, sections: _s, ...rest }) => rest));
      }),
      { numRuns: runs(30) },
    );
  });
});

describe("fromRows on anything", () => {
  const arbCell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date(),
    fc.constantFrom("2021", "2019", "[]", '["a"]', "'=1", "-0", "1e400", "NaN"),
  );
  const header = exportColumns().map((c) => c.header);

  it("never throws, and every row it cannot read is a result with an error saying why", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.array(arbCell, { maxLength: header.length + 2 }), { maxLength: 5 }),
        fc.array(fc.oneof(fc.constant(null), fc.dictionary(fc.constantFrom(...header.slice(0, 12)), arbCell)), {
          maxLength: 3,
        }),
        (withHeader, rows, records) => {
          const result = fromRows([...(withHeader ? [header] : []), ...rows, ...records]);
          for (const row of result.rows) {
            if (!row.ok) expect(row.diagnostics.some((d) => d.level === "error")).toBe(true);
            if (row.report !== undefined) expect(result.reports).toContain(row.report);
          }
          expect(result.ok).toBe(
            result.diagnostics.every((d) => d.level !== "error") && result.rows.every((r) => r.ok),
          );
        },
      ),
      { numRuns: runs() },
    );
  });

  it("reads a figure typed as text in the sheet, and says which cell is not a number", () => {
    fc.assert(
      fc.property(arbReport(), fc.constantFrom("十二", "12件", "1,2", "true"), (report, typed) => {
        const rows = [...toRows([report])].map((r) => [...r]);
        const i = header.indexOf("表四 行政复议·总计");
        (rows[1] as (string | number | null)[])[i] = typed;
        const result = fromRows(rows);
        expect(result.ok).toBe(false);
        const d = result.rows[0]?.diagnostics.find((x) => x.code === "cell.not-a-number");
        expect(d?.column).toBe("表四 行政复议·总计");
        expect(d?.row).toBe(2);
        expect(result.rows[0]?.report?.reviewLitigation.review.total).toBeNull();
      }),
      { numRuns: runs(30) },
    );
  });
});
