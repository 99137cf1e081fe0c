/**
 * One case of the spreadsheet suite, in a fresh process (spawned by `suites/export.ts`), so that its peak RSS is its
 * own: N reports (200 distinct generated reports of both editions, consistent as most published reports are, with
 * blank cells and prose, cycled) written by
 * `zfxxgk/export` as CSV or XLSX to a stream that discards what it gets. `array`: the N reports are parsed into
 * memory first and the export alone is timed (median of the runs); `stream`: each report is parsed from its text
 * as the export asks for it (as files are read), and the peak RSS of the whole process is measured, and (run with
 * `--expose-gc`) the memory held live after a collection every 1,000 reports.
 * Writes `{ ms, runs, bytes, rows, maxRssKiB, liveKiB }` as JSON to the file named last.
 *
 * @module
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { corpusSeed } from "./corpus.js";
import { openLibrary } from "./lib.js";
import { median } from "./measure.js";

const [format, count, mode, runs, output] = process.argv.slice(2);
const dist = process.env.ZFXXGK_BENCH_DIST;
if (dist === undefined || output === undefined || (format !== "csv" && format !== "xlsx")) {
  throw new Error(
    "usage: ZFXXGK_BENCH_DIST=DIR node --import tsx bench/export-child.ts csv|xlsx N array|stream RUNS OUT",
  );
}
const lib = await openLibrary(dist);
const exporter = (await import(pathToFileURL(join(dist, "export.js")).href)) as typeof import("../src/export.js");
type Report = import("../src/index.js").Report;

const n = Number(count);
const distinct = fc
  .sample(lib.testing.arbReport({ consistent: true }), { seed: corpusSeed + 15, numRuns: 200 })
  .map((r) => JSON.stringify(r));

/** The most memory the process held live (heap and buffers, after a collection), sampled every 1,000 reports. */
let liveBytes = 0;
const gc = (globalThis as { gc?: () => void }).gc;

function* lazily(): Generator<Report> {
  for (let i = 0; i < n; i++) {
    if (mode === "stream" && gc !== undefined && i % 1000 === 999) {
      gc();
      const m = process.memoryUsage();
      liveBytes = Math.max(liveBytes, m.heapUsed + m.external);
    }
    yield JSON.parse(distinct[i % distinct.length] as string) as Report;
  }
}

/** A stream that counts and drops what it is given. */
function discard(counter: { bytes: number }): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      counter.bytes += chunk.length;
      done();
    },
  });
}

async function once(reports: Iterable<Report>): Promise<{ ms: number; bytes: number; rows: number }> {
  const counter = { bytes: 0 };
  let rows = 0;
  const counted = function* () {
    for (const row of exporter.toRows(reports)) {
      rows++;
      yield row;
    }
  };
  const t0 = performance.now();
  if (format === "csv") {
    const out = discard(counter);
    for (const chunk of exporter.csvChunks(counted())) out.write(chunk);
  } else await exporter.writeXlsx(counted(), discard(counter));
  return { ms: performance.now() - t0, bytes: counter.bytes, rows: rows - 1 };
}

const times: number[] = [];
let last = { ms: 0, bytes: 0, rows: 0 };
if (mode === "array") {
  const reports = [...lazily()];
  await once(reports.slice(0, 200)); // warm up
  for (let i = 0; i < Number(runs); i++) {
    last = await once(reports);
    times.push(last.ms);
  }
} else {
  last = await once(lazily());
  times.push(last.ms);
}
writeFileSync(
  output,
  JSON.stringify({
    ms: median(times),
    runs: times.length,
    bytes: last.bytes,
    rows: last.rows,
    maxRssKiB: process.resourceUsage().maxRSS,
    liveKiB: Math.round(liveBytes / 1024),
  }),
);
