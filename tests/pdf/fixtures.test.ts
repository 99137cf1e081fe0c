/**
 * The generated PDFs kept in tests/fixtures/pdf (tests/pdf/support/make-fixtures.ts): the seed report as the
 * HTML renderer prints it on A4 in Chromium reads back with every cell of every table exact — in Node alone,
 * no browser needed.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { validateReport } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { cellDifferences } from "./support/cells.js";

it("lianzhou-2023.pdf (Chromium's print of the seed) reads back with every cell exact", async () => {
  const seed = validateReport(
    JSON.parse(readFileSync(new URL("../../examples/lianzhou-2023.json", import.meta.url), "utf8")),
  );
  if (!seed.ok) throw new Error("examples/lianzhou-2023.json is not valid");
  const result = await parsePdf(readFileSync(new URL("../fixtures/pdf/lianzhou-2023.pdf", import.meta.url)));
  expect(result.edition.edition).toBe("2021");
  expect(cellDifferences(seed.value, result.report)).toEqual([]);
  expect(result.report?.year).toBe(2023);
  expect(result.report?.publishedOn).toBe(seed.value.publishedOn);
  // Chromium's ToUnicode names radicals (⾏, ⺠, ⼾): none is left in the text
  expect(result.text).not.toMatch(/[\u2e80-\u2fdf]/);
  expect(result.text).toContain("门户网站");
});
