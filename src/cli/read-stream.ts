/**
 * Reading an input that is not a regular file — standard input (`-`), a FIFO named on the command line, `<(…)`, a
 * device — without ever blocking the main thread, so that Ctrl-C is handled while it waits: standard input through
 * `process.stdin` (the event loop), anything else opened with `O_NONBLOCK` and read when it has bytes. Opening a FIFO
 * or reading a pipe in a blocking call, even on a thread of the pool, would keep the process from ending.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { describeError } from "./files.js";
import { type BytesRead, maxInputBytes } from "./read-file.js";

/** How long to wait before asking a FIFO again for bytes. */
const pollMs = 10;

const failure = (zh: string, en: string, code: "unreadable" | "timeout" = "unreadable"): BytesRead => ({
  ok: false,
  code,
  message: { zh, en },
});

/**
 * Reads standard input (`-`) or a file that is not a regular one to its end, up to the input size limit. A FIFO that
 * no writer has opened, or that stays silent, is waited for up to `timeoutMs` (then `timeout`); standard input is
 * waited for as long as it takes (a person may be typing; Ctrl-C ends the run). Never throws.
 *
 * @example
 * ```ts
 * const read = await readStream("-", 60_000);
 * if (read.ok) console.log(read.bytes.length);
 * ```
 */
export async function readStream(path: string, timeoutMs: number): Promise<BytesRead> {
  return path === "-" ? readStandardInput() : readNonBlocking(path, timeoutMs);
}

async function readStandardInput(): Promise<BytesRead> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > maxInputBytes) {
        process.stdin.destroy();
        return failure(
          `标准输入过大（上限 ${maxInputBytes} 字节）`,
          `standard input too large (limit ${maxInputBytes} bytes)`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    return failure(
      `无法读取标准输入：${describeError(error, "zh")}`,
      `cannot read standard input: ${describeError(error, "en")}`,
    );
  }
  return { ok: true, bytes: Buffer.concat(chunks, length) };
}

async function readNonBlocking(path: string, timeoutMs: number): Promise<BytesRead> {
  let fd: number | undefined;
  const chunks: Buffer[] = [];
  let length = 0;
  const until = Date.now() + timeoutMs;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const fifo = fstatSync(fd).isFIFO();
    // a FIFO read without a writer ends at once (0 bytes): until a writer has been seen, 0 means "not yet"
    let writerSeen = !fifo;
    const buffer = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
        writerSeen = true; // a writer holds the FIFO open, with nothing to say yet
        n = -1;
      }
      if (n > 0) {
        writerSeen = true;
        length += n;
        if (length > maxInputBytes)
          return failure(`文件过大（上限 ${maxInputBytes} 字节）`, `file too large (limit ${maxInputBytes} bytes)`);
        chunks.push(Buffer.from(buffer.subarray(0, n)));
        continue;
      }
      if (n === 0 && writerSeen) break;
      if (Date.now() >= until)
        return failure(
          `超时：${Math.round(timeoutMs / 1000)} 秒内未读完（--timeout）`,
          `timed out: not read to its end within ${Math.round(timeoutMs / 1000)} s (--timeout)`,
          "timeout",
        );
      await sleep(pollMs); // the event loop turns: a signal is handled
    }
  } catch (error) {
    return failure(`无法读取：${describeError(error, "zh")}`, `cannot read: ${describeError(error, "en")}`);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // read already
      }
    }
  }
  return { ok: true, bytes: Buffer.concat(chunks, length) };
}
