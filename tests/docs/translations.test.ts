/**
 * The Chinese documents are kept in step with the English ones: the same sections (headings at the same levels, in
 * the same order) and the same code — identical blocks, or, where a block's comments are translated, the same code
 * once comments are left out. A section or an example added to one and not the other fails here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const pairs: readonly (readonly [string, string])[] = [
  ["README.md", "README.zh-CN.md"],
  ["docs/reading.md", "docs/reading.zh-CN.md"],
  ["docs/indicators.md", "docs/indicators.zh-CN.md"],
  ["docs/assess.md", "docs/assess.zh-CN.md"],
  ["docs/word.md", "docs/word.zh-CN.md"],
  ["docs/export.md", "docs/export.zh-CN.md"],
  ["docs/compare.md", "docs/compare.zh-CN.md"],
];

interface Block {
  readonly lang: string;
  readonly code: string;
}

function blocksOf(markdown: string): Block[] {
  return [...markdown.matchAll(/^```([a-z]*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1] ?? "", code: m[2] ?? "" }));
}

/** Heading levels in order, outside code blocks. */
function headingLevels(markdown: string): number[] {
  const withoutCode = markdown.replace(/^```[a-z]*\n[\s\S]*?^```$/gm, "");
  return [...withoutCode.matchAll(/^(#{1,6}) /gm)].map((m) => (m[1] as string).length);
}

/** A block's code without comments and trailing white space: what a translation may not change. */
function codeOf(block: Block): string {
  return block.code
    .split("\n")
    .map((line) => line.replace(/\s*(?:\/\/|#(?!!)).*$/, "").trimEnd())
    .filter((line) => line !== "")
    .join("\n");
}

describe("the Chinese documents keep step with the English ones", () => {
  for (const [english, chinese] of pairs) {
    const en = readFileSync(new URL(english, root), "utf8");
    const zh = readFileSync(new URL(chinese, root), "utf8");

    it(`${chinese}: the same sections as ${english}`, () => {
      expect(headingLevels(zh)).toEqual(headingLevels(en));
      expect(headingLevels(en).length).toBeGreaterThan(3);
    });

    it(`${chinese}: the same code as ${english}`, () => {
      const a = blocksOf(en);
      const b = blocksOf(zh);
      expect(b.map((x) => x.lang)).toEqual(a.map((x) => x.lang));
      // untagged blocks are diagrams in words: translated whole
      expect(b.filter((x) => x.lang !== "").map(codeOf)).toEqual(a.filter((x) => x.lang !== "").map(codeOf));
    });

    it(`${english} and ${chinese} link to each other`, () => {
      expect(en).toContain(`](${chinese.split("/").pop()})`);
      expect(zh).toContain(`](${english.split("/").pop()})`);
    });
  }
});
