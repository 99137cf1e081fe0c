// @module-tag pack
// @module-tag registry
/**
 * The packed package beside each supported major of its peers (issue 16): zod ^3.25 (through its `zod/v4` entry)
 * and zod 4, fast-check 3 and 4. The majors in devDependencies (zod 4, fast-check 4) run the whole suite; here a
 * project installs the tarball with the other major from the registry, as a user's project would, and runs the
 * subpaths' work in it — and `npm install` itself must not fail with ERESOLVE. Also: an old
 * `"moduleResolution": "node"` project resolves every subpath's types (`typesVersions`).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  peerDependencies: Record<string, string>;
};
let dir = "";
let tarball = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-peers-"));
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
  tarball = join(dir, (JSON.parse(out) as [{ filename: string }])[0].filename);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A project with the tarball and the given peers installed from the registry, as a user installs them. */
function project(name: string, peers: string[]): string {
  const at = join(dir, name);
  mkdirSync(at);
  writeFileSync(join(at, "package.json"), JSON.stringify({ name, private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", tarball, ...peers], {
    cwd: at,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return at;
}

const run = (cwd: string, script: string, type: "module" | "commonjs" = "module") =>
  execFileSync("node", [`--input-type=${type}`, "-e", script], { cwd, encoding: "utf8" }).trim();

const seed = JSON.stringify(join(root, "examples", "lianzhou-2023.json"));

describe("peers: each supported major installs and works", () => {
  it("the peer ranges name both majors", () => {
    expect(manifest.peerDependencies.zod).toBe("^3.25.0 || ^4.0.0");
    expect(manifest.peerDependencies["fast-check"]).toBe("^3.23.0 || ^4.0.0");
  });

  it("zod 3.25 and fast-check 3: npm install succeeds; zfxxgk/zod validates, zfxxgk/testing generates", () => {
    const at = project("majors-3", ["zod@3.25.76", "fast-check@3.23.2"]);
    const zod = run(
      at,
      `import { ReportSchema, ConsistentReportSchema } from "zfxxgk/zod"; import { readFileSync } from "node:fs";
       const seed = JSON.parse(readFileSync(${seed}, "utf8"));
       const wrong = { ...seed, applications: { ...seed.applications, newReceived: { ...seed.applications.newReceived, total: 999999 } } };
       console.log([ReportSchema.safeParse(seed).success, ReportSchema.safeParse({ ...seed, year: "x" }).success,
         ConsistentReportSchema.safeParse(seed).success, ConsistentReportSchema.safeParse(wrong).success,
         ReportSchema.safeParse({ ...seed, title: "标题" }).success, ReportSchema.safeParse({ ...seed, title: undefined }).success].join(" "));`,
    );
    // an optional key present with undefined is refused, as by the core (zod 4.0 has no exactOptional: a refinement)
    expect(zod).toBe("true false true false true false");
    const cjs = run(
      at,
      `const { ReportSchema } = require("zfxxgk/zod"); console.log(ReportSchema.safeParse(require(${seed})).success)`,
      "commonjs",
    );
    expect(cjs).toBe("true");
    const testing = run(
      at,
      `import fc from "fast-check"; import { arbReport, arbInconsistentReport, arbReportInput } from "zfxxgk/testing";
       import { validateReport, checkReport } from "zfxxgk";
       let n = 0;
       fc.assert(fc.property(arbReport({ consistent: true }), (r) => { n++; return validateReport(r).ok && checkReport(r).ok; }), { numRuns: 200, seed: 1 });
       fc.assert(fc.property(arbInconsistentReport("T3.balance"), ({ report, finding }) => validateReport(report).ok && checkReport(report).findings.some((f) => f.rule === finding.rule && f.status === "fail")), { numRuns: 100, seed: 2 });
       fc.assert(fc.property(arbReportInput(), (v) => { validateReport(v); return true; }), { numRuns: 100, seed: 3 });
       console.log(fc.__version.split(".")[0], n);`,
    );
    expect(testing).toBe("3 200");
  });

  it("zod 4 and fast-check 4 from the registry: the same", () => {
    const at = project("majors-4", ["zod@4", "fast-check@4"]);
    expect(
      run(
        at,
        `import { ReportSchema } from "zfxxgk/zod"; import { readFileSync } from "node:fs";
        console.log(ReportSchema.safeParse(JSON.parse(readFileSync(${seed}, "utf8"))).success)`,
      ),
    ).toBe("true");
    expect(
      run(
        at,
        `import fc from "fast-check"; import { arbReport } from "zfxxgk/testing"; import { validateReport } from "zfxxgk";
        fc.assert(fc.property(arbReport(), (r) => validateReport(r).ok), { numRuns: 100, seed: 1 }); console.log(fc.__version.split(".")[0]);`,
      ),
    ).toBe("4");
  });
});

describe('typesVersions: a "moduleResolution": "node" project resolves every subpath', () => {
  const subpaths = Object.keys(manifest.exports)
    .filter((k) => k.startsWith("./") && !k.includes("*") && k !== "./package.json")
    .map((k) => k.slice(2));

  it("every subpath of exports has its typesVersions entry, to the .d.cts the require condition names", () => {
    const exports = manifest.exports as Record<string, { require: { types: string } }>;
    expect(Object.keys(manifest.typesVersions["*"] ?? {}).sort()).toEqual([...subpaths].sort());
    for (const sub of subpaths)
      expect(manifest.typesVersions["*"]?.[sub]).toEqual([exports[`./${sub}`]?.require.types]);
  });

  it("tsc with moduleResolution node type-checks an import from each subpath", () => {
    const at = join(dir, "node10");
    mkdirSync(join(at, "node_modules", "zfxxgk"), { recursive: true });
    execFileSync("tar", ["-xzf", tarball, "-C", join(at, "node_modules", "zfxxgk"), "--strip-components=1"]);
    for (const peer of ["zod", "fast-check", "io-ts", "fp-ts", "pdfjs-dist", "docx", "exceljs", "@types"])
      symlinkSync(join(root, "node_modules", peer), join(at, "node_modules", peer));
    writeFileSync(
      join(at, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "commonjs",
          moduleResolution: "node",
          ignoreDeprecations: "6.0",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ["node"],
        },
        files: ["index.ts"],
      }),
    );
    writeFileSync(
      join(at, "index.ts"),
      `${subpaths.map((s, i) => `import * as m${i} from "zfxxgk/${s}";`).join("\n")}\nimport * as root from "zfxxgk";\nexport const all = [root, ${subpaths.map((_, i) => `m${i}`).join(", ")}];\n${subpaths.map((_, i) => `const k${i}: string[] = Object.keys(m${i});`).join("\n")}\nexport const keys = [${subpaths.map((_, i) => `k${i}`).join(", ")}];\n`,
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    let output = "";
    try {
      execFileSync("node", [tsc, "-p", at], { cwd: at, encoding: "utf8" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe("");
  });
});
