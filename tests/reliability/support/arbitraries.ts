/**
 * Hostile inputs for the fuzz properties: text that would rewrite a terminal or become markup, reports carrying
 * it, raw strings made of the format's own vocabulary (taken from the descriptors), random HTML, and valid
 * reports rendered and then damaged.
 */
import fc from "fast-check";
import { editions, printedLabel, recordsOf } from "../../../src/format.js";
import { cellsOf, editionKeys, type Report, renderReport, tableKeys } from "../../../src/index.js";
import { arbReport } from "../../../src/testing.js";

/** Pieces of text that are dangerous when printed raw: terminal escapes, controls, bidi overrides, markup, prototype keys. */
export const hostilePieces = [
  "\u001b[2J\u001b[H",
  "\u001b]0;pwned\u0007",
  "\u009b31m",
  "\u0000",
  "\u0007",
  "\b\b\b",
  "\r",
  "\r\n",
  "\n",
  "\t",
  "\v\f",
  "\u0085",
  "\u2028",
  "\u2029",
  "\u007f",
  "\u009f",
  "\u202e",
  "\u202d",
  "\u2066",
  "\u2069",
  "\u200e",
  "\u200f",
  "\u061c",
  "\ufeff",
  "\u200b",
  "\ud800",
  "\udfff",
  "<script>window.__pwned = 1</script>",
  '<img src="x" onerror="window.__pwned = 1">',
  "<svg onload=window.__pwned=1>",
  "</td></tr></table><b>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  '"',
  "'",
  "`",
  "&",
  "&amp;",
  "&#60;",
  "&lt;script&gt;",
  "|",
  "\\|",
  "\\",
  "*",
  "_",
  "[x](javascript:alert(1))",
  "# ",
  "---",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
] as const;

const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp));

/** Text mixing CJK, hostile pieces and any code units at all. */
export const arbHostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: cjk, minLength: 1, maxLength: 6 }) },
      { weight: 3, arbitrary: fc.constantFrom(...hostilePieces) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

/** A report that is structurally valid (so every entry point must accept it) and carries hostile text everywhere text goes. */
export function arbHostileReport(options: { consistent?: boolean } = {}): fc.Arbitrary<Report> {
  return fc
    .record({
      report: arbReport(options.consistent === true ? { consistent: true } : {}),
      organ: arbHostileText,
      title: fc.option(arbHostileText, { nil: undefined }),
      preamble: fc.option(fc.array(arbHostileText, { maxLength: 3 }), { nil: undefined }),
      overview: fc.array(arbHostileText, { maxLength: 3 }),
      problems: fc.array(arbHostileText, { maxLength: 2 }),
      other: fc.array(arbHostileText, { maxLength: 2 }),
    })
    .map(({ report, organ, title, preamble, overview, problems, other }) => {
      const r = structuredClone(report) as Report & Record<string, unknown>;
      // the model requires an organ with something other than white space
      r.organ = `机关${organ}`;
      if (title !== undefined) r.title = title;
      if (preamble !== undefined) r.preamble = preamble;
      r.sections = { overview, problems, other };
      return r;
    });
}

/** Words of the format, from the descriptors: table titles, section headings, row and column labels, notices. */
export const vocabulary: readonly string[] = [
  ...new Set(
    editionKeys.flatMap((e) => {
      const d = editions[e];
      const words: string[] = [d.notice, d.formatTitle, ...d.sections.map((s) => `${s.ordinal}${s.title}`)];
      for (const key of tableKeys) {
        const t = d.tables[key];
        words.push(t.number, t.title);
        for (const r of recordsOf(t)) words.push(printedLabel(r.node), r.name.zh);
      }
      for (const c of cellsOf(e)) words.push(c.field.label);
      return words;
    }),
  ),
];

const separators = [" ", "  ", "\t", "\n", "\n\n", "\r\n", "|", " | ", "\u3000", "：", "、", "，", "。"] as const;
const numbers = fc.oneof(
  fc.nat(99).map(String),
  fc.constantFrom(
    "0",
    "-1",
    "1.5",
    "１２",
    "9007199254740993",
    "1e308",
    "99999999999999999999999",
    "/",
    "—",
    "-",
    "NaN",
  ),
);
const markup = fc.constantFrom(
  "<table>",
  "<tr>",
  "<td>",
  "</td>",
  "</tr>",
  "</table>",
  '<th colspan="2">',
  '<td rowspan="65534">',
  "<p>",
  "<br>",
  "<div>",
  "</div>",
  "| --- |",
  "# ",
  "## ",
);

/** Raw text assembled from the format's vocabulary, numbers, separators and markup: it looks like a report to a parser. */
export const arbVocabularySoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...vocabulary) },
      { weight: 4, arbitrary: numbers },
      { weight: 4, arbitrary: fc.constantFrom(...separators) },
      { weight: 1, arbitrary: markup },
      { weight: 1, arbitrary: fc.constantFrom(...hostilePieces) },
      {
        weight: 1,
        arbitrary: fc.constantFrom("连州市人民政府办公室", "2023年度", "2024年1月12日", "年度报告", "政府信息公开工作"),
      },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(""));

/** Any string: any code units, any code points, or the vocabulary soup. */
export const arbRawString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  arbVocabularySoup,
);

interface HtmlNode {
  readonly tag: string;
  readonly attrs: string;
  readonly children: readonly (HtmlNode | string)[];
  readonly close: boolean;
}

