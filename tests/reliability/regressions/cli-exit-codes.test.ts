// @module-tag dist
/**
 * Found by the adversarial review of issue 18 (item 7): a stdout that fails ended the run badly — `zfxxgk check … >
 * /dev/full` (ENOSPC) died of an uncaught exception with a stack trace and exit 1 («errors found»), and `render` or
 * `parse` whose reader went away (`| head`) exited 0 with the output cut short, although the documentation promises
 * 141: the EPIPE handler kept the exit code of a run that had «finished» (the run's code was set before the pipe's
 * error arrived). Fixed in src/cli/main.ts: a closed pipe always exits 141; any other write failure exits 2 with one
 * line on stderr.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const seed = join(root, "examples", "lianzhou-2023.json");

/** Runs the command line with stdout on /dev/full (every write fails with ENOSPC). */
function toFullDisk(args: readonly string[]) {
  const full = openSync("/dev/full", "w");
  try {
    return spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", stdio: ["ignore", full, "pipe"] });
  } finally {
    closeSync(full);
  }
}

/** Runs the command line with a reader that has gone away before it writes. */
function toClosedPipe(args: readonly string[]): Promise<number | null> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "ignore"] });
  child.stdout.destroy();
  return new Promise((resolve) => child.on("close", (code) => resolve(code)));
}

describe.runIf(existsSync("/dev/full"))("regression: a stdout that cannot be written (a full disk) exits 2", () => {
  it.each([["check", seed], ["check", "--json", seed], ["render", seed, "--to", "html"], ["parse", seed], ["schema"]])(
    "zfxxgk %s … > /dev/full",
    (...args) => {
      const r = toFullDisk(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("zfxxgk: 无法写出结果：磁盘已满\n");
      expect(r.stderr).not.toContain("    at ");
    },
  );
});

describe("regression: a reader that goes away (| head) means exit 141, also for a run that had finished", () => {
  it.each([
    ["render", seed, "--to", "html"],
    ["render", seed, "--to", "text"],
    ["parse", seed],
    ["check", seed],
    ["check", "--json", seed],
  ])("zfxxgk %s … | (closed)", async (...args) => {
    expect(await toClosedPipe(args)).toBe(141);
  });
});
