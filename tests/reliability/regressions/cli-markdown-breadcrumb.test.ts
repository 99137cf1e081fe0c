// @module-tag dist
/**
 * Found by the adversarial review of issue 18 (item 9): a Markdown report that starts with a breadcrumb link
 * (「[首页](…) > [政府信息公开](…)」, as saved from many government sites) was taken for JSON — `isJsonText` read any
 * text whose first character is `[` as a JSON array — and came back 「JSON 格式错误」 from `check`, `parse` and
 * `render`. Fixed in src/cli/load-json.ts: `[` is JSON only when what follows plausibly continues a JSON array
 * (JSON white space, then a value or `]`) and is not a plain bracket pair followed by more text (`[1](…)`, `[1] 某`);
 * anything else is read as a published report.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isJsonText } from "../../../src/cli/load-json.js";
import { renderReport } from "../../../src/index.js";
import { runs } from "../../support/runs.js";
import { example } from "./support.js";

const root = new URL("../../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const dir = mkdtempSync(join(tmpdir(), "zfxxgk-breadcrumb-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const breadcrumbs = [
  "[首页](https://www.lianzhou.gov.cn/) > [政府信息公开](https://www.lianzhou.gov.cn/zwgk/) > 年度报告\n\n",
  "[首页](https://www.lianzhou.gov.cn/)\n\n",
  "[1](#note) 连州市\n\n",
  "\ufeff  [Home][home] / [年报][2]\n\n[home]: https://www.example.gov.cn/\n\n",
];

describe("regression: a Markdown report that starts with a link is a published report, not JSON", () => {
  const report = example("lianzhou-2023");
  const markdown = renderReport(report, { format: "markdown" });

  it.each(breadcrumbs)("check and parse read %j + the report as Markdown", (crumb) => {
    const file = join(dir, "report.md");
    writeFileSync(file, crumb + markdown);
    const checked = spawnSync(process.execPath, [cli, "check", "--json", file], { encoding: "utf8" });
    const line = JSON.parse(checked.stdout) as { status: string; source?: string; organ?: string };
    expect(line.status).not.toBe("unusable");
    expect(line.source).toBe("published");
    expect(line.organ).toBe(report.organ);
    const parsed = spawnSync(process.execPath, [cli, "parse", file], { encoding: "utf8" });
    expect(parsed.stderr).not.toContain("JSON");
    expect((JSON.parse(parsed.stdout) as { organ: string }).organ).toBe(report.organ);
  });

  it("isJsonText: every JSON array, after any white space, is still JSON; an object too", () => {
    const space = fc.array(fc.constantFrom(" ", "\t", "\n", "\r", "\u3000", "\ufeff"), { maxLength: 4 });
    const value = fc.oneof(fc.array(fc.jsonValue(), { maxLength: 4 }), fc.dictionary(fc.string(), fc.jsonValue()));
    fc.assert(
      fc.property(space, value, fc.integer({ min: 0, max: 2 }), (s, v, indent) => {
        expect(isJsonText(s.join("") + JSON.stringify(v, null, indent))).toBe(true);
      }),
      { numRuns: runs(500, 2000) },
    );
  });

  it.each([
    ["[首页](https://x.gov.cn/)", false],
    ["[1](#a)", false],
    ["[1] 某县", false],
    ["[a]: https://x", false],
    ["[ 1, 2", true],
    ['[{"edition":"2021"}', true],
    ["[]", true],
    ["[\n  null\n]", true],
  ])("isJsonText(%j) = %j", (text, json) => {
    expect(isJsonText(text)).toBe(json);
  });
});
