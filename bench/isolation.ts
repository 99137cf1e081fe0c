/**
 * `npx tsx bench/isolation.ts`: the command line's budgets suite alone (bench/suites/isolation.ts) on the built
 * package, printing its section of docs/performance.md.
 *
 * @module
 */
import { loadLibrary, removeLibraryCopy } from "./lib.js";
import { isolationSection, isolationSuite } from "./suites/isolation.js";

const lib = await loadLibrary();
try {
  console.log(isolationSection(await isolationSuite(lib, 7)).join("\n"));
} finally {
  removeLibraryCopy();
}
