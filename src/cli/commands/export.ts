/**
 * `zfxxgk export FILES|FOLDER --to csv|xlsx|jsonl [-o FILE]`: many reports as one spreadsheet — one row per
 * report, read as `check` reads them (model JSON, or a published report of any kind), the 来源文件 column filled.
 * Written as it is read (streamed), to stdout or atomically to `-o FILE`.
 *
 * @module
 */
import type { FileHandle } from "node:fs/promises";
import { Writable } from "node:stream";
import { exportColumns } from "../../export/columns.js";
import { csvLine } from "../../export/csv.js";
import { jsonlLine } from "../../export/jsonl.js";
import { type Row, toRows } from "../../export/to-rows.js";
import type { Report } from "../../model/report.generated.js";
import { removeTemporaryFiles, writeAtomicWith } from "../atomic.js";
import { type Budget, defaultBudget } from "../budget.js";
import { describeError, walkInputs } from "../files.js";
import type { ReadOptions } from "../input.js";
import type { Loaded } from "../load-json.js";
import { FileReader, readsMany } from "../read-files.js";
import { Progress, safe, turn, Writer, whileInterruptible } from "../terminal.js";

/** The formats of `export`. */
export const exportFormats = ["csv", "xlsx", "jsonl"] as const;

/**
 * Options of the export command.
 *
 * @example
 * ```ts
 * const o: ExportCommandOptions = { to: "csv", output: "reports.csv", force: false, lang: "zh" };
 * ```
 */
export interface ExportCommandOptions {
  readonly to: (typeof exportFormats)[number];
  readonly output?: string | undefined;
  readonly force: boolean;
  readonly lang: "zh" | "en";
  readonly read?: ReadOptions;
  /** Each file's memory and time budget (`--max-memory`, `--timeout`); by default {@link defaultBudget}. */
  readonly budget?: Budget | undefined;
}

/** What a run counted. */
interface Counts {
  files: number;
  unusable: number;
  /** Files read in part: a table, row or cell could not be read (blank in the sheet). */
  incomplete: number;
}

/**
 * The header, then one row per file that could be read; a file that could not is said on stderr and left out.
 * A published report whose organ or year is not printed has that cell blank (not the stand-in `check` uses).
 */
async function* rowsOf(
  paths: readonly string[],
  options: ExportCommandOptions,
  err: Writer,
  counts: Counts,
): AsyncGenerator<Row, void, undefined> {
  const columns = exportColumns();
  yield columns.map((c) => c.header);
  const progress = new Progress();
  // each file read within its budget: a published report or a large file in a worker process (read-files.ts)
  const reader = new FileReader({
    budget: options.budget ?? defaultBudget,
    many: readsMany(paths),
    read: options.read ?? {},
  });
  try {
    yield* rowsRead(paths, reader, options, err, counts, progress);
  } finally {
    await reader.close();
  }
  progress.clear();
}

async function* rowsRead(
  paths: readonly string[],
  reader: FileReader,
  options: ExportCommandOptions,
  err: Writer,
  counts: Counts,
  progress: Progress,
): AsyncGenerator<Row, void, undefined> {
  const columns = exportColumns();
  const organAt = columns.findIndex((c) => c.key === "organ");
  const yearAt = columns.findIndex((c) => c.key === "year");
  for (const entry of walkInputs(paths)) {
    counts.files++;
    if (counts.files % 32 === 0) await turn(); // small JSON is read synchronously: let a signal (Ctrl-C) be handled
    progress.update(counts.files, entry.path);
    const loaded: Loaded = (await reader.read(entry)).loaded;
    if (!loaded.ok) {
      counts.unusable++;
      progress.clear();
      err.line(`${safe(entry.path)}: ${safe(loaded.message[options.lang])}`);
      continue;
    }
    const report: Report = loaded.report;
    const unread = loaded.read?.unread ?? [];
    if (unread.length > 0) {
      counts.incomplete++;
      progress.clear();
      for (const u of unread) err.line(`${safe(entry.path)}: ${safe(u.message[options.lang])}`);
    }
    const [, row] = [...toRows([{ report, source: entry.path }])];
    if (row === undefined) continue;
    const missing = loaded.read?.missing ?? [];
    if (missing.length === 0) {
      yield row;
      continue;
    }
    const blanked = [...row];
    if (missing.includes("organ")) blanked[organAt] = null;
    if (missing.includes("year")) blanked[yearAt] = null;
    progress.clear();
    err.line(
      `${safe(entry.path)}: ${options.lang === "zh" ? "文件中未找到发布机关或报告年度，该栏留空（可用 --organ / --year 给出）" : "the file prints no issuing organ or report year: left blank (give it with --organ / --year)"}`,
    );
    yield blanked;
  }
}

