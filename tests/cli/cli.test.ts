// @module-tag dist
/**
 * The command line, through the built binary (`npm test` builds before vitest runs).
 */
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The file as `render` prints it to stdout: the same text, ending in exactly one newline. */
const asPrinted = (text: string): string => (text.endsWith("\n") ? text : `${text}\n`);

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const seedJson = join(root, "examples", "lianzhou-2023.json");
const seedText = join(root, "tests", "fixtures", "lianzhou-2023.txt");
const expected = JSON.parse(
  readFileSync(join(root, "tests", "fixtures", "lianzhou-2023.expected.json"), "utf8"),
) as Record<string, unknown>;
const seed = JSON.parse(readFileSync(seedJson, "utf8")) as Record<string, unknown>;
const lineSchema = JSON.parse(readFileSync(join(root, "docs", "check-output.schema.json"), "utf8")) as object;

let dir = "";
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function run(args: string[], options: { cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    cwd: options.cwd ?? root,
    env: { ...process.env, NO_COLOR: "1" },
  });
}

/** The seed with one figure broken: （七）总计·自然人 says 12 while its parts add up to 11. */
function brokenSeed(): string {
  const r = structuredClone(seed) as { applications: { results: { total: { naturalPerson: number; total: number } } } };
  r.applications.results.total.naturalPerson = 12;
  r.applications.results.total.total = 12;
  return JSON.stringify(r);
}

