// Preloaded with `node --import` into a measured process: on exit, writes its peak resident set size
// (process.resourceUsage().maxRSS, KiB) to the file named by ZFXXGK_BENCH_RSS.
import { writeFileSync } from "node:fs";

const out = process.env.ZFXXGK_BENCH_RSS;
if (out !== undefined) {
  process.on("exit", () => {
    writeFileSync(out, String(process.resourceUsage().maxRSS));
  });
}
