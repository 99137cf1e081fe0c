/**
 * Text extracted from a PDF (`pdftotext`, with or without `-layout`) or printed by a terminal renderer,
 * read into lines: page numbers dropped, box-drawn table rows split into cells, borders blanked.
 *
 * @module
 */

import type { Diagnostics } from "../diagnostics.js";
import { halfWidth, isRegExpSpace } from "../document/chars.js";
import { rowLine, type SourceLine, splitLines, textLine } from "../document/lines.js";

/** Characters of a table border line (ASCII and box drawing). */
const borderChars = "+-=|:─━│┃┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬╭╮╯╰ \t";
/** Characters that separate the cells of a box-drawn row. */
const cellSeparators = "|│┃║";

/**
 * True for a page number on a line of its own: `- 4 -`, `-4-`, `— 4 —`, `第 4 页`, `第4页 共10页`, `4/10`.
 *
 * @example
 * ```ts
 * isPageNumber("- 4 -"); // true
 * isPageNumber("— 0 —"); // false: no page 0, so figures
 * ```
 */
export function isPageNumber(line: string): boolean {
  // at most 16 characters besides white space (halfWidth keeps the length): most lines are told by counting
  if (line.length > 16) {
    let n = 0;
    for (let i = 0; i < line.length && n <= 16; i++) if (!isRegExpSpace(line.charCodeAt(i))) n++;
    if (n > 16) return false;
  }
  // each form opens with a dash, 第 or a digit (a digit only where a slash follows): most lines are told by it
  let first = 0;
  while (first < line.length && isRegExpSpace(line.charCodeAt(first))) first++;
  const opening = halfWidth(line.charAt(first));
  if (!"-—–―第".includes(opening) && !(/^[0-9]$/.test(opening) && /[/／]/.test(line))) return false;
  const t = halfWidth(line).replace(/\s+/g, "");
  if (t.length === 0 || t.length > 16) return false;
  return (
    /^[-—–―][1-9][0-9]{0,3}[-—–―]$/.test(t) ||
    /^第[1-9][0-9]{0,3}页(?:[,，/]?共[0-9]{1,4}页)?$/.test(t) ||
    /^[0-9]{1,4}\/[0-9]{1,4}$/.test(t)
  );
}

/** True for a line made only of border characters, with at least one rule. */
function isBorder(line: string): boolean {
  let rule = false;
  for (const ch of line) {
    if (!borderChars.includes(ch)) return false;
    if (ch !== " " && ch !== "\t" && !cellSeparators.includes(ch)) rule = true;
  }
  return rule;
}

/** The cells of a box-drawn row `| a | b |`, or `null` when the line is not one. */
function boxCells(line: string): string[] | null {
  const t = line.trim();
  if (t.length < 2 || !cellSeparators.includes(t[0] as string) || !cellSeparators.includes(t[t.length - 1] as string))
    return null;
  const cells: string[] = [];
  let cell = "";
  for (let i = 1; i < t.length - 1; i++) {
    const ch = t[i] as string;
    if (cellSeparators.includes(ch)) {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Reads text into lines.
 *
 * @example
 * ```ts
 * readText("一、总体情况\n- 2 -\n", diagnostics).map((l) => l.kind); // ["text", "blank", "blank"]
 * ```
 */
export function readText(input: string, diagnostics: Diagnostics): SourceLine[] {
  const out: SourceLine[] = [];
  let pages = 0;
  let firstPage = 0;
  splitLines(input).forEach((raw, i) => {
    const no = i + 1;
    const line = raw.includes("\f") ? raw.replace(/\f/g, " ") : raw;
    if (line.trim() === "") out.push(textLine(no, "blank", ""));
    else if (isPageNumber(line)) {
      if (pages === 0) firstPage = no;
      pages++;
      out.push(textLine(no, "blank", ""));
    } else if (isBorder(line)) out.push(textLine(no, "blank", ""));
    else {
      const cells = boxCells(line);
      out.push(cells === null ? textLine(no, "text", line) : rowLine(no, cells));
    }
  });
  if (pages > 0)
    diagnostics.info(
      "input.page-numbers",
      {
        zh: `去掉了 ${pages} 个单独成行的页码（首个在第 ${firstPage} 行）`,
        en: `dropped ${pages} page numbers on lines of their own (first on line ${firstPage})`,
      },
      { line: firstPage },
    );
  return out;
}
