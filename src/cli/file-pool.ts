/**
 * The command line's pool of worker processes that read files (`file-worker.ts`), each file within its budget
 * (`budget.ts`): a worker whose resident memory goes over the memory budget is killed (Linux; its heap is limited too,
 * `--max-old-space-size`, the only limit elsewhere), and so is a worker that takes longer than the time budget. A file over either gets its own outcome (`too-large`, `timeout`); its worker is replaced and the
 * run goes on. The main process only waits, so a signal (Ctrl-C) is handled at once whatever a worker is doing, and
 * the run ends at once: workers are processes, killed as the main process exits — worker threads were tried first,
 * but a process does not end before its threads do, and a thread inside `JSON.parse` of 60 MB or a major garbage
 * collection ends only when that is done (one to three seconds). A run over a folder or several files has one worker
 * per core (at most four), so that a folder of PDFs uses every core while the main process writes the verdicts in
 * order; a run over one file has one.
 *
 * @module
 */
import { type ChildProcess, fork } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Budget } from "./budget.js";
import type { Checked } from "./checked.js";
import type { FileRequest } from "./file-worker.js";

/**
 * How many workers a pool has: `ZFXXGK_WORKERS` (or the older `ZFXXGK_PDF_WORKERS`) when given — 0 reads every file
 * in the process, without budgets —, else the cores, at most four, for a run over many files, and one for a run
 * over one file.
 *
 * @example
 * ```ts
 * workersWanted(true, {}); // 2 on a machine of two cores
 * ```
 */
export function workersWanted(many: boolean, env: Readonly<Record<string, string | undefined>>): number {
  const given = Number.parseInt(env.ZFXXGK_WORKERS ?? env.ZFXXGK_PDF_WORKERS ?? "", 10);
  if (Number.isInteger(given) && given >= 0) return Math.min(given, 16);
  return many ? Math.max(1, Math.min(4, availableParallelism())) : 1;
}

/**
 * What became of a file sent to the pool: read (and checked), over its memory or time budget, failed in a way the
 * worker could not say (its process ended), or not read at all because no worker can run (read it in the process).
 *
 * @example
 * ```ts
 * const outcome: Outcome = { kind: "timeout" };
 * ```
 */
export type Outcome =
  | { readonly kind: "done"; readonly checked: Checked }
  | { readonly kind: "too-large" }
  | { readonly kind: "timeout" }
  | { readonly kind: "failed"; readonly why: string }
  | { readonly kind: "unavailable" };

/** A worker process. */
type Worker = ChildProcess;

/** The worker's reply. */
type Reply = { readonly id: number; readonly checked: Checked } | { readonly id: number; readonly error: string };

interface Task {
  readonly request: FileRequest;
  readonly resolve: (outcome: Outcome) => void;
}

interface Running {
  readonly task: Task;
  readonly timer: NodeJS.Timeout;
  /** The watch on the worker's resident memory (Linux), or `undefined`. */
  readonly watch: NodeJS.Timeout | undefined;
}

/** How often a busy worker's resident memory is read (Linux: /proc/PID/statm). */
const watchEveryMs = 100;

/** Pages resident, from /proc/PID/statm, or `undefined`. */
function residentPages(pid: number): number | undefined {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, "latin1").split(" ")[1]);
    return Number.isFinite(pages) && pages > 0 ? pages : undefined;
  } catch {
    return undefined;
  }
}

let pageBytes: number | undefined;

/** The size of a memory page (4 KiB, 16 KiB or 64 KiB): this process's resident size over its resident pages. */
function pageSize(): number {
  if (pageBytes !== undefined) return pageBytes;
  const pages = residentPages(process.pid);
  const ratio = pages === undefined ? 4096 : process.memoryUsage().rss / pages;
  pageBytes = 2 ** Math.round(Math.log2(ratio));
  return pageBytes;
}

/**
 * A worker's resident memory in MB, from /proc (Linux), or `undefined` where it cannot be read.
 *
 * @example
 * ```ts
 * residentMb(process.pid); // e.g. 48.2 on Linux, undefined elsewhere
 * ```
 */
export function residentMb(pid: number | undefined): number | undefined {
  if (pid === undefined || process.platform !== "linux") return undefined;
  const pages = residentPages(pid);
  return pages === undefined ? undefined : (pages * pageSize()) / (1024 * 1024);
}

/**
 * A pool of worker processes reading files within a budget.
 *
 * @example
 * ```ts
 * const pool = new FileWorkers({ memoryMb: 1024, timeoutMs: 60_000 }, 2);
 * const outcome = await pool.run({ path: "a.pdf" }, {}, undefined);
 * await pool.close();
 * ```
 */
export class FileWorkers {
  private readonly url = new URL("./cli-worker.js", import.meta.url);
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Running>();
  private readonly queue: Task[] = [];
  /** Every live worker, killed as the process exits (an interrupted run ends at once, its workers with it). */
  private readonly all = new Set<Worker>();
  private readonly killAll = (): void => {
    for (const worker of this.all) worker.kill("SIGKILL");
  };
  private nextId = 0;
  private closed = false;
  /** Whether workers can run: a built worker beside this module (not when the sources run under a test runner). */
  readonly available: boolean;

