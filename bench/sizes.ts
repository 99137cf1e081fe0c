/**
 * Bundle sizes by size-limit (the configuration in `.size-limit.mjs`, the one `npm test` checks), against
 * the targets of the issue.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { root } from "./lib.js";

/** One entry of `.size-limit.mjs`, measured. */
export interface SizeResult {
  readonly name: string;
  /** min+brotli bytes */
  readonly size: number;
  /** The budget `npm test` enforces, bytes. */
  readonly budget: number;
  readonly passed: boolean;
}

/** The targets of the issue, bytes min+brotli, by the name of the size-limit entry. */
export const sizeTargets: Readonly<Record<string, number>> = {
  "root entry (zfxxgk)": 12_000,
  "checkReport alone": 8_000,
  // issue 16, item 9: a browser pays only for what it needs to read a report
  "zfxxgk/parse, browser build (the platform's DOMParser reads HTML: no HTML parser bundled)": 30_000,
  "zfxxgk/parse, browser build, parseReport alone (strings: text, Markdown, HTML)": 30_000,
};

/**
 * Runs size-limit on the built package.
 *
 * @example
 * ```ts
 * for (const s of sizes()) console.log(s.name, s.size);
 * ```
 */
export function sizes(): SizeResult[] {
  const bin = join(root, "node_modules", "size-limit", "bin.js");
  const r = spawnSync(process.execPath, [bin, "--json"], { cwd: root, encoding: "utf8" });
  const start = r.stdout.indexOf("[");
  if (start < 0) throw new Error(`size-limit failed: ${r.stderr || r.stdout}`);
  const parsed = JSON.parse(r.stdout.slice(start)) as {
    name: string;
    size: number;
    sizeLimit: number;
    passed: boolean;
  }[];
  return parsed.map((x) => ({ name: x.name, size: x.size, budget: x.sizeLimit, passed: x.passed }));
}
