/**
 * Caps on what validation produces (issue 18): at most `maxIssues` issues are listed, the rest counted in one last
 * `too_many` issue, so that a huge input of bad values costs a count, not an object per value; a sparse paragraph
 * list (length 2^32 − 1) is counted by its present elements, never walked.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/index.js";
import { maxIssues } from "../../src/validate/validate.js";

const seed = JSON.parse(readFileSync(new URL("../../examples/lianzhou-2023.json", import.meta.url), "utf8")) as Record<
  string,
  unknown
>;
const withOverview = (overview: unknown[]) => ({ ...seed, sections: { ...(seed.sections as object), overview } });

describe("validateReport: at most maxIssues issues, the rest counted", () => {
  it("300,000 bad paragraphs: the first maxIssues listed, then one issue counting the others", () => {
    const result = validateReport(withOverview(Array.from({ length: 300_000 }, (_, i) => i)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(maxIssues + 1);
    expect(result.issues[maxIssues - 1]?.path).toEqual(["sections", "overview", maxIssues - 1]);
    const last = result.issues[maxIssues];
    expect(last?.code).toBe("too_many");
    expect(last?.message.zh).toBe(`……及另外 ${300_000 - maxIssues} 处问题（只列出前 ${maxIssues} 处）`);
  });

  it("as many unknown keys: counted the same way", () => {
    const input: Record<string, unknown> = { ...seed };
    for (let i = 0; i < 5000; i++) input[`x${i}`] = i;
    const result = validateReport(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.at(-1)?.message.en).toBe(
        `… and ${5000 - maxIssues} more issues (the first ${maxIssues} are listed)`,
      );
  });

  it("a sparse paragraph list of length 2^32 − 1 is counted, not walked (holes are no paragraphs)", () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[5] = "一段";
    sparse[2 ** 31] = "另一段";
    const result = validateReport(withOverview(sparse));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.at(-1)?.message.en).toBe(
        `… and ${2 ** 32 - 1 - 2 - maxIssues} more issues (the first ${maxIssues} are listed)`,
      );
  });

  it("no cap below it: 999 bad paragraphs are 999 issues", () => {
    const result = validateReport(withOverview(Array.from({ length: maxIssues - 1 }, () => 1)));
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(new Array(maxIssues - 1).fill("invalid_type"));
  });
});
