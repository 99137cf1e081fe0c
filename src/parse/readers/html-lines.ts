/**
 * Source lines for an HTML parser that gives none (the platform's `DOMParser`): the HTML with a marker comment
 * `<!--zfxxgk:line N-->` wherever the next character starts or continues on line N — after each line break in
 * text, and after each tag, comment or raw-text element (`<script>`, `<style>`, `<title>`, …) that spans lines.
 * A comment changes no element, text or nesting of the tree an HTML parser builds (it only splits a text in two,
 * which the reader joins again), so the tree of the marked HTML is the page's tree with the lines in it. The scan
 * follows the tokenizer of the HTML standard for what decides where markup is (tags with quoted attributes,
 * comments, bogus comments, raw text); it never puts a marker inside a comment, a tag or raw text.
 *
 * @module
 */

/** The marker comment for line `line`. */
function marker(line: number): string {
  return `<!--zfxxgk:line ${line}-->`;
}

/**
 * The line a marker comment's text names, or `undefined` when the comment is not a marker.
 *
 * @example
 * ```ts
 * markerLine("zfxxgk:line 12"); // 12
 * markerLine("[if gte mso 9]"); // undefined
 * ```
 */
export function markerLine(comment: string): number | undefined {
  const m = /^zfxxgk:line (\d+)$/.exec(comment);
  return m === null ? undefined : Number(m[1]);
}

/** Elements whose content is raw text or escapable raw text (no markup inside) in an HTML document; `<script>`
 * too, read by {@link scriptEnd}. */
const rawText = new Set(["style", "xmp", "iframe", "noembed", "noframes", "noscript", "title", "textarea"]);

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\n" || c === "\t" || c === "\f";
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

/** The end of a tag's name, from its first letter. */
function nameEnd(s: string, from: number): number {
  let j = from;
  while (j < s.length && !isSpace(s[j]) && s[j] !== "/" && s[j] !== ">") j++;
  return j;
}

/** The index just after the `>` that ends a tag whose attributes start at `from` (the length at the end of input). */
function tagEnd(s: string, from: number): number {
  let j = from;
  for (;;) {
    while (isSpace(s[j]) || s[j] === "/") j++;
    if (j >= s.length) return s.length;
    if (s[j] === ">") return j + 1;
    j++; // the name's first character, which may be `=`
    while (j < s.length && !isSpace(s[j]) && s[j] !== "/" && s[j] !== ">" && s[j] !== "=") j++;
    while (isSpace(s[j])) j++;
    if (s[j] !== "=") continue;
    j++;
    while (isSpace(s[j])) j++;
    const quote = s[j];
    if (quote === '"' || quote === "'") {
      const close = s.indexOf(quote, j + 1);
      if (close < 0) return s.length;
      j = close + 1;
    } else while (j < s.length && !isSpace(s[j]) && s[j] !== ">") j++;
  }
}

/** The index just after the first `>` from `from` (a bogus comment, a doctype), or the length. */
function afterGreater(s: string, from: number): number {
  const close = s.indexOf(">", from);
  return close < 0 ? s.length : close + 1;
}

/** The index just after a comment `<!--…-->` starting at `at`. */
function commentEnd(s: string, at: number): number {
  if (s.startsWith("<!-->", at)) return at + 5;
  if (s.startsWith("<!--->", at)) return at + 6;
  const close = /--!?>/g;
  close.lastIndex = at + 4;
  const m = close.exec(s);
  return m === null ? s.length : m.index + m[0].length;
}

/** The index just after the end tag `</name…>` that closes a raw-text element whose content starts at `from`. */
function rawTextEnd(s: string, name: string, from: number): number {
  // a scan, not a pattern built from the name (the parser builds no regular expression at run time)
  const lower = name.toLowerCase();
  for (let at = s.indexOf("</", from); at >= 0; at = s.indexOf("</", at + 2)) {
    const after = at + 2 + name.length;
    if (after < s.length && "\t\n\f />".includes(s[after] as string) && s.slice(at + 2, after).toLowerCase() === lower)
      return tagEnd(s, after);
  }
  return s.length;
}

