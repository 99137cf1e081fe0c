// @module-tag dist
/**
 * Fuzzing the command line.
 * - In process, at CI scale: what `check` does with a file's text (`loadText`, then `checkReport` on what it
 *   loaded) never throws, and gives a well-formed verdict — for raw strings, JSON values of every kind, near-miss
 *   reports as JSON text, damaged renderings of valid reports.
 * - Through the built binary, on a folder of junk files (random bytes, binary, junk JSON, damaged reports, HTML):
 *   one valid `--json` line per file, in order, the exit code that the lines imply, the human summary counting
 *   the same, and `parse` / `render` on junk exiting 0, 3 (partial) or 2 — never an internal error.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadText } from "../../src/cli/input.js";
import { checkReport } from "../../src/index.js";
import { arbReportInput } from "../../src/testing.js";
import { runs } from "../support/runs.js";
import { arbDamagedFrom, arbRandomHtml, arbRawString, renderingPool } from "./support/arbitraries.js";
import { checkProblem, messageProblem, parseProblem } from "./support/shapes.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const lineSchema = JSON.parse(readFileSync(join(root, "docs", "check-output.schema.json"), "utf8")) as object;
const validateLine = new Ajv2020({ allErrors: true, strict: false }).compile(lineSchema);
const codes = ["unreadable", "binary", "json", "invalid", "unparsable", "internal"];

let dir = "";
beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-fuzz-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pool = renderingPool(20, 4242);

/** The text of a file: anything at all, JSON of anything, a near-miss report, a damaged rendering, HTML. */
const arbFileText: fc.Arbitrary<string> = fc.oneof(
  arbRawString,
  arbReportInput({ json: true }).map((x) => JSON.stringify(x) ?? "null"),
  fc.jsonValue().map((x) => JSON.stringify(x)),
  arbDamagedFrom(pool).map((d) => d.text),
  arbRandomHtml,
  fc.constantFrom("{", "[", '  {"edition"', "\ufeff{}", "[]", "null", ""),
);

describe("what check does with a file's text, in process", () => {
  it("never throws; a report it loads checks to a well-formed verdict; what it refuses says why", () => {
    fc.assert(
      fc.property(arbFileText, (text) => {
        const loaded = loadText(text);
        if (!loaded.ok) {
          expect(codes).toContain(loaded.code);
          expect(messageProblem(loaded.message, loaded.code)).toBeUndefined();
          for (const d of loaded.details ?? []) expect(d).toBeTypeOf("string");
          return;
        }
        const result = checkReport(loaded.report, { includePassed: false });
        expect(
          checkProblem(result, { lang: "zh", includePassed: false, edition: loaded.report.edition }),
        ).toBeUndefined();
        if (loaded.source === "published")
          expect(
            parseProblem({
              report: loaded.report,
              format: "text",
              edition: {
                edition: loaded.report.edition,
                basis: "default",
                evidence: [],
                message: { zh: "-", en: "-" },
              },
              envelope: {
                organ: { value: loaded.report.organ, source: "title" },
                year: { value: loaded.report.year, source: "title" },
                publishedOn: { value: loaded.report.publishedOn, source: null },
              },
              diagnostics: loaded.diagnostics,
            }),
          ).toBeUndefined();
      }),
      { numRuns: runs(100, 1000) },
    );
  });
});

describe("the built binary on a folder of junk", () => {
  const count = runs(60, 300);
  let folder = "";
  let names: string[] = [];

  beforeAll(() => {
    folder = join(dir, "junk");
    mkdirSync(folder);
    const texts = fc.sample(arbFileText, { numRuns: count });
    const bytes = fc.sample(fc.uint8Array({ maxLength: 300 }), { numRuns: Math.ceil(count / 10) });
    const extensions = [".json", ".txt", ".md", ".html", ".htm", ".markdown"];
    names = [];
    texts.forEach((t, i) => {
      const name = `${String(i).padStart(4, "0")}${extensions[i % extensions.length]}`;
      writeFileSync(join(folder, name), t);
      names.push(name);
    });
    bytes.forEach((b, i) => {
      const name = `${String(count + i).padStart(4, "0")}.json`;
      writeFileSync(join(folder, name), b);
      names.push(name);
    });
    names.sort();
  });

  it("check --json: one valid line per file, in order; the exit code the lines imply; no internal error", () => {
    const r = spawnSync(process.execPath, [cli, "check", "--json", folder], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(r.stderr).not.toContain("internal error");
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; ok: boolean; status: string; error?: { code: string } });
    expect(lines.map((l) => l.file)).toEqual(names.map((n) => join(folder, n)));
    for (const l of lines) expect(validateLine(l), JSON.stringify(validateLine.errors)).toBe(true);
    expect(lines.filter((l) => l.error?.code === "internal")).toEqual([]);
    const unusable = lines.some((l) => l.error !== undefined);
    for (const l of lines) expect(l.ok, l.file).toBe(l.status === "clean");
    const any = (status: string) => lines.some((l) => l.status === status);
    expect(r.status).toBe(unusable ? 2 : any("errors") ? 1 : any("incomplete") ? 3 : 0);
  });

  it("check (for people): the summary counts every file", () => {
    const r = spawnSync(process.execPath, [cli, "check", "--lang", "en", folder], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    expect(r.stderr).not.toContain("internal error");
    expect(r.stdout).toMatch(
      new RegExp(
        `^${names.length} files, \\d+ with errors(, \\d+ incomplete)?(, \\d+ unusable)?; \\d+ errors, \\d+ warnings, \\d+ not assessable$`,
        "m",
      ),
    );
  });

  it("parse and render on junk files: exit 0 or 3 (with a valid or partial result) or 2 (with a reason), never an internal error", () => {
    for (const name of names.filter((_, i) => i % Math.ceil(names.length / 12) === 0)) {
      const file = join(folder, name);
      const parsed = spawnSync(process.execPath, [cli, "parse", file], { encoding: "utf8", maxBuffer: 1 << 28 });
      expect([0, 2, 3], name).toContain(parsed.status);
      expect(parsed.stderr).not.toContain("internal error");
      if (parsed.status !== 2) expect(() => JSON.parse(parsed.stdout)).not.toThrow();
      // exit 3 (partial) and 2 (unusable) say why on stderr; 0 may be silent (valid model JSON)
      if (parsed.status !== 0) expect(parsed.stderr.length).toBeGreaterThan(0);
      const rendered = spawnSync(process.execPath, [cli, "render", file, "--to", "html"], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
      });
      expect([0, 2], name).toContain(rendered.status);
      expect(rendered.stderr).not.toContain("internal error");
      if (rendered.status === 0) expect(rendered.stdout).toContain("<article");
    }
  });
});
