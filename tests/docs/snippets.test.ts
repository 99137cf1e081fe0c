// @module-tag dist
/**
 * Every TypeScript code block of the README (both languages) and of docs/ compiles and runs (issue 16): each block
 * is a module of its own, type-checked under `"module": "nodenext"` strict against the built package (imported by
 * its name, `zfxxgk/…`, as a user imports it), then run with Node in a folder that holds the files the blocks
 * read — `report.json` (the seed), `report.pdf`, `report.docx`, `page.html` (GBK), `report.txt`, and
 * `reports/2023`, `reports/2024` (two years of the same organs). A block that cannot run by itself (it needs a
 * server, a browser, user code) says so on its first line, `// not run: why`, and is still type-checked.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGbk } from "../support/encode.js";

const root = new URL("../..", import.meta.url).pathname;
const sandbox = join(root, ".tmp", "snippets");

interface Snippet {
  readonly name: string;
  readonly doc: string;
  readonly line: number;
  readonly code: string;
  readonly run: boolean;
}

/** The ```ts / ```typescript / ```js blocks of a Markdown file. */
function snippetsOf(doc: string): Snippet[] {
  const lines = readFileSync(join(root, doc), "utf8").split("\n");
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|typescript|js|javascript)\s*$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !(lines[end] as string).startsWith("```")) end++;
    const code = lines.slice(start, end).join("\n");
    const name = `${doc.replace(/[/.]/g, "_")}_L${start}`;
    found.push({ name, doc, line: start, code, run: !/^\/\/ not run\b/.test(code.trimStart()) });
    i = end;
  }
  return found;
}

const docs = [
  "README.md",
  "README.zh-CN.md",
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];
const snippets = docs.flatMap(snippetsOf);

beforeAll(() => {
  rmSync(sandbox, { recursive: true, force: true });
  mkdirSync(join(sandbox, "node_modules"), { recursive: true });
  // the package by its name (its exports, its built dist/) and every package installed beside it
  symlinkSync(root, join(sandbox, "node_modules", "zfxxgk"));
  for (const entry of readdirSync(join(root, "node_modules")))
    if (entry !== ".bin" && entry !== ".cache" && entry !== "zfxxgk")
      symlinkSync(join(root, "node_modules", entry), join(sandbox, "node_modules", entry));
  writeFileSync(join(sandbox, "package.json"), JSON.stringify({ name: "snippets", private: true, type: "module" }));
  const real = join(root, "tests", "fixtures", "real");
  copyFileSync(join(root, "examples", "lianzhou-2023.json"), join(sandbox, "report.json"));
  copyFileSync(join(real, "huaian-2024.pdf"), join(sandbox, "report.pdf"));
  copyFileSync(join(real, "official-template-2021.docx"), join(sandbox, "report.docx"));
  copyFileSync(join(real, "lianzhou-zfb-2023.txt"), join(sandbox, "report.txt"));
  writeFileSync(join(sandbox, "page.html"), encodeGbk(readFileSync(join(real, "pingtan-2024.html"), "utf8")));
  for (const year of [2023, 2024]) {
    mkdirSync(join(sandbox, "reports", String(year)), { recursive: true });
    copyFileSync(
      join(real, `pingtan-${year}.html`),
      join(sandbox, "reports", String(year), `平潭综合实验区-${year}.html`),
    );
  }
  copyFileSync(
    join(root, "examples", "lianzhou-2023.json"),
    join(sandbox, "reports", "2023", "连州市人民政府办公室-2023.json"),
  );
  for (const s of snippets) writeFileSync(join(sandbox, `${s.name}.mts`), s.code);
});

afterAll(() => {
  rmSync(sandbox, { recursive: true, force: true });
});

describe("code blocks of README and docs/", () => {
  it("there are blocks to test, in every doc that has some", () => {
    expect(snippets.length).toBeGreaterThan(10);
  });

  it("each type-checks under nodenext strict, against the built package", () => {
    const program = ts.createProgram(
      snippets.map((s) => join(sandbox, `${s.name}.mts`)),
      {
        target: ts.ScriptTarget.ES2022,
        lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
        typeRoots: [join(root, "node_modules", "@types")],
      },
    );
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const file = d.file?.fileName.replace(`${sandbox}/`, "").replace(/\.mts$/, "") ?? "";
      const at = d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      const s = snippets.find((x) => x.name === file);
      const where = s === undefined ? file : `${s.doc}:${s.line + at}`;
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    });
    expect(errors).toEqual([]);
  });

  it.each(snippets.filter((s) => s.run).map((s) => [`${s.doc}:${s.line}`, s] as const))("%s runs", (_, s) => {
    const js = ts.transpileModule(s.code, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    }).outputText;
    writeFileSync(join(sandbox, `${s.name}.mjs`), js);
    let failure = "";
    try {
      execFileSync("node", [`${s.name}.mjs`], { cwd: sandbox, encoding: "utf8", stdio: "pipe", timeout: 60_000 });
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      failure = (e.stderr ?? e.message).split("\n").slice(0, 12).join("\n");
    }
    expect(failure).toBe("");
  });
});
