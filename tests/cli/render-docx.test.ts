// @module-tag dist
/**
 * `zfxxgk render FILE --to docx`: the report as a Word file, through the built binary — written atomically with
 * `-o` (never over a file without `--force`), or to a pipe; refused on a terminal (binary output); from model JSON
 * or from a published report; without the optional `docx` package, exit 2 and a line naming `npm i docx`.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocx } from "../../src/docx.js";
import type { Report } from "../../src/model/report.generated.js";
import { differences } from "../docx/support.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const seedJson = join(root, "examples", "lianzhou-2023.json");
const seedText = join(root, "tests", "fixtures", "lianzhou-2023.txt");
const seed = JSON.parse(readFileSync(seedJson, "utf8")) as Report;

let dir = "";
beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-cli-docx-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], options: { cli?: string; cwd?: string } = {}) {
  return spawnSync(process.execPath, [options.cli ?? cli, ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, NO_COLOR: "1" },
  });
}

describe("zfxxgk render --to docx", () => {
  it("-o writes a Word file that reads back to the same tables and metadata; no overwrite without --force", () => {
    const out = join(dir, "报告.docx");
    const r = run(["render", seedJson, "--to", "docx", "-o", out]);
    expect(r.status, r.stderr.toString()).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(differences(seed, parseDocx(bytes).report)).toEqual([]);
    writeFileSync(out, "keep me");
    const refused = run(["render", seedJson, "--to", "docx", "-o", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.toString()).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(run(["render", seedJson, "--to", "docx", "-o", out, "--force"]).status).toBe(0);
    expect(new Uint8Array(readFileSync(out))).toEqual(bytes);
  });

  it("to a pipe: the bytes of the same file; from a published report (text) as from its JSON", () => {
    const piped = run(["render", seedJson, "--to", "docx"]);
    expect(piped.status).toBe(0);
    expect(piped.stdout.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(differences(seed, parseDocx(new Uint8Array(piped.stdout)).report)).toEqual([]);
    const fromText = run(["render", seedText, "--to", "docx"]);
    expect(fromText.status, fromText.stderr.toString()).toBe(0);
    expect(differences(seed, parseDocx(new Uint8Array(fromText.stdout)).report)).toEqual([]);
  });

  it("refused on a terminal: exit 2, -o named, nothing binary printed", () => {
    // `script` gives the command a terminal for stdout
    const r = spawnSync("script", ["-qec", `${process.execPath} ${cli} render ${seedJson} --to docx`, "/dev/null"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("-o");
    expect(r.stdout).not.toContain("PK\u0003\u0004");
  });

  it("an unknown --to names docx among the formats", () => {
    const r = run(["render", seedJson, "--to", "doc"]);
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toContain("docx");
  });

  it("without the docx package: exit 2 and a line naming npm i docx", () => {
    const copy = join(dir, "copy");
    cpSync(join(root, "dist"), join(copy, "dist"), { recursive: true });
    const r = run(["render", seedJson, "--to", "docx", "-o", join(dir, "none.docx")], {
      cli: join(copy, "dist", "cli.js"),
      cwd: copy,
    });
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toContain("npm i docx");
    expect(existsSync(join(dir, "none.docx"))).toBe(false);
  });
});
