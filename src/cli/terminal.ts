/**
 * Terminal output: colour only on a terminal (and never with NO_COLOR), a progress line on stderr for long
 * runs on a terminal.
 *
 * @module
 */
import { once } from "node:events";
import { styleText } from "node:util";

type Style = "red" | "yellow" | "green" | "dim" | "bold" | "cyan";

/** Output is written in chunks of about this many characters when buffered. */
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
  private pending = "";
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
    if (this.buffered) this.pending += `${text}\n`;
    else this.stream.write(`${text}\n`);
  }
  /**
   * Writes the pending lines — all of them, or with `whenFull` only once a chunk's worth is pending — and
   * waits until the stream can take more when it asks to (a pipe whose reader is slow).
   */
  async flush(whenFull = false): Promise<void> {
    if (this.pending.length === 0 || (whenFull && this.pending.length < chunkSize)) return;
    const chunk = this.pending;
    this.pending = "";
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }
}

/**
 * A progress line on stderr, shown only when stderr is a terminal; cleared before other output.
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
  private shown = false;
  private last = 0;
  update(done: number, current: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const width = (process.stderr.columns ?? 80) - 1;
    const text = `检查中 / checking… ${done} ${current}`.slice(0, width);
    process.stderr.write(`\r\x1b[2K${text}`);
    this.shown = true;
  }
  clear(): void {
    if (this.shown) process.stderr.write("\r\x1b[2K");
    this.shown = false;
  }
}

/**
 * Removes control characters (terminal escapes) from text that came from a file before it is printed.
 *
 * @example
 * ```ts
 * safe("a\u001b[2Jb"); // "a[2Jb"
 * ```
 */
export function safe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}
