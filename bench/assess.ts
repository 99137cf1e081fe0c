/**
 * `npx tsx bench/assess.ts`: the assessment suite alone (bench/suites/assess.ts) on the built package, printing
 * its section of docs/performance.md (`npm run bench` writes the section with the rest).
 *
 * @module
 */
import { loadLibrary, removeLibraryCopy } from "./lib.js";
import { assessSection, assessSuite } from "./suites/assess.js";

const lib = await loadLibrary();
try {
  console.log(assessSection(await assessSuite(lib, 5)).join("\n"));
} finally {
  removeLibraryCopy();
}
