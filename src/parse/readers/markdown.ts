/**
 * Markdown read into lines: pipe-table rows (ragged or not) as rows of cells, headings and paragraphs as
 * paragraphs, inline markup and backslash escapes removed.
 *
 * @module
 */
import { isAnyWidthDigit, isWide } from "../document/chars.js";
import { rowLine, type SourceLine, splitLines, textLine } from "../document/lines.js";
import { isDateLine } from "../interpret/headings.js";

/** An emphasis or code mark. */
const isMark = (ch: string): boolean => ch === "*" || ch === "_" || ch === "`" || ch === "~";

/**
 * Removes backslash escapes, emphasis, code marks, `<br>` and other inline tags, and entity `&nbsp;`.
 *
 * @example
 * ```ts
 * stripInline("**第二十条第（一）项**<br>"); // "第二十条第（一）项 "
 * stripInline("**12**"); // "12"
 * stripInline("1_2"); // "1_2": marks between digits are kept (the figure is not 12)
 * ```
 */
export function stripInline(text: string): string {
  // nothing to remove without an escape, a tag, a mark or an entity (most cells: figures and labels)
  if (!/[\\<*_`~&]/.test(text)) return text;
  // built as a list joined once, the last character written kept aside: reading the end of a string grown with
  // `+=` flattens it, and a mark between every two characters made that quadratic (issue 18)
  const out: string[] = [];
  let last = Number.NaN;
  const write = (piece: string): void => {
    out.push(piece);
    last = piece.charCodeAt(piece.length - 1);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\\" && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1] as string)) {
      write(text[i + 1] as string);
      i++;
      continue;
    }
    if (ch === "<") {
      const close = text.indexOf(">", i);
      if (close > i && close - i < 40 && /^<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>$/.test(text.slice(i, close + 1))) {
        write(" ");
        i = close;
        continue;
      }
    }
    if (isMark(ch)) {
      // emphasis and code marks: drop runs of them — except a run between two digits (`1_2`, `1*2*3`), which
      // Markdown may read as literal or as emphasis: kept, so that the figure reads as unreadable, not as 12
      let end = i;
      while (end < text.length && isMark(text[end] as string)) end++;
      if (isAnyWidthDigit(last) && isAnyWidthDigit(text.charCodeAt(end))) write(text.slice(i, end));
      i = end - 1;
      continue;
    }
    // a run of plain characters in one slice
    let end = i + 1;
    while (end < text.length && !/[\\<*_`~]/.test(text[end] as string)) end++;
    write(text.slice(i, end));
    i = end - 1;
  }
  return out
    .join("")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/**
 * Splits a pipe row into cells at unescaped `|`, without the outer pipes.
 *
 * @example
 * ```ts
 * pipeCells("| 规章 | 0 | a\\|b |"); // ["规章", "0", "a|b"]
 * ```
 */
export function pipeCells(line: string): string[] {
  const t = line.trim();
  const cells: string[] = [];
  // a cell is the text between unescaped pipes as it stands (escapes are removed with the inline markup)
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x5c /* \\ */ && i + 1 < t.length) i++;
    else if (c === 0x7c /* | */) {
      cells.push(t.slice(start, i));
      start = i + 1;
    }
  }
  cells.push(t.slice(start));
  if (t.startsWith("|")) cells.shift();
  if (t.endsWith("|") && !t.endsWith("\\|") && cells.length > 0) cells.pop();
  return cells.map((c) => stripInline(c).trim());
}

/** True for a delimiter row `| --- | :---: |`. */
function isDelimiterRow(line: string): boolean {
  if (!line.includes("-")) return false;
  const cells = pipeCells(line);
  return cells.length > 0 && cells.every((c) => /^:?-{1,}:?$/.test(c.replace(/\s+/g, "")));
}

