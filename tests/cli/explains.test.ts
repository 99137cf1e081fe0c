// @module-tag dist
/**
 * The command line explains itself (issue 16): each command's --help (its options — exactly those it takes —, inputs,
 * output and exit codes), --version, `-` for standard input, messages entirely in the chosen language (no
 * 「文件不存在 / no such file」, no system error code or temporary file name), JSON errors with line and column, a
 * summary that counts errors, warnings and 「无法核对」 apart, `render` saying on stderr when the report's figures
 * do not add up, and `render --to text --width N`.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands, optionsOf } from "../../src/cli/help.js";
import { displayWidth } from "../../src/render/width.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const seedJson = join(root, "examples", "lianzhou-2023.json");
const withErrors = join(root, "examples", "with-errors.json");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-explains-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], input?: string | Uint8Array): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    cwd: root,
    env: { ...process.env, NO_COLOR: "1" },
    ...(input === undefined ? {} : { input }),
  });
}

const han = /\p{Script=Han}/u;
/** English words that would betray a Chinese message mixed with its translation. */
const english = /\b(?:no such|cannot|invalid|unknown|usage|give|not|file|folder|error)\b/i;

describe("--help and --version", () => {
  it("--version prints the package's version", () => {
    for (const flag of ["--version", "-V", "version"]) {
      const r = run([flag]);
      expect([r.status, r.stdout]).toEqual([0, `${version}\n`]);
    }
  });

  it.each(commands.map((c) => [c]))(
    "%s --help lists exactly the options it takes, its input, output and exit codes",
    (command) => {
      const zh = run([command, "--help"]);
      expect(zh.status).toBe(0);
      expect(run(["help", command]).stdout).toBe(zh.stdout);
      const flags = [...zh.stdout.matchAll(/^ {2}(?:-\w, )?--([\w-]+)/gm)].map((m) => m[1]).filter((f) => f !== "help");
      const short = /^ {2}-o FILE/m.test(zh.stdout) ? ["output"] : [];
      expect([...flags, ...short].sort()).toEqual([...optionsOf[command]].sort());
      for (const part of ["用法：", "读入：", "输出：", "退出码："]) expect(zh.stdout).toContain(part);
      const en = run([command, "--help", "--lang", "en"]);
      expect(en.status).toBe(0);
      for (const part of ["usage: ", "input: ", "output: ", "exit: "]) expect(en.stdout).toContain(part);
      expect(en.stdout).not.toMatch(han);
    },
  );

  it("help and --help print the usage of every command in one language; no command at all is a usage error", () => {
    const zh = run(["--help"]);
    expect(zh.status).toBe(0);
    for (const c of commands) expect(zh.stdout).toContain(`zfxxgk ${c}`);
    expect(zh.stdout).not.toMatch(/ \/ [a-z]/);
    expect(run(["help", "--lang", "en"]).stdout).not.toMatch(han);
    expect(run([]).status).toBe(2);
    const unknown = run(["help", "frobnicate"]);
    expect([unknown.status, unknown.stderr]).toEqual([2, "zfxxgk: 没有命令 frobnicate\n用法见 zfxxgk --help\n"]);
  });
});

describe("one language at a time", () => {
  it("usage errors name the option, in the chosen language only", () => {
    const zh = run(["check", "--nope", seedJson]);
    expect([zh.status, zh.stderr]).toEqual([2, "zfxxgk: check 没有选项 --nope\n用法见 zfxxgk check --help\n"]);
    const en = run(["check", "--nope", seedJson, "--lang", "en"]);
    expect([en.status, en.stderr]).toEqual([2, "zfxxgk: check has no option --nope\nsee zfxxgk check --help\n"]);
    const unused = run(["parse", seedJson, "--to", "html", "--lang", "en"]);
    expect([unused.status, unused.stderr.split("\n")[0]]).toEqual([2, "zfxxgk: parse does not take --to"]);
  });

  it("a missing file, in Chinese only or English only (no system code, no mixed pair)", () => {
    const zh = run(["check", join(dir, "missing.json")]);
    expect(zh.status).toBe(2);
    expect(zh.stdout).toContain("文件或文件夹不存在");
    expect(zh.stdout.replace(dir, "")).not.toMatch(english);
    expect(zh.stdout).not.toMatch(/ENOENT/);
    const en = run(["check", join(dir, "missing.json"), "--lang", "en"]);
    expect(en.stdout).toContain("no such file or folder");
    expect(en.stdout).not.toMatch(han);
  });

  it("an output that cannot be written: no temporary file name, no system message", () => {
    const out = join(dir, "no-such-folder", "report.html");
    for (const [lang, text] of [
      ["zh", `无法写入 ${out}：文件或文件夹不存在`],
      ["en", `cannot write ${out}: no such file or folder`],
    ] as const) {
      const r = run(["render", seedJson, "--to", "html", "-o", out, "--lang", lang]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toBe(text);
    }
  });

  it("JSON errors say the line and the column", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{\n  "edition": "2021",\n  "organ": 某县\n}');
    const zh = run(["check", bad]);
    expect(zh.stdout).toContain("JSON 格式错误，第 3 行第 12 列：此处有意外的字符「某」，应为一个值");
    const en = run(["check", bad, "--lang", "en"]);
    expect(en.stdout).toContain("invalid JSON at line 3, column 12: unexpected “某” here: a value is expected");
  });
});

