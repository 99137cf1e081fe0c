/**
 * A comparison as plain text for a terminal: aligned tables, findings, and this year's text with the reused
 * passages between 〖〗.
 *
 * @module
 */
import type { Lang } from "../checks/types.js";
import type { Report } from "../model/report.generated.js";
import { cleanText, displayWidth, oneLine, padDisplay } from "../render/width.js";
import { changeTable, markedSections, type PlainTable, reuseTable, shownFindings, words } from "./render-parts.js";
import type { Comparison } from "./types.js";

function textTable(t: PlainTable): string[] {
  const named = t.rows.map((r, i) => [
    `${"  ".repeat(t.depth[i] ?? 0)}${cleanText(r[0] ?? "")}`,
    ...r.slice(1).map(cleanText),
  ]);
  const all = [t.header.map(cleanText), ...named];
  const widths = (t.header as readonly string[]).map((_, col) =>
    Math.max(...all.map((r) => displayWidth(r[col] ?? ""))),
  );
  const line = (r: readonly string[]) =>
    r
      .map((cell, col) => padDisplay(cell, widths[col] as number, col === 0 ? "start" : "end"))
      .join("  ")
      .trimEnd();
  return [t.caption, ...all.map((r) => `  ${line(r)}`)];
}

/**
 * Renders a comparison as text.
 *
 * @example
 * ```ts
 * process.stdout.write(comparisonText(compareReports(last, now), now, "zh"));
 * ```
 */
export function comparisonText(c: Comparison, current: Report, lang: Lang, withText: boolean): string {
  const w = words[lang];
  const out = [cleanText(w.title(c)), cleanText(w.pair(c)), ""];
  out.push(...textTable(reuseTable(c, lang)), w.reuseNote(c.text.minPassage), "");
  const findings = shownFindings(c, lang);
  out.push(w.findings);
  for (const l of findings.lines.length === 0 ? [w.noFindings] : findings.lines) out.push(`  ${cleanText(l)}`);
  if (findings.notAssessable > 0) out.push(`  ${w.notAssessable(findings.notAssessable)}`);
  out.push("");
  const changes = changeTable(c, lang);
  if (changes.rows.length === 0) out.push(w.cells, `  ${w.noChanges}`);
  else out.push(...textTable(changes));
  out.push(`  ${w.unchanged(c.cells.length - changes.rows.length, c.cells.length)}`, "");
  if (c.notCompared.length > 0) {
    out.push(w.notCompared);
    for (const n of c.notCompared) out.push(`  ${cleanText(n.name[lang])}（${w.reasons[n.reason]}）`);
    out.push("");
  }
  if (withText) {
    out.push(w.text, w.legend);
    for (const s of markedSections(c, current, lang)) {
      out.push("", s.title);
      for (const runs of s.paragraphs)
        out.push(
          `  ${runs
            .map((r) => (r.reused ? `〖${oneLine(r.text)}〗` : oneLine(r.text)))
            .join("")
            .trim()}`,
        );
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
