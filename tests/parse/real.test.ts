/**
 * Real published reports (`tests/fixtures/real/`, described in its README): every source file beside a
 * `name.expected.json` (`name.html`, `name.txt`, `name.layout.txt`, …) is read as a user's file would be, and
 *
 * - every 表三/表四 cell is the true figure, or `null` with a diagnostic naming that cell — zero wrong numbers;
 * - organ, year, edition and publication date are the true ones;
 * - where every cell was read, `checkReport` finds of the 表三/表四 rules what it finds on the true figures.
 *
 * The true figures were transcribed by hand from each source (never from this parser's output). A source is
 * read by the reader of its extension (`.pdf` through `zfxxgk/pdf`, `.docx` through `zfxxgk/docx`); one without a
 * reader is listed and skipped.
 * Bytes are decoded with the encoding they were published in (a `<meta charset>` or BOM, else UTF-8, else GBK).
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { checkReport } from "../../src/checks/check-report.js";
import type { Finding } from "../../src/checks/types.js";
import { parseDocx } from "../../src/docx.js";
import { type CellEntry, cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { type ParseResult, parseReport } from "../../src/parse.js";
import { parsePdf } from "../../src/pdf.js";

const dir = new URL("../fixtures/real/", import.meta.url);
const files = readdirSync(dir).sort();

/** Text in the encoding it was published in: BOM, then a declared charset, then UTF-8, then GBK. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared !== undefined && /^(gbk|gb2312|gb18030)$/.test(declared))
    return new TextDecoder("gb18030").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

type Reader = (bytes: Uint8Array) => ParseResult | Promise<ParseResult>;

/** The reader of each extension; a file whose extension has none here is skipped (and listed as such). */
const readers: Readonly<Record<string, Reader>> = {
  ".pdf": (bytes) => parsePdf(bytes),
  ".docx": (bytes) => parseDocx(bytes),
  ".txt": (bytes) => parseReport(decode(bytes)),
  ".md": (bytes) => parseReport(decode(bytes)),
  ".html": (bytes) => parseReport(decode(bytes)),
  ".htm": (bytes) => parseReport(decode(bytes)),
};

/** `name.expected.json` → the sources `name.*` beside it. */
const fixtures = files
  .filter((f) => f.endsWith(".expected.json"))
  .map((expectedFile) => {
    const name = expectedFile.slice(0, -".expected.json".length);
    const sources = files.filter((f) => f !== expectedFile && f.startsWith(`${name}.`) && !f.endsWith(".json"));
    return { name, expectedFile, sources };
  });

const extensionOf = (file: string): string => /\.[^.]+$/.exec(file)?.[0].toLowerCase() ?? "";

/** The 表三 and 表四 cells of an edition. */
const tableCells = (edition: Report["edition"]): readonly CellEntry[] =>
  cellsOf(edition).filter((c) => c.path.startsWith("applications.") || c.path.startsWith("reviewLitigation."));

const isTableCell = (path: string): boolean => path.startsWith("applications.") || path.startsWith("reviewLitigation.");

/** The findings of the 表三/表四 rules, in a comparable form. */
function tableFindings(report: Report): string[] {
  return checkReport(report)
    .findings.filter((f: Finding) => f.cells.length > 0 && f.cells.every(isTableCell))
    .map((f) => `${f.rule} ${f.status} ${f.cells.join(",")} ${f.left ?? ""}/${f.right ?? ""}`);
}

interface Tally {
  readonly file: string;
  exact: number;
  blank: number;
  wrong: number;
  note: string;
}
const tallies: Tally[] = [];

afterAll(() => {
  const lines = tallies.map(
    (t) =>
      `${t.file.padEnd(28)} exact ${String(t.exact).padStart(3)}  null ${String(t.blank).padStart(3)}  wrong ${String(t.wrong).padStart(3)}${t.note}`,
  );
  console.log(`real reports, 表三/表四 cells per file:\n${lines.join("\n")}`);
});

describe("real published reports", () => {
  it("has real reports of both editions with their true figures", () => {
    const editions = fixtures.map(
      (f) => (JSON.parse(readFileSync(new URL(f.expectedFile, dir), "utf8")) as Report).edition,
    );
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    expect(editions.filter((e) => e === "2019").length).toBeGreaterThanOrEqual(2);
    expect(fixtures.filter((f) => f.sources.length === 0).map((f) => f.name)).toEqual([]);
  });

  for (const { expectedFile, sources } of fixtures) {
    const expected = JSON.parse(readFileSync(new URL(expectedFile, dir), "utf8")) as Report;
    for (const file of sources) {
      const reader = readers[extensionOf(file)];
      if (reader === undefined) {
        it.skip(`${file}: no reader for ${extensionOf(file)} yet`, () => {});
        continue;
      }
      describe(file, async () => {
        const result = await reader(new Uint8Array(readFileSync(new URL(file, dir))));
        const report = result.report;
        const named = new Set(result.diagnostics.flatMap((d) => d.cells ?? []));
        const cells = tableCells(expected.edition).map((c) => {
          const want = readCell(expected, c.segments) ?? null;
          const got = report === null ? null : (readCell(report, c.segments) ?? null);
          return { cell: c, want, got };
        });
        const wrong = cells.filter(({ want, got }) => got !== null && got !== want);
        const unread = cells.filter(({ want, got }) => got === null && want !== null);
        const tally: Tally = {
          file,
          exact: cells.filter(({ want, got }) => got === want).length,
          blank: unread.length,
          wrong: wrong.length,
          note: "",
        };
        tallies.push(tally);

        it("gives no wrong number in 表三/表四", () => {
          expect(wrong.map(({ cell, want, got }) => `${cell.path}: ${got} (true ${want})`)).toEqual([]);
        });

        it("names every 表三/表四 cell it could not read", () => {
          expect(unread.filter(({ cell }) => !named.has(cell.path)).map(({ cell }) => cell.path)).toEqual([]);
        });

        it("gives the organ, year, edition and publication date", () => {
          const meta = (r: Report | null) =>
            r === null ? null : { organ: r.organ, year: r.year, edition: r.edition, publishedOn: r.publishedOn };
          expect(meta(report)).toEqual(meta(expected));
        });

        it("finds of 表三/表四 what the true figures give, where every cell was read", () => {
          if (report === null || report.edition !== expected.edition || unread.length > 0 || wrong.length > 0) {
            tally.note = "  (findings not compared: not every cell read)";
            return;
          }
          const truth = {
            ...report,
            applications: expected.applications,
            reviewLitigation: expected.reviewLitigation,
          } as Report;
          expect(tableFindings(report)).toEqual(tableFindings(truth));
        });
      });
    }
  }
});
