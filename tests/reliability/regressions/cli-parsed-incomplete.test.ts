/**
 * Found by tests/reliability/fuzz-cli.test.ts (seed 20261128): a published report in which the parser finds no
 * organ and no year comes back with `organ: ""` and `year: 0` (and error diagnostics). The command line passed it
 * to `checkReport` as a report; since `checkReport` refuses what is not a valid report, every such file became an
 * internal error (and, before each file was isolated, ended the whole run). First fixed by refusing such a report
 * as `unparsable`; since issue 12 (an honest verdict for every real report) it is checked under a stand-in organ
 * and year, with the fields named as missing, the rules that judge them left out, and what could not be read
 * (here: every table) listed — the report is never taken as checked.
 */
import { describe, expect, it } from "vitest";
import { loadText } from "../../../src/cli/input.js";

describe("regression: a published report without organ or year is checked, with what is missing said", () => {
  it("loadText reads it, naming the organ and the year as missing and every table as not read", () => {
    const loaded = loadText(`${" ".repeat(80)}政府信息公开工作年度报告\n`);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.read?.missing).toEqual(["organ", "year"]);
    expect(loaded.read?.exclude).toEqual(
      expect.arrayContaining(["E.edition-year", "R.deadline", "R.published-before-year-end"]),
    );
    expect(loaded.read?.asRead.organ).toBe("");
    expect(loaded.read?.asRead.year).toBe(0);
    expect(loaded.read?.unread.map((u) => `${u.level} ${u.table}`)).toEqual(["table 表二", "table 表三", "table 表四"]);
  });
});
