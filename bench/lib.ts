/**
 * The library under test, loaded from a private copy of the BUILT package (`dist/`), so that the benchmark
 * measures what users install and a rebuild in the work tree cannot change it mid-run.
 *
 * @module
 */
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** The project root. */
export const root = resolve(import.meta.dirname, "..");

/** The copy of `dist/` the benchmark runs (inside the project, so that `zod`, `io-ts`… resolve). */
export const distCopy = join(root, ".tmp", `bench-dist-${process.pid}`);

/** The built modules, typed by their sources. */
export interface Library {
  readonly core: typeof import("../src/index.js");
  readonly parse: typeof import("../src/parse.js");
  readonly zod: typeof import("../src/zod.js");
  readonly ioTs: typeof import("../src/io-ts.js");
  readonly testing: typeof import("../src/testing.js");
  readonly rules: typeof import("../src/rules.js");
  /** Path of the built command line in the copy. */
  readonly cli: string;
}

/**
 * Copies `dist/` aside and imports every entry from the copy.
 *
 * @example
 * ```ts
 * const lib = await loadLibrary();
 * lib.core.validateReport({});
 * ```
 */
export async function loadLibrary(): Promise<Library> {
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "index.js")) || !existsSync(join(dist, "cli.js"))) {
    throw new Error("dist/ is not built: run `npm run build` first (`npm run bench` does)");
  }
  rmSync(distCopy, { recursive: true, force: true });
  mkdirSync(distCopy, { recursive: true });
  cpSync(dist, distCopy, { recursive: true });
  return openLibrary(distCopy);
}

/**
 * Imports every entry from a built copy (a child process opens its parent's copy).
 *
 * @example
 * ```ts
 * const lib = await openLibrary(process.env.ZFXXGK_BENCH_DIST as string);
 * ```
 */
export async function openLibrary(dir: string): Promise<Library> {
  const load = (name: string) => import(pathToFileURL(join(dir, name)).href);
  return {
    core: await load("index.js"),
    parse: await load("parse.js"),
    zod: await load("zod.js"),
    ioTs: await load("io-ts.js"),
    testing: await load("testing.js"),
    rules: await load("rules.js"),
    cli: join(dir, "cli.js"),
  };
}

/**
 * Removes the copy.
 *
 * @example
 * ```ts
 * removeLibraryCopy();
 * ```
 */
export function removeLibraryCopy(): void {
  rmSync(distCopy, { recursive: true, force: true });
}