const validateLine = new Ajv2020({ allErrors: true, strict: false }).compile(lineSchema);
const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("zfxxgk check", () => {
  it("the seed: no problem, exit 0", () => {
    const r = run(["check", "examples/lianzhou-2023.json"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("连州市人民政府办公室 2023 年度报告（2021 年版格式）");
    expect(r.stdout).toContain("✓ 未发现问题");
    expect(r.stdout).toContain("1 个文件，0 个有错误；0 处错误，0 处提示，0 处无法核对");
  });
  it("the seed as published text is parsed, then checked", () => {
    const r = run(["check", seedText]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("连州市人民政府办公室");
  });
  it("a report whose figures do not add up: exit 1, the rule and the official labels", () => {
    const bad = file("bad.json", brokenSeed());
    const r = run(["check", bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("T3.results-total");
    expect(r.stdout).toContain("「表三（七）总计·自然人」");
    expect(r.stdout).toMatch(/1 个文件，1 个有错误/);
    const en = run(["check", "--lang", "en", bad]);
    expect(en.stdout).toMatch(/1 files, 1 with errors/);
    expect(en.stdout).toContain("Table 3");
  });
  it.each([
    ["invalid JSON", "bad-json.json", '{"edition": "2021",', "json", "JSON 格式错误"],
    [
      "wrong edition",
      "wrong-edition.json",
      JSON.stringify({ ...seed, edition: "2019" }),
      "invalid",
      "不符合报告数据模型",
    ],
    ["binary garbage", "garbage.json", new Uint8Array([0x7b, 0, 0xff, 0xfe, 1, 2, 3]), "binary", "不是文本文件"],
    ["not a report at all", "notes.txt", "今天天气很好。\n没有表格。\n", "unparsable", "无法从文件中识别出年度报告"],
  ])("%s: reported, exit 2", (_name, name, content, code, zh) => {
    const path = file(name, content);
    const human = run(["check", path]);
    expect(human.status).toBe(2);
    expect(human.stdout).toContain(zh);
    const json = run(["check", "--json", path]);
    expect(json.status).toBe(2);
    const [line] = jsonLines(json.stdout);
    expect(validateLine(line), JSON.stringify(validateLine.errors)).toBe(true);
    expect(line).toMatchObject({ file: path, ok: false, edition: null, error: { code } });
  });
  it("a missing file is reported and the run goes on with the others", () => {
    const r = run(["check", "--json", join(dir, "nope.json"), seedJson]);
    expect(r.status).toBe(2);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => [l.ok, (l.error as { code?: string } | undefined)?.code])).toEqual([
      [false, "unreadable"],
      [true, undefined],
    ]);
    for (const l of lines) expect(validateLine(l), JSON.stringify(validateLine.errors)).toBe(true);
  });
  it("--json: one valid line per file, findings as in the model", () => {
    const bad = file("bad2.json", brokenSeed());
    const r = run(["check", "--json", seedJson, bad]);
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(validateLine(l), JSON.stringify(validateLine.errors)).toBe(true);
    expect(lines[0]).toMatchObject({ file: seedJson, edition: "2021", ok: true, findings: [] });
    const findings = lines[1]?.findings as {
      rule: string;
      cells: string[];
      left: number;
      right: number;
      delta: number;
    }[];
    expect(findings.find((f) => f.rule === "T3.results-total")).toMatchObject({
      cells: expect.arrayContaining(["applications.results.total.naturalPerson"]),
      left: 12,
      right: 11,
      delta: 1,
    });
  });
  it("walks folders, sorted, and only report files", () => {
    const folder = join(dir, "walk");
    mkdirSync(join(folder, "sub"), { recursive: true });
    writeFileSync(join(folder, "b.json"), readFileSync(seedJson));
    writeFileSync(join(folder, "a.json"), readFileSync(seedJson));
    writeFileSync(join(folder, "sub", "c.txt"), readFileSync(seedText));
    writeFileSync(join(folder, "ignored.png"), "x");
    const r = run(["check", "--json", folder]);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((l) => l.file)).toEqual([
      join(folder, "a.json"),
      join(folder, "b.json"),
      join(folder, "sub", "c.txt"),
    ]);
  });
  it("--blank-as-zero turns not-assessable rules into verdicts", () => {
    const r0 = structuredClone(seed) as { applications: { results: { granted: { naturalPerson: number | null } } } };
    r0.applications.results.granted.naturalPerson = null;
    const path = file("blank.json", JSON.stringify(r0));
    const plain = jsonLines(run(["check", "--json", path]).stdout)[0]?.findings as { rule: string; status: string }[];
    const zero = jsonLines(run(["check", "--json", "--blank-as-zero", path]).stdout)[0]?.findings as {
      rule: string;
      status: string;
    }[];
    expect(plain.some((f) => f.rule === "cell.blank")).toBe(true);
    expect(plain.some((f) => f.status === "not-assessable")).toBe(true);
    expect(zero.some((f) => f.status === "not-assessable")).toBe(false);
  });
  it("usage errors exit 2", () => {
    expect(run(["check"]).status).toBe(2);
    expect(run(["check", "--nope", seedJson]).status).toBe(2);
    expect(run(["frobnicate"]).status).toBe(2);
    expect(run(["check", "--lang", "fr", seedJson]).status).toBe(2);
  });
});

describe("zfxxgk parse", () => {
  it("the seed text → the model JSON of the expected data", () => {
    const r = run(["parse", seedText]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const key of Object.keys(expected)) expect(report[key], key).toEqual(expected[key]);
  });
  it("garbage: exit 2 and a message on stderr", () => {
    const r = run(["parse", file("garbage.bin", new Uint8Array([0, 1, 2, 255]))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("不是文本文件");
  });
});

describe("zfxxgk render", () => {
  it.each(["text", "markdown", "html"])("--to %s prints the report", (to) => {
    const r = run(["render", seedJson, "--to", to]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("连州市人民政府办公室");
    expect(r.stdout).toContain("（七）总计");
  });
  it("-o writes the file, refuses to overwrite without --force, overwrites with it", () => {
    const out = join(dir, "out.html");
    expect(run(["render", seedJson, "--to", "html", "-o", out]).status).toBe(0);
    const first = readFileSync(out, "utf8");
    expect(first).toContain("<table");
    writeFileSync(out, "keep me");
    const refused = run(["render", seedJson, "--to", "html", "-o", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(run(["render", seedJson, "--to", "html", "-o", out, "--force"]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(first);
  });
  it("an interrupted write leaves either no file or the whole file, never a part", async () => {
    const complete = run(["render", seedJson, "--to", "html"]).stdout;
    for (let i = 0; i < 12; i++) {
      const out = join(dir, `killed-${i}.html`);
      const child = spawn(process.execPath, [cli, "render", seedJson, "--to", "html", "-o", out]);
      await new Promise((resolve) => setTimeout(resolve, 20 + i * 15));
      child.kill("SIGKILL");
      // the child may have finished during the wait (its "exit" already emitted): do not wait for it then
      await new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve(undefined);
        else child.on("exit", resolve);
      });
      if (existsSync(out)) expect(asPrinted(readFileSync(out, "utf8"))).toBe(complete);
    }
  });
});

describe("zfxxgk schema and example", () => {
  it("schema prints the JSON Schema, per edition on request", () => {
    const all = run(["schema"]);
    expect(all.status).toBe(0);
    expect(JSON.parse(all.stdout)).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema" });
    const e19 = JSON.parse(run(["schema", "--edition", "2019"]).stdout) as { title: string };
    expect(e19.title).toContain("2019");
    expect(run(["schema", "--edition", "2020"]).status).toBe(2);
  });
  it("example prints the bundled 连州市 2023 report, which checks clean", () => {
    const r = run(["example"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(seed);
  });
});

describe("the built command line's modules", () => {
  /** Every module `dist/cli.js` loads, through static and dynamic relative imports (each command's chunk). */
  function modulesOfCli(): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.\.?\/[^"']+)["']/gm))
        visit(join(file, "..", m[1] as string));
    };
    visit(cli);
    return [...seen];
  }

  /** The files of the modules a run of the command line loads (a module hook records each one). */
  function modulesLoadedBy(args: string[]): string[] {
    const record = join(dir, `loaded-${args.length}.txt`);
    writeFileSync(record, "");
    const hooks = `import { appendFileSync } from "node:fs";
      export async function load(url, context, next) {
        if (url.startsWith("file:")) appendFileSync(${JSON.stringify(record)}, url + "\\n");
        return next(url, context);
      }`;
    const register = join(dir, "register-hooks.mjs");
    writeFileSync(
      register,
      `import { register } from "node:module";\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});\n`,
    );
    const r = spawnSync(process.execPath, ["--import", register, cli, ...args], { encoding: "utf8", cwd: root });
    expect(r.status, r.stderr).toBeLessThan(2);
    return readFileSync(record, "utf8")
      .split("\n")
      .filter((u) => u !== "")
      .map((u) => new URL(u).pathname);
  }

  it("import only Node's built-in modules, the parser's chunk included (and the optional peers pdf.js, docx and exceljs, only dynamically)", () => {
    const modules = modulesOfCli();
    // the entry, and a chunk per command at least (check, parse/render, schema, example)
    expect(modules.length).toBeGreaterThan(4);
    const bare = modules.flatMap((file) =>
      [
        ...readFileSync(file, "utf8").matchAll(
          /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"'./][^"']*)["']/gm,
        ),
      ].map((m) => m[1] as string),
    );
    const packages = bare.filter((p) => !p.startsWith("node:") && !builtinModules.includes(p));
    // and the optional peers of `render --to docx` (docx) and `export --to xlsx` / `import` of an .xlsx (exceljs)
    const peers = ["docx", "exceljs"];
    expect(packages.filter((p) => !p.startsWith("pdfjs-dist/") && !peers.includes(p))).toEqual([]);
    // pdf.js, docx and exceljs are loaded by dynamic imports only
    for (const file of modules)
      expect(readFileSync(file, "utf8"), file).not.toMatch(
        /(?:\bfrom\s*|^\s*import\s+|\brequire\s*\(\s*)["'](?:pdfjs-dist|docx["']|exceljs["'])/m,
      );
  });

  it("a check of JSON files never loads the parser (parse5); a published report does", () => {
    const hasParse5 = (files: string[]) => files.some((file) => readFileSync(file, "utf8").includes("parse5"));
    const json = modulesLoadedBy(["check", "--json", seedJson]);
    expect(json).toContain(cli);
    expect(hasParse5(json)).toBe(false);
    const text = modulesLoadedBy(["check", "--json", seedJson, seedText]);
    expect(hasParse5(text)).toBe(true);
  });
});
