// @module-tag browser
/**
 * The browser build of `zfxxgk/parse` (the platform's DOMParser reads HTML, parse5 is not bundled), bundled with
 * esbuild exactly as tsup's browser build is (scripts/browser-build.ts) and run in headless Chromium, reads every
 * HTML input into the same lines and the same ParseResult — report, edition, envelope, diagnostics with their
 * source lines — as the Node build with parse5: the real pages kept as fixtures, the parser's HTML fixtures,
 * random reports rendered as HTML, and markup whose line numbers are easy to get wrong (tags, comments, scripts
 * and titles over several lines, CRLF, tables the markup leaves half implied). In a web worker, where there is no
 * DOMParser, parseReport gives an `input.unsupported` error and no report, never a throw. Never skips: without
 * Chromium it fails saying how to install it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import fc from "fast-check";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTwins } from "../../scripts/browser-build.js";
import { readHtml } from "../../src/parse/readers/html.js";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/render.js";
import { adversarial } from "../reliability/support/adversarial.js";
import { launchChromium } from "../support/chromium.js";
import { runs } from "../support/runs.js";
import { arbReport } from "./support/reports.js";

let browser: Browser | undefined;
let page: Page | undefined;
let script = "";
let inputs: string[] = [];

beforeAll(async () => {
  const src = fileURLToPath(new URL("../../src/", import.meta.url));
  const bundle = await build({
    stdin: {
      contents: `import { parseReport } from "./parse.ts"; import { readHtml } from "./parse/readers/html.ts";
        globalThis.zfxxgkParse = { parseReport, readHtml };`,
      resolveDir: src,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [browserTwins],
  });
  script = bundle.outputFiles[0]?.text ?? "";
  inputs = Object.keys(bundle.metafile.inputs);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><title>zfxxgk/parse</title>');
  await page.addScriptTag({ content: script });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** What is compared: the lines the reader gives, and the parse result (as JSON). */
function inNode(html: string): unknown {
  const { report, edition, envelope, diagnostics, format } = parseReport(html);
  return JSON.parse(JSON.stringify({ lines: readHtml(html), report, edition, envelope, diagnostics, format }));
}

/** The same, read by the browser build in the page. */
async function inBrowser(htmls: readonly string[]): Promise<unknown[]> {
  if (page === undefined) throw new Error("Chromium did not start");
  // a string: this project compiles without the DOM library
  const json = await page.evaluate(`JSON.stringify(${JSON.stringify(htmls)}.map((html) => {
    const { report, edition, envelope, diagnostics, format } = globalThis.zfxxgkParse.parseReport(html);
    return { lines: globalThis.zfxxgkParse.readHtml(html), report, edition, envelope, diagnostics, format };
  }))`);
  return JSON.parse(json as string) as unknown[];
}

function fixtures(folder: string): [string, string][] {
  const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => [`${folder}/${f}`, readFileSync(new URL(f, dir), "utf8")]);
}

/** Markup whose source lines are easy to get wrong, each around a report's rows so that the lines are used. */
const tricky: [string, string][] = [
  [
    "a start tag over lines",
    '<p\nclass="MsoNormal"\nstyle="x">一、总体情况</p>\n<table><tr\n style="a"><td>规章</td><td>1</td></tr></table>',
  ],
  ["a comment over lines", "<!--[if gte mso 9]>\n<xml>\n</xml><![endif]-->\n<p>二、主动公开政府信息情况</p>"],
  ["a comment holding markup", "<p>x</p><!-- <p>\n不是正文</p> -->\n<p>\n\n  三、收到和处理政府信息公开申请情况</p>"],
  [
    "script, style and title over lines",
    "<html><head><title>某县\n2023年报告</title><style>\np{}\n</style></head>\n<body><script>\nvar a = '<p>';\n</script>\n<p>正文</p></body></html>",
  ],
  [
    "CRLF and CR",
    "<p>一、总体情况</p>\r\n<p>二\r、主动公开</p>\r\n<table>\r\n<tr><td>规章</td><td>0</td></tr>\r\n</table>",
  ],
  ["an implied tbody and tr", "<table>\n\n<td>规章</td>\n<td>\n5</td>\n</table>"],
  ["quoted > in attributes", "<td title=\"a>b\nc\">x</td><p data-x='>\n'>正文\n续</p>"],
  ["a script holding a script in a comment", "<script><!--\n<script>\n</script>\n-->\n</script>\n<p>正文</p>"],
  ["unclosed at the end", "<p>一</p>\n<p\nclass='x"],
  ["pre and textarea", "<pre>\n第一行\n第二行</pre><pre>\n\n  第三行</pre><textarea>\n<p>\n</textarea>\n<p>后</p>"],
  [
    "bogus comments and doctype",
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"\n "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<?xml\n?><p>一</p>',
  ],
  ["stray end tags", "<p>甲</span>\n乙</b\n>丙</p>\n<p>丁</p>"],
  [
    "entities and nbsp",
    "<p>&nbsp;\n&lt;一&gt;&#10;二&amp;</p>\n<table><tr><td>&nbsp;</td><td>1&nbsp;</td></tr></table>",
  ],
  ["text before a table cell (foster parenting)", "<table>\n<tr><td>a</td></tr>\n</table>\n<p>后</p>"],
];

