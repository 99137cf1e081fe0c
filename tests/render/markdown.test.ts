/**
 * The Markdown output read back by a CommonMark renderer with GFM tables (markdown-it, raw HTML allowed
 * as on many sites): headings and pipe tables come out as meant, merged cells flattened, and hostile
 * text renders verbatim without making an element.
 */
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { editions } from "../../src/format.js";
import { type Report, renderReport, tableKeys } from "../../src/index.js";
import { cleanText, escapeMarkdown } from "../../src/render.js";
import { runs } from "../support/runs.js";
import { attr, elements, parseHtml, textOf } from "./support/html-grid.js";
import { arbReport, example } from "./support/reports.js";

const md = new MarkdownIt({ html: true });

function rendered(report: Report) {
  return elements(parseHtml(md.render(renderReport(report, { format: "markdown" }))));
}

/** Elements the Markdown of a report may make. */
const allowed = new Set(["h1", "h2", "p", "strong", "table", "thead", "tbody", "tr", "th", "td", "hr", "br"]);

describe("Markdown", () => {
  it("renders the seed as headings in official order and one pipe table per table or block", () => {
    for (const name of ["lianzhou-2023", "example-2019"] as const) {
      const report = example(name);
      const all = rendered(report);
      const edition = editions[report.edition];
      expect(all.filter((e) => e.tagName === "h1").map(textOf)).toStrictEqual([report.title]);
      const headings = edition.order.map((key) => {
        const t = tableKeys.find((k) => k === key);
        if (t !== undefined) return edition.tables[t].ordinal + edition.tables[t].title;
        const s = edition.sections.find((x) => x.key === key);
        return `${s?.ordinal}${s?.title}`;
      });
      expect(all.filter((e) => e.tagName === "h2").map(textOf)).toStrictEqual(headings);
      const tables = all.filter((e) => e.tagName === "table");
      expect(tables.length).toBe(edition.tables.proactive.children.length + 2);
      for (const table of tables) {
        const rows = elements(table).filter((e) => e.tagName === "tr");
        const widths = new Set(
          rows.map((tr) => elements(tr).filter((c) => c.tagName === "td" || c.tagName === "th").length),
        );
        expect(widths.size).toBe(1);
      }
      expect(all.every((e) => allowed.has(e.tagName))).toBe(true);
    }
  });

  it("flattens merged cells so that every row and column says where it belongs", () => {
    const all = rendered(example("lianzhou-2023"));
    const cells = all.filter((e) => e.tagName === "td" || e.tagName === "th").map(textOf);
    expect(cells).toContain("三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密");
    expect(cells).toContain("三、本年度办理结果 · （七）总计");
    expect(cells).toContain("申请人情况 · 法人或其他组织 · 商业企业");
    expect(cells).toContain("行政诉讼 · 复议后起诉 · 尚未审结");
    expect(cells).toContain("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
  });

  it("escapes pipes and backslashes in table cells, and markup everywhere", () => {
    expect(escapeMarkdown("a|b\\c")).toBe("a\\|b\\\\c");
    expect(md.render(`| ${escapeMarkdown("a|b\\c")} |\n| --- |\n| x |\n`)).toContain("<th>a|b\\c</th>");
    expect(md.render(escapeMarkdown("<script>x</script> *a* _b_ `c` [d](e) &amp; #"))).toBe(
      "<p>&lt;script&gt;x&lt;/script&gt; *a* _b_ `c` [d](e) &amp;amp; #</p>\n",
    );
  });

  it("hostile prose renders verbatim and makes no element (property)", () => {
    fc.assert(
      fc.property(arbReport, (report) => {
        const all = rendered(report);
        for (const e of all) expect(allowed.has(e.tagName), e.tagName).toBe(true);
        expect(all.some((e) => attr(e, "onerror") !== undefined)).toBe(false);
        const paragraphs = all.filter((e) => e.tagName === "p").map(textOf);
        const expected = [
          ...(report.preamble ?? []),
          ...(report.sections?.overview ?? []),
          ...(report.sections?.problems ?? []),
          ...(report.sections?.other ?? []),
        ]
          .map(cleanText)
          .filter((p) => p !== "");
        // the paragraphs, then the bold block titles of 表二, then the signature
        const prose = paragraphs.filter((p) => !/^第二十条第（.）项$/.test(p));
        expect(prose.slice(0, expected.length)).toStrictEqual(expected);
        const organ = cleanText(report.organ);
        expect(prose[expected.length]?.startsWith(organ)).toBe(true);
        const title = all.find((e) => e.tagName === "h1");
        expect(title && textOf(title)).toBe(
          cleanText(report.title ?? "") || `${organ}${report.year}年政府信息公开工作年度报告`,
        );
      }),
      { numRuns: runs(100, 1000) },
    );
  });
});
