// @module-tag browser
// @module-tag dist
/**
 * Output safety.
 *
 * HTML, checked in headless Chromium (Debian's chromium via playwright-core): for random valid reports carrying
 * hostile text everywhere text goes (markup, entities, quotes, terminal escapes, bidi overrides, lone surrogates,
 * prototype keys) and hostile `idPrefix` options,
 * - the DOM holds exactly the elements a harmless report of the same shape builds (same tags, same attributes,
 *   in the same order): no report text became an element or an attribute;
 * - every text reads back exactly as written (after the documented clean-up, `cleanText`): the title, each
 *   paragraph in order, the organ; nothing was swallowed by markup or decoded as an entity;
 * - no script ran, no element carries an event handler, and every `headers` reference resolves.
 * Reports are rendered as fragments (distinct `idPrefix`) and loaded 100 to a page.
 *
 * Text: the text and Markdown renderers never print a control character (C0, C1, DEL, line separators) or a
 * bidirectional control (fuzz-core.test.ts checks this for every format at CI scale); the command line strips
 * them, and line breaks, from everything a file brings before printing it (below, through the built binary).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import * as parse5 from "parse5";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HtmlRenderOptions, type Report, renderReport } from "../../src/index.js";
import { cleanText, reportStylesheet } from "../../src/render.js";
import { launchChromium } from "../support/chromium.js";
import { runs } from "../support/runs.js";
import { arbHostileReport, arbHostileText } from "./support/arbitraries.js";
import { controlProblem } from "./support/shapes.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");

let browser: Browser | undefined;
let dir = "";

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-output-"));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const cleaned = (list: readonly string[] | undefined) => (list ?? []).map(cleanText).filter((p) => p !== "");

/** The paragraphs a report prints, in order (preamble, then the prose sections in official order). */
function paragraphsOf(r: Report): string[] {
  return [
    ...cleaned(r.preamble),
    ...cleaned(r.sections?.overview),
    ...cleaned(r.sections?.problems),
    ...cleaned(r.sections?.other),
  ];
}

/** A harmless report with the same shape: the same number of printed paragraphs, plain words everywhere. */
function benign(r: Report): Report {
  const plain = (list: readonly string[] | undefined) => cleaned(list).map((_, i) => `段落${i}`);
  const copy = structuredClone(r) as Report & Record<string, unknown>;
  copy.organ = "某机关";
  if (copy.title !== undefined) copy.title = cleanText(copy.title) === "" ? "" : "某标题";
  if (copy.preamble !== undefined) copy.preamble = plain(copy.preamble);
  copy.sections = {
    overview: plain(r.sections?.overview),
    problems: plain(r.sections?.problems),
    other: plain(r.sections?.other),
  };
  return copy;
}

/** What decides the DOM's shape, for caching the harmless renderings. */
function shapeKey(r: Report, options: HtmlRenderOptions): string {
  const counts = [r.preamble, r.sections?.overview, r.sections?.problems, r.sections?.other].map(
    (l) => cleaned(l).length,
  );
  return [r.edition, options.headingLevel ?? 1, counts.join(","), r.publishedOn === null ? 0 : 1].join("|");
}

interface Case {
  readonly report: Report;
  readonly options: HtmlRenderOptions;
}

const arbCase: fc.Arbitrary<Case> = fc.record({
  report: arbHostileReport(),
  options: fc.record(
    {
      format: fc.constant("html" as const),
      blank: fc.constantFrom("" as const, "0" as const, "—" as const),
      idPrefix: arbHostileText,
      headingLevel: fc.constantFrom(1 as const, 2 as const, 5 as const),
    },
    { requiredKeys: ["format"] },
  ),
});

interface Seen {
  readonly elements: string[];
  readonly title: string;
  readonly paragraphs: string[];
  readonly organ: string;
  readonly handlers: number;
  readonly danglingHeaders: number;
}

/** In the page: for each `[data-case]` wrapper of `doc`, its elements (tag and attribute names), texts and checks. */
const probe = `(doc) => Array.from(doc.querySelectorAll("main > div[data-case]"), (box) => {
  const all = Array.from(box.querySelectorAll("*"));
  const ids = new Set(all.map((e) => e.id).filter((id) => id !== ""));
  return [box.dataset.case, {
    elements: all.map((e) => e.tagName + ":" + Array.from(e.attributes, (a) => a.name).join(",")),
    title: box.querySelector(".zfxxgk-title")?.textContent ?? null,
    paragraphs: Array.from(box.querySelectorAll("article > p, section > p"), (p) => p.textContent),
    organ: box.querySelector(".zfxxgk-organ")?.textContent ?? null,
    handlers: all.filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith("on"))).length,
    danglingHeaders: all.flatMap((e) => (e.getAttribute("headers") ?? "").split(" ").filter((h) => h !== "" && !ids.has(h))).length,
  }];
})`;

