/**
 * What the three renderings of a comparison share: the words in both languages, percentages, and this year's
 * paragraphs cut into reused and new runs by applying the passages' ranges.
 *
 * @module
 */
import type { Lang } from "../checks/types.js";
import type { Report } from "../model/report.generated.js";
import { proseKeys } from "./prose.js";
import type { Comparison, ProseKey } from "./types.js";

/**
 * Options of `renderComparison`.
 *
 * @example
 * ```ts
 * const o: ComparisonRenderOptions = { format: "html", standalone: true, lang: "zh" };
 * ```
 */
export interface ComparisonRenderOptions {
  readonly format: "text" | "markdown" | "html";
  /** Language of the headings and messages. Default `zh`. */
  readonly lang?: Lang;
  /** HTML: a complete page with its stylesheet (default), or an `<article>` fragment (`false`). */
  readonly standalone?: boolean;
  /** Show this year's text with the reused passages marked. Default true. */
  readonly text?: boolean;
}

/**
 * The words of the rendering, in both languages.
 *
 * @example
 * ```ts
 * words.zh.reuse; // "文字重复"
 * ```
 */
export const words = {
  zh: {
    title: (c: Comparison) => `${c.current.organ} ${c.previous.year}—${c.current.year} 年度报告对比`,
    pair: (c: Comparison) =>
      `上一年度：${c.previous.organ} ${c.previous.year} 年（${c.previous.edition} 年版格式）；本年度：${c.current.organ} ${c.current.year} 年（${c.current.edition} 年版格式）`,
    reuse: "文字重复",
    overall: "全文",
    part: "部分",
    characters: "字数",
    reused: "与上年相同",
    share: "重复率",
    boilerplate: "固定用语",
    reuseNote: (min: number) =>
      `重复率：本年正文中，与上一年度报告相同的文字所占比例（按规范化后的字数计，至少连续 ${min} 字相同才计入；忽略全角半角、标点、空白和换行，数字与日期视为相同；固定用语单列，不计入）。`,
    findings: "核对结果",
    noFindings: "未发现问题。",
    notAssessable: (n: number) => `另有 ${n} 项因空白单元格无法核对。`,
    cells: "数字变化",
    cell: "单元格",
    previous: "上年",
    current: "本年",
    change: "变化",
    ratio: "比率",
    unchanged: (n: number, all: number) => `共比较 ${all} 格，其中 ${n} 格与上年相同。`,
    noChanges: "各格数字与上年相同。",
    notCompared: "未能比较的单元格",
    reasons: { "previous-only": "仅上年格式有", "current-only": "仅本年格式有", "unit-differs": "单位不同" },
    text: "本年正文（标出与上年相同的文字）",
    legend: "〖〗内为与上一年度报告相同的文字。",
    markLabel: "与上年相同：",
    ordinal: (n: number) => `（第 ${n} 项）`,
  },
  en: {
    title: (c: Comparison) => `${c.current.organ}: ${c.previous.year}–${c.current.year} reports compared`,
    pair: (c: Comparison) =>
      `Last year: ${c.previous.organ}, ${c.previous.year} (${c.previous.edition} edition); this year: ${c.current.organ}, ${c.current.year} (${c.current.edition} edition)`,
    reuse: "Text reuse",
    overall: "Whole text",
    part: "Part",
    characters: "Characters",
    reused: "As last year",
    share: "Reuse",
    boilerplate: "Boilerplate",
    reuseNote: (min: number) =>
      `Reuse: the share of this year's prose found in last year's report (normalised characters, in passages of at least ${min}; width, punctuation, white space and line wraps ignored, figures and dates treated as equal; boilerplate counted apart).`,
    findings: "Findings",
    noFindings: "No problem found.",
    notAssessable: (n: number) => `${n} more could not be checked: blank cells.`,
    cells: "Changed figures",
    cell: "Cell",
    previous: "Last year",
    current: "This year",
    change: "Change",
    ratio: "Ratio",
    unchanged: (n: number, all: number) => `${all} cells compared, ${n} equal to last year's.`,
    noChanges: "Every figure equals last year's.",
    notCompared: "Cells not compared",
    reasons: {
      "previous-only": "last year's edition only",
      "current-only": "this year's edition only",
      "unit-differs": "units differ",
    },
    text: "This year's text (reused passages marked)",
    legend: "Text within 〖〗 is found in last year's report.",
    markLabel: "as last year: ",
    ordinal: (n: number) => ` (comparison ${n})`,
  },
} as const;

/**
 * A share as a percentage with one decimal (`62.5%`), `—` where there is no text.
 *
 * @example
 * ```ts
 * percent(0.625); // "62.5%"
 * ```
 */
