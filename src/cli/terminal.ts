/**
 * Terminal output: colour only on a terminal (and never with NO_COLOR), a progress line on stderr for long
 * runs on a terminal.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import { once } from "node:events";
import { writeSync } from "node:fs";
import { styleText } from "node:util";
import { oneLine } from "../render/width.js";
import { runLanguage } from "./language.js";

type Style = "red" | "yellow" | "green" | "dim" | "bold" | "cyan";

/** Output is written in chunks of about this many bytes when buffered. */
const chunkSize = 64 * 1024;

/**
 * Options of a {@link Writer}.
 *
 * @example
 * ```ts
 * const options: WriterOptions = { buffered: true };
 * ```
 */
export interface WriterOptions {
  /**
   * Collect lines and write them in chunks ({@link Writer.flush}) — unless the stream is a terminal, where
   * each line is written at once. The caller must `await flush()` before it ends.
   */
  readonly buffered?: boolean;
}

/**
 * A writer that colours text only when its stream is a terminal, and optionally writes in chunks (a
 * system call per line dominates a long `check --json` run), waiting for a slow reader of a pipe so that
 * memory stays bounded.
 *
 * @example
 * ```ts
 * const out = new Writer(process.stdout, { buffered: true });
 * out.line(out.paint("green", "✓ ok"));
 * await out.flush();
 * ```
 */
export class Writer {
  readonly colour: boolean;
  private readonly buffered: boolean;
  /** Chunks of whole lines, encoded, waiting to be written. */
  private readonly ready: Buffer[] = [];
  /** The chunk being filled, and how many of its bytes are filled. */
  private chunk: Buffer | undefined;
  private used = 0;
  constructor(
    readonly stream: NodeJS.WriteStream,
    options: WriterOptions = {},
  ) {
    this.colour = stream.isTTY === true && process.env.NO_COLOR === undefined && process.env.TERM !== "dumb";
    this.buffered = options.buffered === true && stream.isTTY !== true;
  }
  paint(style: Style, text: string): string {
    return this.colour ? styleText(style, text) : text;
  }
  line(text = ""): void {
    if (!this.buffered) {
      this.stream.write(`${text}\n`);
      return;
    }
    // each line is encoded once, straight into the chunk (a UTF-16 code unit takes at most 3 bytes of UTF-8)
    const most = text.length * 3 + 1;
    if (this.chunk === undefined || this.chunk.length - this.used < most) this.nextChunk(most);
    const chunk = this.chunk as Buffer;
    this.used += chunk.write(text, this.used, "utf8");
    chunk[this.used++] = 0x0a;
  }
  private nextChunk(most: number): void {
    if (this.chunk !== undefined && this.used > 0) this.ready.push(this.chunk.subarray(0, this.used));
    // a new buffer each time: the stream may hold a written chunk until its reader takes it
    this.chunk = Buffer.allocUnsafe(Math.max(chunkSize, most));
    this.used = 0;
  }
  /** Whether a chunk's worth of lines is pending (time to {@link Writer.flush}). */
  get full(): boolean {
    return this.ready.length > 0;
  }
  /** Takes the pending lines, as whole chunks. */
  private take(): Buffer[] {
    const chunks = this.ready.splice(0);
    if (this.chunk !== undefined && this.used > 0) chunks.push(this.chunk.subarray(0, this.used));
    this.chunk = undefined;
    this.used = 0;
    return chunks;
  }
  /**
   * Writes the pending lines — all of them, or with `whenFull` only once a chunk's worth is pending — and
   * waits until the stream can take more when it asks to (a pipe whose reader is slow).
   */
  async flush(whenFull = false): Promise<void> {
    if (whenFull && !this.full) return;
    let more = true;
    for (const chunk of this.take()) more = this.stream.write(chunk);
    if (!more) await once(this.stream, "drain");
  }
  /** Writes the pending lines at once, synchronously: the process is about to end (a signal). */
  flushSync(): void {
    const fd = (this.stream as { fd?: number }).fd ?? 1;
    try {
      for (const chunk of this.take()) {
        for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done);
      }
    } catch {
      // the reader is gone: nothing more can be delivered
    }
  }
}

/**
 * Runs `run` so that an interrupt (SIGINT, SIGTERM) ends the process cleanly: `cleanup` runs (the results so far
 * are written, temporary files removed), stderr says the results are incomplete, and the exit code is 130 / 143 —
 * never that of a finished run. Outside `run`, the signals keep their default effect. `run` must let the event
 * loop turn now and then (a signal is handled between two turns).
 *
 * @example
 * ```ts
 * const code = await whileInterruptible(() => out.flushSync(), () => checkAll(paths));
 * ```
 */
export async function whileInterruptible<T>(cleanup: () => void, run: () => Promise<T>): Promise<T> {
  const handlers = (
    [
      ["SIGINT", 130],
      ["SIGTERM", 143],
    ] as const
  ).map(([signal, code]) => {
    const handler = () => {
      cleanup();
      process.stderr.write(
        runLanguage() === "zh"
          ? "\nzfxxgk: 已中断，结果不完整\n"
          : "\nzfxxgk: interrupted: the results are incomplete\n",
      );
      process.exit(code);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  try {
    return await run();
  } finally {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  }
}

/** Lets the event loop turn (timers, signals, I/O callbacks) in a loop that otherwise never leaves microtasks. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A progress line on stderr (files done, the current file), shown only when stderr is a terminal and only once
 * the run has taken more than two seconds (a PDF folder); cleared before other output.
 *
 * @example
 * ```ts
 * const progress = new Progress();
 * progress.update(12, "a.json");
 * progress.clear();
 * ```
 */
export class Progress {
  private readonly enabled = process.stderr.isTTY === true;
  private readonly started = Date.now();
  private shown = false;
  private last = 0;
  update(done: number, current: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 2000 || now - this.last < 100) return;
    this.last = now;
    const width = (process.stderr.columns ?? 80) - 1;
    const text = `${runLanguage() === "zh" ? "处理中" : "working"}… ${done} ${safe(current)}`.slice(0, width);
    process.stderr.write(`\r\x1b[2K${text}`);
    this.shown = true;
  }
  clear(): void {
    if (this.shown) process.stderr.write("\r\x1b[2K");
    this.shown = false;
  }
}

/**
 * Makes text that came from a file (a path, an organ, a message quoting a report) safe to print on one line of a
 * terminal: line breaks and tabs become a space (a file cannot forge a line of output, such as a summary), and
 * control characters (terminal escapes) and bidirectional controls are removed.
 *
 * @example
 * ```ts
 * safe("a\u001b[2Jb"); // "a[2Jb"
 * safe("连州\n1 个文件，0 个有错误"); // "连州 1 个文件，0 个有错误"
 * ```
 */
export function safe(text: string): string {
  return oneLine(text);
}

/** What JSON.stringify leaves raw in a string and a terminal acts on: DEL and C1 controls, bidi controls, line separators. */
const rawInJson = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * `JSON.stringify`, with the characters it leaves raw that a terminal acts on — DEL and C1 controls (U+0080–U+009F),
 * bidirectional controls (U+202A–U+202E, U+2066–U+2069, the marks), U+2028/U+2029 — written as `\u` escapes: the
 * same JSON, which a file's text (a name, an organ, a paragraph) cannot use to rewrite or reorder a terminal line.
 *
 * @example
 * ```ts
 * jsonText({ organ: "连州\u202e市" }); // '{"organ":"连州\\u202e市"}'
 * ```
 */
export function jsonText(value: unknown, space?: number): string {
  return (JSON.stringify(value, null, space) ?? "null").replace(
    rawInJson,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