function pageOf(boxes: readonly [string, string][]): string {
  return [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title><style>',
    reportStylesheet,
    "</style></head><body><main>",
    ...boxes.map(([key, fragment]) => `<div data-case="${key}">${fragment}</div>`),
    "</main></body></html>",
  ].join("\n");
}

/**
 * Chromium's HTML parser on the fragments. `live`: a real page, loaded with scripts enabled (and the script
 * probe read); otherwise the same parser through `DOMParser` in one page, without layout (fast, and no script
 * can run there: the element list is what proves no `<script>` or handler was built).
 */
async function load(boxes: [string, string][], live: boolean): Promise<Map<string, Seen>> {
  if (browser === undefined) throw new Error("Chromium did not start");
  const page = await browser.newPage({ javaScriptEnabled: true });
  let seen: Map<string, Seen>;
  if (live) {
    await page.setContent(pageOf(boxes), { waitUntil: "load" });
    seen = new Map((await page.evaluate(`(${probe})(document)`)) as [string, Seen][]);
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
  } else {
    const parse = new Function("html", `return (${probe})(new DOMParser().parseFromString(html, "text/html"));`) as (
      html: string,
    ) => [string, Seen][];
    seen = new Map(await page.evaluate(parse, pageOf(boxes)));
  }
  await page.close();
  return seen;
}

/** What the parse5 tree of a page shows, in the shape of {@link probe}'s result. */
function parse5Probe(html: string): Map<string, Seen> {
  const out = new Map<string, Seen>();
  type Node = parse5.DefaultTreeAdapterTypes.Node;
  type Element = parse5.DefaultTreeAdapterTypes.Element;
  const isElement = (n: Node): n is Element => "tagName" in n;
  const kids = (n: Node): Node[] => ("childNodes" in n ? n.childNodes : []);
  const text = (n: Node): string =>
    n.nodeName === "#text" ? (n as { value: string }).value : kids(n).map(text).join("");
  const descendants = (n: Node): Element[] => kids(n).flatMap((k) => (isElement(k) ? [k, ...descendants(k)] : []));
  const cls = (e: Element) => (e.attrs.find((a) => a.name === "class")?.value ?? "").split(" ");
  const main = descendants(parse5.parse(html)).find((e) => e.tagName === "main") as Element;
  for (const box of kids(main).filter(isElement)) {
    const all = descendants(box);
    const ids = new Set(all.map((e) => e.attrs.find((a) => a.name === "id")?.value ?? "").filter((id) => id !== ""));
    const parentOf = new Map<Element, Element>();
    for (const e of [box, ...all]) for (const k of kids(e)) if (isElement(k)) parentOf.set(k, e);
    const title = all.find((e) => cls(e).includes("zfxxgk-title"));
    const organ = all.find((e) => cls(e).includes("zfxxgk-organ"));
    out.set(box.attrs.find((a) => a.name === "data-case")?.value ?? "", {
      elements: all.map((e) => `${e.tagName.toUpperCase()}:${e.attrs.map((a) => a.name).join(",")}`),
      title: title === undefined ? "" : text(title),
      paragraphs: all
        .filter((e) => e.tagName === "p" && ["article", "section"].includes(parentOf.get(e)?.tagName ?? ""))
        .map(text),
      organ: organ === undefined ? "" : text(organ),
      handlers: all.filter((e) => e.attrs.some((a) => a.name.startsWith("on"))).length,
      danglingHeaders: all.flatMap((e) =>
        (e.attrs.find((a) => a.name === "headers")?.value ?? "").split(" ").filter((h) => h !== "" && !ids.has(h)),
      ).length,
    });
  }
  return out;
}

/**
 * Renders `cases` as fragments, 100 to a page with a harmless report of each new shape, reads them with
 * `read`, and compares: the same elements as the harmless report's, every text as written, no handler.
 */
