// @module-tag dist
/**
 * `zfxxgk export` and `zfxxgk import` through the built binary on real published reports (tests/fixtures/real):
 * the sheet has one row per file with its source, CSV, XLSX and JSON Lines read back to the very reports `parse`
 * reads from the files, and `import --check` finds what `check` finds on the files.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as csvParse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportColumns } from "../../src/export.js";
import { builtCli, runCli } from "../support/run-cli.js";

const root = new URL("../..", import.meta.url).pathname;
const real = join(root, "tests", "fixtures", "real");

/** Published reports that print their organ and year: text, web pages, Markdown. */
const files = [
  "pingtan-2019.txt",
  "pingtan-2020.txt",
  "pingtan-2021.txt",
  "pingtan-2022.txt",
  "pingtan-2023.html",
  "pingtan-2024.html",
  "pingtan-2025.txt",
  "shanghai-2019.html",
  "shanghai-2025.md",
  "shanghai-kewei-2024.md",
].map((f) => join(real, f));

const run = runCli;

/** A published report read in full (parse exits 0 on it). */
const whole = join(real, "pingtan-2023.html");

const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

let dir = "";
/** What `zfxxgk parse` reads from each file. */
let parsed: Record<string, unknown>[] = [];
/** The exit `export` owes: 3 when `parse` could read a file only in part (as parse says with its own 3), else 0. */
let exportExit = 0;
beforeAll(() => {
  if (!existsSync(builtCli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-export-"));
  parsed = files.map((f) => {
    const r = run(["parse", f]);
    // 0, or 3 where part of a table could not be read (those figures are null, and read back null)
    expect([0, 3], `${f}: ${r.stderr}`).toContain(r.status);
    if (r.status === 3) exportExit = 3;
    return JSON.parse(r.stdout) as Record<string, unknown>;
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("zfxxgk export on real files", () => {
  it("writes one CSV row per file, with its source file, edition and the official headers", () => {
    const out = join(dir, "reports.csv");
    const r = run(["export", ...files, "--to", "csv", "-o", out]);
    expect(r.status, r.stderr).toBe(exportExit);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvParse(bytes.toString("utf8"), { bom: true }) as string[][];
    const headers = exportColumns().map((c) => c.header);
    expect(rows[0]).toEqual(headers);
    expect(rows).toHaveLength(files.length + 1);
    const at = (h: string) => headers.indexOf(h);
    rows.slice(1).forEach((row, i) => {
      expect(row[at("来源文件")]).toBe(files[i]);
      expect(row[at("格式版本")]).toBe(parsed[i]?.edition);
      expect(row[at("发布机关")]).toBe(parsed[i]?.organ);
      expect(Number(row[at("报告年度")])).toBe(parsed[i]?.year);
    });
  });

  for (const to of ["csv", "xlsx", "jsonl"] as const) {
    it(`reads its ${to} back (zfxxgk import) to the reports parse reads from the files`, () => {
      const out = join(dir, `back.${to}`);
      expect(run(["export", ...files, "--to", to, "-o", out]).status).toBe(exportExit);
      const back = run(["import", out]);
      expect(back.status, back.stderr).toBe(0);
      expect(jsonLines(back.stdout)).toEqual(parsed);
    });
  }

  it("import --check --json finds on each row what check --json finds on its file", () => {
    const out = join(dir, "check.xlsx");
    expect(run(["export", ...files, "--to", "xlsx", "-o", out]).status).toBe(exportExit);
    const imported = run(["import", out, "--check", "--json"]);
    const checked = run(["check", "--json", ...files]);
    const key = (f: { rule: string; status: string; cells: string[] }) => `${f.rule} ${f.status} ${f.cells.join(",")}`;
    const rows = jsonLines(imported.stdout) as { findings: { rule: string; status: string; cells: string[] }[] }[];
    const lines = jsonLines(checked.stdout) as typeof rows;
    expect(rows).toHaveLength(files.length);
    rows.forEach((row, i) => {
      expect(row.findings.map(key).sort(), files[i]).toEqual((lines[i]?.findings ?? []).map(key).sort());
    });
    // the exit code as check's, less what only reading the files can tell (a table not read is `incomplete` there)
    const hasErrors = rows.some((r) =>
      r.findings.some((f) => (f as { severity?: string }).severity === "error" && f.status === "fail"),
    );
    expect(imported.status).toBe(hasErrors ? 1 : 0);
  });

  it("exits 3 when a file was read only in part, as parse does, and says what was not read", () => {
    const partial = files.filter((_f, i) => parsed[i] !== undefined && run(["parse", files[i] as string]).status === 3);
    expect(partial.length, "the real fixtures include texts read in part").toBeGreaterThan(0);
    const r = run(["export", partial[0] as string, "--to", "jsonl"]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(partial[0]);
    expect(jsonLines(r.stdout)).toHaveLength(1);
    expect(exportExit).toBe(3);
  });

  it("says which file could not be read, writes the others, and exits 2", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"edition":"2021"}');
    const out = join(dir, "partial.jsonl");
    const r = run(["export", whole, bad, "--to", "jsonl", "-o", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("bad.json");
    expect(jsonLines(readFileSync(out, "utf8"))).toHaveLength(1);
  });

  it("refuses an XLSX to the terminal, an unknown format, and an existing file without --force", () => {
    expect(run(["export", whole, "--to", "xlsx"]).status).toBe(2);
    expect(run(["export", whole, "--to", "pdf"]).status).toBe(2);
    const out = join(dir, "exists.csv");
    writeFileSync(out, "keep");
    expect(run(["export", whole, "-o", out]).status).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("keep");
    expect(run(["export", whole, "-o", out, "--force"]).status).toBe(0);
    expect(readFileSync(out, "utf8")).not.toBe("keep");
  });

  it("import reports a figure that is not a number with its row and column, and exits 3", () => {
    const csv = join(dir, "typed.csv");
    expect(run(["export", whole, "-o", csv]).status).toBe(0);
    const rows = csvParse(readFileSync(csv, "utf8"), { bom: true }) as string[][];
    const i = rows[0]?.indexOf("表三（一）予以公开·自然人") ?? -1;
    (rows[1] as string[])[i] = "十二";
    writeFileSync(csv, rows.map((r) => r.map((c) => JSON.stringify(c)).join(",")).join("\n"));
    const r = run(["import", csv]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain("第 2 行");
    expect(r.stderr).toContain("表三（一）予以公开·自然人");
    expect(jsonLines(r.stdout)).toHaveLength(1);
  });
});