/** True for a thematic break `---`, `***`, `___`. */
function isThematicBreak(line: string): boolean {
  // made only of one of -, *, _ (and white space): told from the first character that is not white space
  const first = line.trimStart().charAt(0);
  if (first !== "-" && first !== "*" && first !== "_") return false;
  const t = line.replace(/\s+/g, "");
  return t.length >= 3 && (/^-+$/.test(t) || /^\*+$/.test(t) || /^_+$/.test(t));
}

/** Removes the closing `#`s of an ATX heading (`## 一、总体情况 ##`). */
function closingHashes(text: string): string {
  let t = text.trimEnd();
  let k = t.length;
  while (k > 0 && t[k - 1] === "#") k--;
  if (k < t.length && (k === 0 || t[k - 1] === " ")) t = t.slice(0, k);
  return t;
}

/** Joins the lines of a Markdown paragraph: no space between wide characters, one space otherwise. */
function joinParagraph(parts: readonly string[]): string {
  // joined once, the previous line kept aside (reading the end of a string grown with `+=` is quadratic, issue 18)
  const out: string[] = [];
  let previous = "";
  for (const p of parts) {
    const t = p.trim();
    if (t === "") continue;
    if (previous !== "" && !(isWide(previous.charCodeAt(previous.length - 1)) || isWide(t.charCodeAt(0))))
      out.push(" ");
    out.push(t);
    previous = t;
  }
  return out.join("");
}

/**
 * Reads Markdown into lines.
 *
 * @example
 * ```ts
 * readMarkdown("# 标题\n\n| 规章 | 0 | 0 | 0 |\n").map((l) => l.kind); // ["para", "blank", "row"]
 * ```
 */
export function readMarkdown(input: string): SourceLine[] {
  const raw = splitLines(input);
  const out: SourceLine[] = [];
  let para: string[] = [];
  let paraStart = 0;
  const flush = () => {
    if (para.length > 0) out.push(textLine(paraStart, "para", joinParagraph(para)));
    para = [];
  };
  const tableLine = (i: number): boolean => {
    const t = (raw[i] as string).trim();
    if (t.startsWith("|")) return true;
    if (!t.includes("|")) return false;
    // a table without outer pipes: a delimiter row next to it
    const near = [raw[i + 1], raw[i - 1]].filter((x): x is string => x !== undefined);
    return near.some((n) => isDelimiterRow(n)) || isDelimiterRow(t);
  };
  let fence: string | null = null;
  raw.forEach((line, i) => {
    const no = i + 1;
    const t = line.trim();
    if (fence !== null) {
      if (t.startsWith(fence)) {
        fence = null;
        out.push(textLine(no, "blank", ""));
      } else out.push(t === "" ? textLine(no, "blank", "") : textLine(no, "text", line));
      return;
    }
    if (t.startsWith("```") || t.startsWith("~~~")) {
      flush();
      fence = t.slice(0, 3);
      out.push(textLine(no, "blank", ""));
      return;
    }
    if (t === "" || isThematicBreak(t)) {
      flush();
      out.push(textLine(no, "blank", ""));
      return;
    }
    if (tableLine(i)) {
      flush();
      out.push(isDelimiterRow(t) ? textLine(no, "blank", "") : rowLine(no, pipeCells(t)));
      return;
    }
    const heading = /^#{1,6}(?:\s+|$)/.exec(t);
    if (heading !== null) {
      flush();
      out.push(textLine(no, "para", stripInline(closingHashes(t.slice(heading[0].length))).trim()));
      return;
    }
    let body = t.replace(/^>\s?/, "").replace(/^[-*+]\s+/, "");
    const hardBreak = body.endsWith("\\") || line.endsWith("  ");
    if (body.endsWith("\\")) body = body.slice(0, -1);
    const text = stripInline(body).trim();
    if (para.length > 0 && isDateLine(text)) flush();
    if (para.length === 0) paraStart = no;
    para.push(text);
    if (hardBreak || isDateLine(text)) flush();
  });
  flush();
  return out;
}
