/**
 * Found by the adversarial review of issue 18 (item 13, "diagnostics per cell without a cap"): the parser made one
 * diagnostic for each bad row or cell it met, with no limit — a text repeating a table row 3,000 times gave 3,000
 * `row.duplicate` diagnostics, and an input of millions of such rows as many objects.
 *
 * Fixed in src/parse/diagnostics.ts: at most `diagnosticLimit` (1,000) diagnostics are listed for one parse, then
 * one `diagnostics.too-many` diagnostic counts the others, as serious as the most serious of them (an error past
 * the limit is never lost as a mere count of infos).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Diagnostics, diagnosticLimit } from "../../../src/parse/diagnostics.js";
import { type DiagnosticLevel, parseReport } from "../../../src/parse.js";
import { runs } from "../../support/runs.js";

const seed = readFileSync(new URL("../../fixtures/lianzhou-2023.txt", import.meta.url), "utf8");
const rank = { info: 0, warning: 1, error: 2 } as const;

describe("regression: diagnostics per parse are capped", () => {
  it("a table row repeated 3,000 times gives 1,000 diagnostics and one that counts the rest", () => {
    const lines = seed.split("\n");
    const at = lines.findIndex((l) => l.startsWith("规章"));
    const repeated = Array.from({ length: 3000 }, (_, k) => `规章 ${k} ${k} ${k}`);
    const { diagnostics } = parseReport([...lines.slice(0, at + 1), ...repeated, ...lines.slice(at + 1)].join("\n"));
    expect(diagnostics).toHaveLength(diagnosticLimit + 1);
    const last = diagnostics[diagnosticLimit];
    expect(last?.code).toBe("diagnostics.too-many");
    // the repeats with other figures than the first row are errors: the count says so
    expect(last?.level).toBe("error");
    const more = Number(/及另外 (\d+) 条/.exec(last?.message.zh ?? "")?.[1]);
    expect(more).toBeGreaterThan(1000);
    expect(last?.message.en).toContain(`and ${more} more`);
  });

  it("the count is as serious as the most serious diagnostic past the limit", () => {
    const level = fc.constantFrom<DiagnosticLevel>("info", "warning", "error");
    fc.assert(
      fc.property(fc.array(level, { minLength: 0, maxLength: 2500 }), (levels) => {
        const d = new Diagnostics();
        for (const l of levels) d.add(l, "cell.blank", { zh: "空", en: "blank" });
        expect(d.list.length).toBe(
          Math.min(levels.length, diagnosticLimit + (levels.length > diagnosticLimit ? 1 : 0)),
        );
        const past = levels.slice(diagnosticLimit);
        if (past.length === 0) return;
        const worst = past.reduce((a, b) => (rank[b] > rank[a] ? b : a));
        expect(d.list[diagnosticLimit]).toMatchObject({ code: "diagnostics.too-many", level: worst });
        expect(d.list[diagnosticLimit]?.message.en).toContain(`and ${past.length} more`);
      }),
      { numRuns: runs(100) },
    );
  });
});
