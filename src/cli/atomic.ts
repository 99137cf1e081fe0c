/**
 * Writing an output file so that nothing is lost: the text goes to a temporary file beside the target,
 * which is then moved into place in one step. Without `force`, an existing file is never replaced — the
 * move is a hard link, which fails if the target exists, so two runs cannot race past the check.
 *
 * @module
 */
import { unlinkSync } from "node:fs";
import { link, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

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
  | { readonly ok: false; readonly reason: "exists" | "failed"; readonly message: string };

/**
 * Writes `text` to `path` atomically; refuses to overwrite unless `force`.
 *
 * @example
 * ```ts
 * await writeAtomic("report.html", html, { force: true });
 * ```
 */
export async function writeAtomic(
  path: string,
  text: string,
  options: { readonly force: boolean },
): Promise<WriteResult> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  temps.add(temp);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) {
      await rename(temp, path);
    } else {
      try {
        await link(temp, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") {
          return {
            ok: false,
            reason: "exists",
            message: `${path} 已存在，未覆盖（加 --force 以覆盖） / exists, not overwritten (use --force)`,
          };
        }
        throw error;
      }
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: "failed", message: `${path}: ${(error as Error).message}` };
  } finally {
    await unlink(temp).catch(() => undefined);
    temps.delete(temp);
  }
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
