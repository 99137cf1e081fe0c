// The floor of `zfxxgk check --json FOLDER`: a script that only reads every JSON file of a folder and
// parses it (no validation, no checks, no output but a count). Written the obvious way: sorted names,
// synchronous reads.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const folder = process.argv[2];
if (folder === undefined) throw new Error("usage: node read-and-parse.mjs FOLDER");
let files = 0;
let years = 0;
for (const name of readdirSync(folder).sort()) {
  if (!name.endsWith(".json")) continue;
  const report = JSON.parse(readFileSync(join(folder, name), "utf8"));
  years += report.year;
  files++;
}
process.stdout.write(`${files} files, ${years}\n`);