/**
 * The index just after the `</script…>` that closes a script whose content starts at `from`, through the script's
 * escaped states: after `<!--` a `<script>` opens a nested one that its `</script>` closes, until `-->`.
 */
function scriptEnd(s: string, from: number): number {
  const token = /<!--|-->|<\/?script[\t\n\f />]/gi;
  token.lastIndex = from;
  let state: "data" | "escaped" | "double" = "data";
  for (let m = token.exec(s); m !== null; m = token.exec(s)) {
    const t = m[0];
    if (t === "<!--") {
      if (state === "data") state = "escaped";
      token.lastIndex = m.index + 2; // its dashes may end it (`<!-->`)
    } else if (t === "-->") state = "data";
    else if (t[1] !== "/") state = state === "escaped" ? "double" : state;
    else if (state === "double") state = "escaped";
    else return tagEnd(s, m.index + 8);
  }
  return s.length;
}

/**
 * The end of the markup construct starting with the `<` at `at`: a tag (with a raw-text element's content and end
 * tag), a comment, a bogus comment or doctype; `at` itself when the `<` is text. `Infinity` for `<plaintext>`,
 * after which everything is text.
 *
 * @example
 * ```ts
 * constructEnd("<b>x</b>", 0); // 3
 * constructEnd("a < b", 2); // 2 (text)
 * ```
 */
export function constructEnd(s: string, at: number): number {
  const next = s[at + 1];
  if (isLetter(next)) {
    const end = nameEnd(s, at + 1);
    const name = s.slice(at + 1, end).toLowerCase();
    const after = tagEnd(s, end);
    if (name === "plaintext") return Number.POSITIVE_INFINITY;
    if (name === "script") return scriptEnd(s, after);
    return rawText.has(name) ? rawTextEnd(s, name, after) : after;
  }
  if (next === "/") {
    if (isLetter(s[at + 2])) return tagEnd(s, nameEnd(s, at + 2));
    return s[at + 2] === ">" ? at + 3 : afterGreater(s, at + 2);
  }
  if (next === "!") return s.startsWith("<!--", at) ? commentEnd(s, at) : afterGreater(s, at + 2);
  if (next === "?") return afterGreater(s, at + 1);
  return at;
}

/**
 * The HTML with line markers (line breaks as `\n`, as an HTML parser reads them): parsed by any HTML parser, each
 * text and element of the tree comes after the marker of the line it starts on.
 *
 * @example
 * ```ts
 * markLines("<p>一、\n总体情况</p>"); // "<p>一、\n<!--zfxxgk:line 2-->总体情况</p>"
 * ```
 */
export function markLines(input: string): string {
  const s = input.replace(/\r\n?/g, "\n");
  const out: string[] = [];
  const next = /[<\n]/g;
  let line = 1;
  let from = 0;
  // the line break an HTML parser drops after <pre> or <listing>: parse5 starts a text of white space after it at
  // the dropped break (they were one token), so the marker comes after that white space
  let dropped = -1;
  for (let m = next.exec(s); m !== null; m = next.exec(s)) {
    const at = m.index;
    if (at === dropped) {
      const space = /[ \t\f\n]*/y;
      space.lastIndex = at + 1;
      const run = space.exec(s)?.[0] ?? "";
      const end = at + 1 + run.length;
      line += run.split("\n").length;
      out.push(s.slice(from, end), marker(line));
      from = end;
      next.lastIndex = end;
      continue;
    }
    if (m[0] === "\n") {
      line++;
      out.push(s.slice(from, at + 1), marker(line));
      from = at + 1;
      continue;
    }
    const end = constructEnd(s, at);
    if (end === Number.POSITIVE_INFINITY) break;
    if (end === at) continue;
    if (s[end] === "\n" && /^<(pre|listing)[\t\n\f />]/i.test(s.slice(at, at + 9))) dropped = end;
    if (end === s.length) break; // an unclosed tag, comment or raw text takes the rest: no marker inside it
    const breaks = s.slice(at, end).split("\n").length - 1;
    if (breaks > 0) {
      line += breaks;
      out.push(s.slice(from, end), marker(line));
      from = end;
    }
    next.lastIndex = end;
  }
  out.push(s.slice(from));
  return out.join("");
}
