/**
 * Writing an output file so that nothing is lost: the text goes to a temporary file beside the target (a short
 * name, so that a target whose name is as long as the system allows can still be written), which is then moved
 * into place in one step. Without `force`, an existing file is never replaced — the move is a hard link, which
 * fails if the target exists, so two runs cannot race past the check. Even with `force`, only a regular file is
 * replaced: never a folder, a symbolic link, a device, a FIFO or a socket (`-o /dev/null --force` as root would
 * otherwise replace the system's /dev/null).
 *
 * @module
 */
import { randomBytes } from "node:crypto";
import { type Stats, unlinkSync } from "node:fs";
import { type FileHandle, link, lstat, open, rename, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describeError } from "./files.js";

/** How a write is asked for: `force` replaces an existing regular file; `lang`, the language of the message. */
export interface WriteOptions {
  readonly force: boolean;
  readonly lang?: "zh" | "en";
}

/**
 * Why a write did not happen.
 *
 * @example
 * ```ts
 * const r = await writeAtomic("out.html", html, { force: false });
 * if (!r.ok && r.reason === "exists") console.error("use --force");
 * ```
 */
export type WriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "exists" | "not-a-file" | "failed"; readonly message: string };

/**
 * Writes `text` to `path` atomically; refuses to overwrite unless `force`.
 *
 * @example
 * ```ts
 * await writeAtomic("report.html", html, { force: true });
 * ```
 */
export async function writeAtomic(path: string, text: string, options: WriteOptions): Promise<WriteResult> {
  return writeAtomicWith(path, (handle) => handle.writeFile(text, "utf8"), options);
}

/**
 * {@link writeAtomic} for output written piece by piece (a spreadsheet of 10,000 reports, streamed): `fill` writes
 * the temporary file through its handle (`handle.createWriteStream({ autoClose: false })` for a stream) and
 * resolves when all is written; the file is then synced and moved into place as `writeAtomic` does.
 *
 * @example
 * ```ts
 * await writeAtomicWith("reports.csv", async (handle) => { for (const c of chunks) await handle.write(c); }, { force: false });
 * ```
 */
export async function writeAtomicWith(
  path: string,
  fill: (handle: FileHandle) => Promise<unknown>,
  options: WriteOptions,
): Promise<WriteResult> {
  const lang = options.lang ?? "zh";
  const refused = await notAFile(path, lang);
  if (refused !== undefined) return refused;
  const temp = join(dirname(path), `.zfxxgk-${randomBytes(6).toString("hex")}.tmp`);
  temps.add(temp);
  try {
    const handle = await open(temp, "wx");
    try {
      await fill(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) {
      // asked again just before the move: what may have appeared at the path since is not replaced either
      const appeared = await notAFile(path, lang);
      if (appeared !== undefined) return appeared;
      await rename(temp, path);
    } else {
      try {
        await link(temp, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") {
          return {
            ok: false,
            reason: "exists",
            message:
              lang === "zh"
                ? `${path} 已存在，未覆盖（加 --force 以覆盖）`
                : `${path} exists, not overwritten (use --force)`,
          };
        }
        throw error;
      }
    }
    return { ok: true };
  } catch (error) {
    // said by its kind, never with the system's message (which names the temporary file)
    const why = describeError(error, lang);
    return {
      ok: false,
      reason: "failed",
      message:
        why === (error as Error).message
          ? lang === "zh"
            ? `无法写入 ${path}`
            : `cannot write ${path}`
          : lang === "zh"
            ? `无法写入 ${path}：${why}`
            : `cannot write ${path}: ${why}`,
    };
  } finally {
    await unlink(temp).catch(() => undefined);
    temps.delete(temp);
  }
}

/** What a path that is not a regular file is, in both languages. */
function kindOf(stats: Stats): readonly [string, string] {
  if (stats.isDirectory()) return ["文件夹", "a folder"];
  if (stats.isSymbolicLink()) return ["符号链接", "a symbolic link"];
  if (stats.isFIFO()) return ["管道（FIFO）", "a FIFO"];
  if (stats.isSocket()) return ["套接字", "a socket"];
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return ["设备", "a device"];
  return ["特殊文件", "not a regular file"];
}

/**
 * The refusal to write over `path` when it exists and is not a regular file; `undefined` when it is one or does
 * not exist (or cannot be looked at: the write then says why).
 *
 * @example
 * ```ts
 * (await notAFile("/tmp"))?.reason; // "not-a-file"
 * ```
 */
export async function notAFile(path: string, lang: "zh" | "en" = "zh"): Promise<WriteResult | undefined> {
  let stats: Stats;
  try {
    stats = await lstat(path);
  } catch {
    return undefined;
  }
  if (stats.isFile()) return undefined;
  const [zh, en] = kindOf(stats);
  return {
    ok: false,
    reason: "not-a-file",
    message:
      lang === "zh"
        ? `${path} 是${zh}，不是普通文件：不写入，--force 也不替换`
        : `${path} is ${en}, not a regular file: not written, not even with --force`,
  };
}

/** Temporary files being written. */
const temps = new Set<string>();

/**
 * Removes the temporary files of writes in progress, synchronously — for a run that is interrupted, so that it
 * leaves neither a partial output nor a stray temporary file.
 *
 * @example
 * ```ts
 * process.once("SIGTERM", () => { removeTemporaryFiles(); process.exit(143); });
 * ```
 */
export function removeTemporaryFiles(): void {
  for (const temp of temps) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  temps.clear();
}
