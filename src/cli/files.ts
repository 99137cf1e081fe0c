/**
 * Walking the command line's file and folder arguments lazily, so that a folder of any size is processed
 * in bounded memory. Synchronous: a folder is listed in one call, and its files are yielded without a
 * promise per file.
 *
 * @module
 */
import { Buffer, isUtf8 } from "node:buffer";
import { readdirSync, type Stats, statSync } from "node:fs";
import { extname, join, sep } from "node:path";

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
 * One input: a path, or an error found while walking to it (an unreadable folder, a missing file, a FIFO in a
 * folder, a loop of symbolic links). `path` is the name shown; `file`, where given, is the name to open — the bytes
 * of a name that is not UTF-8 (a GBK name from an archive made on Chinese Windows), which `path` shows escaped
 * (see {@link displayName}). `special`: a file named on the command line that is not a regular file (standard
 * input `-`, a FIFO, `<(…)`, a device), read as a stream rather than by its size.
 *
 * @example
 * ```ts
 * for (const entry of walkInputs(["reports/"])) console.log(entry.path);
 * ```
 */
export type InputEntry =
  | {
      readonly path: string;
      readonly file?: Buffer | undefined;
      readonly special?: boolean | undefined;
      readonly error?: undefined;
    }
  | { readonly path: string; readonly error: { readonly zh: string; readonly en: string } };

/**
 * Yields every file named, and every report file under every folder named (depth first, sorted by name
 * within a folder so that runs are reproducible), one at a time; `-` is standard input. File names are read as
 * bytes (a name that is not UTF-8 is still opened); a symbolic link is followed, and a folder is walked once (a
 * link back to a folder being walked is said once as a loop, never followed); an entry with a report's extension
 * that is not a regular file (a FIFO, a socket, a device) is said as such without being opened — opening a FIFO
 * waits for a writer.
 *
 * @example
 * ```ts
 * for (const { path, error } of walkInputs(process.argv.slice(2))) if (error) console.error(path, error);
 * ```
 */