/**
 * A stream writing to an open file handle that leaves it open (for {@link writeAtomicWith} to sync and close): a
 * handle's own `createWriteStream({ autoClose: false })` keeps it busy, and the sync after it never settles.
 */
function streamTo(handle: FileHandle): Writable {
  return new Writable({
    write(chunk: Buffer | string, encoding, done) {
      handle.write(typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk).then(() => done(), done);
    },
  });
}

/** Writes text to a stream, waiting when it asks to (a slow pipe, a disk). */
async function put(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once("drain", resolve));
}

/** Writes the rows as CSV or JSON Lines, in chunks of about 64 KB. */
async function writeText(rows: AsyncIterable<Row>, to: "csv" | "jsonl", stream: Writable): Promise<void> {
  let header: readonly string[] | undefined;
  let buffer = to === "csv" ? "\ufeff" : "";
  for await (const row of rows) {
    if (to === "csv") buffer += csvLine(row);
    else if (header === undefined) header = row.map(String);
    else buffer += jsonlLine(header, row);
    if (buffer.length >= 1 << 16) {
      await put(stream, buffer);
      buffer = "";
    }
  }
  if (buffer !== "") await put(stream, buffer);
}

/**
 * Runs `export`; resolves to the exit code: 0 every file was read and written; 3 a file was read in part (a table,
 * row or cell could not be read: blank in the sheet, and stderr says what), as `parse`; 2 a file could not be read
 * (the others are written, and stderr says which), there was no file, or the output could not be written.
 *
 * @example
 * ```ts
 * process.exitCode = await runExport(["reports/"], { to: "csv", output: "reports.csv", force: false, lang: "zh" });
 * ```
 */
export async function runExport(paths: readonly string[], options: ExportCommandOptions): Promise<number> {
  const err = new Writer(process.stderr);
  const counts: Counts = { files: 0, unusable: 0, incomplete: 0 };
  const rows = rowsOf(paths, options, err, counts);
  const write = async (stream: Writable, end: boolean): Promise<void> => {
    if (options.to === "xlsx") {
      const { writeXlsx } = await import("../../export/xlsx.js");
      await writeXlsx(rows, stream); // ends the stream
      return;
    }
    await writeText(rows, options.to, stream);
    if (end) {
      const finished = new Promise((resolve, reject) => {
        stream.once("finish", resolve);
        stream.once("error", reject);
      });
      stream.end();
      await finished;
    }
  };
  return whileInterruptible(removeTemporaryFiles, async () => {
    const output = options.output;
    if (output === undefined) {
      try {
        await write(process.stdout, false);
      } catch (error) {
        err.line(safe(describeError(error, options.lang)));
        return 2;
      }
    } else {
      const written = await writeAtomicWith(output, (handle) => write(streamTo(handle), true), {
        force: options.force,
        lang: options.lang,
      });
      if (!written.ok) {
        err.line(safe(written.message));
        return 2;
      }
    }
    if (counts.files === 0) {
      err.line(options.lang === "zh" ? "没有找到报告文件" : "no report file found");
      return 2;
    }
    if (counts.unusable > 0) {
      err.line(
        options.lang === "zh"
          ? `${counts.files} 个文件，${counts.unusable} 个无法使用，未写入`
          : `${counts.files} files, ${counts.unusable} unusable, not written`,
      );
      return 2;
    }
    if (counts.incomplete > 0) {
      err.line(
        options.lang === "zh"
          ? `${counts.files} 个文件，${counts.incomplete} 个未能完整读出（未读出的单元格留空）`
          : `${counts.files} files, ${counts.incomplete} read in part (the cells not read are blank)`,
      );
      return 3;
    }
    return 0;
  });
}
