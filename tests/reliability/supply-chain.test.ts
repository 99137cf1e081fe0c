// @module-tag dist
// @module-tag pack
/**
 * Supply chain: what a user installs is what the `files` whitelist says and nothing runs or comes with it.
 * - no runtime dependency (no `dependencies`, `bundleDependencies`, `optionalDependencies`), no install script;
 * - the built entries import no package: the root and `zfxxgk/parse` import only their own chunks (parse5 is
 *   bundled; the browser build of `zfxxgk/parse`, dist/browser/, bundles no HTML parser at all), the command line only `node:` built-ins; zod, io-ts, fp-ts, fast-check only from their subpaths;
 * - the lockfile is committed and agrees with package.json;
 * - `npm pack --dry-run` packs only dist/, schema/, the docs (pages, schemas, screenshots; not the API pages
 *   typedoc writes), the READMEs (English, Chinese), LICENSE, CHANGELOG and package.json; every relative link of
 *   every packed page leads to a packed file.
 * `npm audit --omit=dev` needs the registry: the soak (`npm run fuzz`) runs it and docs/reliability.md records it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown> & {
  scripts?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

/** The bare module specifiers a built file imports or requires (not relative paths). */
function packagesImportedBy(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = new Set<string>();
  for (const m of text.matchAll(
    /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"'./][^"']*)["']/gm,
  ))
    found.add(m[1] as string);
  return [...found].sort();
}

