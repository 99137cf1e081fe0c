// Preloaded with `node --import` into a measured process: on exit, writes its peak resident set size
// (KiB) and the CPU time it used (user + system, ms) as JSON to the file named by ZFXXGK_BENCH_RSS.
import { writeFileSync } from "node:fs";

const out = process.env.ZFXXGK_BENCH_RSS;
if (out !== undefined) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(out, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs }));
  });
}
