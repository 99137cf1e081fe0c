/**
 * Found while reading Word files (helper report, issue 12): a footnote mark set as a superscript after a figure —
 * `5<sup>1</sup>` in HTML — was joined to it and read as 51, a wrong figure with no diagnostic. The Word reader
 * already set such marks apart; the HTML reader now does too: the cell is not a number, `null` with an error.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse.js";
import { renderReport } from "../../../src/render/render.js";
import { validateReport } from "../../../src/validate/validate.js";

const seed = validateReport(
  JSON.parse(readFileSync(new URL("../../../examples/lianzhou-2023.json", import.meta.url), "utf8")),
);

describe("regression: a superscript after a figure is never part of it", () => {
  for (const tag of ["sup", "sub"]) {
    it(`<${tag}> in a table cell makes the cell unreadable, not 51`, () => {
      if (!seed.ok) throw new Error("the seed is valid");
      const html = renderReport(seed.value, { format: "html" });
      const cell = /(<td[^>]*data-path="applications\.newReceived\.naturalPerson"[^>]*>)11(<\/td>)/;
      expect(html).toMatch(cell);
      const { report, diagnostics } = parseReport(html.replace(cell, `$15<${tag}>1</${tag}>$2`));
      expect(report?.applications.newReceived.naturalPerson).toBeNull();
      expect(
        diagnostics.some((d) => d.level === "error" && d.cells?.includes("applications.newReceived.naturalPerson")),
      ).toBe(true);
    });
  }

  it("in prose, 第5<sup>1</sup>条 reads as two marks apart", () => {
    const { report } = parseReport(
      "<h1>某局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>见注5<sup>1</sup>。</p>",
    );
    expect(report?.sections?.overview?.[0]).toBe("见注5 1 。");
  });
});
