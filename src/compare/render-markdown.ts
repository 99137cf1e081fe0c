/**
 * A comparison as Markdown: pipe tables, a list of findings, and this year's text with the reused passages
 * in `<mark>` (GitHub-flavoured Markdown passes the element through).
 *
 * @module
 */
import type { Lang } from "../checks/types.js";
import type { Report } from "../model/report.generated.js";
import { escapeMarkdown } from "../render/markdown.js";
import { cleanText, oneLine } from "../render/width.js";
import { changeTable, markedSections, type PlainTable, reuseTable, shownFindings, words } from "./render-parts.js";
import type { Comparison } from "./types.js";

const cell = (text: string) => escapeMarkdown(cleanText(text));

function markdownTable(t: PlainTable): string[] {
  const row = (r: readonly string[]) => `| ${r.map(cell).join(" | ")} |`;
  return [
    row(t.header),
    `|${t.header.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`,
    ...t.rows.map((r, i) => row([`${"\u3000".repeat(t.depth[i] ?? 0)}${r[0] ?? ""}`, ...r.slice(1)])),
  ];
}

/**
 * Renders a comparison as Markdown.
 *
 * @example
 * ```ts
 * writeFileSync("compare.md", comparisonMarkdown(compareReports(last, now), now, "zh", true));
 * ```
 */
export function comparisonMarkdown(c: Comparison, current: Report, lang: Lang, withText: boolean): string {
  const w = words[lang];
  const out = [`# ${cell(w.title(c))}`, "", cell(w.pair(c)), ""];
  const reuse = reuseTable(c, lang);
  out.push(`## ${reuse.caption}`, "", ...markdownTable(reuse), "", cell(w.reuseNote(c.text.minPassage)), "");
  const findings = shownFindings(c, lang);
  out.push(`## ${w.findings}`, "");
  for (const l of findings.lines.length === 0 ? [w.noFindings] : findings.lines) out.push(`- ${cell(l)}`);
  if (findings.notAssessable > 0) out.push(`- ${w.notAssessable(findings.notAssessable)}`);
  out.push("");
  const changes = changeTable(c, lang);
  out.push(`## ${changes.caption}`, "");
  if (changes.rows.length === 0) out.push(w.noChanges);
  else out.push(...markdownTable(changes));
  out.push("", w.unchanged(c.cells.length - changes.rows.length, c.cells.length), "");
  if (c.notCompared.length > 0) {
    out.push(`## ${w.notCompared}`, "");
    for (const n of c.notCompared) out.push(`- ${cell(n.name[lang])}（${w.reasons[n.reason]}）`);
    out.push("");
  }
  if (withText) {
    out.push(`## ${w.text}`, "");
    for (const s of markedSections(c, current, lang)) {
      out.push(`### ${cell(s.title)}`, "");
      for (const runs of s.paragraphs) {
        const text = runs
          .map((r) => {
            const t = escapeMarkdown(oneLine(r.text));
            return r.reused && t.trim() !== "" ? `<mark>${t}</mark>` : t;
          })
          .join("")
          .trim();
        if (text !== "") out.push(text.replace(/^([+=-])/, "\\$1").replace(/^(\d{1,9})([.)])/, "$1\\$2"), "");
      }
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
