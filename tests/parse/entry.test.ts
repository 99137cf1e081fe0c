/**
 * The HTML parser is a dependency of `zfxxgk/parse` only: the root entry's import graph never reaches
 * parse5 (nor the parser), and the parser's reaches no optional peer (zod, io-ts, fp-ts, fast-check).
 * Checked on the sources by following their import statements.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = new URL("../../src/", import.meta.url).pathname;

/** Every module reached from an entry: local files by path, packages by name. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [join(src, entry)];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)) {
      const spec = m[1] as string;
      if (m[0].includes("import type") || m[0].includes("export type")) continue;
      if (!spec.startsWith(".")) {
        packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] as string));
        continue;
      }
      const target = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
      if (existsSync(target)) todo.push(target);
    }
  }
  return { files, packages };
}

describe("entries", () => {
  it("the root entry never loads parse5 or the parser", () => {
    const root = graph("index.ts");
    expect([...root.packages]).toEqual([]);
    expect([...root.files].filter((f) => f.includes("/src/parse"))).toEqual([]);
  });

  it("zfxxgk/parse loads parse5 and nothing else from npm", () => {
    const parse = graph("parse.ts");
    expect([...parse.packages]).toEqual(["parse5"]);
  });
});
