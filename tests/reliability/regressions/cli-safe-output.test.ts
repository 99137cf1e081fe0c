// @module-tag dist
/**
 * Found by the adversarial review of issue 18 (items 6 and 12): `render -o PATH --force` renamed its temporary file
 * over whatever PATH was — a device node, a symbolic link (replaced by a file, its target left as it was), a FIFO;
 * as root, `-o /dev/null --force` would have replaced the system's /dev/null. `-o FOLDER` advised `--force`, which
 * then failed. And `-o` with a legal long name (80 Chinese characters, 245 bytes) failed with ENAMETOOLONG: the
 * temporary name was the target's name plus a suffix. Fixed in src/cli/atomic.ts: anything that is not a regular
 * file is refused, with or without `--force`, saying what it is (asked again just before the move); the temporary
 * file has a short name of its own in the target's folder.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const seed = join(root, "examples", "lianzhou-2023.json");
const dir = mkdtempSync(join(tmpdir(), "zfxxgk-safe-output-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const render = (out: string, ...more: string[]) =>
  spawnSync(process.execPath, [cli, "render", seed, "--to", "html", "-o", out, ...more], { encoding: "utf8" });
const strays = (folder: string) => readdirSync(folder).filter((n) => n.endsWith(".tmp"));

/** A special file made by a system tool, or undefined where the tool is missing or not allowed. */
function made(command: string, args: readonly string[], path: string): string | undefined {
  const r = spawnSync(command, [...args], { encoding: "utf8" });
  return r.status === 0 && existsSync(path) ? path : undefined;
}

describe("regression: render -o replaces only a regular file, even with --force", () => {
  it.each([
    ["without --force", []],
    ["with --force", ["--force"]],
  ])("a folder, %s: refused as a folder, never advising --force", (_, force: string[]) => {
    const folder = join(dir, `folder${force.length}`);
    mkdirSync(folder);
    const r = render(folder, ...force);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("是文件夹");
    expect(r.stderr).toContain("是文件夹");
    expect(r.stderr).not.toContain("(use --force)");
    expect(lstatSync(folder).isDirectory()).toBe(true);
    expect(strays(dir)).toEqual([]);
  });

  it("a symbolic link to a regular file, with --force: the link and its target stay as they were", () => {
    const target = join(dir, "target.html");
    writeFileSync(target, "keep");
    const link = join(dir, "link.html");
    symlinkSync(target, link);
    for (const force of [[], ["--force"]]) {
      const r = render(link, ...force);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("是符号链接");
    }
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, "utf8")).toBe("keep");
    expect(strays(dir)).toEqual([]);
  });

  it("a FIFO, with --force: still a FIFO", () => {
    const fifo = made("mkfifo", [join(dir, "fifo")], join(dir, "fifo"));
    if (fifo === undefined) return; // no mkfifo here
    const r = render(fifo, "--force");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("是管道（FIFO）");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("a device node (a copy of /dev/null, where it can be made), with --force: still a device", () => {
    const node = made("mknod", [join(dir, "null"), "c", "1", "3"], join(dir, "null"));
    if (node === undefined) return; // not root, or no CAP_MKNOD
    const r = render(node, "--force");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("是设备");
    expect(lstatSync(node).isCharacterDevice()).toBe(true);
  });

  it("a regular file is still replaced with --force, and kept without it", () => {
    const file = join(dir, "old.html");
    writeFileSync(file, "old");
    expect(render(file).status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(render(file, "--force").status).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("<article");
    expect(strays(dir)).toEqual([]);
  });
});

describe("regression: -o with a name as long as the system allows", () => {
  it("80 Chinese characters (245 bytes with .html) are written, and no temporary file is left", () => {
    const folder = join(dir, "long");
    mkdirSync(folder);
    const out = join(folder, `${"连州市人民政府办公室政府信息公开".repeat(5)}.html`);
    const r = render(out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("<article");
    expect(strays(folder)).toEqual([]);
  });
});
