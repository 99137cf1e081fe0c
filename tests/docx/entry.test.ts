/**
 * What `zfxxgk/docx` loads: from its source, the packages reached through its imports are fflate and saxes
 * (bundled into the entry by tsup) and nothing else — not the HTML or Markdown parsers of `zfxxgk/parse`.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The packages a source module reaches through its static imports (type-only imports left out). */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
      const [, typeOnly, target] = m;
      if (typeOnly !== undefined || target === undefined) continue;
      if (target.startsWith(".")) stack.push(resolve(dirname(file), target.replace(/\.js$/, ".ts")));
      else packages.add(target);
    }
  }
  return packages;
}

describe("zfxxgk/docx", () => {
  it("reaches fflate and saxes only", () => {
    const entry = resolve(dirname(fileURLToPath(import.meta.url)), "../../src/docx.ts");
    expect([...packagesReached(entry)].sort()).toEqual(["fflate", "saxes"]);
  });
});
