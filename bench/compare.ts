/**
 * `npx tsx bench/compare.ts`: the comparison suite alone (bench/suites/compare.ts) on the built package, printing
 * its section of docs/performance.md (`npm run bench` writes the section with the rest).
 *
 * @module
 */
import { loadLibrary, removeLibraryCopy } from "./lib.js";
import { compareSection, compareSuite } from "./suites/compare.js";

const lib = await loadLibrary();
try {
  console.log(compareSection(await compareSuite(lib, 11)).join("\n"));
} finally {
  removeLibraryCopy();
}
