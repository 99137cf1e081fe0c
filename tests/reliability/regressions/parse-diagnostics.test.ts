/**
 * Found by tests/reliability/fuzz-parse.test.ts: diagnostics that do not keep their documented shape.
 *
 * Both fixed in src/parse:
 * 1. "random HTML", seed -594465148: a row of an HTML table whose `<tr>` parse5 implied (no source location) got
 *    `line: 0`; `Diagnostic.line` is documented as 1-based. Now the line of its first located descendant, else of
 *    its nearest located ancestor (html-input.ts `lineOf`).
 * 2. "damaged renderings", seed 671594221: a 2019-edition text whose header row reads `其他 |!` is matched to
 *    the 2021 row 「（六）其他处理 3.其他」, and the diagnostic named 2021 cells
 *    (`applications.results.otherHandling.other.*`) that the returned 2019 report does not have. A row of the
 *    other edition's layout is now named by the cells of the rows it stands for (table-reader.ts `homeCells`).
 * The shape checks in support/shapes.ts (`parseProblem`) hold every fuzzed result to both.
 */
import { describe, expect, it } from "vitest";
import { cellAt } from "../../../src/format.js";
import { renderReport } from "../../../src/index.js";
import { parseReport } from "../../../src/parse.js";
import { example } from "./support.js";

describe("regression: diagnostics keep their documented shape", () => {
  it("every diagnostic line is 1-based, also for a table row the HTML parser implied", () => {
    const result = parseReport("<table><table><table>行政强制\n<td>/", { format: "html" });
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) if (d.line !== undefined) expect(d.line, d.code).toBeGreaterThanOrEqual(1);
  });

  it("the cells a diagnostic names are cells of the edition the report was read in", () => {
    const text = renderReport(example("example-2019"), { format: "text" });
    const header = text.split("\n").find((l) => l.includes("法律服务机构")) as string;
    const damaged = text.replace(
      header,
      header.replace(/其他 *\|/, (m) => `${m}!`),
    );
    const result = parseReport(damaged);
    expect(result.edition.edition).toBe("2019");
    const foreign = result.diagnostics.flatMap((d) => (d.cells ?? []).filter((c) => cellAt("2019", c) === undefined));
    expect(foreign).toEqual([]);
  });
});
