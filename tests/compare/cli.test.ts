// @module-tag dist
/**
 * `zfxxgk compare` through the built binary (`npm test` builds before vitest runs).
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareReports } from "../../src/compare.js";
import type { Report } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const real = join(root, "tests", "fixtures", "real");
const schema = JSON.parse(readFileSync(join(root, "docs", "compare-output.schema.json"), "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function run(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    cwd: root,
    env: { ...process.env, NO_COLOR: "1" },
  });
}

const lines = (text: string) =>
  text
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-compare-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (year: number) => join(real, `pingtan-${year}.html`);
const parsed = (year: number) => parseReport(readFileSync(page(year), "utf8")).report as Report;

describe("zfxxgk compare LAST THIS", () => {
  it("prints the comparison; --json is the library's comparison, valid against docs/compare-output.schema.json", () => {
    const text = run(["compare", page(2023), page(2024)]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain("平潭综合实验区 2023—2024 年度报告对比");
    expect(text.stdout).toContain("X.jump");
    const json = run(["compare", "--json", page(2023), page(2024)]);
    expect(json.status, json.stderr).toBe(0);
    const [line, ...rest] = lines(json.stdout);
    expect(rest).toEqual([]);
    expect(validate(line), JSON.stringify(validate.errors)).toBe(true);
    expect(line?.kind).toBe("pair");
    expect(line?.comparison).toEqual(JSON.parse(JSON.stringify(compareReports(parsed(2023), parsed(2024)))));
  });

  it("a broken carry-over exits 1 and says so", () => {
    const before = join(dir, "a.json");
    const now = join(dir, "b.json");
    const last = parsed(2023);
    const next = structuredClone(parsed(2024));
    writeFileSync(before, JSON.stringify(last));
    next.applications.carriedOver.total = 3;
    writeFileSync(now, JSON.stringify(next));
    const r = run(["compare", "--json", before, now]);
    expect(r.status, r.stderr).toBe(1);
    const c = lines(r.stdout)[0]?.comparison as { ok: boolean; findings: { rule: string; status: string }[] };
    expect(c.ok).toBe(false);
    expect(c.findings.some((f) => f.rule === "X.carry-over" && f.status === "fail")).toBe(true);
    expect(run(["compare", before, now]).stdout).toContain("✗ X.carry-over");
  });

  it("--to html -o writes a page atomically, and never over a file without --force", () => {
    const out = join(dir, "compare.html");
    const first = run(["compare", page(2023), page(2024), "--to", "html", "-o", out]);
    expect(first.status, first.stderr).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<mark class="zfxxgk-reused">');
    writeFileSync(out, "kept");
    expect(run(["compare", page(2023), page(2024), "--to", "html", "-o", out]).status).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("kept");
    expect(run(["compare", page(2023), page(2024), "--to", "markdown", "-o", out, "--force"]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("## 文字重复");
  });

  it("usage errors exit 2", () => {
    expect(run(["compare"]).status).toBe(2);
    expect(run(["compare", "--json", "--to", "html", page(2023), page(2024)]).status).toBe(2);
    expect(run(["compare", "--to", "pdf", page(2023), page(2024)]).status).toBe(2);
    expect(run(["compare", "--year", "2024", page(2023), page(2024)]).status).toBe(2);
  });
});

describe("zfxxgk compare FOLDER", () => {
  it("pairs each organ's consecutive years and lists the files left unpaired", () => {
    const folder = join(dir, "reports");
    mkdirSync(folder);
    for (const name of [
      "pingtan-2023.html",
      "pingtan-2024.html",
      "pingtan-2024.txt",
      "pingtan-2025.txt",
      "huaian-2024.raw.txt",
    ])
      copyFileSync(join(real, name), join(folder, name));
    writeFileSync(join(folder, "notes.txt"), "不是年度报告");
    writeFileSync(join(folder, "broken.json"), '{"edition":"2021"}');
    const r = run(["compare", "--json", folder]);
    // a file that cannot be read makes the run exit 2; the pairs are still printed
    expect(r.status, r.stderr).toBe(2);
    const out = lines(r.stdout);
    for (const l of out) expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
    const pairs = out
      .filter((l) => l.kind === "pair")
      .map((l) => [(l.previous as { file: string }).file, (l.current as { file: string }).file]);
    expect(pairs).toEqual([
      [join(folder, "pingtan-2023.html"), join(folder, "pingtan-2024.html")],
      [join(folder, "pingtan-2024.html"), join(folder, "pingtan-2025.txt")],
    ]);
    const others = out.filter((l) => l.kind !== "pair").map((l) => [l.kind, l.file, l.reason ?? null]);
    expect(others).toEqual(
      expect.arrayContaining([
        ["unmatched", join(folder, "pingtan-2024.txt"), "duplicate"],
        ["unmatched", join(folder, "huaian-2024.raw.txt"), "alone"],
        ["unmatched", join(folder, "notes.txt"), "year-missing"],
        ["unusable", join(folder, "broken.json"), null],
      ]),
    );
    expect(others).toHaveLength(4);
    const text = run(["compare", folder]);
    expect(text.stdout).toContain("未配对");
    expect(text.stdout).toContain("huaian-2024.raw.txt");
  });

  it("a folder with no consecutive years exits 2", () => {
    const folder = join(dir, "lonely");
    mkdirSync(folder);
    copyFileSync(join(real, "huaian-2024.raw.txt"), join(folder, "huaian.txt"));
    const r = run(["compare", folder]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("没有可比较的相邻年度报告");
  });
});
