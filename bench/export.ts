/**
 * `npx tsx bench/export.ts`: the spreadsheet suite alone (bench/suites/export.ts) on the built package, printing its
 * verdicts and its section of docs/performance.md (`npm run bench` writes the section with the rest).
 *
 * @module
 */
import { loadLibrary, removeLibraryCopy } from "./lib.js";
import { exportSection, exportSuite, exportVerdicts } from "./suites/export.js";

await loadLibrary();
try {
  const cases = exportSuite(Number(process.env.BENCH_EXPORT_RUNS ?? 3));
  for (const v of exportVerdicts(cases)) console.log(`| ${v.target} | ${v.measured} | ${v.holds ? "yes" : "**no**"} |`);
  console.log(`\n${exportSection(cases).join("\n")}`);
} finally {
  removeLibraryCopy();
}
