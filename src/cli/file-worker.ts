/**
 * A worker process of the command line's pool (`file-pool.ts`): reads each file it is sent — by its name, or its
 * bytes — parses it (the PDF reader, pdf.js, included), validates it and, for `check`, checks it, and posts back
 * the result. It runs under the pool's memory limit (`--max-old-space-size`) and is killed when it takes longer than the
 * time budget: one file's excess never reaches the main process. Built as `dist/cli-worker.js`.
 *
 * @module
 */
import type { CheckWith } from "./checked.js";
import type { ReadOptions } from "./input.js";
import { readOne, type Source } from "./read-one.js";

/**
 * A request of the pool: what to read, how, and whether to check it.
 *
 * @example
 * ```ts
 * const request: FileRequest = { id: 1, source: { path: "a.html" }, read: {}, check: { blankAsZero: false, lang: "zh" } };
 * ```
 */
export interface FileRequest {
  readonly id: number;
  readonly source: Source;
  readonly read: ReadOptions;
  readonly check?: CheckWith | undefined;
}

process.on("message", (request: FileRequest) => {
  readOne(request.source, request.read, request.check).then(
    (checked) => process.send?.({ id: request.id, checked }),
    (error: unknown) =>
      process.send?.({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
// the main process gone (killed, its pipe closed): nothing left to read for
process.on("disconnect", () => process.exit(0));
