/**
 * A web page's chrome — the share buttons and menus above the report, the site's link lists and footer below it — is
 * not the report's prose: the real pages of tests/fixtures/real read as a hand check says, and a report's own short
 * lines (a list in part 六, a text that is not a web page) are kept.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";

const real = (name: string) => readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url), "utf8");

describe("the real web pages", () => {
  it("平潭 2024: 前言 is the report's opening paragraph, 六 its one sentence (no menus, no footer links)", () => {
    const { report } = parseReport(real("pingtan-2024.html"));
    expect(report?.preamble).toHaveLength(1);
    expect(report?.preamble?.[0]).toMatch(/^本报告根据《中华人民共和国政府信息公开条例》/);
    expect(report?.sections?.other).toEqual(["2024年，无收取信息处理费情况。"]);
  });

  it("平潭 2023: the same page layout, the same result", () => {
    const { report } = parseReport(real("pingtan-2023.html"));
    expect(report?.preamble?.join("")).not.toMatch(/微信微博|全真版|相关链接/);
    expect(report?.sections?.other).toEqual(["2023年，无收取信息处理费情况。"]);
  });

  it("沭阳县发改局 2023: the archive's source lines and the site's menus are not 前言", () => {
    const { report } = parseReport(real("shuyang-fgj-2023.html"));
    expect(report?.preamble).toHaveLength(1);
    expect(report?.preamble?.[0]).toMatch(/^根据《中华人民共和国政府信息公开条例》/);
    expect(report?.sections?.other).toEqual(["2023年度，县发展和改革局政府信息公开未发生收费情况。"]);
  });
});

describe("a report's own short lines", () => {
  const page = (other: readonly string[], footer: readonly string[] = []) =>
    [
      "<html><body><h1>某县教育局2024年政府信息公开工作年度报告</h1>",
      "<p>本报告根据《中华人民共和国政府信息公开条例》编制。</p>",
      "<p>一、总体情况</p><p>全年主动公开信息120条。</p>",
      "<p>五、存在的主要问题及改进情况</p><p>公开内容不够全面。</p>",
      "<p>六、其他需要报告的事项</p>",
      ...other.map((t) => `<p>${t}</p>`),
      ...footer.map((t) => `<p><a href="#">${t}</a></p>`),
      "</body></html>",
    ].join("\n");
  // a footer: a list of links (six or more short lines in a row; 网站地图 and 联系我们 are chrome words of their own)
  const links = [
    "人民网",
    "新华网",
    "中国新闻网",
    "央视国际",
    "福建日报",
    "海峡导报",
    "网站地图",
    "联系我们",
    "隐私保护",
  ];

  it("a short list in 六 is kept; the footer's link list after it is not", () => {
    const items = ["（一）信息处理费", "本年度未收取信息处理费", "（二）人大建议办理", "共办理3件"];
    const { report } = parseReport(page(items, links));
    expect(report?.sections?.other).toEqual(items);
  });

  it("the same lines in a text (not a web page) are the report's", () => {
    const html = page(["本年度未收取信息处理费。"], links);
    const text = html
      .replace(/<[^>]+>/g, "")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .join("\n");
    const { report } = parseReport(text);
    expect(report?.sections?.other?.join("")).toContain("人民网");
  });

  it("a rendered report read back as a web page keeps every paragraph", () => {
    const source = parseReport(real("lianzhou-zfb-2023.txt")).report;
    if (source === null) throw new Error("lianzhou-zfb-2023.txt");
    const back = parseReport(renderReport(source, { format: "html" })).report;
    expect(back?.preamble).toEqual(source.preamble);
    expect(back?.sections).toEqual(source.sections);
  });
});
