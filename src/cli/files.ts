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
  | { readonly path: string; readonly error: { readonly zh: string; readonly en: string } };

/**
 * Yields every file named, and every report file under every folder named (depth first, sorted by name
 * within a folder so that runs are reproducible), one at a time; `-` is standard input.
 *
 * @example
 * ```ts
 * for (const { path, error } of walkInputs(process.argv.slice(2))) if (error) console.error(path, error);
 * ```
 */
export function* walkInputs(paths: readonly string[]): Generator<InputEntry> {
  for (const path of paths) {
    if (path === "-") {
      yield { path }; // standard input (read-file.ts)
      continue;
    }
    let info: Stats;
    try {
      info = statSync(path);
    } catch (error) {
      yield { path, error: { zh: describeError(error, "zh"), en: describeError(error, "en") } };
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
    yield { path: folder, error: { zh: describeError(error, "zh"), en: describeError(error, "en") } };
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
 * A short description of a file-system error, in one language (Chinese by default).
 *
 * @example
 * ```ts
 * describeError(Object.assign(new Error("ENOENT: …"), { code: "ENOENT" }), "en"); // "no such file or folder"
 * ```
 */
export function describeError(error: unknown, lang: "zh" | "en" = "zh"): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const known = code === undefined ? undefined : systemErrors[code];
    if (known !== undefined) return lang === "zh" ? known[0] : known[1];
    return error.message;
  }
  return String(error);
}

/** The file-system errors people meet, said without the system's code and path (which may be a temporary file). */
const systemErrors: Readonly<Record<string, readonly [string, string]>> = {
  ENOENT: ["文件或文件夹不存在", "no such file or folder"],
  EACCES: ["无权访问", "permission denied"],
  EPERM: ["不允许的操作", "operation not permitted"],
  EISDIR: ["是文件夹", "is a folder"],
  ENOTDIR: ["路径中有一段不是文件夹", "a part of the path is not a folder"],
  ENOSPC: ["磁盘已满", "no space left on the disk"],
  EROFS: ["只读文件系统", "read-only file system"],
  ENAMETOOLONG: ["文件名过长", "file name too long"],
  EMFILE: ["打开的文件过多", "too many open files"],
  EIO: ["读写错误", "input/output error"],
  ELOOP: ["符号链接循环", "a loop of symbolic links"],
};
