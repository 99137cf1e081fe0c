/**
 * Found by the adversarial review of issue 18 (item 4, in the readers): lists as long as the input spread into a
 * call — `push(...boxed)`, `push(...cell.blocks)`, `Math.min(...lines)` — overflow the call stack past some
 * 100,000 elements (`RangeError: Maximum call stack size exceeded`), so a Word text box or a layout table's cell
 * of 200,000 paragraphs could not be read.
 *
 * Fixed in src/parse/readers/docx/body.ts and read.ts, src/parse/readers/pdf/cells.ts and src/docx.ts: loops.
 */
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../src/docx.js";
import { Diagnostics } from "../../../src/parse/diagnostics.js";
import { cellDocument } from "../../../src/parse/readers/pdf/cells.js";
import type { PlacedText } from "../../../src/parse/readers/pdf/extract.js";
import type { Ruling } from "../../../src/parse/readers/pdf/rulings.js";
import { docxOf, p, r, tbl, tc, tr } from "../../docx/support.js";

const many = 200_000;
const paragraphs = (n: number) => Array.from({ length: n }, (_, k) => p(r(`第${k}段`))).join("");
const textsOf = (bytes: Uint8Array) => (readDocx(bytes).lines ?? []).map((l) => l.text);

describe("regression: no data-sized list is spread into a call", () => {
  it("reads a Word text box of 200,000 paragraphs", { timeout: 60_000 }, () => {
    const body = p(
      r("正文"),
      `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${paragraphs(many)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`,
    );
    const texts = textsOf(docxOf(body));
    expect(texts).toHaveLength(many + 1);
    expect(texts[many]).toBe(`第${many - 1}段`);
  });

  it("reads a layout table's cell of 200,000 paragraphs", { timeout: 60_000 }, () => {
    const inner = tbl(tr(tc(p(r("规章"))), tc(p(r("0")))));
    const body = tbl(tr(`<w:tc>${paragraphs(many)}${inner}<w:p/></w:tc>`));
    const texts = textsOf(docxOf(body));
    expect(texts).toHaveLength(many + 1);
    expect(texts[many - 1]).toBe(`第${many - 1}段`);
  });

  it("reads a ruled PDF table whose cell holds 200,000 pieces on as many lines", { timeout: 60_000 }, () => {
    // a 2 × 2 grid; the first cell holds the pieces, each on a line of its own in the layout text
    const rule = (horizontal: boolean, at: number): Ruling => ({ horizontal, at, from: 0, to: 200 });
    const rulings = [0, 100, 200].flatMap((at) => [rule(true, at), rule(false, at)]);
    const items: PlacedText[] = Array.from({ length: many }, (_, k) => ({
      text: "x",
      x: 10,
      y: 10 + k / many,
      width: 1,
      size: 1,
    }));
    items.push({ text: "规章", x: 110, y: 150, width: 20, size: 10 });
    const lineOf = new Map(items.map((item, k) => [item, k + 1]));
    const text = `${"x\n".repeat(many)}规章\n`;
    const page = { items, image: false, undecoded: false };
    const document = cellDocument(text, { pages: [page], lineOf }, [rulings], new Diagnostics());
    expect(document?.lines.filter((l) => l.kind === "row").length).toBeGreaterThan(0);
  });
});
