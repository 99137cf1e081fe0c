/**
 * Runs the built command line (dist/cli.js) from the project root, without colour, and returns what it wrote.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;

/** The built command line. */
export const builtCli = join(root, "dist", "cli.js");

export function runCli(args: readonly string[]) {
  return spawnSync(process.execPath, [builtCli, ...args], {
    encoding: "utf8",
    cwd: root,
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 1 << 26,
  });
}
