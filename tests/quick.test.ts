/**
 * `npm run test:quick` stays honest: every test file is either in the quick set or left out for a stated reason —
 * a need of tests/support/needs.ts (the build, a browser, a packed tarball, a registry install, LibreOffice), which
 * the file declares with vitest's file tag and which its code shows (through the helpers it imports too). A file
 * that starts to spawn dist/cli.js without the tag fails here, so does a tag on a file that shows no such need.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import base from "../vitest.config.js";
import quick, { quickRuns } from "../vitest.quick.config.js";
import { moduleTags, type Need, needs, needsShownBy, quickExcluded, root, testFiles } from "./support/needs.js";

const files = testFiles();
const tagsOf = (file: string) => moduleTags(readFileSync(join(root, file), "utf8"));
const known = Object.keys(needs) as Need[];
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };

describe("the quick test set", () => {
  it("finds the test files (unit, property, type tests), this one among them", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain("tests/quick.test.ts");
    expect(files.some((f) => f.endsWith(".test-d.ts"))).toBe(true);
  });

  it("every need has a reason, and vitest knows each as a tag (strict: an unknown tag fails the run)", () => {
    for (const need of known) expect(needs[need].length, need).toBeGreaterThan(20);
    expect((base.test?.tags ?? []).map((t) => t.name).sort()).toEqual([...known].sort());
    expect(base.test?.strictTags ?? true).toBe(true);
  });

  it("every file declares exactly the needs its code shows (tag it, or teach tests/support/needs.ts a signal)", () => {
    const wrong = files
      .map((f) => ({ file: f, declared: [...new Set(tagsOf(f))].sort(), shown: needsShownBy(f) }))
      .filter((x) => x.declared.join() !== x.shown.join())
      .map((x) => `${x.file}: declares [${x.declared.join(", ")}], shows [${x.shown.join(", ")}]`);
    expect(wrong).toEqual([]);
  });

  it("the needs are found through the helpers a file imports, not only in its own code", () => {
    // tests/export/cli.test.ts spawns the built CLI through tests/support/run-cli.ts
    expect(needsShownBy("tests/support/run-cli.ts")).toEqual(["dist"]);
    expect(needsShownBy("tests/support/chromium.ts")).toEqual(["browser"]);
    expect(needsShownBy("tests/support/runs.ts")).toEqual([]);
  });

  it("leaves out the tagged files and only those; the rest of tests/**/*.test.ts runs", () => {
    const tagged = files.filter((f) => tagsOf(f).length > 0);
    expect(quickExcluded()).toEqual(tagged);
    const exclude = quick.test?.exclude ?? [];
    for (const f of tagged) expect(exclude, f).toContain(f);
    for (const f of files.filter((x) => x.endsWith(".test.ts") && !tagged.includes(x)))
      expect(exclude, f).not.toContain(f);
    expect(quick.test?.include).toEqual(["tests/**/*.test.ts"]);
    // the cli/ and package/ folders keep unit tests of their own (units.test.ts, typedoc.test.ts)
    expect(tagged.length).toBeLessThan(files.length / 2);
  });

  it("the type tests (*.test-d.ts) are left to the type checker: tsconfig includes tests/", () => {
    expect(quick.test?.typecheck?.enabled).toBe(false);
    expect(base.test?.typecheck?.enabled).toBe(true);
    const tsconfig = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")) as { include: string[] };
    expect(tsconfig.include).toContain("tests");
  });

  it("runs properties at a low count and never builds; npm test still runs everything", () => {
    expect(Number(quickRuns)).toBeLessThanOrEqual(20);
    expect(quick.test?.env?.ZFXXGK_RUNS).toBe(process.env.ZFXXGK_RUNS || quickRuns);
    expect(pkg.scripts["test:quick"]).toContain("vitest.quick.config.ts");
    expect(pkg.scripts["test:quick"]).not.toMatch(/\b(build|tsup|pack)\b/);
    expect(pkg.scripts.test).toMatch(/\bvitest run\b(?! --config)/);
    expect(base.test?.exclude).toBeUndefined();
  });
});
