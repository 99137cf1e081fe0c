import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessReports, renderAssessment } from "../../src/assess.js";
import type { Report } from "../../src/index.js";

const seed = JSON.parse(readFileSync(new URL("../../examples/lianzhou-2023.json", import.meta.url), "utf8")) as Report;
const hostile = '<script>alert(1)</script>|<img src=x onerror="x">\n# 标题';

describe("renderAssessment", () => {
  const a = assessReports([{ ...seed, organ: hostile }], { year: 2023, units: [{ name: "某局" }] });

  it("escapes what the reports and the unit list say in HTML", () => {
    const html = renderAssessment(a, { format: "html" });
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.match(/<script/g)).toBeNull();
  });

  it("keeps a Markdown table a table and makes no element: pipes and tags escaped, line breaks joined", () => {
    const md = renderAssessment(a, { format: "markdown" });
    const rows = md.split("\n").filter((l) => l.includes("alert(1)"));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows.filter((r) => r.startsWith("|"))) expect(row).toContain("\\|\\<img");
    expect(md).not.toMatch(/^# 标题/m);
  });

  it("says when there is nothing to report, in either language", () => {
    const clean = assessReports([seed], { year: 2023 });
    expect(renderAssessment(clean, { format: "text" })).toContain("未发现问题。");
    expect(renderAssessment(clean, { format: "markdown", lang: "en" })).toContain("No findings.");
  });
});