/** The chunks a built entry reaches through relative imports (static and dynamic), itself included. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["'](\.\/[^"']+)["']/gm,
    ))
      visit(join(file, "..", m[1] as string));
  };
  visit(entry);
  return [...seen];
}

describe("no runtime dependency, nothing runs on install", () => {
  it("package.json declares no dependencies and no install scripts", () => {
    for (const key of ["dependencies", "bundleDependencies", "bundledDependencies", "optionalDependencies"])
      expect(pkg[key] ?? {}, key).toEqual({});
    for (const script of ["preinstall", "install", "postinstall", "prepare", "prepack", "postpack"])
      expect(pkg.scripts?.[script], script).toBeUndefined();
    // the adapters' libraries are optional peers, never required
    const meta = pkg.peerDependenciesMeta as Record<string, { optional?: boolean }> | undefined;
    for (const peer of Object.keys(pkg.peerDependencies ?? {})) expect(meta?.[peer]?.optional, peer).toBe(true);
  });

  it("the browser build of zfxxgk/parse imports no package and bundles no HTML parser (the platform's DOMParser reads HTML)", () => {
    const browser = join(root, "dist", "browser", "parse.js");
    if (!existsSync(browser)) throw new Error("dist/browser/ is missing: run `npm run build` first (npm test does)");
    const chunks = closure(browser);
    expect(chunks.flatMap(packagesImportedBy)).toEqual([]);
    // parse5's error codes: in the Node build (which bundles it), in no file of the browser build
    const parse5 = "abrupt-closing-of-empty-comment";
    expect(closure(join(root, "dist", "parse.js")).some((f) => readFileSync(f, "utf8").includes(parse5))).toBe(true);
    expect(chunks.filter((f) => readFileSync(f, "utf8").includes(parse5))).toEqual([]);
    expect(chunks.some((f) => readFileSync(f, "utf8").includes("DOMParser"))).toBe(true);
  });

  it("the built root, parse, schema, rules, render, assess, compare, format and docx entries and command line import no package; pdf only pdf.js", () => {
    const dist = join(root, "dist");
    if (!existsSync(join(dist, "index.js")))
      throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
    for (const entry of [
      "index.js",
      "index.cjs",
      "parse.js",
      "parse.cjs",
      "schema.js",
      "schema.cjs",
      "rules.js",
      "rules.cjs",
      "render.js",
      "render.cjs",
      "assess.js",
      "assess.cjs",
      "compare.js",
      "compare.cjs",
      "format.js",
      "format.cjs",
    ]) {
      const imported = closure(join(dist, entry)).flatMap(packagesImportedBy);
      expect(imported, entry).toEqual([]);
    }
    // the command line: Node's built-in modules only (esbuild writes some without their node: prefix), and pdf.js,
    // the optional peer, for a PDF only (the pdf chunk's dynamic import; see tests/cli for its being dynamic), and
    // docx, the optional peer of `render --to docx` (renderDocx's dynamic import), and exceljs, the optional peer of
    // `export --to xlsx` and `import` of an .xlsx (zfxxgk/export's dynamic import)
    // (the worker processes that read each file within its budget, dist/cli-worker.js, are started by path — not
    // imported — and scanned with it)
    const cliChunks = [...closure(join(dist, "cli.js")), ...closure(join(dist, "cli-worker.js"))];
    expect(cliChunks.length, "the command line loads its commands as chunks: the scan follows them").toBeGreaterThan(1);
    expect(
      cliChunks
        .flatMap(packagesImportedBy)
        .filter(
          (p) =>
            !p.startsWith("node:") &&
            !builtinModules.includes(p) &&
            !p.startsWith("pdfjs-dist/") &&
            p !== "docx" &&
            p !== "exceljs",
        ),
    ).toEqual([]);
    // the adapters import only their own peer; zfxxgk/docx bundles its zip and XML libraries (reading needs no
    // package) and imports only docx, the optional peer of its Word writer, and only dynamically (renderDocx)
    for (const entry of ["docx.js", "docx.cjs"]) {
      const chunks = closure(join(dist, entry));
      expect([...new Set(chunks.flatMap(packagesImportedBy))], entry).toEqual(["docx"]);
      for (const chunk of chunks) {
        const text = readFileSync(chunk, "utf8");
        expect(text, `${chunk}: no static import of docx`).not.toMatch(
          /\bfrom\s*["']docx["']|^\s*import\s+["']docx["']/m,
        );
        expect(text, `${chunk}: no top-level require of docx`).not.toMatch(
          /^(?:var|const|let)\s+\w+\s*=\s*require\(["']docx["']\)/m,
        );
      }
    }
    const peers: Record<string, string[]> = {
      // zod's v4 API through its `zod/v4` entry, which zod ^3.25 and zod 4 both have (peer range ^3.25 || ^4)
      "zod.js": ["zod/v4"],
      "io-ts.js": ["fp-ts", "io-ts"],
      "testing.js": ["fast-check"],
      "pdf.js": ["pdfjs-dist/legacy/build/pdf.mjs"],
    };
    for (const [entry, allowed] of Object.entries(peers)) {
      const imported = [...new Set(closure(join(dist, entry)).flatMap(packagesImportedBy))];
      expect(
        imported.filter((p) => !allowed.includes(p)),
        entry,
      ).toEqual([]);
      expect(imported, `${entry}: the scan sees imports`).toContain(allowed[allowed.length - 1]);
    }
  });
});

describe("zfxxgk/export", () => {
  it("imports only exceljs, its optional peer, and only dynamically (the XLSX functions): CSV loads no package", () => {
    const dist = join(root, "dist");
    if (!existsSync(join(dist, "export.js")))
      throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
    for (const entry of ["export.js", "export.cjs"]) {
      const chunks = closure(join(dist, entry));
      expect([...new Set(chunks.flatMap(packagesImportedBy))], entry).toEqual(["exceljs"]);
      for (const chunk of chunks) {
        const text = readFileSync(chunk, "utf8");
        expect(text, `${chunk}: no static import of exceljs`).not.toMatch(
          /\bfrom\s*["']exceljs["']|^\s*import\s+["']exceljs["']|\brequire\(["']exceljs["']\)/m,
        );
      }
    }
  });
});

describe("the lockfile", () => {
  it("is committed, and records exactly the dependencies of package.json", () => {
    const tracked = execFileSync("git", ["ls-files", "package-lock.json"], { cwd: root, encoding: "utf8" }).trim();
    expect(tracked).toBe("package-lock.json");
    const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
      lockfileVersion: number;
      packages: Record<string, { dependencies?: object; devDependencies?: object; peerDependencies?: object }>;
    };
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const self = lock.packages[""];
    expect(self?.dependencies ?? {}).toEqual({});
    expect(self?.devDependencies).toEqual(pkg.devDependencies);
    expect(self?.peerDependencies ?? {}).toEqual(pkg.peerDependencies ?? {});
    // every development dependency is resolved in the lockfile
    for (const name of Object.keys(pkg.devDependencies ?? {}))
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
  });
});

describe("npm pack", () => {
  it("packs only dist/, schema/, docs/, the READMEs, LICENSE, CHANGELOG and package.json — no sources, tests or fixtures", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const [report] = JSON.parse(out) as [{ files: { path: string }[] }];
    const paths = report.files.map((f) => f.path).sort();
    const allowed = (p: string) =>
      /^(dist|schema)\//.test(p) ||
      /^docs\/[^/]+\.(md|json)$/.test(p) ||
      /^docs\/screenshots\/[^/]+\.png$/.test(p) ||
      ["README.md", "README.zh-CN.md", "LICENSE", "CHANGELOG.md", "package.json"].includes(p);
    expect(paths.filter((p) => !allowed(p))).toEqual([]);
    expect(
      paths.filter(
        (p) => /(^|\/)(src|tests?|fixtures|examples|scripts|bench|node_modules)\//.test(p) || /\.test\.|\.map$/.test(p),
      ),
    ).toEqual([]);
    // and it holds what the exports map and the bin name
    for (const needed of [
      "package.json",
      "README.md",
      "README.zh-CN.md",
      "LICENSE",
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/cli.js",
      "dist/cli-worker.js",
      "dist/parse.js",
      "schema/report.schema.json",
      "CHANGELOG.md",
      "docs/guide.md",
      "docs/check-output.schema.json",
    ])
      expect(paths, needed).toContain(needed);
    // the docs travel with the package: every relative link of a packed page (README, docs/) leads to a packed file,
    // so the links work in node_modules and in the tarball (npm's page has no repository to resolve them against)
    const broken: string[] = [];
    for (const page of paths.filter((p) => p.endsWith(".md"))) {
      const text = readFileSync(join(root, page), "utf8")
        .replace(/^```[\s\S]*?^```$/gm, "")
        .replace(/`[^`\n]*`/g, "");
      for (const m of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const target = m[1] as string;
        if (/^[a-z]+:/i.test(target)) continue;
        const resolved = join(dirname(page), target);
        if (!paths.includes(resolved)) broken.push(`${page} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
    const schemaFiles = readdirSync(join(root, "schema")).map((f) => `schema/${f}`);
    for (const f of schemaFiles) expect(paths).toContain(f);
  });
});
