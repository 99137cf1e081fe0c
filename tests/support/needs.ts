/**
 * What a test file needs beyond the sources: a build (dist/), a browser, a packed tarball, a registry install,
 * LibreOffice. A file that needs one says so on a line of its own, with vitest's file tag (read by
 * `vitest --tags-filter` too) and its reason:
 *
 * ```ts
 * // @module-tag dist — spawns dist/cli.js
 * ```
 *
 * `npm run test:quick` (vitest.quick.config.ts) runs every test file with no tag: no build, no browser, no packing,
 * at a low property run count. tests/quick.test.ts keeps the tags honest — a file that imports the Chromium helper,
 * names dist/, runs `npm pack`, `npm install` or `soffice` (itself or through a helper of tests/support) must carry
 * the tag.
 *
 * @example
 * ```ts
 * import { quickExcluded } from "./tests/support/needs.js";
 * const slow = quickExcluded(); // ["tests/cli/cli.test.ts", …]
 * ```
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** The needs a test file may declare, each with the reason it keeps the file out of `npm run test:quick`. */
export const needs = {
  dist: "needs the build: spawns dist/cli.js or reads dist/ (npm test builds first)",
  browser: "launches headless Chromium (tests/support/chromium.ts, playwright-core)",
  pack: "packs the package (npm pack) and reads the tarball",
  registry: "installs the packed tarball and peers with npm install (registry or its cache)",
  libreoffice: "runs LibreOffice (soffice) where it is installed",
} as const;

/** A need's name. */
export type Need = keyof typeof needs;

/** The repository's root, as a path. */
export const root = resolve(dirname(new URL(import.meta.url).pathname), "..", "..");

/** Every test file (`*.test.ts`, `*.test-d.ts`) under tests/, relative to the root, sorted. */
export function testFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "fixtures" && entry.name !== "golden") walk(path);
      } else if (/\.test(?:-d)?\.ts$/.test(entry.name)) found.push(path);
    }
  };
  walk("tests");
  return found.sort();
}

/** The tags a file's source declares (`@module-tag name`, as vitest reads them), in order. */
export function moduleTags(source: string): string[] {
  return [...source.matchAll(/(?:\/\/|\*)\s*@module-tag\s+([\w\-/]+)\b/g)].map((m) => m[1] as string);
}

/** The test files `npm run test:quick` leaves out: those that declare a tag. */
export function quickExcluded(): string[] {
  return testFiles().filter((f) => moduleTags(readFileSync(join(root, f), "utf8")).length > 0);
}

/**
 * How each need shows in code (comments left out): the imports, paths and commands that make it. `dist`: a path
 * into dist/, the built CLI of tests/support/run-cli.ts, or the working tree linked into a node_modules as the
 * package (the docs' code blocks import `zfxxgk` by its name).
 */
const signals: Readonly<Record<Need, RegExp>> = {
  dist: /[,(]\s*["'`]dist["'`]|["'`](?:\.\.\/)*dist\/|\bbuiltCli\b|symlinkSync\(\s*root\b[^;]*["']node_modules["']/,
  browser: /from\s+["'](?:\.\.\/)*(?:support\/)?(?:chromium|browser-bundle)\.js["']|from\s+["']playwright-core["']/,
  pack: /["']pack["']/,
  registry: /["']npm["']\s*,\s*\[\s*["']install["']/,
  libreoffice: /["']soffice["']|\bsoffice\s*\?/,
};

/** A source without its comments (line and block), so that a word in prose is not taken for code. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** The relative modules a source imports (static or dynamic) that lie under tests/, as root-relative paths. */
function localImports(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  return specifiers
    .map((s) => relative(root, resolve(root, dirname(file), (s as string).replace(/\.js$/, ".ts"))))
    .filter((p) => p.startsWith("tests/") && p.endsWith(".ts"));
}

/**
 * The needs a test file shows in its code or in the helpers of tests/ it imports (followed through), sorted.
 *
 * @example
 * ```ts
 * needsShownBy("tests/cli/cli.test.ts"); // ["dist"]
 * ```
 */
export function needsShownBy(file: string): Need[] {
  const seen = new Set<string>();
  const shown = new Set<Need>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    let source: string;
    try {
      source = readFileSync(join(root, path), "utf8");
    } catch {
      return;
    }
    const code = withoutComments(source);
    for (const need of Object.keys(signals) as Need[]) if (signals[need].test(code)) shown.add(need);
    for (const imported of localImports(path, code)) visit(imported);
  };
  visit(file);
  return [...shown].sort();
}
