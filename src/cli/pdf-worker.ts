/**
 * A worker thread of the command line's PDF pool: reads each PDF it is sent with `zfxxgk/pdf` (pdf.js) and posts
 * back the parse result. Built as `dist/cli-pdf-worker.js`; see `pdf-pool.ts`.
 *
 * @module
 */
import { parentPort } from "node:worker_threads";
import { loadPdfJs } from "../parse/readers/pdf/pdfjs.js";
import type { ParseOptions } from "../parse/types.js";
import { parsePdf } from "../pdf.js";

/**
 * A request of the pool: the PDF's bytes (transferred) and the parse options.
 *
 * @example
 * ```ts
 * const request: PdfRequest = { id: 1, bytes: new Uint8Array(), options: {} };
 * ```
 */
export interface PdfRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly options: ParseOptions;
}

// pdf.js is loaded as the worker starts, while the main thread walks on to the first PDF (a failure to load it is
// said by the first parse: the file is then read in the main thread, which words the error)
loadPdfJs().catch(() => undefined);

parentPort?.on("message", (request: PdfRequest) => {
  parsePdf(request.bytes, request.options).then(
    (result) => parentPort?.postMessage({ id: request.id, result }),
    (error: unknown) =>
      parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
