/**
 * The assessment as a document — the 问题清单 an office sends out: the region's summary, the ranking with the
 * indicators, then per unit its findings grouped by table, each with the official cell names and a one-line fix.
 * HTML (a printable A4 page in the look of the report renderer), Markdown or plain text.
 *
 * @module
 */
import type { Lang } from "../checks/types.js";
import { escapeHtml } from "../render/html.js";
import { escapeMarkdown } from "../render/markdown.js";
import { reportStylesheet } from "../render/styles.js";
import type { Message } from "../validate/issues.js";
import type { AssessFinding, Assessment, UnitAssessment } from "./assess.js";
import { type IndicatorValue, indicators } from "./indicators.js";

/**
 * Options of {@link renderAssessment}.
 *
 * @example
 * ```ts
 * const options: AssessRenderOptions = { format: "markdown", lang: "en" };
 * ```
 */
export interface AssessRenderOptions {
  readonly format: "html" | "markdown" | "text";
  /** Language of the labels and messages; default `zh`. */
  readonly lang?: Lang;
  /** A title in place of 「{year} 年度政府信息公开工作年度报告核查报告」. */
  readonly title?: string;
}

const words = {
  title: { zh: "{year} 年度政府信息公开工作年度报告核查报告", en: "Annual OGI reports for {year}: assessment" },
  summary: { zh: "一、总体情况", en: "1. Summary" },
  ranking: { zh: "二、排名与指标", en: "2. Ranking and indicators" },
  findings: { zh: "三、问题清单", en: "3. Findings by unit" },
  units: { zh: "单位", en: "Units" },
  reports: { zh: "报告", en: "Reports" },
  errors: { zh: "错误", en: "Errors" },
  warnings: { zh: "警告", en: "Warnings" },
  late: { zh: "逾期发布", en: "Late" },
  missing: { zh: "未报送", en: "Missing" },
  unknown: { zh: "清单外", en: "Not in list" },
  ignored: { zh: "已忽略", en: "Ignored" },
  rank: { zh: "名次", en: "Rank" },
  unit: { zh: "单位", en: "Unit" },
  no: { zh: "序号", en: "No." },
  rule: { zh: "规则", en: "Rule" },
  cells: { zh: "单元格", en: "Cells" },
  problem: { zh: "问题", en: "Problem" },
  fix: { zh: "修改建议", en: "Fix" },
  fingerprint: { zh: "指纹", en: "Fingerprint" },
  yes: { zh: "是", en: "yes" },
  none: { zh: "未发现问题。", en: "No findings." },
  source: { zh: "报告", en: "Report" },
  noReport: { zh: "未找到报告", en: "no report found" },
  severity: { zh: "级别", en: "Severity" },
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  notAssessable: { zh: "无法核对", en: "not assessable" },
  summaryCaption: { zh: "全区报送与核查情况", en: "Region totals" },
  item: { zh: "项目", en: "Item" },
  count: { zh: "数量", en: "Count" },
  colon: { zh: "：", en: ": " },
  semicolon: { zh: "；", en: "; " },
  comma: { zh: "，", en: ", " },
  listComma: { zh: "、", en: ", " },
  children: { zh: "下级单位", en: "Children" },
} as const satisfies Record<string, Message>;

type Words = Record<keyof typeof words, string>;

function wordsOf(lang: Lang, year: number): Words {
  const out = {} as Record<string, string>;
  for (const [k, m] of Object.entries(words)) out[k] = m[lang].replace("{year}", String(year));
  return out as Words;
}

/**
 * An indicator value as shown: one decimal, or — when not computed.
 *
 * @example
 * ```ts
 * import { formatIndicator, indicatorsOf } from "zfxxgk/assess";
 * formatIndicator(indicatorsOf(report)[0]); // "63.6" or "—"
 * ```
 */
export function formatIndicator(v: IndicatorValue | undefined): string {
  return v?.value == null ? "—" : v.value.toFixed(1);
}

const severityOf = (f: AssessFinding, w: Words): string =>
  f.status === "not-assessable" ? w.notAssessable : f.severity === "error" ? w.error : w.warning;

/** The rows of the summary table. */
function summaryRows(a: Assessment, w: Words): [string, string][] {
  const s = a.summary;
  return [
    [w.units, String(s.units)],
    [w.reports, String(s.reports)],
    [w.errors, String(s.errors)],
    [w.warnings, String(s.warnings)],
    [w.late, String(s.late)],
    [w.missing, String(s.missing)],
    [w.unknown, String(s.unknown)],
    [w.ignored, String(s.ignored)],
  ];
}

