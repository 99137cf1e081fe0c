// @module-tag dist
/**
 * The command line loses nothing.
 * - A defect of the library on one file is that file's `internal` error: the other files are still checked and
 *   reported, and the exit code says a file was unusable (in process, with the check engine made to throw).
 * - An interrupted run (SIGINT, SIGTERM) mid-folder prints the lines of the files it has checked — each whole —
 *   says on stderr that the results are incomplete, prints no summary, and exits 130 / 143, never 0 or 1.
 * - A run whose reader goes away (a closed pipe) does not exit 0.
 * - `render -o` writes atomically: an interrupted write leaves the whole file or none, and no temporary file; a
 *   file that cannot be rendered writes nothing.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/** The file as `render` prints it to stdout: the same text, ending in exactly one newline. */
const asPrinted = (text: string): string => (text.endsWith("\n") ? text : `${text}\n`);

vi.mock("../../src/checks/index.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/checks/index.js")>();
  return {
    ...original,
    // a stand-in defect: the engine throws on one report
    checkReport: (report: { organ: string }, options?: object) => {
      if (report.organ === "引发缺陷的机关") throw new RangeError("a defect of the check engine");
      return original.checkReport(report as never, options);
    },
  };
});

const { runCheck } = await import("../../src/cli/commands/check.js");

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const seedText = readFileSync(join(root, "examples", "lianzhou-2023.json"), "utf8");
const seed = JSON.parse(seedText) as Record<string, unknown>;
const lineSchema = JSON.parse(readFileSync(join(root, "docs", "check-output.schema.json"), "utf8")) as object;
const validateLine = new Ajv2020({ allErrors: true, strict: false }).compile(lineSchema);

let dir = "";
beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-lost-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder of `n` files: the seed, each a little different (so each is really read and checked). */
function folderOf(name: string, n: number): { folder: string; files: string[] } {
  const folder = join(dir, name);
  mkdirSync(folder);
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const file = join(folder, `${String(i).padStart(5, "0")}.json`);
    writeFileSync(file, JSON.stringify({ ...seed, organ: `机关${i}` }));
    files.push(file);
  }
  return { folder, files };
}

/** Resolves when the child has written at least one chunk to stdout; collects its output. */
function started(child: ChildProcess): {
  firstData: Promise<void>;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
} {
  let stdout = "";
  let stderr = "";
  let resolveFirst: () => void = () => undefined;
  const firstData = new Promise<void>((resolve) => {
    resolveFirst = resolve;
  });
  child.stdout?.on("data", (d: Buffer) => {
    stdout += d.toString("utf8");
    resolveFirst();
  });
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString("utf8");
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => {
      child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    },
  );
  return { firstData, done };
}

describe("a failure on one file never aborts the others", () => {
  it("the engine throws on one report: that file is an internal error, every other file is checked; exit 2", async () => {
    const folder = join(dir, "defect");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.json"), seedText);
    writeFileSync(join(folder, "b.json"), JSON.stringify({ ...seed, organ: "引发缺陷的机关" }));
    writeFileSync(join(folder, "c.json"), seedText);
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    let code: number;
    try {
      code = await runCheck([folder], { json: true, blankAsZero: false, lang: "zh" });
    } finally {
      write.mockRestore();
    }
    const lines = written
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; ok: boolean; error?: { code: string; message: { en: string } } });
    expect(lines.map((l) => [l.file.slice(folder.length + 1), l.ok, l.error?.code])).toEqual([
      ["a.json", true, undefined],
      ["b.json", false, "internal"],
      ["c.json", true, undefined],
    ]);
    expect(lines[1]?.error?.message.en).toContain("a defect of the check engine");
    for (const l of lines) expect(validateLine(l), JSON.stringify(validateLine.errors)).toBe(true);
    expect(code).toBe(2);
  });
});

