/**
 * Walking the command line's file and folder arguments lazily, so that a folder of any size is processed
 * in bounded memory. Synchronous: a folder is listed in one call, and its files are yielded without a
 * promise per file.
 *
 * @module
 */
import { readdirSync, type Stats, statSync } from "node:fs";
import { extname, join } from "node:path";

/** Extensions of files the CLI reads when it walks a folder. */
export const reportExtensions = new Set([
  ".json",
  ".txt",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".shtml",
  ".xhtml",
  ".pdf",
  ".docx",
  ".doc",
  ".wps",
]);

/**
 * One input: a path, or an error found while walking to it (an unreadable folder, a missing file).
 *
 * @example
 * ```ts
 * for (const entry of walkInputs(["reports/"])) console.log(entry.path);
 * ```
 */
export type InputEntry =
  | { readonly path: string; readonly error?: undefined }
  | { readonly path: string; readonly error: string };

/**
 * Yields every file named, and every report file under every folder named (depth first, sorted by name
 * within a folder so that runs are reproducible), one at a time.
 *
 * @example
 * ```ts
 * for (const { path, error } of walkInputs(process.argv.slice(2))) if (error) console.error(path, error);
 * ```
 */
export function* walkInputs(paths: readonly string[]): Generator<InputEntry> {
  for (const path of paths) {
    let info: Stats;
    try {
      info = statSync(path);
    } catch (error) {
      yield { path, error: describeError(error) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path);
    else yield { path };
  }
}

function* walkFolder(folder: string): Generator<InputEntry> {
  // names are collected per folder (not per tree) to sort them: memory grows with the widest folder only
  const files: string[] = [];
  const folders: string[] = [];
  try {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      if (entry.isDirectory()) folders.push(entry.name);
      else if (entry.isFile() && reportExtensions.has(extname(entry.name).toLowerCase())) files.push(entry.name);
    }
  } catch (error) {
    yield { path: folder, error: describeError(error) };
    return;
  }
  files.sort();
  folders.sort();
  const prefix = childPrefix(folder);
  for (const name of files) yield { path: prefix + name };
  for (const name of folders) yield* walkFolder(join(folder, name));
}

/**
 * What `join(folder, name)` puts before `name`, for any name without a slash: the folder normalised once, rather
 * than once per file of a large folder.
 *
 * @example
 * ```ts
 * childPrefix("reports/"); // "reports/"
 * childPrefix("."); // ""
 * ```
 */
export function childPrefix(folder: string): string {
  return join(folder, "_").slice(0, -1);
}

/**
 * A short description of a file-system error.
 *
 * @example
 * ```ts
 * describeError(new Error("x")); // "x"
 * ```
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return "文件不存在 / no such file";
    if (code === "EACCES") return "无权读取 / permission denied";
    if (code === "EISDIR") return "是文件夹 / is a folder";
    return error.message;
  }
  return String(error);
}
