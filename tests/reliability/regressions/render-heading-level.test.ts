/**
 * Found by the adversarial review of issue 18 (item 12): the `headingLevel` option of the HTML (and Markdown)
 * renderer went into the output unchecked — `'1 onmouseover="…"'` gave `<h1 onmouseover="…">`, the string `"2"`
 * gave `<h21>` for the section headings, and in Markdown a negative level threw. Fixed in src/render/options.ts
 * (`headingLevelOf`, used by src/render/html.ts and src/render/markdown.ts): as the renderer does with `idPrefix`
 * (cleaned, never refused), the level is made safe — an integer is clamped to 1–5 (the sections one below, at
 * most `<h6>`), anything else is the default 1.
 */
import { describe, expect, it } from "vitest";
import { type HtmlRenderOptions, type MarkdownRenderOptions, renderReport, renderTable } from "../../../src/index.js";
import { example } from "./support.js";

const report = example("lianzhou-2023");
const html = (headingLevel: unknown) =>
  ({ format: "html", standalone: true, headingLevel }) as unknown as HtmlRenderOptions;
const markdown = (headingLevel: unknown) => ({ format: "markdown", headingLevel }) as unknown as MarkdownRenderOptions;

/** The names of the heading elements an HTML page opens (`h21` if it made one). */
const headingTags = (page: string) => [...new Set(Array.from(page.matchAll(/<(h\d\w*)/g), (m) => m[1]))].sort();

describe("regression: headingLevel never reaches the output unchecked", () => {
  it("an attribute smuggled in the level is not written; a string level does not make <h21>", () => {
    for (const level of ['1 onmouseover="alert(1)"', "2", "<script>", 2.5, Number.NaN, null, {}]) {
      const page = renderReport(report, html(level));
      expect(page).not.toContain("onmouseover");
      expect(page).not.toContain("<h21");
      expect(headingTags(page)).toEqual(["h1", "h2"]);
      expect(page).toContain('<h1 class="zfxxgk-title">');
      expect(renderTable(report, "applications", html(level))).toContain('<h1 class="zfxxgk-title">');
    }
  });

  it("integers out of range are clamped to 1–5 (sections at most <h6>)", () => {
    expect(renderReport(report, html(0))).toContain('<h1 class="zfxxgk-title">');
    expect(renderReport(report, html(-3))).toContain('<h1 class="zfxxgk-title">');
    const deep = renderReport(report, html(9));
    expect(deep).toContain('<h5 class="zfxxgk-title">');
    expect(deep).toContain("<h6 id=");
    expect(deep).not.toMatch(/<h[7-9]/);
    expect(renderReport(report, html(3))).toContain('<h3 class="zfxxgk-title">');
  });

  it("Markdown: the same levels, never a throw", () => {
    expect(renderReport(report, markdown(-1)).startsWith("# ")).toBe(true);
    expect(renderReport(report, markdown("2")).startsWith("# ")).toBe(true);
    expect(renderReport(report, markdown(1e9)).startsWith("##### ")).toBe(true);
    expect(renderReport(report, markdown(3)).startsWith("### ")).toBe(true);
  });
});