describe("standard input, the summary, render", () => {
  it("- reads standard input: check, parse and render, JSON or a published report", () => {
    const seed = readFileSync(seedJson, "utf8");
    const checked = run(["check", "-"], seed);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain("连州市人民政府办公室");
    const text = readFileSync(join(root, "tests", "fixtures", "lianzhou-2023.txt"));
    const parsed = run(["parse", "-"], text);
    expect(parsed.status).toBe(0);
    expect(JSON.parse(parsed.stdout)).toMatchObject({ organ: "连州市人民政府办公室", year: 2023 });
    expect(run(["render", "-", "--to", "markdown"], seed).stdout).toBe(
      run(["render", seedJson, "--to", "markdown"]).stdout,
    );
    expect(run(["check", "--json", "-"], seed).stdout).toContain('"file":"-"');
  });

  it("the summary counts errors, warnings and the checks that could not be made apart", () => {
    const zh = run(["check", withErrors, seedJson]);
    const last = zh.stdout.trim().split("\n").pop() as string;
    const json = run(["check", "--json", withErrors]).stdout;
    const findings = (JSON.parse(json) as { findings: { severity: string; status: string }[] }).findings;
    const errors = findings.filter((f) => f.severity === "error" && f.status === "fail").length;
    expect(errors).toBeGreaterThan(0);
    expect(last).toMatch(new RegExp(`^2 个文件，1 个有错误；${errors} 处错误，\\d+ 处提示，\\d+ 处无法核对$`));
    const en = run(["check", withErrors, "--lang", "en"]).stdout.trim().split("\n").pop() as string;
    expect(en).toMatch(new RegExp(`^1 files, 1 with errors; ${errors} errors, \\d+ warnings, \\d+ not assessable$`));
    expect(Number(/(\d+) 处无法核对/.exec(last)?.[1])).toBe(Number(/(\d+) not assessable/.exec(en)?.[1]));
  });

  it("render says on stderr when the report's figures do not add up, and renders it all the same", () => {
    const r = run(["render", withErrors, "--to", "markdown"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/注意：报告的数字有 \d+ 处错误/);
    expect(r.stdout).toContain("（七）总计");
    expect(run(["render", seedJson, "--to", "markdown"]).stderr).toBe("");
  });

  it.each([80, 100, 120])("render --to text --width %i: every table line fits, the figures whole", (width) => {
    const r = run(["render", seedJson, "--to", "text", "--width", String(width)]);
    expect(r.status).toBe(0);
    const table = r.stdout.split("\n").filter((l) => /^[|+]/.test(l));
    expect(table.length).toBeGreaterThan(30);
    expect(Math.max(...table.map((l) => displayWidth(l)))).toBeLessThanOrEqual(width);
    // 表三's first row: its figures, each whole, in one line
    expect(r.stdout).toMatch(/\|\s+11 \|\s+0 \|\s+0 \|\s+0 \|\s+0 \|\s+0 \|\s+11 \|/);
  });

  it("render --to text without a terminal is 100 columns wide; --width only with --to text", () => {
    const lines = run(["render", seedJson, "--to", "text"])
      .stdout.split("\n")
      .filter((l) => /^[|+]/.test(l));
    expect(Math.max(...lines.map((l) => displayWidth(l)))).toBeLessThanOrEqual(100);
    expect(run(["render", seedJson, "--to", "html", "--width", "80"]).status).toBe(2);
    expect(run(["render", seedJson, "--width", "8"]).status).toBe(2);
  });
});
