/**
 * Reading one file of a run from its name or its bytes, and checking it: what a worker process of the pool does
 * (`file-worker.ts`), and what the main thread does when no worker can run (`ZFXXGK_WORKERS=0`, no built worker).
 * Loads the parser.
 *
 * @module
 */
import type { Buffer } from "node:buffer";
import { type Checked, type CheckWith, checkLoaded, internalError } from "./checked.js";
import { loadBytes, type ReadOptions } from "./input.js";
import { readBytes } from "./read-file.js";

/**
 * What to read: a regular file by its name (a string, or the bytes of a name that is not UTF-8), or bytes already
 * read (standard input, a FIFO, a small file the main thread read to see whether it is JSON).
 *
 * @example
 * ```ts
 * const source: Source = { path: "reports/淮安市2024.pdf" };
 * ```
 */
export type Source = { readonly path: string | Buffer } | { readonly bytes: Uint8Array };

/**
 * Reads and, with `check`, checks one file. Never throws.
 *
 * @example
 * ```ts
 * const { loaded } = await readOne({ path: "report.html" }, {}, undefined);
 * ```
 */
export async function readOne(source: Source, read: ReadOptions, check: CheckWith | undefined): Promise<Checked> {
  try {
    let bytes: Uint8Array;
    if ("bytes" in source) bytes = source.bytes;
    else {
      const got = readBytes(source.path);
      if (!got.ok) return { loaded: got };
      bytes = got.bytes;
    }
    return checkLoaded(await loadBytes(bytes, read), check);
  } catch (error) {
    return internalError(error);
  }
}
