import { defineConfig } from "tsup";
import { browserTwins } from "./scripts/browser-build.js";

const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };

/**
 * Chinese stays UTF-8 in the built files: esbuild escapes each CJK character as \uXXXX by default (6 bytes for 3),
 * while the bundlers users build with keep UTF-8 (Vite ≥ 4, webpack/terser); .size-limit.mjs measures the same way.
 */
const esbuildOptions = (options: { charset?: "ascii" | "utf8" }): void => {
  options.charset = "utf8";
};

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      zod: "src/zod.ts",
      "io-ts": "src/io-ts.ts",
      testing: "src/testing.ts",
      parse: "src/parse.ts",
      schema: "src/schema.ts",
      rules: "src/rules.ts",
      render: "src/render.ts",
      pdf: "src/pdf.ts",
      docx: "src/docx.ts",
      assess: "src/assess.ts",
      compare: "src/compare.ts",
      export: "src/export.ts",
      format: "src/format.ts",
    },
    format: ["esm", "cjs"],
    dts,
    target: "es2022",
    platform: "neutral",
    splitting: true,
    treeshake: true,
    // dist/ is emptied by the build script before tsup runs: the configs below build at the same time, and a
    // clean here would race the others (it deleted dist/cli.js once the browser build was added)
    clean: false,
    sourcemap: false,
    esbuildOptions,
    external: ["zod", "io-ts", "fp-ts", "fast-check", "pdfjs-dist", "docx", "exceljs"],
    // parse5 (and its entities) is bundled into the `zfxxgk/parse` entry only, fflate and saxes into `zfxxgk/docx`
    // only: the package declares no runtime dependency. pdfjs-dist is an optional peer, loaded by `zfxxgk/pdf` only; docx
    // (the Word writer) an optional peer loaded by `zfxxgk/docx`'s renderDocx only; exceljs one loaded by
    // `zfxxgk/export`'s XLSX functions only (its CSV and JSON Lines load no package).
    noExternal: ["parse5", "fflate", "saxes", "xmlchars"],
  },
  {
    // the browser build of the entries that read HTML (`browser` condition of package.json): the platform's
    // DOMParser instead of parse5 (scripts/browser-build.ts), so a browser bundle carries no HTML parser; the same
    // types as the Node build (dist/*.d.ts)
    entry: { parse: "src/parse.ts" },
    outDir: "dist/browser",
    format: ["esm"],
    target: "es2022",
    platform: "browser",
    splitting: true,
    treeshake: true,
    clean: false,
    esbuildOptions,
    esbuildPlugins: [browserTwins],
  },
  {
    // the command line, and the worker processes that read its files, each within a budget (src/cli/file-pool.ts)
    entry: { cli: "src/cli/main.ts", "cli-worker": "src/cli/file-worker.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    clean: false,
    esbuildOptions,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
