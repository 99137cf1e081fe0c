/**
 * Golden files: the seed report (2021 edition) and the 2019 example rendered in every format, compared
 * byte for byte with the files under tests/render/golden/. Any change of output fails here. To accept a
 * deliberate change, run `UPDATE_GOLDEN=1 npx vitest run tests/render/golden.test.ts`, then review the
 * diff (and look at the HTML in a browser) before committing. The files end in `.golden` so that no
 * formatter (Biome formats Markdown) rewrites them.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type RenderOptions, renderReport, renderTable, tableKeys } from "../../src/index.js";
import { example } from "./support/reports.js";

const update = process.env.UPDATE_GOLDEN === "1";

const outputs: readonly { readonly suffix: string; readonly options: RenderOptions }[] = [
  { suffix: "txt", options: { format: "text" } },
  { suffix: "md", options: { format: "markdown" } },
  { suffix: "html", options: { format: "html", standalone: true } },
];

function golden(file: string, actual: string): void {
  const url = new URL(`./golden/${file}`, import.meta.url);
  if (update) writeFileSync(url, actual);
  if (!existsSync(url)) throw new Error(`golden file ${file} is missing: run with UPDATE_GOLDEN=1 to write it`);
  const expected = readFileSync(url, "utf8");
  // compare line by line first for a readable diff, then byte for byte
  expect(actual.split("\n")).toStrictEqual(expected.split("\n"));
  expect(actual).toBe(expected);
}

describe("golden files", () => {
  for (const name of ["lianzhou-2023", "example-2019"] as const) {
    for (const { suffix, options } of outputs) {
      it(`${name}.${suffix}`, () => {
        golden(`${name}.${suffix}.golden`, renderReport(example(name), options));
      });
    }
  }

  it("tables alone, with blanks shown as —: the seed with some cells blanked", () => {
    const report = structuredClone(example("lianzhou-2023"));
    if (report.edition !== "2021") throw new Error("the seed is a 2021-edition report");
    report.applications.results.granted.research = null;
    report.proactive.fees.amount = null;
    report.reviewLitigation.litigationAfterReview.pending = null;
    const parts = tableKeys.flatMap((key) =>
      (["text", "markdown", "html"] as const).map((format) => renderTable(report, key, { format, blank: "—" })),
    );
    golden("lianzhou-2023-tables-blank-dash.golden", parts.join("\n"));
  });
});