export function percent(share: number | null): string {
  return share === null ? "—" : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/**
 * A number as shown: plain digits, `—` for a blank.
 *
 * @example
 * ```ts
 * shown(null); // "—"
 * ```
 */
export function shown(value: number | null, digits?: number): string {
  if (value === null) return "—";
  return digits === undefined ? String(value) : (Math.round(value * 10 ** digits) / 10 ** digits).toString();
}

/**
 * A run of a paragraph: reused from last year, or not.
 *
 * @example
 * ```ts
 * const r: Run = { text: "全年共收到申请", reused: true };
 * ```
 */
export interface Run {
  readonly text: string;
  readonly reused: boolean;
}

/**
 * One section of this year's prose, its paragraphs cut into runs.
 *
 * @example
 * ```ts
 * const s: MarkedSection = { key: "overview", title: "一、总体情况", paragraphs: [[{ text: "…", reused: false }]] };
 * ```
 */
export interface MarkedSection {
  readonly key: ProseKey;
  readonly title: string;
  readonly paragraphs: readonly (readonly Run[])[];
}

function paragraphsOf(report: Report, key: ProseKey): readonly string[] {
  const list = key === "preamble" ? report.preamble : report.sections?.[key];
  return Array.isArray(list) ? list : [];
}

/**
 * This year's prose with the comparison's passages applied: each paragraph cut into reused and new runs.
 *
 * @example
 * ```ts
 * markedSections(compareReports(last, now), now, "zh")[1]?.paragraphs[0]; // [{ text: "…", reused: true }, …]
 * ```
 */
export function markedSections(comparison: Comparison, current: Report, lang: Lang): MarkedSection[] {
  const out: MarkedSection[] = [];
  for (const key of proseKeys) {
    const paragraphs = paragraphsOf(current, key);
    if (paragraphs.length === 0) continue;
    const title = comparison.text.parts.find((p) => p.key === key)?.title[lang] ?? key;
    const marked = paragraphs.map((text, index) => {
      const ranges = comparison.text.passages
        .filter((p) => p.current.section === key && p.current.paragraph === index)
        .map((p) => [p.current.start, p.current.end] as const)
        .sort((a, b) => a[0] - b[0]);
      const runs: Run[] = [];
      let at = 0;
      for (const [start, end] of ranges) {
        if (start > at) runs.push({ text: text.slice(at, start), reused: false });
        const from = Math.max(start, at);
        if (end > from) {
          const last = runs[runs.length - 1];
          // passages that touch are one marked run
          if (last?.reused === true && from === at)
            runs[runs.length - 1] = { text: last.text + text.slice(from, end), reused: true };
          else runs.push({ text: text.slice(from, end), reused: true });
          at = end;
        }
      }
      if (at < text.length) runs.push({ text: text.slice(at), reused: false });
      return runs;
    });
    out.push({ key, title, paragraphs: marked });
  }
  return out;
}

/**
 * A small table of the rendering: a caption, a header row, and rows whose first cell names the row.
 *
 * @example
 * ```ts
 * const t: PlainTable = { caption: "文字重复", header: ["部分", "重复率"], rows: [["全文", "35.5%"]], depth: [0] };
 * ```
 */
export interface PlainTable {
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Indentation of each row's name (1 for a sub-topic). */
  readonly depth: readonly number[];
}

/**
 * The reuse table: the whole text, then each part that has text.
 *
 * @example
 * ```ts
 * reuseTable(comparison, "zh").rows[0]?.[0]; // "全文"
 * ```
 */
export function reuseTable(c: Comparison, lang: Lang): PlainTable {
  const w = words[lang];
  const row = (name: string, f: Comparison["text"]["overall"]) => [
    name,
    String(f.characters),
    String(f.reused),
    percent(f.share),
    `${f.boilerplate.characters} / ${f.boilerplate.reused}`,
  ];
  const parts = c.text.parts.filter((p) => p.characters + p.boilerplate.characters > 0);
  return {
    caption: w.reuse,
    header: [w.part, w.characters, w.reused, w.share, `${w.boilerplate} (${w.characters} / ${w.reused})`],
    rows: [row(w.overall, c.text.overall), ...parts.map((p) => row(p.title[lang], p))],
    depth: [0, ...parts.map((p) => (p.parent === undefined ? 0 : 1))],
  };
}

/**
 * The changed cells: name, both values, the change and the ratio.
 *
 * @example
 * ```ts
 * changeTable(comparison, "zh").rows.length; // the number of changed cells
 * ```
 */
export function changeTable(c: Comparison, lang: Lang): PlainTable {
  const w = words[lang];
  const changed = c.cells.filter((x) => x.changed);
  return {
    caption: w.cells,
    header: [w.cell, w.previous, w.current, w.change, w.ratio],
    rows: changed.map((x) => [
      x.name[lang],
      shown(x.previous),
      shown(x.current),
      x.change === null ? "—" : x.change > 0 ? `+${x.change}` : String(x.change),
      shown(x.ratio, 2),
    ]),
    depth: changed.map(() => 0),
  };
}

/**
 * The findings worth showing (not the passes), each with its mark, and how many were not assessable.
 *
 * @example
 * ```ts
 * shownFindings(comparison, "zh").lines[0]; // "⚠ X.jump 「表四 …」由上一年度的 1 变为 13（×13），请核实。"
 * ```
 */
export function shownFindings(c: Comparison, lang: Lang): { readonly lines: string[]; readonly notAssessable: number } {
  const lines = c.findings
    .filter((f) => f.status === "fail")
    .map((f) => `${f.severity === "error" ? "✗" : "⚠"} ${f.rule} ${f.message[lang]}`);
  return { lines, notAssessable: c.findings.filter((f) => f.status === "not-assessable").length };
}
