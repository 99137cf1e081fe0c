/**
 * Found by the adversarial review of issue 18 (items 1 and 13): memory the parser used was not bounded by its
 * input. A 136 KB HTML page of formatting elements left open (`<font>`s differing by an attribute, then `<p>x`
 * paragraphs) made parse5's tree construction copy every open formatting element into each paragraph — a 33 KB
 * page built 3 GB of elements, the 136 KB page ran out of any heap.
 *
 * Fixed in src/parse/readers/html-flatten.ts: the formatting elements (and `<span>`), which mean nothing to the
 * reader, are taken out of the page before the HTML parser reads it, in both builds.
 *
 * A plain table held some 80 bytes of memory for each byte of its HTML (parse5's tree with its location objects,
 * then the reader's copy of it): a 10 MB table of `<tr><td>1` rows did not read within an 800 MiB heap. Fixed in
 * src/parse/readers/html-parser.ts (parse5 builds the reader's small nodes itself, through a tree adapter) and
 * html-compact.ts (a cell or row is read as soon as parse5 closes it and its children are let go).
 *
 * Each case reads its input in a child process whose heap is far smaller than what the old code needed
 * (support/memory-child.ts): the old code died of a heap OOM, the new one finishes. No timing is asserted.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readHtml } from "../../../src/parse/readers/html.js";
import type { AdversarialShape } from "../support/adversarial.js";

const child = fileURLToPath(new URL("../support/memory-child.ts", import.meta.url));
const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Reads `shape` at `bytes` in a child whose old space is `heapMiB`; its exit status and output line. */
function readInChild(shape: AdversarialShape, bytes: number, heapMiB: number, stage = "parse") {
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMiB}`, "--import", "tsx", child, shape, String(bytes), stage],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return { status: r.status, out: r.stdout.trim(), err: r.stderr.slice(-400) };
}

describe("regression: memory bounded by the input", () => {
  it("reads the 136 KB formatting bomb within a 256 MiB heap", { timeout: 60_000 }, () => {
    const r = readInChild("formatting-bomb", 136 * 1024, 256);
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ report: false, diagnostics: 2 });
  });

  it("reads a 4 MB HTML table of one-figure rows within a 160 MiB heap", { timeout: 120_000 }, () => {
    const r = readInChild("html-rows", 4 * 1024 * 1024, 160, "reader");
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).lines).toBeGreaterThan(400_000);
  });

  it("reads a 4 MB HTML row of one-figure cells within a 160 MiB heap", { timeout: 120_000 }, () => {
    const r = readInChild("html-cells", 4 * 1024 * 1024, 160, "reader");
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).lines).toBe(1);
  });

  it("keeps the text of formatting elements, and their line breaks", () => {
    const lines = readHtml(
      '<p><b>一、</b><font\ncolor="red">总体情况</font></p>\n<table><tr><td><span>1</span><span>2</span></td></tr></table>',
    );
    expect(lines.map((l) => [l.no, l.cells ?? l.text])).toEqual([
      [1, "一、总体情况"],
      [3, ["12"]],
    ]);
  });
});
