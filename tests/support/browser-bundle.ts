/**
 * A module of the package bundled for a browser page, as an application's bundler would bundle it: esbuild, an
 * IIFE for the browser (no Node built-in may be reached: the build fails on one), ES2022.
 */
import { build } from "esbuild";

/**
 * The script of `contents` (a module that puts what the page needs on `globalThis`), bundled.
 *
 * @example
 * ```ts
 * const script = await bundleForBrowser(`import { renderDocx } from "./docx.ts"; globalThis.z = { renderDocx };`, src);
 * ```
 */
export async function bundleForBrowser(contents: string, resolveDir: string): Promise<string> {
  const bundle = await build({
    stdin: { contents, resolveDir, loader: "ts" },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return bundle.outputFiles[0]?.text ?? "";
}
