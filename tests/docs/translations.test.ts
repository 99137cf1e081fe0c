/**
 * The Chinese documents are kept in step with the English ones: the same sections (headings at the same levels, in
 * the same order) and the same code — identical blocks, or, where a block's comments are translated, the same code
 * once comments are left out. A section or an example added to one and not the other fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
/** Every Chinese twin on disk, with its English page: README.zh-CN.md, and docs/X.zh-CN.md beside docs/X.md. */
const pairs: readonly (readonly [string, string])[] = [
  ["README.md", "README.zh-CN.md"],
  ...readdirSync(new URL("docs/", root))
    .filter((f) => f.endsWith(".zh-CN.md"))
    .sort()
    .map((f) => [`docs/${f.replace(".zh-CN.md", ".md")}`, `docs/${f}`] as const),
];

/** The pages users read first: each must have its Chinese twin (the reference pages generated from data need none). */
const mustHaveTwins = [
  "docs/guide.md",
  "docs/reading.md",
  "docs/indicators.md",
  "docs/assess.md",
  "docs/compare.md",
  "docs/export.md",
  "docs/word.md",
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
  it("every page users read first has its Chinese twin", () => {
    expect(mustHaveTwins.filter((page) => !pairs.some(([english]) => english === page))).toEqual([]);
  });

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
