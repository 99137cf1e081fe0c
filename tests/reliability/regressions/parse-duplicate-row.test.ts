/**
 * Found by the adversarial review of issue 18 (item 11): a forged 「（七）总计」 row placed in 表三 before the real one,
 * which a page break had moved after 五、's prose, was kept and the real row dropped without a word — a row printed
 * twice inside a table got `row.duplicate`, but a relocated row found again by the search for displaced rows
 * was ignored silently.
 *
 * Fixed in src/parse/interpret/table-reader.ts: a row found again is reported wherever it is found (its own
 * section or the lines searched for displaced rows); where the two printings' figures disagree neither is kept:
 * the row's cells are `null` with a `row.duplicate` error naming them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse.js";

const seed = readFileSync(new URL("../../fixtures/lianzhou-2023.txt", import.meta.url), "utf8").split("\n");

/** The seed with a line inserted in 表三 after its last row before the page break (the real 总计 is relocated). */
function forged(line: string): string {
  const at = seed.findIndex((l) => l.startsWith("（六）其 1."));
  if (at < 0 || !seed.slice(at).some((l) => l.startsWith("（七）总计 11"))) throw new Error("the seed changed");
  return [...seed.slice(0, at + 1), line, ...seed.slice(at + 1)].join("\n");
}

describe("regression: a row found twice is never silently one of them", () => {
  it("a forged 总计 before the relocated real one: cells null, with an error", () => {
    const { report, diagnostics } = parseReport(forged("（七）总计 99 0 0 0 0 0 99"));
    expect(report?.applications.results.total.naturalPerson).toBeNull();
    expect(report?.applications.results.total.total).toBeNull();
    const duplicate = diagnostics.find((d) => d.code === "row.duplicate");
    expect(duplicate?.level).toBe("error");
    expect(duplicate?.cells).toContain("applications.results.total.naturalPerson");
  });

  it("the same 总计 printed twice: kept, with a warning", () => {
    const { report, diagnostics } = parseReport(forged("（七）总计 11 0 0 0 0 0 11"));
    expect(report?.applications.results.total.naturalPerson).toBe(11);
    expect(diagnostics.find((d) => d.code === "row.duplicate")?.level).toBe("warning");
  });
});
