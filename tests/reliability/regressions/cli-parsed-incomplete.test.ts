/**
 * Found by tests/reliability/fuzz-cli.test.ts (seed 20261128): a published report in which the parser finds no
 * organ and no year comes back with `organ: ""` and `year: 0` (and error diagnostics). The command line passed it
 * to `checkReport` as a report; since `checkReport` refuses what is not a valid report, every such file became an
 * internal error (and, before each file was isolated, ended the whole run). Fixed in src/cli/input.ts: a parsed
 * report that does not validate is `unparsable`, with the reasons.
 */
import { describe, expect, it } from "vitest";
import { loadText } from "../../../src/cli/input.js";

describe("regression: a published report without organ or year is unusable, with the reasons", () => {
  it("loadText refuses it as unparsable, naming the organ and the year", () => {
    const loaded = loadText(`${" ".repeat(80)}政府信息公开工作年度报告\n`);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.code).toBe("unparsable");
    expect(loaded.details?.map((d) => d.split("\t")[0])).toEqual(["organ", "year"]);
  });
});
