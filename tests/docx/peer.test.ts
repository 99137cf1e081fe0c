// @module-tag dist
/**
 * `docx` is an optional peer of `zfxxgk/docx`, needed by `renderDocx` only: the built entry (ESM and CommonJS),
 * copied where no `docx` package can be found, still reads a Word file, and `renderDocx` rejects with a message
 * that names the fix (`npm i docx`) instead of failing on import. The same entry where `docx` is installed writes
 * a file that reads back.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
let dir = "";

beforeAll(() => {
  if (!existsSync(join(root, "dist/docx.js")))
    throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-peer-"));
  cpSync(join(root, "dist"), join(dir, "dist"), { recursive: true });
  cpSync(join(root, "examples/lianzhou-2023.json"), join(dir, "seed.json"));
  cpSync(join(root, "tests/fixtures/real/official-template-2021.docx"), join(dir, "template.docx"));
});

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

/** Runs a script in the copy (no node_modules above it) and returns what it printed as JSON. */
function run(name: string, script: string): { read: string | null; error: string | null } {
  writeFileSync(join(dir, name), script);
  return JSON.parse(execFileSync(process.execPath, [name], { cwd: dir, encoding: "utf8" }));
}

describe("zfxxgk/docx without the docx package", () => {
  it("ESM: parseDocx reads; renderDocx rejects naming npm i docx", () => {
    const out = run(
      "esm.mjs",
      `import { readFileSync } from "node:fs";
import { parseDocx, renderDocx } from "./dist/docx.js";
const read = parseDocx(readFileSync("template.docx")).edition.edition;
let error = null;
try { await renderDocx(JSON.parse(readFileSync("seed.json", "utf8"))); } catch (e) { error = e.message; }
console.log(JSON.stringify({ read, error }));`,
    );
    expect(out.read).toBe("2021");
    expect(out.error).toContain("npm i docx");
    expect(out.error).toContain("docx 包");
  });

  it("CommonJS: the same", () => {
    const out = run(
      "cjs.cjs",
      `const { readFileSync } = require("node:fs");
const { parseDocx, renderDocx } = require("./dist/docx.cjs");
const read = parseDocx(readFileSync("template.docx")).edition.edition;
renderDocx(JSON.parse(readFileSync("seed.json", "utf8"))).then(
  () => console.log(JSON.stringify({ read, error: null })),
  (e) => console.log(JSON.stringify({ read, error: e.message })),
);`,
    );
    expect(out.read).toBe("2021");
    expect(out.error).toContain("npm i docx");
  });

  it("with docx installed (linked beside the copy), the built entry (ESM and CommonJS) writes a file that reads back", () => {
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
    const out = run(
      "with.mjs",
      `import { readFileSync } from "node:fs";
import { parseDocx, renderDocx } from "./dist/docx.js";
const seed = JSON.parse(readFileSync("seed.json", "utf8"));
const back = parseDocx(await renderDocx(seed)).report;
console.log(JSON.stringify({ read: JSON.stringify(back.applications) === JSON.stringify(seed.applications) ? "same" : "different", error: null }));`,
    );
    expect(out).toEqual({ read: "same", error: null });
    const cjs = run(
      "with.cjs",
      `const { readFileSync } = require("node:fs");
const { parseDocx, renderDocx } = require("./dist/docx.cjs");
const seed = JSON.parse(readFileSync("seed.json", "utf8"));
renderDocx(seed).then((bytes) => {
  const back = parseDocx(bytes).report;
  console.log(JSON.stringify({ read: JSON.stringify(back.applications) === JSON.stringify(seed.applications) ? "same" : "different", error: null }));
});`,
    );
    expect(cjs).toEqual({ read: "same", error: null });
  });
});
