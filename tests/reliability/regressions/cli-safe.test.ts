/**
 * Found while writing output-safety.test.ts: the command line's `safe()` removed C0/C1 controls but kept line
 * breaks (`\n`, U+2028, U+0085), tabs and bidirectional overrides, so an organ such as
 * "连州\n\n1 个文件，0 个有错误" printed a forged summary line, and U+202E reordered the rest of a line; the progress
 * line printed file names raw. Fixed in src/cli/terminal.ts.
 */
import { describe, expect, it } from "vitest";
import { safe } from "../../../src/cli/terminal.js";

describe("regression: text from a file stays on its own line and in its own order", () => {
  it.each([
    ["连州\n\n1 个文件，0 个有错误", "连州 1 个文件，0 个有错误"],
    ["a\r\nb", "a b"],
    ["a\u2028b\u2029c\u0085d", "a b c d"],
    ["a\tb\vc\fd", "a b c d"],
    ["abc\u202edcba", "abcdcba"],
    ["\u2066x\u2069\u200e\u200f\u061c", "x"],
    ["a\u001b[2Jb\u009b31m", "a[2Jb31m"],
  ])("%j → %j", (input, output) => {
    expect(safe(input)).toBe(output);
  });
});