describe("zfxxgk/parse's browser build in headless Chromium", () => {
  it("bundles no HTML parser: parse5 is not among its modules", () => {
    expect(inputs.some((f) => f.includes("src/parse/readers/html-parser.browser.ts"))).toBe(true);
    expect(inputs.filter((f) => f.includes("node_modules"))).toEqual([]);
  });

  it("reads the real pages and the parser's HTML fixtures as Node does", async () => {
    const files = [...fixtures("real"), ...fixtures("parse")];
    expect(files.length).toBeGreaterThanOrEqual(6);
    const got = await inBrowser(files.map(([, html]) => html));
    for (const [k, [name, html]] of files.entries())
      expect({ name, ...(got[k] as object) }).toEqual({ name, ...(inNode(html) as object) });
  }, 120_000);

  it("reads markup whose lines are easy to get wrong as Node does", async () => {
    const got = await inBrowser(tricky.map(([, html]) => html));
    for (const [k, [name, html]] of tricky.entries())
      expect({ name, ...(got[k] as object) }).toEqual({ name, ...(inNode(html) as object) });
  });

  it("reads the HTML formatting bomb as Node does (the DOMParser alone built 16 million elements from 66 KB)", async () => {
    // issue 18: <font>s differing by an attribute left open, then paragraphs — Chromium's DOMParser copies every open
    // formatting element into each paragraph as parse5 does; the reader takes them out first in both builds
    const bomb = adversarial("formatting-bomb", 66 * 1024).text;
    const [got] = await inBrowser([bomb]);
    expect(got).toEqual(inNode(bomb));
  }, 30_000);

  it("reads random reports rendered as HTML as Node does", async () => {
    const htmls = fc.sample(arbReport(), runs(60, 200)).map((r) => renderReport(r, { format: "html" }));
    const got = await inBrowser(htmls);
    for (const [k, html] of htmls.entries()) expect(got[k]).toEqual(inNode(html));
  }, 120_000);

  it("reads random markup (tags, comments, scripts over lines, tables half implied) into the same lines as Node", async () => {
    const inline = [
      ...["<p>", "</p>", "<div\n class=x>", "</div>", "<br>", "<b>", "</b>", "<span\nstyle='a>b'>", "</span>"],
      ...[
        "<!--\n-->",
        "<!-->",
        "<script>\n</script>",
        "<title>\n</title>",
        "<pre>",
        "<pre>\n\n",
        "<pre>\n ",
        "</pre>",
        "<?x\n>",
        "</ 3\n>",
      ],
      ...["\n", "\r\n", " ", "&nbsp;", "一、总体情况", "规章", "12", "<sup>1</sup>", "<o:p></o:p>", "<", "a<b"],
    ];
    // between a table's tags only what stays there (text there would be moved before the table: see the docs)
    const between = fc.constantFrom(
      "",
      "\n",
      "\r\n",
      " ",
      "<!--\n-->",
      "<script>\n</script>",
      "<tbody>",
      "<caption>表</caption>",
    );
    const text = (max: number) => fc.array(fc.constantFrom(...inline), { maxLength: max }).map((p) => p.join(""));
    const cell = fc.tuple(
      fc.constantFrom("<td>", "<th\n>", "<td\nclass='a>b'>"),
      text(6),
      fc.constantFrom("</td>", "", "</th>"),
    );
    const row = fc.tuple(
      fc.constantFrom("<tr>", "", "<tr\n>"),
      between,
      fc.array(cell, { maxLength: 4 }),
      fc.constantFrom("</tr>", ""),
      between,
    );
    const table = fc
      .tuple(between, fc.array(row, { maxLength: 4 }), fc.constantFrom("</table>", "\n</table\n>"))
      .map(
        ([b, rows, end]) =>
          `<table>${b}${rows.map(([tr, x, cells, etr, y]) => `${tr}${x}${cells.flat().join("")}${etr}${y}`).join("")}${end}`,
      );
    const htmls = fc.sample(
      fc.array(fc.oneof(text(8), table), { maxLength: 8 }).map((p) => p.join("")),
      runs(300, 1000),
    );
    const got = (await inBrowser(htmls)) as { lines: unknown }[];
    for (const [k, html] of htmls.entries())
      expect({ html, lines: got[k]?.lines }).toEqual({ html, lines: readHtml(html) });
  }, 120_000);

  it("says in a web worker (no DOMParser) that it cannot read HTML: an input.unsupported error, no report", async () => {
    if (page === undefined) throw new Error("Chromium did not start");
    const json = await page.evaluate(`new Promise((resolve) => {
      const code = ${JSON.stringify(script)} + ';postMessage(JSON.stringify(globalThis.zfxxgkParse.parseReport("<html><body><p>一、总体情况</p></body></html>")))';
      const worker = new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => resolve(JSON.stringify({ thrown: String(e.message) }));
    })`);
    const result = JSON.parse(json as string) as {
      report: unknown;
      format: string;
      diagnostics: { code: string; level: string; message: { zh: string; en: string } }[];
    };
    expect(result.report).toBeNull();
    expect(result.format).toBe("html");
    const why = result.diagnostics.find((d) => d.code === "input.unsupported");
    expect(why?.level).toBe("error");
    expect(why?.message.zh).toContain("DOMParser");
    expect(why?.message.en).toContain("DOMParser");
  });
});