  /** `size`: at most this many workers at once (0: none — every outcome `unavailable`). */
  constructor(
    readonly budget: Budget,
    readonly size: number,
  ) {
    this.available = size > 0 && this.url.protocol === "file:" && existsSync(fileURLToPath(this.url));
    if (this.available) process.once("exit", this.killAll);
  }

  /**
   * Reads (and, with `check`, checks) one file in a worker (a `{ bytes }` source is copied to it). Never
   * rejects.
   */
  run(source: FileRequest["source"], read: FileRequest["read"], check: FileRequest["check"]): Promise<Outcome> {
    if (!this.available || this.closed) return Promise.resolve({ kind: "unavailable" });
    const request: FileRequest = { id: this.nextId++, source, read, check };
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.start() : undefined);
      if (worker === undefined) {
        // no worker could start and none is running: the files are read in the process
        if (this.busy.size === 0) for (const task of this.queue.splice(0)) task.resolve({ kind: "unavailable" });
        return;
      }
      const task = this.queue.shift() as Task;
      const timer = setTimeout(() => this.end(worker, { kind: "timeout" }), this.budget.timeoutMs);
      // the memory budget is the worker's resident memory where it can be read (Linux): a process near its heap limit
      // collects garbage for a minute before the engine gives up (a 60 MB file of 20 million empty objects: 57 s at
      // 1,024 MB), a process over its resident budget is ended at once; elsewhere the heap limit alone holds it
      const watch =
        residentMb(worker.pid) === undefined
          ? undefined
          : setInterval(() => {
              if ((residentMb(worker.pid) ?? 0) > this.budget.memoryMb) this.end(worker, { kind: "too-large" });
            }, watchEveryMs);
      this.busy.set(worker, { task, timer, watch });
      try {
        worker.send(task.request);
      } catch (error) {
        this.end(worker, { kind: "failed", why: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  private start(): Worker | undefined {
    let worker: Worker;
    try {
      worker = fork(fileURLToPath(this.url), [], {
        // Node's own options are passed on (`--import` hooks, `--conditions`), but for a debugger's port
        execArgv: [
          ...process.execArgv.filter((a) => !a.startsWith("--inspect") && !a.startsWith("--max-old-space-size")),
          // the heap's limit: the budget itself where resident memory cannot be watched, else a backstop above it
          `--max-old-space-size=${residentMb(process.pid) === undefined ? this.budget.memoryMb : Math.round(this.budget.memoryMb * 1.25)}`,
          `--max-semi-space-size=${Math.min(32, Math.max(4, Math.floor(this.budget.memoryMb / 32)))}`,
        ],
        serialization: "advanced",
        // stderr is read for the engine's "heap out of memory" (and otherwise dropped: the verdict says it)
        stdio: ["ignore", "ignore", "pipe", "ipc"],
      });
    } catch {
      return undefined;
    }
    let outOfMemory = false;
    worker.stderr?.on("data", (chunk: Buffer) => {
      if (chunk.includes("heap out of memory")) outOfMemory = true;
    });
    this.all.add(worker);
    worker.on("message", (reply: Reply) => {
      const running = this.busy.get(worker);
      if (running === undefined || running.task.request.id !== reply.id) return;
      clearTimeout(running.timer);
      clearInterval(running.watch);
      this.busy.delete(worker);
      this.idle.push(worker);
      running.task.resolve(
        "checked" in reply ? { kind: "done", checked: reply.checked } : { kind: "failed", why: reply.error },
      );
      this.dispatch();
    });
    worker.on("error", (error: Error) => this.end(worker, { kind: "failed", why: error.message }));
    worker.on("exit", (code, signal) => {
      this.all.delete(worker);
      // the engine aborts a process out of heap (SIGABRT, or 134 where the signal is said as a code)
      const tooLarge = outOfMemory || signal === "SIGABRT" || code === 134;
      this.end(
        worker,
        tooLarge ? { kind: "too-large" } : { kind: "failed", why: `the worker ended (${signal ?? code})` },
      );
    });
    return worker;
  }

  /** A worker over budget or failed: its file gets `outcome`, the worker is ended, and the next file goes on. */
  private end(worker: Worker, outcome: Outcome): void {
    const running = this.busy.get(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    if (running !== undefined) {
      clearTimeout(running.timer);
      clearInterval(running.watch);
      this.busy.delete(worker);
      running.task.resolve(outcome);
    }
    worker.kill("SIGKILL");
    this.dispatch();
  }

  /** Ends the pool's workers (a run must call it: a live worker keeps the process running). */
  async close(): Promise<void> {
    this.closed = true;
    process.removeListener("exit", this.killAll);
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    for (const [, running] of this.busy) {
      clearTimeout(running.timer);
      clearInterval(running.watch);
      running.task.resolve({ kind: "failed", why: "the run ended" });
    }
    this.busy.clear();
    for (const task of this.queue.splice(0)) task.resolve({ kind: "unavailable" });
    for (const worker of workers) worker.kill("SIGKILL");
  }
}