export function* walkInputs(paths: readonly string[]): Generator<InputEntry> {
  for (const path of paths) {
    if (path === "-") {
      yield { path, special: true }; // standard input (read-file.ts)
      continue;
    }
    let info: Stats;
    try {
      info = statSync(path);
    } catch (error) {
      yield { path, error: { zh: describeError(error, "zh"), en: describeError(error, "en") } };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(Buffer.from(path), path, info, new Set(), new Set());
    else yield info.isFile() ? { path } : { path, special: true };
  }
}

/** The error of an entry that is not a regular file (a FIFO, a socket, a device), found in a folder. */
const notRegular = {
  zh: "不是普通文件（FIFO、套接字或设备）",
  en: "not a regular file (a FIFO, socket or device)",
};
/** The error of a symbolic link back to a folder being walked. */
const loop = {
  zh: "符号链接循环（指回正在读取的文件夹），未再进入",
  en: "a loop of symbolic links (back to a folder being walked): not followed",
};

/** A folder's identity: its device and inode (a folder reached twice through links is walked once). */
const identity = (info: Stats): string => `${info.dev}:${info.ino}`;

function* walkFolder(
  folder: Buffer,
  shown: string,
  info: Stats,
  walked: Set<string>,
  ancestors: ReadonlySet<string>,
): Generator<InputEntry> {
  const id = identity(info);
  walked.add(id);
  const inside = new Set(ancestors).add(id);
  // names are collected per folder (not per tree) to sort them: memory grows with the widest folder only
  const files: { name: Buffer; special: boolean }[] = [];
  const folders: { name: Buffer; info: Stats }[] = [];
  const problems: InputEntry[] = [];
  const prefix = Buffer.from(childPrefix(shown));
  const at = (name: Buffer): Buffer => Buffer.concat([folder, Buffer.from(sep), name]);
  try {
    for (const entry of readdirSync(folder, { withFileTypes: true, encoding: "buffer" })) {
      const name = entry.name as unknown as Buffer;
      if (name[0] === 0x2e) continue; // a hidden name (.git, .DS_Store)
      const report = reportExtensions.has(extname(name.toString("latin1")).toLowerCase());
      if (entry.isFile()) {
        if (report) files.push({ name, special: false });
        continue;
      }
      if (entry.isDirectory() || entry.isSymbolicLink()) {
        let target: Stats;
        try {
          target = statSync(at(name)); // a link is followed (a dangling one is said when it names a report)
        } catch (error) {
          if (report || entry.isDirectory()) problems.push(problem(prefix, name, error));
          continue;
        }
        if (target.isDirectory()) folders.push({ name, info: target });
        else if (report) files.push({ name, special: !target.isFile() });
        continue;
      }
      if (report) files.push({ name, special: true }); // a FIFO, a socket, a device
    }
  } catch (error) {
    yield { path: shown, error: { zh: describeError(error, "zh"), en: describeError(error, "en") } };
    return;
  }
  files.sort((a, b) => Buffer.compare(a.name, b.name));
  folders.sort((a, b) => Buffer.compare(a.name, b.name));
  yield* problems;
  for (const { name, special } of files) {
    const path = displayName(Buffer.concat([prefix, name]));
    if (special) yield { path, error: notRegular };
    else yield isUtf8Name(name) ? { path } : { path, file: at(name) };
  }
  for (const { name, info: child } of folders) {
    const path = displayName(Buffer.concat([prefix, name]));
    const childId = identity(child);
    if (inside.has(childId)) yield { path, error: loop };
    else if (!walked.has(childId)) yield* walkFolder(at(name), path, child, walked, inside);
    // a folder already walked through another link: its reports are said once, where first met
  }
}

function problem(prefix: Buffer, name: Buffer, error: unknown): InputEntry {
  return {
    path: displayName(Buffer.concat([prefix, name])),
    error: { zh: describeError(error, "zh"), en: describeError(error, "en") },
  };
}

const isUtf8Name = (name: Buffer): boolean => isUtf8(name);

/**
 * How a file name read as bytes is shown: as UTF-8 when it is UTF-8; else, when the bytes are GB18030 (GBK names
 * from archives made on Chinese Windows), as GB18030 text followed by `〔GBK〕`; else with each byte that is not part
 * of a UTF-8 character written `\xHH`. The shown name is for reading; the file is opened by its bytes.
 *
 * @example
 * ```ts
 * displayName(Buffer.from("报告.json")); // "报告.json"
 * displayName(Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x6a, 0x73, 0x6f, 0x6e])); // "报告.json〔GBK〕"
 * displayName(Buffer.from([0x61, 0xff, 0x2e, 0x6a, 0x73, 0x6f, 0x6e])); // "a\\xff.json"
 * ```
 */
export function displayName(name: Buffer): string {
  if (isUtf8Name(name)) return name.toString("utf8");
  try {
    return `${new TextDecoder("gb18030", { fatal: true }).decode(name)}〔GBK〕`;
  } catch {
    // not GB18030 either: escaped below
  }
  let shown = "";
  let at = 0;
  while (at < name.length) {
    const length = utf8Length(name, at);
    shown +=
      length === 0
        ? `\\x${(name[at] as number).toString(16).padStart(2, "0")}`
        : name.toString("utf8", at, at + length);
    at += Math.max(length, 1);
  }
  return shown;
}

/** The length of the well-formed UTF-8 character at `at`, or 0 when the byte there starts none. */
function utf8Length(bytes: Buffer, at: number): number {
  const first = bytes[at] as number;
  const length =
    first < 0x80
      ? 1
      : first >= 0xc2 && first < 0xe0
        ? 2
        : first >= 0xe0 && first < 0xf0
          ? 3
          : first >= 0xf0 && first < 0xf5
            ? 4
            : 0;
  if (length <= 1) return length;
  const piece = bytes.subarray(at, at + length);
  return piece.length === length && isUtf8Name(piece) ? length : 0;
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
