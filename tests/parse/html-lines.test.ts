/**
 * The line markers of the browser build (html-lines.ts), in Node: they are only added (taking them out gives the
 * input back, line breaks as `\n`), and each becomes a comment of the tree an HTML parser builds — none falls inside
 * a tag, a comment or raw text, where it would change the page. That they give parse5's lines is checked in headless
 * Chromium (browser.test.ts).
 */
import fc from "fast-check";
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { describe, expect, it } from "vitest";
import { markerLine, markLines } from "../../src/parse/readers/html-lines.js";
import { runs } from "../support/runs.js";

type Node = DefaultTreeAdapterTypes.Node;

const pieces = [
  ...["<p>", "</p>", "<div\n class=x>", "<br>", "<b>", "</b>", "<span\nstyle='a>b'>", '<td title="x\ny">', "</ 3\n>"],
  ...["<table>", "</table>", "<tr>", "<td>", "</td>", "<!--\n-->", "<!-->", "<!--->", "<!-- --!>", "<?x\n>", "<!x\n>"],
  ...[
    "<script>\n</script>",
    "<script>",
    "<!--<script>",
    "-->",
    "</script >",
    "<title>\n",
    "</title>",
    "<style>",
    "</style\n>",
    "<textarea>",
  ],
  ...[
    "<pre>",
    "<pre>\n\n",
    "<listing>\n ",
    "<plaintext>",
    "\n",
    "\r\n",
    "\r",
    " ",
    "&nbsp;",
    "一、总体情况",
    "12",
    "<",
    "a<b",
  ],
];
const markup = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(""));

/** The marker comments of the tree parse5 builds. */
function markersIn(html: string): number[] {
  const found: number[] = [];
  const stack: Node[] = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === "#comment") {
      const line = markerLine((node as DefaultTreeAdapterTypes.CommentNode).data);
      if (line !== undefined) found.push(line);
    }
    if ("childNodes" in node) stack.push(...node.childNodes);
  }
  return found.sort((a, b) => a - b);
}

describe("markLines", () => {
  it("marks each line that starts in text, and after a tag over several lines", () => {
    expect(markLines("<p>一、\n总体情况</p>")).toBe("<p>一、\n<!--zfxxgk:line 2-->总体情况</p>");
    expect(markLines('<p\nclass="a">x</p>')).toBe('<p\nclass="a"><!--zfxxgk:line 2-->x</p>');
    expect(markLines("<!--a\nb-->\r\nc")).toBe("<!--a\nb--><!--zfxxgk:line 2-->\n<!--zfxxgk:line 3-->c");
    expect(markLines("<script>\nif (a<b) x()\n</script>y")).toBe(
      "<script>\nif (a<b) x()\n</script><!--zfxxgk:line 3-->y",
    );
  });

  it("only adds markers: without them the input comes back (line breaks as \\n)", () => {
    fc.assert(
      fc.property(markup, (html) => {
        expect(markLines(html).replace(/<!--zfxxgk:line \d+-->/g, "")).toBe(html.replace(/\r\n?/g, "\n"));
      }),
      { numRuns: runs(500, 2000) },
    );
  });

  it("each marker is a comment of the parsed page, with the lines in order", () => {
    fc.assert(
      fc.property(markup, (html) => {
        const marked = markLines(html);
        const written = [...marked.matchAll(/<!--zfxxgk:line (\d+)-->/g)].map((m) => Number(m[1]));
        expect(markersIn(marked)).toEqual(written);
        expect(written).toEqual([...written].sort((a, b) => a - b));
        expect(written.every((n) => n <= html.replace(/\r\n?/g, "\n").split("\n").length)).toBe(true);
      }),
      { numRuns: runs(500, 2000) },
    );
  });
});
