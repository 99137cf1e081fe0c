/**
 * The command line's reading and writing, in process: the folder walk's paths, the reading of a file's text
 * (the reused buffer, its size boundaries, binary data), and the chunked writer (every line whole, in order).
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childPrefix, walkInputs } from "../../src/cli/files.js";
import { isJsonText } from "../../src/cli/load-json.js";
import { decodeText, readText } from "../../src/cli/read-file.js";
import { Writer } from "../../src/cli/terminal.js";
import { runs } from "../support/runs.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-cli-units-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the folder walk", () => {
  it("childPrefix(folder) + name is join(folder, name) for every name without a slash", () => {
    const segment = fc.constantFrom("", ".", "..", "a", "报告", "b c", "/", "//", "x.json");
    const folder = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("/"));
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((n) => !n.includes("/") && !n.startsWith("."));
    fc.assert(
      fc.property(folder, name, (f, n) => {
        expect(childPrefix(f) + n).toBe(join(f, n));
      }),
      { numRuns: runs(500, 2000) },
    );
  });

  it("yields the report files of each folder in name order, sub-folders after, dot files skipped", () => {
    const root = join(dir, "walk");
    mkdirSync(join(root, "b", "c"), { recursive: true });
    mkdirSync(join(root, "a"));
    for (const f of [
      "z.json",
      "m.txt",
      "A.HTML",
      ".hidden.json",
      "notes.pdf",
      "scan.png",
      "sheet.xlsx",
      "b/2.json",
      "b/3.DOCX",
      "b/1.md",
      "b/c/x.htm",
      "a/y.markdown",
    ])
      writeFileSync(join(root, f), "{}");
    const paths = [...walkInputs([`${root}/`, join(dir, "missing.json")])].map((e) => [e.path, e.error !== undefined]);
    expect(paths).toEqual([
      [join(root, "A.HTML"), false],
      [join(root, "m.txt"), false],
      [join(root, "notes.pdf"), false],
      [join(root, "z.json"), false],
      [join(root, "a", "y.markdown"), false],
      [join(root, "b", "1.md"), false],
      [join(root, "b", "2.json"), false],
      [join(root, "b", "3.DOCX"), false],
      [join(root, "b", "c", "x.htm"), false],
      [join(dir, "missing.json"), true],
    ]);
  });
});

describe("reading a file's text", () => {
  it("reads exactly what decodeText makes of the file's bytes, whatever its size (around the reused buffer's)", () => {
    const mib = 1024 * 1024;
    const sizes = [0, 1, 4095, mib - 1, mib, mib + 1, 3 * mib + 7];
    // alternate sizes so that a large file is read between small ones (the buffer reused after a bigger one)
    for (const size of [...sizes, ...sizes.reverse()]) {
      const path = join(dir, `size-${size}.txt`);
      const unit = "表三（七）总计 a1\n";
      const text = unit.repeat(Math.ceil(size / Buffer.byteLength(unit))).slice(0, size);
      writeFileSync(path, text);
      const read = readText(path);
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.text).toBe(decodeText(readFileSync(path)));
    }
  });

  it("agrees with decodeText on arbitrary bytes: binary data refused, text (BOM dropped) read", () => {
    const path = join(dir, "bytes.bin");
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: "binary", maxLength: 32 }).map((s) => new Uint8Array(Buffer.from(`\ufeff${s}`))),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        writeFileSync(path, b);
        const expected = decodeText(b);
        const read = readText(path);
        if (expected === undefined) expect(read).toMatchObject({ ok: false, code: "binary" });
        else expect(read).toEqual({ ok: true, text: expected });
      }),
      { numRuns: runs(200, 1000) },
    );
  });

  it("a folder and a missing file are unreadable, with a message", () => {
    expect(readText(dir)).toMatchObject({ ok: false, code: "unreadable", message: { en: "is a folder" } });
    expect(readText(join(dir, "none.json"))).toMatchObject({ ok: false, code: "unreadable" });
  });
});

describe("the kind of input", () => {
  // an array only when it plausibly is one (issue 18, item 9: regressions/cli-markdown-breadcrumb.test.ts)
  it("JSON when the first character after white space opens an object", () => {
    const space = fc.constantFrom(" ", "\t", "\n", "\r", "\u3000", "\u00a0", "\ufeff", "\u2028");
    const text = fc
      .tuple(fc.array(space, { maxLength: 4 }), fc.string({ maxLength: 8 }))
      .map(([s, t]) => s.join("") + t);
    fc.assert(
      fc.property(text, (t) => {
        const first = t.trimStart()[0];
        if (first !== "[") expect(isJsonText(t)).toBe(first === "{");
      }),
      { numRuns: runs(500, 2000) },
    );
  });
});

describe("the chunked writer", () => {
  /** A pipe that takes everything written, as a slow reader would get it. */
  function sink(): { stream: NodeJS.WriteStream; text: () => string } {
    const stream = new PassThrough({ highWaterMark: 1024 });
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    return { stream: stream as unknown as NodeJS.WriteStream, text: () => Buffer.concat(chunks).toString("utf8") };
  }

  it("writes every line whole and in order, lines of any length and any characters, flushing when full", async () => {
    const line = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.string({ unit: "grapheme", maxLength: 2000 }),
      fc.constant("表".repeat(70_000)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 60 }), async (lines) => {
        const { stream, text } = sink();
        const out = new Writer(stream, { buffered: true });
        for (const l of lines) {
          out.line(l);
          if (out.full) await out.flush();
        }
        await out.flush();
        expect(text()).toBe(lines.map((l) => `${l}\n`).join(""));
      }),
      { numRuns: runs(50, 300) },
    );
  });

  it("flushSync writes the pending lines to the stream's file descriptor, at once", () => {
    const path = join(dir, "flush-sync.txt");
    const fd = openSync(path, "w");
    try {
      const written: unknown[] = [];
      const stream = { fd, isTTY: false, write: (c: unknown) => written.push(c) > 0 } as unknown as NodeJS.WriteStream;
      const out = new Writer(stream, { buffered: true });
      const lines = ['{"file":"a.json"}', "表".repeat(40_000), "", "last"];
      for (const l of lines) out.line(l);
      out.flushSync();
      expect(written).toEqual([]);
      expect(readFileSync(path, "utf8")).toBe(lines.map((l) => `${l}\n`).join(""));
      out.flushSync();
      expect(readFileSync(path, "utf8")).toBe(lines.map((l) => `${l}\n`).join(""));
    } finally {
      closeSync(fd);
    }
  });
});
