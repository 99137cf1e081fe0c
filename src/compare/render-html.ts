/**
 * A comparison as HTML: an `<article>` (or a page with the report renderer's stylesheet and its own rules) with
 * tables that have a `<caption>` and header cells with `scope`, findings as a list, and this year's text with the
 * reused passages in `<mark>` — announced to screen readers by a visually hidden label, and printed in grey
 * underline where colour is lost.
 *
 * @module
 */
import type { Lang } from "../checks/types.js";
import type { Report } from "../model/report.generated.js";
import { escapeHtml, htmlPage } from "../render/html.js";
import { changeTable, markedSections, type PlainTable, reuseTable, shownFindings, words } from "./render-parts.js";
import type { Comparison } from "./types.js";

/**
 * The stylesheet a standalone comparison page adds to the report renderer's (`reportStylesheet`).
 *
 * @example
 * ```ts
 * import { comparisonStylesheet } from "zfxxgk/compare";
 * comparisonStylesheet.includes(".zfxxgk-reused"); // true
 * ```
 */
export const comparisonStylesheet = `.zfxxgk-compare .zfxxgk-table td, .zfxxgk-compare .zfxxgk-table th { text-align: right; }
.zfxxgk-compare .zfxxgk-table th[scope="row"] { text-align: left; }
.zfxxgk-compare .zfxxgk-table caption { height: auto; clip-path: none; white-space: normal; font-weight: bold; text-align: left; }
.zfxxgk-compare .zfxxgk-sub { padding-left: 2em; }
.zfxxgk-compare ul { margin: 0 0 16px; padding-left: 2em; }
.zfxxgk-reused { background: #fff0a8; color: inherit; text-decoration: underline dotted #8a6d00; }
.zfxxgk-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print {
  .zfxxgk-reused { background: none; text-decoration: underline 1.5pt #777; }
}
`;

function htmlTable(t: PlainTable): string {
  const head = `<tr>${t.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr>`;
  const rows = t.rows.map((r, i) => {
    const sub = (t.depth[i] ?? 0) > 0 ? ' class="zfxxgk-sub"' : "";
    const rest = r
      .slice(1)
      .map((x) => `<td>${escapeHtml(x)}</td>`)
      .join("");
    return `<tr><th scope="row"${sub}>${escapeHtml(r[0] ?? "")}</th>${rest}</tr>`;
  });
  return [
    '<table class="zfxxgk-table">',
    `<caption>${escapeHtml(t.caption)}</caption>`,
    `<thead>${head}</thead>`,
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
  ].join("\n");
}

/**
 * Renders a comparison as HTML.
 *
 * @example
 * ```ts
 * writeFileSync("compare.html", comparisonHtml(compareReports(last, now), now, "zh", true, true));
 * ```
 */
export function comparisonHtml(
  c: Comparison,
  current: Report,
  lang: Lang,
  withText: boolean,
  standalone: boolean,
  idPrefix = "zfxxgk-compare",
  ordinal?: number,
): string {
  const w = words[lang];
  const html = lang === "zh" ? "zh-CN" : "en";
  const title = escapeHtml(w.title(c));
  const id = idPrefix.replace(/[^A-Za-z0-9_-]/g, "-");
  // each section is named by the comparison's title and its heading: unique on a page of several comparisons
  const section = (key: string) => `<section class="zfxxgk-section" aria-labelledby="${id}-title ${id}-${key}">`;
  const out = [
    `<article class="zfxxgk-report zfxxgk-compare" lang="${html}" aria-labelledby="${id}-title">`,
    // on a page of several comparisons, a hidden ordinal keeps each one's name unique even when two titles are alike
    `<h1 class="zfxxgk-title" id="${id}-title">${title}${ordinal === undefined ? "" : `<span class="zfxxgk-hidden">${escapeHtml(w.ordinal(ordinal))}</span>`}</h1>`,
    `<p>${escapeHtml(w.pair(c))}</p>`,
    section("reuse"),
    `<h2 id="${id}-reuse">${escapeHtml(w.reuse)}</h2>`,
    htmlTable(reuseTable(c, lang)),
    `<p>${escapeHtml(w.reuseNote(c.text.minPassage))}</p>`,
    "</section>",
  ];
  const findings = shownFindings(c, lang);
  out.push(
    section("findings"),
    `<h2 id="${id}-findings">${escapeHtml(w.findings)}</h2>`,
    "<ul>",
    ...(findings.lines.length === 0 ? [w.noFindings] : findings.lines).map((l) => `<li>${escapeHtml(l)}</li>`),
    ...(findings.notAssessable > 0 ? [`<li>${escapeHtml(w.notAssessable(findings.notAssessable))}</li>`] : []),
    "</ul>",
    "</section>",
  );
  const changes = changeTable(c, lang);
  out.push(
    section("cells"),
    `<h2 id="${id}-cells">${escapeHtml(w.cells)}</h2>`,
    changes.rows.length === 0 ? `<p>${escapeHtml(w.noChanges)}</p>` : htmlTable(changes),
    `<p>${escapeHtml(w.unchanged(c.cells.length - changes.rows.length, c.cells.length))}</p>`,
  );
  if (c.notCompared.length > 0) {
    out.push(
      `<h3>${escapeHtml(w.notCompared)}</h3>`,
      "<ul>",
      ...c.notCompared.map((n) => `<li>${escapeHtml(`${n.name[lang]}（${w.reasons[n.reason]}）`)}</li>`),
      "</ul>",
    );
  }
  out.push("</section>");
  if (withText) {
    out.push(section("text"), `<h2 id="${id}-text">${escapeHtml(w.text)}</h2>`);
    const label = `<span class="zfxxgk-hidden">${escapeHtml(w.markLabel)}</span>`;
    for (const s of markedSections(c, current, lang)) {
      out.push(`<h3>${escapeHtml(s.title)}</h3>`);
      for (const runs of s.paragraphs) {
        const body = runs
          .map((r) =>
            r.reused ? `<mark class="zfxxgk-reused">${label}${escapeHtml(r.text)}</mark>` : escapeHtml(r.text),
          )
          .join("");
        out.push(`<p>${body}</p>`);
      }
    }
    out.push("</section>");
  }
  out.push("</article>");
  const article = out.join("\n");
  return standalone ? comparisonPage(w.title(c), [article], lang) : `${article}\n`;
}

/**
 * A complete page around comparison articles: the report renderer's stylesheet and the comparison's.
 *
 * @example
 * ```ts
 * const page = comparisonPage("对比", [comparisonHtml(c, now, "zh", true, false)], "zh");
 * ```
 */
export function comparisonPage(title: string, articles: readonly string[], lang: Lang): string {
  return htmlPage(title, articles.map((a) => a.trimEnd()).join("\n"), {
    lang: lang === "zh" ? "zh-CN" : "en",
    stylesheet: comparisonStylesheet,
  });
}
