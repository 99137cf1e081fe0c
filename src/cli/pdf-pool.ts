/**
 * The command line's PDF readers: a run over one file reads its PDF in the process; a run over a folder or several
 * files reads its PDFs in a pool of worker threads (pdf.js spends most of a file parsing its fonts, on one core),
 * started with the first PDF, so that a folder of PDFs uses every core while the main thread checks and writes in
 * order. A pool that cannot start (no built worker, a worker that fails) is not an error: the PDFs are then read in
 * the process.
 *
 * @module
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ParseOptions, ParseResult } from "../parse/types.js";
import type { PdfParseResult } from "../pdf.js";

function workersWanted(): number {
  const given = Number.parseInt(process.env.ZFXXGK_PDF_WORKERS ?? "", 10);
  if (Number.isInteger(given) && given >= 0) return Math.min(given, 16);
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** The worker's reply. */
type Reply = { readonly id: number; readonly result: PdfParseResult } | { readonly id: number; readonly error: string };

interface Task {
  readonly resolve: (result: ParseResult | null) => void;
  readonly worker: Worker;
}

/**
 * Reads PDFs for a run of the command line.
 *
 * @example
 * ```ts
 * const readers = new PdfReaders(true);
 * const result = await readers.read(bytes, {}, (b, o) => parsePdf(b, o));
 * await readers.close();
 * ```
 */
export class PdfReaders {
  private workers: Worker[] | null = null;
  private broken = false;
  private nextId = 0;
  private readonly tasks = new Map<number, Task>();
  private readonly load = new Map<Worker, number>();

  /**
   * How many workers a pool has: the cores, at most four; `ZFXXGK_PDF_WORKERS` sets it (0 or 1: every PDF read in
   * the process).
   */
  readonly size = workersWanted();

  /** `many`: the run reads a folder or several files (a single file is read in the process, with no pool). */
  constructor(private readonly many: boolean) {}

  /** Reads one PDF: in a worker where the pool runs (a copy of the bytes is sent), else with `inProcess`. */
  async read(
    bytes: Uint8Array,
    options: ParseOptions,
    inProcess: (bytes: Uint8Array, options: ParseOptions) => Promise<ParseResult>,
  ): Promise<ParseResult> {
    if (this.many && this.size > 1 && !this.broken) {
      // a copy of its own (never `Buffer#slice`, which is a view): its buffer is transferred to the worker
      const result = await this.inWorker(new Uint8Array(bytes), options);
      if (result !== null) return result;
    }
    return inProcess(bytes, options);
  }

  private start(): Worker[] {
    if (this.workers !== null) return this.workers;
    const url = new URL("./cli-pdf-worker.js", import.meta.url);
    const workers: Worker[] = [];
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(url);
      worker.on("message", (reply: Reply) => {
        const task = this.tasks.get(reply.id);
        if (task === undefined) return;
        this.tasks.delete(reply.id);
        this.load.set(worker, (this.load.get(worker) ?? 1) - 1);
        // an error in the worker (pdf.js missing there): the file is read in the process, which words it
        task.resolve("result" in reply ? reply.result : null);
      });
      worker.on("error", () => this.fail(worker));
      worker.on("exit", () => this.fail(worker));
      this.load.set(worker, 0);
      workers.push(worker);
    }
    this.workers = workers;
    return workers;
  }

  /** A worker that failed or ended: its tasks are read in the process, and no more are sent to the pool. */
  private fail(worker: Worker): void {
    this.broken = true;
    for (const [id, task] of this.tasks)
      if (task.worker === worker) {
        this.tasks.delete(id);
        task.resolve(null);
      }
  }

  private inWorker(bytes: Uint8Array, options: ParseOptions): Promise<ParseResult | null> {
    let workers: Worker[];
    try {
      workers = this.start();
    } catch {
      this.broken = true;
      return Promise.resolve(null);
    }
    let worker = workers[0] as Worker;
    for (const w of workers) if ((this.load.get(w) ?? 0) < (this.load.get(worker) ?? 0)) worker = w;
    const id = this.nextId++;
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    return new Promise((resolve) => {
      this.tasks.set(id, { resolve, worker });
      try {
        worker.postMessage({ id, bytes, options }, [bytes.buffer as ArrayBuffer]);
      } catch {
        this.tasks.delete(id);
        resolve(null);
      }
    });
  }

  /** Ends the pool's workers (a run must call it: a live worker keeps the process running). */
  async close(): Promise<void> {
    const workers = this.workers ?? [];
    this.workers = null;
    this.broken = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
