/**
 * renderComparison: the marked runs are the paragraphs cut by the passages (nothing lost, nothing added); the
 * HTML, read as a browser reads it (parse5), has captioned tables with scoped headers, every reused run in a
 * <mark> with its hidden label, and no markup from the reports' text; text and Markdown mark the same runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markedSections } from "../../src/compare/render-parts.js";
import { compareReports, normalisedString, renderComparison, renderComparisons } from "../../src/compare.js";
import type { Report } from "../../src/index.js";
import { arbReport } from "../../src/testing.js";
import { attr, elements, parseHtml, textOf } from "../render/support/html-grid.js";
import { runs } from "../support/runs.js";

const words = ["政府信息公开", "<script>alert(1)</script>", "依申请公开", "2024年", "办理答复", '& "引号"', "监督保障"];
const arbText = fc.array(
  fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join("")),
  {
    maxLength: 3,
  },
);
const arbPair = fc
  .tuple(arbReport({ edition: "2021" }), arbText, arbText, arbText, arbText)
  .map(([report, a, b, c, d]) => {
    const before = { ...report, preamble: a, sections: { overview: b } } as Report;
    const now = { ...report, year: report.year + 1, preamble: c, sections: { overview: d, problems: a } } as Report;
    return { before, now };
  });

describe("renderComparison", () => {
  it("the runs are each paragraph cut by the passages: joined, the paragraph; marked, the reused text", () => {
    fc.assert(
      fc.property(arbPair, ({ before, now }) => {
        const c = compareReports(before, now);
        const sections = markedSections(c, now, "zh");
        let reused = "";
        for (const s of sections) {
          const list = (s.key === "preamble" ? now.preamble : now.sections?.[s.key]) ?? [];
          s.paragraphs.forEach((rs, i) => {
            expect(rs.map((r) => r.text).join("")).toBe(list[i]);
            reused += rs
              .filter((r) => r.reused)
              .map((r) => normalisedString(r.text))
              .join("");
          });
        }
        expect(Array.from(reused).length).toBe(c.text.overall.reused + c.text.overall.boilerplate.reused);
      }),
      { numRuns: runs(100, 1000) },
    );
  });

  it("HTML: captioned tables, scoped headers, every <mark> labelled, the reports' text escaped", () => {
    fc.assert(
      fc.property(arbPair, ({ before, now }) => {
        const c = compareReports(before, now);
        const html = renderComparison(c, now, { format: "html" });
        const tree = parseHtml(html);
        const all = elements(tree);
        expect(all.filter((e) => e.tagName === "script")).toEqual([]);
        for (const table of all.filter((e) => e.tagName === "table")) {
          const inner = elements(table);
          expect(inner.filter((e) => e.tagName === "caption")).toHaveLength(1);
          for (const th of inner.filter((e) => e.tagName === "th")) expect(["col", "row"]).toContain(attr(th, "scope"));
        }
        const marks = all.filter((e) => e.tagName === "mark");
        const marked = markedSections(c, now, "zh").flatMap((s) => s.paragraphs.flat().filter((r) => r.reused));
        expect(marks).toHaveLength(marked.length);
        marks.forEach((m, i) => {
          expect(textOf(m)).toBe(`与上年相同：${marked[i]?.text}`);
          expect(elements(m).filter((e) => attr(e, "class") === "zfxxgk-hidden")).toHaveLength(1);
        });
        expect(attr(all.find((e) => e.tagName === "html") as (typeof all)[number], "lang")).toBe("zh-CN");
      }),
      { numRuns: runs(50, 500) },
    );
  });

  it("text and Markdown mark as many runs as HTML; several comparisons make one document", () => {
    fc.assert(
      fc.property(arbPair, ({ before, now }) => {
        const c = compareReports(before, now);
        const count = markedSections(c, now, "en").flatMap((s) => s.paragraphs.flat().filter((r) => r.reused)).length;
        const text = renderComparison(c, now, { format: "text", lang: "en" });
        expect(text.split("〖").length - 1).toBe(count + 1); // + the legend's 〖〗
        const md = renderComparison(c, now, { format: "markdown" });
        const nonBlank = markedSections(c, now, "zh")
          .flatMap((s) => s.paragraphs.flat())
          .filter((r) => r.reused && r.text.trim() !== "").length;
        expect(md.split("<mark>").length - 1).toBe(nonBlank);
        expect(md).not.toContain("<script>");
        const both = renderComparisons(
          [
            { comparison: c, current: now },
            { comparison: c, current: now },
          ],
          { format: "html" },
        );
        const tree = elements(parseHtml(both));
        expect(tree.filter((e) => e.tagName === "article")).toHaveLength(2);
        // ids unique on the page, and every aria-labelledby names ids that exist
        const ids = tree.map((e) => attr(e, "id")).filter((x): x is string => x !== undefined);
        expect(new Set(ids).size).toBe(ids.length);
        for (const e of tree)
          for (const ref of (attr(e, "aria-labelledby") ?? "").split(" ").filter((x) => x !== ""))
            expect(ids).toContain(ref);
      }),
      { numRuns: runs(50, 500) },
    );
  });
});