describe("partial results are never reported as complete", () => {
  // enough files that the first 64 KiB of output arrives long before the run could end
  let made: { folder: string; files: string[] } | undefined;
  const big = () => {
    made ??= folderOf("big", 2500);
    return made;
  };

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s mid-folder (--json): whole lines for the files checked, 'incomplete' on stderr, exit %d",
    async (signal, expected) => {
      const { folder, files } = big();
      const child = spawn(process.execPath, [cli, "check", "--json", folder], {
        env: { ...process.env, NO_COLOR: "1" },
      });
      const { firstData, done } = started(child);
      await firstData;
      child.kill(signal);
      const r = await done;
      expect(r.code).toBe(expected);
      expect(r.stderr).toContain("已中断，结果不完整");
      const lines = r.stdout.split("\n");
      expect(lines.pop()).toBe(""); // the output ends with a whole line
      const parsed = lines.map((l) => JSON.parse(l) as { file: string });
      expect(parsed.length).toBeGreaterThan(0);
      expect(parsed.length).toBeLessThan(files.length);
      expect(parsed.map((l) => l.file)).toEqual(files.slice(0, parsed.length));
    },
  );

  it("SIGINT mid-folder (for people): no summary line, and the files shown are whole", async () => {
    const { folder } = big();
    const child = spawn(process.execPath, [cli, "check", folder], { env: { ...process.env, NO_COLOR: "1" } });
    const { firstData, done } = started(child);
    await firstData;
    child.kill("SIGINT");
    const r = await done;
    expect(r.code).toBe(130);
    expect(r.stdout).not.toMatch(/\d+ 个文件，/);
    expect(r.stdout.endsWith("\n")).toBe(true);
  });

  it("a reader that goes away (a closed pipe): the run does not exit 0", async () => {
    const { folder } = big();
    const child = spawn(process.execPath, [cli, "check", "--json", folder], { env: { ...process.env, NO_COLOR: "1" } });
    const { firstData, done } = started(child);
    await firstData;
    child.stdout?.destroy();
    const r = await done;
    expect(r.code).toBe(141);
  });

  it("a run that finishes reports every file and exits by what it found", () => {
    const { folder, files } = folderOf("small", 30);
    writeFileSync(join(folder, "zz-bad.json"), '{"edition":');
    const r = spawnSync(process.execPath, [cli, "check", "--json", folder], { encoding: "utf8" });
    expect(r.status).toBe(2);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; ok: boolean });
    expect(lines.map((l) => l.file)).toEqual([...files, join(folder, "zz-bad.json")]);
  });
});

describe("render -o never leaves a partial output or a temporary file", () => {
  const seedJson = join(root, "examples", "lianzhou-2023.json");
  const strays = (folder: string) => readdirSync(folder).filter((n) => n.endsWith(".tmp"));

  it("interrupted (SIGINT, SIGTERM) at any moment: the whole file or none, and no temporary file", async () => {
    const complete = spawnSync(process.execPath, [cli, "render", seedJson, "--to", "html"], {
      encoding: "utf8",
    }).stdout;
    const folder = join(dir, "render");
    mkdirSync(folder);
    for (let i = 0; i < 16; i++) {
      const out = join(folder, `out-${i}.html`);
      const child = spawn(process.execPath, [cli, "render", seedJson, "--to", "html", "-o", out]);
      const exited = new Promise((resolve) => child.on("close", resolve));
      await new Promise((resolve) => setTimeout(resolve, 30 + i * 12));
      child.kill(i % 2 === 0 ? "SIGINT" : "SIGTERM");
      await exited;
      if (existsSync(out)) expect(asPrinted(readFileSync(out, "utf8"))).toBe(complete);
      expect(strays(folder)).toEqual([]);
    }
  });

  it("an input that cannot be rendered writes nothing", () => {
    const folder = join(dir, "render-bad");
    mkdirSync(folder);
    const input = join(folder, "bad.json");
    writeFileSync(input, '{"edition":"2021"}');
    const out = join(folder, "out.html");
    const r = spawnSync(process.execPath, [cli, "render", input, "--to", "html", "-o", out], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(readdirSync(folder)).toEqual(["bad.json"]);
  });
});