const tags = [
  "table",
  "tbody",
  "thead",
  "tr",
  "td",
  "th",
  "caption",
  "div",
  "p",
  "span",
  "b",
  "br",
  "o:p",
  "script",
  "style",
  "template",
  "svg",
  "math",
  "textarea",
  "h1",
  "li",
  "ul",
  "font",
  "a",
] as const;
const attrs = fc.constantFrom(
  "",
  ' colspan="2"',
  ' rowspan="3"',
  ' colspan="1000" rowspan="65534"',
  ' colspan="-1"',
  ' rowspan="NaN"',
  ' class="x"',
  ' style="display:none"',
  ' onerror="window.__pwned=1"',
  ' __proto__="x"',
  " hidden",
);

const arbHtmlNode: fc.Arbitrary<HtmlNode> = fc.letrec<{ node: HtmlNode }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...tags),
    attrs,
    children: fc.array(
      fc.oneof(
        {
          weight: 2,
          arbitrary: fc.oneof(
            fc.constantFrom(...vocabulary),
            numbers,
            fc.constantFrom(...hostilePieces),
            fc.string({ maxLength: 5 }),
          ),
        },
        { weight: 1, arbitrary: tie("node") },
      ),
      { maxLength: 5, depthIdentifier: "html" },
    ),
    close: fc.boolean(),
  }),
})).node;

function htmlOf(node: HtmlNode | string): string {
  if (typeof node === "string") return node;
  return `<${node.tag}${node.attrs}>${node.children.map(htmlOf).join("")}${node.close ? `</${node.tag}>` : ""}`;
}

/** Random HTML: a tree of table, block, inline, skipped and foreign elements, tags left open, hostile text. */
export const arbRandomHtml: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(arbHtmlNode, { maxLength: 4 }))
  .map(([doctype, nodes]) => `${doctype ? "<!DOCTYPE html><html><body>" : ""}${nodes.map(htmlOf).join("\n")}`);

/** One way of damaging a rendered report. */
type Damage =
  | { kind: "cut"; at: number }
  | { kind: "drop"; at: number; length: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "swap-lines"; a: number; b: number }
  | { kind: "duplicate-line"; at: number }
  | { kind: "digits"; to: string }
  | { kind: "char"; at: number; to: string };

const arbDamage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...hostilePieces), fc.constantFrom(...vocabulary), numbers),
  }),
  fc.record({ kind: fc.constant("swap-lines" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("digits" as const),
    to: fc.constantFrom("x", "", "9", "０", "-1", "1.5", "99999999999999999999"),
  }),
  fc.record({
    kind: fc.constant("char" as const),
    at: fc.nat(),
    to: fc.oneof(fc.string({ maxLength: 2 }), fc.constantFrom("|", "<", ">", "\n", "")),
  }),
);

function damage(text: string, d: Damage): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (d.kind) {
    case "cut":
      return text.slice(0, at(d.at));
    case "drop":
      return text.slice(0, at(d.at)) + text.slice(at(d.at) + d.length);
    case "insert":
      return text.slice(0, at(d.at)) + d.text + text.slice(at(d.at));
    case "char":
      return text.slice(0, at(d.at)) + d.to + text.slice(at(d.at) + 1);
    case "digits":
      return text.replace(/[0-9]+/g, (m) => (m.length % 3 === 0 ? d.to : m));
    case "swap-lines":
    case "duplicate-line": {
      const lines = text.split("\n");
      const n = lines.length;
      if (d.kind === "duplicate-line") {
        const k = d.at % n;
        lines.splice(k, 0, lines[k] as string);
      } else {
        const a = d.a % n;
        const b = d.b % n;
        [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
      }
      return lines.join("\n");
    }
  }
}

/** A rendering of a valid report: the report, the format, the text. */
export interface Rendering {
  readonly report: Report;
  readonly format: "text" | "markdown" | "html";
  readonly text: string;
}

/** `n` valid reports (from a fixed seed, so that a failure replays) rendered in every format. */
export function renderingPool(n: number, seed: number): Rendering[] {
  const reports = fc.sample(fc.oneof(arbReport(), arbReport({ consistent: true })), { numRuns: n, seed });
  return reports.flatMap((report) =>
    (["text", "markdown", "html"] as const).map((format) => ({
      report,
      format,
      text: renderReport(report, { format }),
    })),
  );
}

/** A rendering from `pool`, damaged a few times (rendering is the costly part, so renderings are reused). */
export function arbDamagedFrom(
  pool: readonly Rendering[],
): fc.Arbitrary<{ format: Rendering["format"]; text: string }> {
  return fc
    .record({ index: fc.nat(pool.length - 1), damages: fc.array(arbDamage, { maxLength: 4 }) })
    .map(({ index, damages }) => {
      const { format, text } = pool[index] as Rendering;
      return { format, text: damages.reduce(damage, text) };
    });
}

/** A fresh valid report rendered as text, Markdown or HTML, then damaged a few times (for the soak). */
export const arbDamagedRendering: fc.Arbitrary<{ format: "text" | "markdown" | "html"; text: string }> = fc
  .record({
    report: fc.oneof(arbReport(), arbReport({ consistent: true })),
    format: fc.constantFrom("text" as const, "markdown" as const, "html" as const),
    damages: fc.array(arbDamage, { maxLength: 4 }),
  })
  .map(({ report, format, damages }) => ({
    format,
    text: damages.reduce(damage, renderReport(report, { format })),
  }));
