/**
 * Real published reports (tests/fixtures/real/: 平潭 2019–2025, 上海, 沭阳, 连州, 淮安's PDF — both editions), read
 * by the package's readers and written again with `renderDocx`: the Word file reads back through `parseDocx` to
 * every cell and the metadata of the report read, and to the same title, preamble and parts, without an error.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocx, renderDocx } from "../../src/docx.js";
import { parseBytes } from "../../src/parse.js";
import { parsePdf } from "../../src/pdf.js";
import { validateReport } from "../../src/validate/validate.js";
import { differences } from "./support.js";

const folder = new URL("../fixtures/real/", import.meta.url);
const published = readdirSync(folder).filter(
  (f) => /\.(txt|html|md|pdf)$/.test(f) && !/\.(layout|raw)\.txt$/.test(f) && f !== "README.md",
);

describe("real reports written as Word files read back the same", () => {
  it("there are real reports of both editions", () => {
    expect(published.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of published)
    it(`${name}`, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(name, folder)));
      const read = name.endsWith(".pdf") ? await parsePdf(bytes) : parseBytes(bytes);
      const checked = validateReport(read.report);
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      const report = checked.value;
      const back = parseDocx(await renderDocx(report));
      expect(differences(report, back.report)).toEqual([]);
      expect(back.diagnostics.filter((d) => d.level === "error")).toEqual([]);
      expect(back.report?.title).toBe(report.title);
      expect(back.report?.preamble).toEqual(report.preamble);
      expect(back.report?.sections).toEqual(report.sections);
    }, 60_000);
});