async function checkCases(
  cases: readonly Case[],
  read: (boxes: [string, string][], first: boolean) => Promise<Map<string, Seen>> | Map<string, Seen>,
) {
  const benignShapes = new Map<string, string>();
  const perPage = 100;
  for (let start = 0; start < cases.length; start += perPage) {
    const batch = cases.slice(start, start + perPage);
    const boxes: [string, string][] = [];
    const newShapes: string[] = [];
    batch.forEach(({ report, options }, k) => {
      boxes.push([
        `h${start + k}`,
        renderReport(report, { ...options, idPrefix: `r${start + k}${options.idPrefix ?? ""}` }),
      ]);
      const key = shapeKey(report, options);
      if (!benignShapes.has(key) && !newShapes.includes(key)) {
        newShapes.push(key);
        boxes.push([`b${key}`, renderReport(benign(report), { ...options, idPrefix: "b" })]);
      }
    });
    const seen = await read(boxes, start === 0);
    for (const key of newShapes) benignShapes.set(key, (seen.get(`b${key}`) as Seen).elements.join(" "));
    batch.forEach(({ report, options }, k) => {
      const got = seen.get(`h${start + k}`) as Seen;
      const context = `case ${start + k}: ${JSON.stringify({ organ: report.organ, title: report.title }).slice(0, 300)}`;
      expect(got.elements.join(" "), context).toBe(benignShapes.get(shapeKey(report, options)));
      expect(got.handlers, context).toBe(0);
      expect(got.danglingHeaders, context).toBe(0);
      expect(got.organ, context).toBe(cleanText(report.organ));
      const title = cleanText(report.title ?? "");
      if (title !== "") expect(got.title, context).toBe(title);
      expect(got.paragraphs, context).toEqual(paragraphsOf(report));
    });
  }
  expect(benignShapes.size).toBeGreaterThan(1);
}

describe("HTML output: report text never becomes markup", () => {
  it("in headless Chromium: the DOM of each hostile report equals a harmless report's; every text reads back exactly", async () => {
    // the first page is loaded live (scripts enabled, the script probe read); the others through DOMParser
    await checkCases(fc.sample(arbCase, { numRuns: runs(30, 300) }), (boxes, first) => load(boxes, first));
  });

  it("through parse5 (the WHATWG parsing algorithm Chromium implements), at fuzzing scale", async () => {
    await checkCases(fc.sample(arbCase, { numRuns: runs(100, 1000) }), (boxes) => parse5Probe(pageOf(boxes)));
  });

  it("the probe is live: markup that is not escaped is seen as elements and a running script is seen", async () => {
    const seen = await load(
      [
        [
          "raw",
          '<article class="zfxxgk-report"><p class="zfxxgk-organ">a<b>b</b></p><img src=x onerror="window.__pwnedImg=1"></article>',
        ],
      ],
      false,
    );
    expect(seen.get("raw")?.elements).toEqual(["ARTICLE:class", "P:class", "B:", "IMG:src,onerror"]);
    expect(seen.get("raw")?.handlers).toBe(1);
    expect(seen.get("raw")?.organ).toBe("ab");
  });
});

describe("the command line prints nothing a file brings that could rewrite a terminal", () => {
  it("an organ, a title and prose full of escapes, controls, line breaks and bidi overrides: printed clean, on their own lines", () => {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
    const seed = JSON.parse(readFileSync(join(root, "examples", "lianzhou-2023.json"), "utf8")) as Report &
      Record<string, unknown>;
    const hostile =
      "连州\u001b[2J\u001b]0;pwned\u0007\r\n  ✓ 未发现问题\n\n1 个文件，0 个有错误\u202e\u2066\u0085\u2028\u009b31m\t市";
    seed.organ = hostile;
    seed.sections = { overview: [`全年收到政府信息公开申请${hostile}12件。`] };
    const file = join(dir, `name\u001b[31m\n✓.json`);
    writeFileSync(file, JSON.stringify(seed));
    for (const command of [
      ["check", file],
      ["check", "--lang", "en", file],
      ["render", file, "--to", "text"],
      ["render", file, "--to", "markdown"],
    ]) {
      const r = spawnSync(process.execPath, [cli, ...command], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
      expect(r.status, `${command.join(" ")}: ${r.stderr}`).toBeLessThan(2);
      for (const [name, out] of [
        ["stdout", r.stdout],
        ["stderr", r.stderr],
      ] as const)
        expect(controlProblem(out, `${command[0]} ${name}`)).toBeUndefined();
      if (command[0] === "check") {
        // the forged lines stay inside the organ's line: one summary line, at most one verdict line
        const lines = r.stdout.split("\n");
        expect(
          lines.filter((l) => /^\d+ (个文件|files)/.test(l)),
          r.stdout,
        ).toHaveLength(1);
        expect(lines.filter((l) => /^\s+✓/.test(l)).length, r.stdout).toBeLessThanOrEqual(1);
      }
    }
  });
});
