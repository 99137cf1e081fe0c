// @module-tag dist
/**
 * Found by the adversarial review of issue 18 (item 12, the command line's parts):
 * - `check --json` printed C1 controls (U+0080–U+009F) and bidi overrides (U+202A–U+202E, U+2066–U+2069) from file
 *   names and report text raw — JSON.stringify leaves them so — where a terminal acts on them;
 * - a tab in an unknown key's name shifted the tab-separated `details` (where, message in Chinese, in English), so
 *   that the file's own text stood where the library's message belongs (`check` printed the key's second half as
 *   the message);
 * - options a command does not use were accepted silently (`parse FILE -o out.json` wrote no file and exited 0).
 * Fixed in src/cli: `jsonText` (terminal.ts) writes those characters as `\u` escapes in `check --json` and `parse`;
 * `detail` (load-json.ts) writes a tab inside a field as `\t`; main.ts refuses an option the command does not use
 * (and `--force` without `-o`) with a usage error naming it, exit 2.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { example } from "./support.js";

const root = new URL("../../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const seed = join(root, "examples", "lianzhou-2023.json");
const dir = mkdtempSync(join(tmpdir(), "zfxxgk-escaping-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: dir });
const raw = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/;
const hostile = "\u009b31m\u202e\u2066\u0085\u2069";

describe("regression: check --json and parse escape C1 and bidi controls", () => {
  it("a file name and an organ carrying them: valid JSON, the same values, none of them raw", () => {
    const folder = join(dir, `name${hostile}`);
    mkdirSync(folder);
    const report = { ...example("lianzhou-2023"), organ: `连州市${hostile}人民政府办公室` };
    const file = join(folder, `a${hostile}.json`);
    writeFileSync(file, JSON.stringify(report));
    const r = run("check", "--json", file);
    expect(r.stdout).not.toMatch(raw);
    const line = JSON.parse(r.stdout) as { file: string; organ: string };
    expect(line.file).toBe(file);
    expect(line.organ).toBe(report.organ);
    const parsed = run("parse", file);
    expect(parsed.stdout).not.toMatch(raw);
    expect((JSON.parse(parsed.stdout) as { organ: string }).organ).toBe(report.organ);
  });
});

describe("regression: a tab in a key's name does not shift the details' fields", () => {
  const report = { ...example("lianzhou-2023"), "x\t伪造的消息\tforged message": 1 };
  const file = join(dir, "tab-key.json");
  writeFileSync(file, JSON.stringify(report));

  it("check --json: each detail is where, message (zh), message (en): three fields", () => {
    const r = run("check", "--json", file);
    const line = JSON.parse(r.stdout) as { error: { details: string[] } };
    expect(line.error.details.length).toBeGreaterThan(0);
    for (const d of line.error.details) {
      const fields = d.split("\t");
      expect(fields).toHaveLength(3);
      expect(fields[0]).toBe("x\\t伪造的消息\\tforged message");
      expect(fields[2]).toMatch(/^Unknown key/);
    }
  });

  it("check (for people): the library's message is printed, not the key's text as the message", () => {
    const r = run("check", "--lang", "en", file);
    expect(r.stdout).toMatch(/x\\t伪造的消息\\tforged message {2}Unknown key/);
    expect(r.stdout).not.toMatch(/^ {4}x {2}伪造的消息$/m);
  });
});

describe("regression: an option the command does not use is a usage error naming it", () => {
  it.each([
    [["parse", seed, "-o", "out.json"], "-o"],
    [["parse", seed, "--output", "out.json"], "--output"],
    [["parse", seed, "--to", "html"], "--to"],
    [["check", seed, "--force"], "--force"],
    [["check", seed, "-o", "out.txt"], "-o"],
    [["render", seed, "--json"], "--json"],
    [["render", seed, "--force"], "--force"],
    [["schema", "--json"], "--json"],
    [["example", "--edition", "2019"], "--edition"],
  ])("%j: exit 2, naming %s, nothing written", (args, option) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toContain(option);
    expect(r.stdout).toBe("");
    expect(existsSync(join(dir, "out.json"))).toBe(false);
    expect(existsSync(join(dir, "out.txt"))).toBe(false);
  });

  it("the options a command uses are still accepted", () => {
    expect(run("render", seed, "--to", "text", "-o", "out.txt", "--force", "--lang", "en").status).toBe(0);
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toContain("连州市");
    rmSync(join(dir, "out.txt"));
    expect(run("parse", seed, "--lang", "en", "--year", "2023").status).toBe(0);
    expect(run("check", seed, "--json", "--blank-as-zero", "--edition", "2021").status).toBe(0);
    expect(run("schema", "--edition", "2019").status).toBe(0);
  });
});
