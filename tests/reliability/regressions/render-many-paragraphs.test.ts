/**
 * Found by the adversarial review of issue 18 (item 4): `renderReport` threw `RangeError: Maximum call stack size
 * exceeded` on a valid report with ~124,000 paragraphs — the renderers appended the preamble and each section's
 * paragraphs with `push(...paragraphs)`, which passes every paragraph as an argument. The io-ts codec collected a
 * member's failures the same way (one failure per non-string paragraph). Fixed in src/render/text.ts,
 * src/render/markdown.ts, src/render/html.ts and src/adapters/io-ts/build.ts: the items are pushed in a loop.
 */
import { describe, expect, it } from "vitest";
import { renderReport, validateReport } from "../../../src/index.js";
import { ReportCodec } from "../../../src/io-ts.js";
import { example } from "./support.js";

const count = 200_000;

describe("regression: data-sized lists are never spread into a call's arguments", () => {
  it(`a valid report with ${count.toLocaleString("en")} paragraphs in its preamble and a section renders in every format`, () => {
    const many = Array.from({ length: count }, (_, i) => `第${i}段`);
    const report = { ...example("lianzhou-2023"), preamble: many, sections: { overview: many } };
    expect(validateReport(report).ok).toBe(true);
    for (const format of ["text", "markdown", "html"] as const) {
      const out = renderReport(report, { format });
      expect(out).toContain(`第${count - 1}段`);
    }
  });

  it(`the io-ts codec reports ${count.toLocaleString("en")} bad paragraphs without overflowing the stack`, () => {
    const report = { ...example("lianzhou-2023"), preamble: Array.from({ length: count }, () => 1) };
    const result = ReportCodec.decode(report);
    // before the fix, the overflow was caught and reported as one 「unreadable」 failure
    expect(result._tag === "Left" ? result.left.length : 0).toBeGreaterThan(1);
  });
});
