/**
 * Reading a file's text for the command line: synchronously, into a reused buffer, refusing binary data and
 * files above the size limit before reading them.
 *
 * @module
 */
import { Buffer, isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { Message } from "../validate/issues.js";
import { describeError } from "./files.js";

/** Files above this size are refused rather than read into memory. */
export const maxInputBytes = 64 * 1024 * 1024;

/** Files up to this size are read into one reused buffer; a larger file gets a buffer of its own, freed after. */
const pooledBytes = 1024 * 1024;

let pool: Buffer | undefined;

/**
 * Why a file's text could not be read: `unreadable` (missing, a folder, too large, an I/O error) or `binary`
 * (a NUL byte or invalid UTF-8), with the message in both languages.
 *
 * @example
 * ```ts
 * const failure: ReadFailure = { ok: false, code: "binary", message: { zh: "…", en: "…" } };
 * ```
 */
export interface ReadFailure {
  readonly ok: false;
  /** `timeout`: a FIFO not read to its end within the time budget (`read-stream.ts`). */
  readonly code: "unreadable" | "binary" | "timeout";
  readonly message: Message;
}

/**
 * A file's text, or why it could not be read.
 *
 * @example
 * ```ts
 * const read: TextRead = { ok: true, text: "{}" };
 * ```
 */
export type TextRead = { readonly ok: true; readonly text: string } | ReadFailure;

const unreadable = (zh: string, en: string): ReadFailure => ({ ok: false, code: "unreadable", message: { zh, en } });

/**
 * Decodes bytes as UTF-8 text, or `undefined` for binary data (a NUL byte or invalid UTF-8). A BOM is dropped.
 *
 * @example
 * ```ts
 * decodeText(new TextEncoder().encode("表三")); // "表三"
 * ```
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  // validate, then decode (faster than a fatal TextDecoder); like TextDecoder, the decoding drops a BOM
  if (bytes.includes(0) || !isUtf8(bytes)) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads a file's text. Never throws. Synchronous (one open, fstat, read and close: a thread-pool round trip per
 * step would cost more than reading a report), into a buffer reused from one file to the next, so that reading
 * a folder allocates nothing per file but the text. A file above {@link maxInputBytes} is refused before it is
 * read.
 *
 * @example
 * ```ts
 * const read = readText("report.json");
 * if (read.ok) console.log(read.text.length);
 * ```
 */
export function readText(path: string): TextRead {
  const read = readBytes(path);
  if (!read.ok) return read;
  const text = decodeText(read.bytes);
  if (text === undefined)
    return {
      ok: false,
      code: "binary",
      message: { zh: "不是文本文件（二进制数据或非 UTF-8 编码）", en: "not a text file (binary data or not UTF-8)" },
    };
  return { ok: true, text };
}

/**
 * A file's bytes, or why they could not be read.
 *
 * @example
 * ```ts
 * const read: BytesRead = { ok: true, bytes: new Uint8Array() };
 * ```
 */
export type BytesRead = { readonly ok: true; readonly bytes: Uint8Array } | ReadFailure;

/**
 * Reads a file's bytes. Never throws. The bytes are a view of a buffer reused from one file to the next: valid
 * until the next read (copy them to keep them). A file above {@link maxInputBytes} is refused before it is read.
 *
 * @example
 * ```ts
 * const read = readBytes("report.pdf");
 * if (read.ok) console.log(read.bytes.length);
 * ```
 */
export function readBytes(path: string | Buffer): BytesRead {
  if (path === "-") return readStandardInput();
  let fd: number | undefined;
  let bytes: Buffer;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (info.isDirectory()) return unreadable("是文件夹", "is a folder");
    if (info.size > maxInputBytes) {
      return unreadable(
        `文件过大（${info.size} 字节，上限 ${maxInputBytes}）`,
        `file too large (${info.size} bytes, limit ${maxInputBytes})`,
      );
    }
    bytes = readAll(fd, info.size);
  } catch (error) {
    if (error instanceof RangeError)
      return unreadable(`文件过大（上限 ${maxInputBytes} 字节）`, `file too large (limit ${maxInputBytes} bytes)`);
    return unreadable(`无法读取：${describeError(error, "zh")}`, `cannot read: ${describeError(error, "en")}`);
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
  return { ok: true, bytes };
}

/**
 * A regular file's bytes when it has at most `most` of them (a view of the reused buffer, as {@link readBytes}), or
 * `larger` without reading it. Opened without waiting (`O_NONBLOCK`): a FIFO or a device is refused as not a
 * regular file, never waited on. Never throws.
 *
 * @example
 * ```ts
 * const read = readSmall("report.json", 1024 * 1024);
 * if (read.ok === "larger") console.log("read it in a worker");
 * ```
 */
export function readSmall(path: string | Buffer, most: number): BytesRead | { readonly ok: "larger" } {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) return unreadable("是文件夹", "is a folder");
    if (!info.isFile())
      return unreadable("不是普通文件（FIFO、套接字或设备）", "not a regular file (a FIFO, socket or device)");
    if (info.size > most) return { ok: "larger" };
    return { ok: true, bytes: readAll(fd, info.size) };
  } catch (error) {
    return unreadable(`无法读取：${describeError(error, "zh")}`, `cannot read: ${describeError(error, "en")}`);
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/** Standard input (`-`), read to its end, up to the size limit. */
function readStandardInput(): BytesRead {
  try {
    return { ok: true, bytes: readAll(0, 0) };
  } catch (error) {
    if (error instanceof RangeError)
      return unreadable(
        `标准输入过大（上限 ${maxInputBytes} 字节）`,
        `standard input too large (limit ${maxInputBytes} bytes)`,
      );
    return unreadable(
      `无法读取标准输入：${describeError(error, "zh")}`,
      `cannot read standard input: ${describeError(error, "en")}`,
    );
  }
}

/**
 * Reads the file: the `size` bytes fstat said it has (as `readFileSync` does; one read for a report), or, for a
 * file whose size fstat does not know (0: a pipe, a `/proc` file), to its end, up to the limit. The bytes
 * returned are a view of the reused buffer, valid until the next read.
 */
function readAll(fd: number, size: number): Buffer {
  let buffer = bufferFor(size > 0 ? size : pooledBytes);
  let length = 0;
  while (size === 0 || length < size) {
    if (length === buffer.length) {
      if (length > maxInputBytes)
        throw new RangeError(`file too large (more than ${maxInputBytes} bytes, limit ${maxInputBytes})`);
      const grown = bufferFor(Math.min(buffer.length * 2, maxInputBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = readNow(fd, buffer, length);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/** One read; a pipe set non-blocking by whoever wrote it (EAGAIN: nothing yet) is waited for, 10 ms at a time. */
function readNow(fd: number, buffer: Buffer, at: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, at, buffer.length - at, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

function bufferFor(bytes: number): Buffer {
  if (bytes > pooledBytes) return Buffer.allocUnsafe(bytes);
  pool ??= Buffer.allocUnsafe(pooledBytes);
  return pool;
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // the bytes are read; a failing close loses nothing
  }
}
