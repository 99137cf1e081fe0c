/**
 * The machine and the run: what a reader needs to compare figures.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { arch, cpus, loadavg, release, totalmem, type } from "node:os";
import { root } from "./lib.js";

/** The machine a run was made on. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly v8: string;
  readonly os: string;
  readonly date: string;
  readonly commit: string;
}

function git(args: readonly string[]): string | undefined {
  const r = spawnSync("git", args, { cwd: root, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * Describes this machine, Node and the commit measured.
 *
 * @example
 * ```ts
 * machine().cores; // 2
 * ```
 */
export function machine(): Machine {
  const list = cpus();
  const head = git(["rev-parse", "--short", "HEAD"]);
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]);
  return {
    cpu: list[0] === undefined ? "unknown" : `${list[0].model.trim()}, ${list[0].speed} MHz`,
    cores: list.length,
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    v8: process.versions.v8,
    os: `${type()} ${release()} ${arch()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit: head === undefined ? "unknown" : `${head}${dirty ? " (with uncommitted changes)" : ""}`,
  };
}

/**
 * The 1-minute load average now.
 *
 * @example
 * ```ts
 * load(); // 0.42
 * ```
 */
export function load(): number {
  return loadavg()[0] ?? 0;
}
