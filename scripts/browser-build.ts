/**
 * What makes a module the browser build of itself: an esbuild plugin that puts each `X.browser.ts` beside a
 * module `X.ts` in its place (today the HTML parser: src/parse/readers/html-parser.ts, parse5, gives way to
 * html-parser.browser.ts, the platform's DOMParser). Used by the browser build in tsup.config.ts and by the tests
 * that run the browser build in headless Chromium, so both build it the same way.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "esbuild";

/** The modules that have a browser twin, by the name they are imported as. */
const twins = /\/html-parser\.js$/;

/**
 * The esbuild plugin: an import of a module with a browser twin resolves to the twin.
 *
 * @example
 * ```ts
 * import { build } from "esbuild";
 * await build({ entryPoints: ["src/parse.ts"], bundle: true, platform: "browser", plugins: [browserTwins] });
 * ```
 */
export const browserTwins: Plugin = {
  name: "zfxxgk-browser-twins",
  setup(build) {
    build.onResolve({ filter: twins }, (args) => {
      const twin = join(args.resolveDir, args.path.replace(/\.js$/, ".browser.ts"));
      return existsSync(twin) ? { path: twin } : undefined;
    });
  },
};