function rankingHeader(w: Words, lang: Lang): string[] {
  return [
    w.rank,
    w.unit,
    w.errors,
    w.warnings,
    w.late,
    ...indicators.map((i) => (lang === "zh" ? `${i.name.zh}（${i.unit.zh}）` : `${i.name.en} (${i.unit.en})`)),
  ];
}

function rankingCells(a: Assessment, w: Words): string[][] {
  return a.ranking.map((r) => [
    String(r.rank),
    r.name,
    String(r.errors),
    String(r.warnings),
    r.late ? w.yes : "",
    ...indicators.map((i) => formatIndicator(r.indicators.find((v) => v.id === i.id))),
  ]);
}

function findingCells(f: AssessFinding, n: number, w: Words, lang: Lang): string[] {
  return [
    String(n),
    lang === "zh" ? `${f.rule}（${severityOf(f, w)}）` : `${f.rule} (${severityOf(f, w)})`,
    f.cellNames.map((c) => c[lang]).join(w.semicolon),
    f.message[lang],
    f.fix[lang],
    f.fingerprint,
  ];
}

function unitLine(u: UnitAssessment, w: Words): string {
  const children =
    u.children.length === 0 ? "" : `${w.semicolon}${w.children}${w.colon}${u.children.join(w.listComma)}`;
  if (u.reports.length === 0) return `${w.source}${w.colon}${w.noReport}${children}`;
  return `${w.source}${w.colon}${u.reports
    .map((r) => [r.source ?? r.organ, r.publishedOn ?? ""].filter((x) => x !== "").join(w.comma))
    .join(w.semicolon)}${children}`;
}

/** The units shown in the list: those with a finding that failed or could not be assessed. */
const withFindings = (a: Assessment) => a.units.filter((u) => u.groups.length > 0);

function html(a: Assessment, lang: Lang, title: string, w: Words): string {
  const e = escapeHtml;
  const table = (
    caption: string,
    header: readonly string[],
    rows: readonly (readonly string[])[],
    cls: string,
    rowHeader = 0,
  ) =>
    [
      `<table class="zfxxgk-table ${cls}">`,
      `<caption>${e(caption)}</caption>`,
      `<thead><tr>${header.map((h) => `<th scope="col">${e(h)}</th>`).join("")}</tr></thead>`,
      `<tbody>${rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === rowHeader ? `<th scope="row">${e(c)}</th>` : `<td>${e(c)}</td>`)).join("")}</tr>`,
        )
        .join("")}</tbody>`,
      "</table>",
    ].join("");
  const out: string[] = [
    "<!doctype html>",
    `<html lang="${lang === "zh" ? "zh-CN" : "en"}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title>`,
    `<style>${reportStylesheet}${assessStylesheet}</style></head>`,
    `<body><main class="zfxxgk-report zfxxgk-assessment">`,
    `<h1 class="zfxxgk-title">${e(title)}</h1>`,
    `<section class="zfxxgk-section"><h2>${e(w.summary)}</h2>`,
    table(w.summaryCaption, [w.item, w.count], summaryRows(a, w), "zfxxgk-summary"),
    "</section>",
    `<section class="zfxxgk-section"><h2>${e(w.ranking)}</h2>`,
    table(w.ranking, rankingHeader(w, lang), rankingCells(a, w), "zfxxgk-ranking", 1),
    "</section>",
    `<section class="zfxxgk-section"><h2>${e(w.findings)}</h2>`,
  ];
  const units = withFindings(a);
  if (units.length === 0) out.push(`<p>${e(w.none)}</p>`);
  units.forEach((u, k) => {
    out.push(
      `<section class="zfxxgk-unit"><h3>（${k + 1}）${e(u.name)}</h3><p class="zfxxgk-source">${e(unitLine(u, w))}</p>`,
    );
    for (const g of u.groups) {
      let n = 0;
      // a block around the table: Chromium keeps a block whole on a printed page, not a table
      out.push(
        `<div class="zfxxgk-keep">${table(
          `${u.name} · ${g.name[lang]}`,
          [w.no, w.rule, w.cells, w.problem, w.fix, w.fingerprint],
          g.findings.map((f) => findingCells(f, ++n, w, lang)),
          "zfxxgk-findings",
        ).replace("<caption>", `<caption class="zfxxgk-group">`)}</div>`,
      );
    }
    out.push("</section>");
  });
  out.push("</section></main></body></html>", "");
  return out.join("\n");
}

