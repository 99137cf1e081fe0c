/**
 * Loading pdf.js through zfxxgk/pdf leaves the process's `Array.prototype.push` as it was: the legacy build's
 * core-js polyfills replace it in Node 20 by a slower one (every `push` of the process, pdf.js's reading of a
 * file 13–20 % slower here); the one there before is put back.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { parsePdf } from "../../src/pdf.js";

it("Array.prototype.push is the same before and after reading a PDF", async () => {
  const before = Object.getOwnPropertyDescriptor(Array.prototype, "push");
  const result = await parsePdf(readFileSync(new URL("../fixtures/real/huaian-2024.pdf", import.meta.url)));
  expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
  expect(result.report?.applications.newReceived.total).toBe(3119);
  expect(Object.getOwnPropertyDescriptor(Array.prototype, "push")).toEqual(before);
  const list: number[] = [];
  list.push(1, 2);
  expect(list).toEqual([1, 2]);
});
