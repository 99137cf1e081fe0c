/**
 * The bundle budgets `npm test` checks (size-limit 12 with @size-limit/preset-small-lib: esbuild, minified,
 * brotli), each at its measured size plus about 5 %.
 *
 * Every check is built with esbuild's `charset: "utf8"`, as the package itself is (tsup.config.ts): esbuild
 * escapes each Chinese character as \uXXXX by default (6 bytes for 3), while the bundlers users build with keep
 * UTF-8 (Vite ≥ 4, webpack with terser), so utf8 is what a user's bundle carries. A `.size-limit.json` would be
 * read before this file, and JSON cannot hold the `modifyEsbuildConfig` hook: keep the budgets here.
 */

/** @param {import("esbuild").BuildOptions} config @returns {import("esbuild").BuildOptions} */
const utf8 = (config) => ({ ...config, charset: "utf8" });

/** @type {{ name: string; path: string; import?: string; ignore?: string[]; limit: string }[]} */
const checks = [
  {
    name: "root entry (zfxxgk)",
    path: "dist/index.js",
    limit: "34.7 kB",
  },
  {
    name: "checkReport alone",
    path: "dist/index.js",
    import: "{ checkReport }",
    limit: "17 kB",
  },
  {
    name: "validateReport alone",
    path: "dist/index.js",
    import: "{ validateReport }",
    limit: "9 kB",
  },
  {
    name: "zfxxgk/format",
    path: "dist/format.js",
    limit: "5.9 kB",
  },
  {
    name: "zfxxgk/parse, browser build (the platform's DOMParser reads HTML: no HTML parser bundled)",
    path: "dist/browser/parse.js",
    limit: "33.9 kB",
  },
  {
    name: "zfxxgk/parse, browser build, parseReport alone (strings: text, Markdown, HTML)",
    path: "dist/browser/parse.js",
    import: "{ parseReport }",
    limit: "32 kB",
  },
  {
    name: "zfxxgk/parse, Node build (parse5 bundled)",
    path: "dist/parse.js",
    limit: "72.2 kB",
  },
  {
    name: "zfxxgk/schema",
    path: "dist/schema.js",
    limit: "7.3 kB",
  },
  {
    name: "zfxxgk/rules",
    path: "dist/rules.js",
    limit: "17.2 kB",
  },
  {
    name: "zfxxgk/render",
    path: "dist/render.js",
    limit: "13.9 kB",
  },
  {
    name: "zfxxgk/assess",
    path: "dist/assess.js",
    limit: "32.8 kB",
  },
  {
    name: "zfxxgk/compare",
    path: "dist/compare.js",
    limit: "22.5 kB",
  },
  {
    name: "zfxxgk/export (exceljs not counted, an optional peer loaded by the XLSX functions only)",
    path: "dist/export.js",
    ignore: ["exceljs"],
    limit: "27.4 kB",
  },
  {
    name: "zfxxgk/export toRows + toCsv alone (CSV)",
    path: "dist/export.js",
    import: "{ toRows, toCsv }",
    ignore: ["exceljs"],
    limit: "19.8 kB",
  },
  {
    name: "zfxxgk/docx (fflate and saxes bundled)",
    path: "dist/docx.js",
    limit: "54.6 kB",
  },
  {
    name: "zfxxgk/docx parseDocx alone (reading)",
    path: "dist/docx.js",
    import: "{ parseDocx }",
    limit: "44 kB",
  },
  {
    name: "zfxxgk/docx renderDocx alone (writing; docx not counted, an optional peer)",
    path: "dist/docx.js",
    import: "{ renderDocx }",
    limit: "25.7 kB",
  },
];

export default checks.map((check) => ({ ...check, modifyEsbuildConfig: utf8 }));
