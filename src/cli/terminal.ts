/**
 * Terminal output: colour only on a terminal (and never with NO_COLOR), a progress line on stderr for long
 * runs on a terminal.
 *
 * @module
 */
import { styleText } from "node:util";

type Style = "red" | "yellow" | "green" | "dim" | "bold" | "cyan";

/**
 * A writer that colours text only when its stream is a terminal.
 *
 * @example
 * ```ts
 * const out = new Writer(process.stdout);
 * out.line(out.paint("green", "✓ ok"));
 * ```
 */
export class Writer {
  readonly colour: boolean;
  constructor(readonly stream: NodeJS.WriteStream) {
    this.colour = stream.isTTY === true && process.env.NO_COLOR === undefined && process.env.TERM !== "dumb";
  }
  paint(style: Style, text: string): string {
    return this.colour ? styleText(style, text) : text;
  }
  line(text = ""): void {
    this.stream.write(`${text}\n`);
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