/** The assessment's additions to the report stylesheet: visible group captions, compact finding tables. */
const assessStylesheet = `
.zfxxgk-assessment h2 { margin-top: 16px; font-family: "SimHei", "黑体", "Heiti SC", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", sans-serif; }
.zfxxgk-assessment h3 { margin-top: 12px; font-weight: bold; }
.zfxxgk-assessment .zfxxgk-source { text-indent: 0; font-size: 14px; }
.zfxxgk-assessment .zfxxgk-table caption.zfxxgk-group { height: auto; overflow: visible; clip-path: none; white-space: normal; text-align: left; font-weight: bold; caption-side: top; padding: 4px 0; }
.zfxxgk-assessment .zfxxgk-findings td, .zfxxgk-assessment .zfxxgk-findings th { text-align: left; vertical-align: top; }
.zfxxgk-assessment .zfxxgk-findings td:last-child { font-family: monospace; font-size: 11px; }
.zfxxgk-assessment .zfxxgk-ranking { font-size: 12px; }
.zfxxgk-assessment .zfxxgk-ranking th[scope="row"] { white-space: nowrap; text-align: left; }
.zfxxgk-assessment .zfxxgk-summary { width: auto; min-width: 50%; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  .zfxxgk-assessment { font-size: 12pt; line-height: 1.6; }
  .zfxxgk-assessment .zfxxgk-keep, .zfxxgk-assessment .zfxxgk-summary { break-inside: avoid; }
  .zfxxgk-assessment .zfxxgk-table { font-size: 8.5pt; line-height: 1.35; }
  .zfxxgk-assessment h3 { break-after: avoid; }
}
`;

/** Text in Markdown: every character that could make an element escaped (the report renderer's), lines joined. */
const md = (text: string): string => escapeMarkdown(text.replace(/[\r\n]+/g, " "));

function markdown(a: Assessment, lang: Lang, title: string, w: Words): string {
  const table = (header: readonly string[], rows: readonly (readonly string[])[]) => [
    `| ${header.map(md).join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(md).join(" | ")} |`),
  ];
  const out: string[] = [`# ${md(title)}`, "", `## ${w.summary}`, "", ...table([w.item, w.count], summaryRows(a, w))];
  out.push("", `## ${w.ranking}`, "", ...table(rankingHeader(w, lang), rankingCells(a, w)), "", `## ${w.findings}`, "");
  const units = withFindings(a);
  if (units.length === 0) out.push(w.none, "");
  units.forEach((u, k) => {
    out.push(`### （${k + 1}）${md(u.name)}`, "", md(unitLine(u, w)), "");
    for (const g of u.groups) {
      let n = 0;
      out.push(`**${md(g.name[lang])}**`, "");
      out.push(
        ...table(
          [w.no, w.rule, w.cells, w.problem, w.fix, w.fingerprint],
          g.findings.map((f) => findingCells(f, ++n, w, lang)),
        ),
        "",
      );
    }
  });
  return out.join("\n");
}

function text(a: Assessment, lang: Lang, title: string, w: Words): string {
  const out: string[] = [title, "", w.summary];
  for (const [k, v] of summaryRows(a, w)) out.push(`  ${k}${w.colon}${v}`);
  out.push("", w.ranking);
  const header = rankingHeader(w, lang);
  for (const row of rankingCells(a, w))
    out.push(`  ${row.map((c, i) => (i < 2 ? c : `${header[i]} ${c || "—"}`)).join("  ")}`);
  out.push("", w.findings);
  const units = withFindings(a);
  if (units.length === 0) out.push(`  ${w.none}`);
  units.forEach((u, k) => {
    out.push("", `（${k + 1}）${u.name}`, `  ${unitLine(u, w)}`);
    for (const g of u.groups) {
      out.push(`  ${g.name[lang]}`);
      g.findings.forEach((f, i) => {
        const [, rule, cells, problem, fix, fingerprint] = findingCells(f, i + 1, w, lang);
        out.push(`    ${i + 1}. [${rule}] ${problem}`);
        if (cells !== "") out.push(`       ${w.cells}${w.colon}${cells}`);
        out.push(`       ${w.fix}${w.colon}${fix}`, `       ${w.fingerprint}${w.colon}${fingerprint}`);
      });
    }
  });
  return `${out.join("\n")}\n`;
}

/**
 * The assessment as HTML (a standalone printable A4 page), Markdown or plain text.
 *
 * @example
 * ```ts
 * import { assessReports, renderAssessment } from "zfxxgk/assess";
 * const page = renderAssessment(assessReports(reports, { year: 2024, units }), { format: "html" });
 * ```
 */
export function renderAssessment(assessment: Assessment, options: AssessRenderOptions): string {
  const lang: Lang = options.lang === "en" ? "en" : "zh";
  const w = wordsOf(lang, assessment.year);
  const title = options.title ?? w.title;
  if (options.format === "html") return html(assessment, lang, title, w);
  if (options.format === "markdown") return markdown(assessment, lang, title, w);
  return text(assessment, lang, title, w);
}
