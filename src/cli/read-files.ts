/**
 * Reading the files of a command-line run, each within its budget: what `check`, `assess`, `compare` and `export`
 * share. A small model-JSON file is read in the main thread (its cost is bounded: see {@link inProcessBytes});
 * anything else — a published report of any kind, a larger file — is read, parsed and checked in a worker process of
 * the pool (`file-pool.ts`), and a file over its memory or time budget is that file's verdict, never the run's end.
 * Standard input and other files that are not regular (a FIFO named on the command line) are read without blocking
 * the main thread (`read-stream.ts`).
 *
 * @module
 */
import { statSync } from "node:fs";
import type { Budget } from "./budget.js";
import { type Checked, type CheckWith, checkLoaded, internalError } from "./checked.js";
import { FileWorkers, type Outcome, workersWanted } from "./file-pool.js";
import { type InputEntry, walkInputs } from "./files.js";
import type { ReadOptions } from "./input.js";
import { isJsonText, type Loaded, loadFailure, loadJson } from "./load-json.js";
import { decodeText, readSmall } from "./read-file.js";
import type { Source } from "./read-one.js";
import { readStream } from "./read-stream.js";
import { turn } from "./terminal.js";

/**
 * Model JSON up to this size is read and checked in the main thread, without a worker (whose start costs 30–50 ms).
 * Its cost is bounded by its size: `JSON.parse` and the validation are linear, the validation lists at most 1,000
 * issues, and a 1 MB file of the worst shapes (arrays nested 260,000 deep, 350,000 empty objects or arrays, bad
 * paragraphs, 260,000 one-letter paragraphs) takes at most 50 MB more than the process itself and 150 ms
 * (docs/reliability.md, "8. Budgets"); published reports, whose parsing is more involved, are always read in a worker.
 */
export const inProcessBytes = 1024 * 1024;

/**
 * Whether a run reads many files — several paths, or a folder — and so gets a pool of several workers (a run over
 * one file has one).
 *
 * @example
 * ```ts
 * readsMany(["2023.html", "2024.html"]); // true
 * ```
 */
export function readsMany(paths: readonly string[]): boolean {
  if (paths.length !== 1) return paths.length > 1;
  try {
    return statSync(paths[0] as string).isDirectory();
  } catch {
    return false; // the walk says what is wrong with it
  }
}

/**
 * Options of a {@link FileReader}: the budget, whether the run reads many files (a pool of several workers), what
 * the command line knows that a document may not print, and how to check (for `check`; else the files are read).
 *
 * @example
 * ```ts
 * const options: FileReaderOptions = { budget: defaultBudget, many: true, read: {} };
 * ```
 */
export interface FileReaderOptions {
  readonly budget: Budget;
  readonly many: boolean;
  readonly read: ReadOptions;
  readonly check?: CheckWith | undefined;
}

/**
 * Reads the files of a run, each within its budget.
 *
 * @example
 * ```ts
 * const reader = new FileReader({ budget: defaultBudget, many: true, read: {} });
 * for (const entry of walkInputs(["reports/"])) console.log((await reader.read(entry)).loaded.ok);
 * await reader.close();
 * ```
 */
export class FileReader {
  private readonly pool: FileWorkers;
  /** The in-process reader, loaded (with the parser) only when no worker can run. */
  private inProcess: Promise<typeof import("./read-one.js")> | undefined;

  constructor(private readonly options: FileReaderOptions) {
    this.pool = new FileWorkers(options.budget, workersWanted(options.many, process.env));
  }

  /** How many files may be read at once (the pool's size; 1 when files are read in the process). */
  get parallel(): number {
    return this.pool.available ? this.pool.size : 1;
  }

