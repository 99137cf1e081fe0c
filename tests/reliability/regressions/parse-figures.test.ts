/**
 * Found by tests/reliability/fuzz-parse.test.ts ("damaged renderings"), fast-check seed 1860664478: a figure
 * with a stray `_` inside (`9_07199254740944`) was read as 907199254740944 — a figure the input does not hold.
 *
 * Fixed in src/parse (markdown-input.ts `stripInline`: a run of emphasis or code marks between two digits is kept;
 * values.ts `isValueLikeCell`: a damaged figure without Han characters stands where a value should): a cell the
 * parser cannot read exactly is `null` with a `cell.unreadable` error naming it, in every format.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellsOf, type Report, readCell, renderReport } from "../../../src/index.js";
import { parseReport } from "../../../src/parse.js";
import { runs } from "../../support/runs.js";
import { example } from "./support.js";

/** The report with the cell at `segments` set to `value` (a copy). */
function withCell(report: Report, segments: readonly string[], value: number): Report {
  const copy = structuredClone(report) as unknown as Record<string, unknown>;
  let at = copy;
  for (const s of segments.slice(0, -1)) at = at[s] as Record<string, unknown>;
  at[segments[segments.length - 1] as string] = value;
  return copy as unknown as Report;
}

/** The parse names `path` in an error and reads it as null; no other figure differs from `report`'s. */
function expectUnreadable(report: Report, damaged: string, path: string): void {
  const result = parseReport(damaged);
  expect(result.report).not.toBeNull();
  const parsed = result.report as Report;
  for (const cell of cellsOf(report.edition)) {
    const got = readCell(parsed, cell.segments);
    if (cell.path === path) expect(got, cell.path).toBeNull();
    else if (got !== null) expect(got, cell.path).toBe(readCell(report, cell.segments));
  }
  expect(
    result.diagnostics.some(
      (d) => d.level === "error" && d.code === "cell.unreadable" && (d.cells ?? []).includes(path),
    ),
  ).toBe(true);
}

describe("regression: a figure with a stray character inside is not read as another figure", () => {
  const report = example("lianzhou-2023");
  const withTwelve = structuredClone(report) as typeof report & {
    reviewLitigation: { review: { other: number; total: number } };
  };
  withTwelve.reviewLitigation.review.other = 12;
  withTwelve.reviewLitigation.review.total = 12;
  const markdown = renderReport(withTwelve, { format: "markdown" });

  it("the figure reads as 12 when undamaged, and as 12 when only wrapped in emphasis", () => {
    expect(parseReport(markdown).report?.reviewLitigation.review.other).toBe(12);
    for (const wrapped of ["**12**", "_12_", "`12`", "~~12~~"])
      expect(parseReport(markdown.replace("| 12 |", `| ${wrapped} |`)).report?.reviewLitigation.review.other).toBe(12);
  });

  it.each(["1_2", "1*2", "1`2", "1_2_3", "1~2", "**1**2", "1*2*3"])(
    "%s in a Markdown cell is null with an error, not a figure",
    (damaged) => {
      expectUnreadable(withTwelve, markdown.replace("| 12 |", `| ${damaged} |`), "reviewLitigation.review.other");
    },
  );

  it("property: emphasis or code marks anywhere between the digits of any count, either edition, any format, make that cell null with an error and change no other figure", () => {
    const marked = 9_876_543_210;
    const candidates = (["lianzhou-2023", "example-2019"] as const).flatMap((name) => {
      const r = example(name);
      return cellsOf(r.edition)
        .filter((c) => c.field.kind === "count")
        .map((c) => ({ report: r, cell: c }));
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...candidates),
        fc.integer({ min: 10, max: marked - 1 }),
        fc.nat(),
        fc.stringMatching(/^[*_`~]{1,3}$/),
        fc.constantFrom("markdown" as const, "text" as const, "html" as const),
        ({ report: base, cell }, value, at, marks, format) => {
          // a figure no other cell holds, so that its place in the rendering is known
          const unique = marked + value;
          const r = withCell(base, cell.segments, unique);
          const rendered = renderReport(r, { format });
          const digits = String(unique);
          fc.pre(rendered.split(digits).length === 2);
          const cut = 1 + (at % (digits.length - 1));
          const damaged = rendered.replace(digits, `${digits.slice(0, cut)}${marks}${digits.slice(cut)}`);
          expectUnreadable(r, damaged, cell.path);
        },
      ),
      { numRuns: runs(60, 500) },
    );
  });
});
