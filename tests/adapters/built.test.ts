// @module-tag dist
/**
 * Tests on the BUILT files (`npm test` builds before it runs vitest; alone: `npm run build` first).
 * The root entry pulls in no validator or test library; the subpath entries run from native Node ESM and
 * from CommonJS.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(root, "dist");
const here = fileURLToPath(new URL("./built", import.meta.url));
const optional = ["zod", "io-ts", "fp-ts", "fast-check"];

/** Module specifiers a built file imports or requires (static, dynamic, re-exports). */
function specifiers(code: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1] as string);
  return out;
}

/** Every file an entry loads (following relative specifiers), and the bare specifiers they name. */
function closure(entry: string): { files: string[]; bare: string[] } {
  const files: string[] = [];
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    for (const s of specifiers(readFileSync(file, "utf8"))) {
      if (s.startsWith(".")) visit(join(dirname(file), s));
      else bare.add(s);
    }
  };
  visit(entry);
  return { files, bare: [...bare] };
}

describe("the built root entry", () => {
  it("exists (run `npm run build` first)", () => {
    for (const f of [
      "index.js",
      "index.cjs",
      "zod.js",
      "io-ts.js",
      "testing.js",
      "schema.js",
      "schema.cjs",
      "rules.js",
      "rules.cjs",
      "render.js",
      "render.cjs",
    ])
      expect(existsSync(join(dist, f)), f).toBe(true);
  });
  it.each(["index.js", "index.cjs", "schema.js", "schema.cjs", "rules.js", "rules.cjs", "render.js", "render.cjs"])(
    "%s and the chunks it loads import no package at all, so neither zod nor io-ts nor fast-check",
    (entry) => {
      const { files, bare } = closure(join(dist, entry));
      expect(files.length).toBeGreaterThan(1); // the chunks were followed
      expect(bare.filter((s) => optional.some((p) => s === p || s.startsWith(`${p}/`)))).toEqual([]);
      expect(bare).toEqual([]);
    },
  );
  it("while the subpath entries do import theirs (the scan would see them)", () => {
    expect(closure(join(dist, "zod.js")).bare).toContain("zod/v4");
    expect(closure(join(dist, "io-ts.js")).bare).toContain("io-ts");
    expect(closure(join(dist, "testing.js")).bare).toContain("fast-check");
    expect(closure(join(dist, "io-ts.cjs")).bare).toContain("io-ts");
  });
  it("requiring index.cjs loads nothing from node_modules", () => {
    const loaded = execFileSync(
      "node",
      [
        "-e",
        `require(${JSON.stringify(join(dist, "index.cjs"))}); console.log(JSON.stringify(Object.keys(require.cache)))`,
      ],
      { encoding: "utf8" },
    );
    const paths = JSON.parse(loaded) as string[];
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.filter((p) => p.includes("node_modules"))).toEqual([]);
  });
  it("the io-ts entry imports only the package root of io-ts (no deep import, no fp-ts)", () => {
    for (const entry of ["io-ts.js", "io-ts.cjs"]) {
      const { bare } = closure(join(dist, entry));
      expect(bare.filter((s) => s.startsWith("io-ts/") || s.startsWith("fp-ts"))).toEqual([]);
    }
  });
});

describe("the built subpath entries from plain Node", () => {
  it.each(["io-ts.mjs", "zod.mjs", "testing.mjs", "schema.mjs", "rules.mjs", "require.cjs"])("%s", (file) => {
    expect(execFileSync("node", [join(here, file)], { encoding: "utf8" }).trim()).toBe("ok");
  });
});
