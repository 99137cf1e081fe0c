/**
 * The pieces of the command line's isolation that need no build: the budget read from the options and the
 * environment, the pool's size, how a file name read as bytes is shown, and the folder walk over byte names,
 * symbolic links and FIFOs (the whole runs are in tests/reliability/isolation.test.ts).
 */
import { isUtf8 } from "node:buffer";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetBounds, budgetOf, defaultBudget } from "../../src/cli/budget.js";
import { residentMb, workersWanted } from "../../src/cli/file-pool.js";
import { displayName, walkInputs } from "../../src/cli/files.js";
import { runs } from "../support/runs.js";

describe("budgetOf", () => {
  it("the options win over the environment, the environment over the defaults", () => {
    expect(budgetOf(undefined, undefined, {})).toEqual({ ok: true, budget: defaultBudget });
    expect(budgetOf(undefined, undefined, { ZFXXGK_MAX_MEMORY: "300", ZFXXGK_TIMEOUT: "5" })).toEqual({
      ok: true,
      budget: { memoryMb: 300, timeoutMs: 5000 },
    });
    expect(budgetOf("200", "2.5", { ZFXXGK_MAX_MEMORY: "300", ZFXXGK_TIMEOUT: "5" })).toEqual({
      ok: true,
      budget: { memoryMb: 200, timeoutMs: 2500 },
    });
  });

  test.prop([fc.oneof(fc.string(), fc.integer({ min: -1e6, max: 1e6 }).map(String), fc.double().map(String))], {
    numRuns: runs(200),
  })("a memory that is not a whole number of MB within bounds is a usage error naming the option", (text) => {
    const n = Number(text);
    const valid =
      text.trim() !== "" && Number.isInteger(n) && n >= budgetBounds.memoryMb[0] && n <= budgetBounds.memoryMb[1];
    const got = budgetOf(text, undefined, {});
    expect(got.ok).toBe(valid || text === "");
    if (!got.ok) {
      expect(got.zh).toContain("--max-memory");
      expect(got.en).toContain("--max-memory");
    }
  });

  it("a time out of bounds, or not a number, is a usage error naming where it came from", () => {
    for (const bad of ["0", "-1", "abc", "Infinity", "86401"]) {
      const option = budgetOf(undefined, bad, {});
      expect(option.ok ? "" : option.en).toContain("--timeout");
      const env = budgetOf(undefined, undefined, { ZFXXGK_TIMEOUT: bad });
      expect(env.ok ? "" : env.zh).toContain("ZFXXGK_TIMEOUT");
    }
  });
});

describe("workersWanted", () => {
  it("one for a single file, the cores (at most four) for many, ZFXXGK_WORKERS (or the older name) when given", () => {
    expect(workersWanted(false, {})).toBe(1);
    expect(workersWanted(true, {})).toBeGreaterThanOrEqual(1);
    expect(workersWanted(true, {})).toBeLessThanOrEqual(4);
    expect(workersWanted(true, { ZFXXGK_WORKERS: "0" })).toBe(0);
    expect(workersWanted(false, { ZFXXGK_PDF_WORKERS: "3" })).toBe(3);
    expect(workersWanted(true, { ZFXXGK_WORKERS: "99" })).toBe(16);
  });
});

describe("residentMb", () => {
  it("reads a live process's resident memory on Linux (what the memory budget holds a worker to), else nothing", () => {
    const own = residentMb(process.pid);
    if (process.platform === "linux") {
      const rss = process.memoryUsage().rss / (1024 * 1024);
      expect(own).toBeGreaterThan(rss * 0.5);
      expect(own).toBeLessThan(rss * 2);
    } else expect(own).toBeUndefined();
    expect(residentMb(undefined)).toBeUndefined();
    expect(residentMb(2 ** 30)).toBeUndefined(); // no such process
  });
});

describe("displayName", () => {
  test.prop([fc.string({ unit: "grapheme" })], { numRuns: runs(200) })("a UTF-8 name is shown as it is", (name) => {
    expect(displayName(Buffer.from(name))).toBe(name);
  });

  it("a GBK name is shown decoded, marked 〔GBK〕; other bytes as \\xHH", () => {
    const gbk = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x6a, 0x73, 0x6f, 0x6e]);
    expect(displayName(gbk)).toBe("报告.json〔GBK〕");
    expect(displayName(Buffer.from([0x61, 0xff, 0x62, 0xe6, 0x8a, 0xa5]))).toBe("a\\xffb报");
  });

  test.prop([fc.uint8Array({ minLength: 1, maxLength: 40 })], { numRuns: runs(300) })(
    "bytes that are not UTF-8 are shown marked as GBK or escaped, never silently replaced",
    (bytes) => {
      const buffer = Buffer.from(bytes);
      const shown = displayName(buffer);
      if (isUtf8(buffer)) expect(shown).toBe(buffer.toString("utf8"));
      else {
        expect(shown.endsWith("〔GBK〕") || /\\x[0-9a-f]{2}/.test(shown)).toBe(true);
        if (!shown.endsWith("〔GBK〕")) expect(shown).not.toContain("\ufffd");
      }
    },
  );
});

describe("walkInputs", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zfxxgk-walk-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("opens a byte name by its bytes; says a FIFO without opening it; a link loop once; a dangling link", () => {
    const root = join(dir, "walk");
    mkdirSync(join(root, "sub"), { recursive: true });
    const name = Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from(".json")]);
    writeFileSync(name, "{}");
    writeFileSync(join(root, "b.json"), "{}");
    writeFileSync(join(root, "c.png"), "");
    expect(spawnSync("mkfifo", [join(root, "f.json")]).status).toBe(0);
    symlinkSync(root, join(root, "sub", "up"));
    symlinkSync(join(root, "b.json"), join(root, "sub", "link.json"));
    symlinkSync(join(root, "gone.json"), join(root, "d.json"));
    const entries = [...walkInputs([root])].map((e) => ({
      name: e.path.slice(root.length + 1),
      opened: e.error === undefined ? (e.file ?? e.path) : undefined,
      error: e.error?.zh,
    }));
    expect(entries.map((e) => e.name)).toEqual([
      "d.json",
      "b.json",
      "f.json",
      "报告.json〔GBK〕",
      "sub/link.json",
      "sub/up",
    ]);
    expect(entries[0]?.error).toContain("不存在");
    expect(entries[2]?.error).toContain("不是普通文件");
    expect(entries[3]?.opened).toEqual(name);
    expect(entries[4]?.error).toBeUndefined();
    expect(entries[5]?.error).toContain("符号链接循环");
  });
});
