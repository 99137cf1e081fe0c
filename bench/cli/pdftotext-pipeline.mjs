// The baseline of `zfxxgk check --json FOLDER` on PDFs: the pipeline users run without zfxxgk/pdf — for each PDF
// of the folder, `pdftotext -layout FILE -` (poppler, a native program) and then `parseReport` + `checkReport` of
// its text with the built library. Prints the number of files read.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [folder, dist] = process.argv.slice(2);
if (folder === undefined || dist === undefined) throw new Error("usage: node pdftotext-pipeline.mjs FOLDER DIST");
const { parseReport } = await import(pathToFileURL(join(dist, "parse.js")).href);
const { checkReport, validateReport } = await import(pathToFileURL(join(dist, "index.js")).href);
let files = 0;
let findings = 0;
for (const name of readdirSync(folder).sort()) {
  if (!name.endsWith(".pdf")) continue;
  const text = spawnSync("pdftotext", ["-layout", join(folder, name), "-"], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (text.status !== 0) throw new Error(`pdftotext failed on ${name}`);
  const { report } = parseReport(text.stdout);
  const valid = report === null ? null : validateReport(report);
  if (valid?.ok) findings += checkReport(valid.value).findings.length;
  files++;
}
process.stdout.write(`${files} files, ${findings} findings\n`);
