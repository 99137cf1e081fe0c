// Preloaded with `node --import` into a measured process: on exit, writes its peak resident set size
// (KiB), the CPU time it used (user + system, ms, all threads) and, where Linux's /proc says it, the CPU time of
// its main thread alone (ms; the rest is V8's background threads: optimising compilation, GC helpers) as JSON to
// the file named by ZFXXGK_BENCH_RSS.
import { readFileSync, writeFileSync } from "node:fs";

const out = process.env.ZFXXGK_BENCH_RSS;
if (out !== undefined) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    let mainCpuMs = null;
    try {
      // schedstat: nanoseconds on the CPU, then waiting, then time slices
      mainCpuMs = Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
    } catch {
      // not Linux: the total only
    }
    writeFileSync(out, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs, mainCpuMs }));
  });
}
