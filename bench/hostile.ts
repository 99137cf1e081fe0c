/**
 * `npx tsx bench/hostile.ts [MB…]`: the hostile-input suite alone (bench/suites/hostile.ts), from the sources; it
 * prints its section and writes it into docs/performance.md in place of the one there (`npm run bench` writes the
 * section with the rest). Sizes default to 1 and 10 MB; `BENCH_RUNS` runs of each (the median is kept; default 1).
 *
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./lib.js";
import { hostileSection, hostileSuite } from "./suites/hostile.js";

const sizes = process.argv.slice(2).map(Number);
const megabytes = sizes.length > 0 ? sizes : [1, 10];
const runs = Number(process.env.BENCH_RUNS ?? 1);
const section = hostileSection(hostileSuite(megabytes, runs));
console.log(section.join("\n"));

// in place of the section of the same number, else before the notes on missed targets
const doc = join(root, "docs", "performance.md");
const text = readFileSync(doc, "utf8");
const heading = section[0] as string;
const number = heading.slice(0, heading.indexOf(".") + 1);
const lines = text.split("\n");
const from = lines.findIndex((l) => l.startsWith(`${number} `));
const at = from >= 0 ? from : lines.indexOf("## Where the targets are missed");
const next = from >= 0 ? lines.findIndex((l, k) => k > from && l.startsWith("## ")) : at;
const to = next < 0 ? lines.length : next;
lines.splice(at, to - at, ...section);
writeFileSync(doc, lines.join("\n"));
console.log(`wrote ${doc}`);