  /**
   * One file read (and checked, for `check`): at once for a small model-JSON file or a file that could not be
   * opened, else a promise. Never throws; the promise never rejects.
   */
  read(entry: InputEntry): Checked | Promise<Checked> {
    if (entry.error !== undefined)
      return {
        loaded: loadFailure("unreadable", `无法读取：${entry.error.zh}`, `cannot read: ${entry.error.en}`),
      };
    if (entry.special === true) return this.readSpecial(entry.path);
    try {
      const small = readSmall(entry.file ?? entry.path, inProcessBytes);
      if (small.ok === "larger") return this.inWorker({ path: entry.file ?? entry.path });
      if (!small.ok) return { loaded: small };
      // a copy (`new Uint8Array`, not `Buffer#slice`, a view) when it goes on: the read buffer is reused by the next file
      return this.fromBytes(small.bytes, true);
    } catch (error) {
      return internalError(error);
    }
  }

  /** Bytes read: small model JSON checked here, anything else in a worker. */
  private fromBytes(bytes: Uint8Array, reused: boolean): Checked | Promise<Checked> {
    if (bytes.length <= inProcessBytes) {
      const text = decodeText(bytes);
      if (text !== undefined && isJsonText(text)) return checkLoaded(loadJson(text), this.options.check);
    }
    return this.inWorker({ bytes: reused ? new Uint8Array(bytes) : bytes });
  }

  private async readSpecial(path: string): Promise<Checked> {
    const read = await readStream(path, this.options.budget.timeoutMs);
    return read.ok ? this.fromBytes(read.bytes, false) : { loaded: read };
  }

  private async inWorker(source: Source): Promise<Checked> {
    const outcome = await this.pool.run(source, this.options.read, this.options.check);
    if (outcome.kind === "unavailable") {
      this.inProcess ??= import("./read-one.js");
      const { readOne } = await this.inProcess;
      return readOne(source, this.options.read, this.options.check);
    }
    return outcome.kind === "done" ? outcome.checked : { loaded: this.failure(outcome) };
  }

  /** A file over its budget, or whose worker failed: its own verdict. */
  private failure(outcome: Exclude<Outcome, { kind: "unavailable" | "done" }>): Loaded {
    const { memoryMb, timeoutMs } = this.options.budget;
    const [doing, done] = this.options.check === undefined ? ["读取", "read"] : ["读取、核对", "read and checked"];
    switch (outcome.kind) {
      case "too-large":
        return loadFailure(
          "too-large",
          `过大：${doing}时超出内存预算（${memoryMb} MB，--max-memory）`,
          `too large: over the memory budget while ${done} (${memoryMb} MB, --max-memory)`,
        );
      case "timeout":
        return loadFailure(
          "timeout",
          `超时：${timeoutMs / 1000} 秒内未能${doing}（--timeout）`,
          `timed out: not ${done} within ${timeoutMs / 1000} s (--timeout)`,
        );
      case "failed":
        return internalError(new Error(outcome.why)).loaded;
    }
  }

  /** Ends the workers (a run must call it: a live worker keeps the process running). */
  close(): Promise<void> {
    return this.pool.close();
  }
}

/**
 * Every file under `paths` (see `walkInputs`) read in turn, each within its budget, with the files read ahead in
 * the pool's workers (at most its size at once) while the caller takes them in order. The workers are ended when
 * the walk ends or the caller stops. Never throws on a file.
 *
 * @example
 * ```ts
 * for await (const { entry, loaded } of readEach(["reports/"], { budget: defaultBudget, read: {} })) console.log(entry.path, loaded.ok);
 * ```
 */
export async function* readEach(
  paths: readonly string[],
  options: Omit<FileReaderOptions, "many">,
): AsyncGenerator<{ readonly entry: InputEntry; readonly loaded: Loaded }, void, undefined> {
  const reader = new FileReader({ ...options, many: readsMany(paths) });
  const ahead: { readonly entry: InputEntry; readonly checked: Promise<Checked> }[] = [];
  try {
    for (const entry of walkInputs(paths)) {
      ahead.push({ entry, checked: Promise.resolve(reader.read(entry)) });
      if (ahead.length <= reader.parallel) continue;
      const next = ahead.shift() as (typeof ahead)[number];
      yield { entry: next.entry, loaded: (await next.checked).loaded };
      await turn(); // small JSON is read synchronously: let a signal (Ctrl-C) be handled
    }
    for (const next of ahead) yield { entry: next.entry, loaded: (await next.checked).loaded };
  } finally {
    await reader.close();
  }
}
