// @module-tag libreoffice
/**
 * Word files from a second, independent writer — LibreOffice (`tests/fixtures/docx/`, see its README): the HTML
 * renderings of the examples converted to .docx read back to the examples' tables and metadata; a legacy .doc
 * (the official template saved as .doc) is refused with the fix, and the .docx that fix gives reads as the
 * original template does; an OpenDocument file is named. Where `soffice` is installed, random reports are
 * converted live as well.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocx, readDocx } from "../../src/docx.js";
import type { Report } from "../../src/model/report.generated.js";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/render.js";
import { validateReport } from "../../src/validate/validate.js";
import { arbReport } from "../parse/support/reports.js";
import { differences } from "./support.js";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/docx/${name}`, import.meta.url)));

function example(name: string): Report {
  const result = validateReport(JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8")));
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.value;
}

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

describe("Word files written by LibreOffice", () => {
  for (const [file, json] of [
    ["lianzhou-2023.libreoffice.docx", "lianzhou-2023.json"],
    ["example-2019.libreoffice.docx", "example-2019.json"],
  ] as const)
    it(`${file}: the example's tables and metadata, the same report as its HTML`, () => {
      const report = example(json);
      const result = parseDocx(fixture(file));
      expect(differences(report, result.report)).toEqual([]);
      expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
      expect(result.report).toEqual(parseReport(renderReport(report, { format: "html" })).report);
    });

  for (const name of ["pingtan-2023", "pingtan-2024", "shanghai-2019", "shuyang-fgj-2023"])
    it(`${name}: a real published page as Word reads to its true figures and metadata, as the page does`, () => {
      const expected = JSON.parse(
        readFileSync(new URL(`../fixtures/real/${name}.expected.json`, import.meta.url), "utf8"),
      );
      const result = parseDocx(fixture(`${name}.libreoffice.docx`));
      const report = result.report;
      expect(report).not.toBeNull();
      if (report === null) return;
      expect({
        ...report,
        proactive: undefined,
        sections: undefined,
        title: undefined,
        preamble: undefined,
      }).toMatchObject({
        edition: expected.edition,
        organ: expected.organ,
        year: expected.year,
        publishedOn: expected.publishedOn,
        applications: expected.applications,
        reviewLitigation: expected.reviewLitigation,
      });
      const page = parseReport(readFileSync(new URL(`../fixtures/real/${name}.html`, import.meta.url), "utf8")).report;
      expect(report.applications).toEqual(page?.applications);
      expect(report.reviewLitigation).toEqual(page?.reviewLitigation);
    });

  it("a legacy .doc is refused with the fix; the .docx the fix gives reads as the original template", () => {
    const doc = parseDocx(fixture("official-template-2021.doc"));
    expect(doc.report).toBeNull();
    const error = doc.diagnostics.find((d) => d.level === "error");
    expect(error?.code).toBe("input.unsupported");
    expect(error?.message.zh).toContain("soffice --headless --convert-to docx");
    const original = readFileSync(new URL("../fixtures/real/official-template-2021.docx", import.meta.url));
    expect(readDocx(fixture("official-template-2021.from-doc.docx")).text).toBe(readDocx(original).text);
  });

  it("an OpenDocument text is named as such", () => {
    const odt = parseDocx(fixture("official-template-2021.odt"));
    expect(odt.diagnostics.find((d) => d.level === "error")?.message.en).toContain("OpenDocument");
  });

  it.skipIf(!hasSoffice())(
    "random reports' HTML converted live by soffice read back the same",
    () => {
      const reports = fc.sample(arbReport(), { numRuns: 4, seed: 20_250_101 });
      const dir = mkdtempSync(join(tmpdir(), "zfxxgk-docx-"));
      try {
        const names = reports.map((report, i) => {
          const name = join(dir, `r${i}.html`);
          writeFileSync(name, renderReport(report, { format: "html", standalone: true }));
          return name;
        });
        // a profile of its own: another soffice running does not take the job over
        const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
        const convert = ["--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir];
        execFileSync("soffice", [profile, ...convert, ...names], {
          stdio: "ignore",
          timeout: 120_000,
        });
        reports.forEach((report, i) => {
          const result = parseDocx(new Uint8Array(readFileSync(join(dir, `r${i}.docx`))));
          expect(differences(report, result.report)).toEqual([]);
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
