// @module-tag dist
// @module-tag pack
/**
 * Tests on the built package (`npm test` builds before it runs vitest).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editions, recordsOf } from "../../src/format.js";
import { cellsOf, editionKeys, tableKeys } from "../../src/index.js";

const root = new URL("../..", import.meta.url).pathname;
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-pack-"));
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
  const [{ filename }] = JSON.parse(out) as [{ filename: string }];
  const pkg = join(dir, "node_modules", "zfxxgk");
  mkdirSync(pkg, { recursive: true });
  execFileSync("tar", ["-xzf", join(dir, filename), "-C", pkg, "--strip-components=1"]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const node = (args: string[]) => execFileSync("node", args, { cwd: dir, encoding: "utf8" }).trim();

describe("the packed package", () => {
  it("imports from native ESM", () => {
    expect(
      node(["--input-type=module", "-e", 'import("zfxxgk").then(m => console.log(typeof m.validateReport))']),
    ).toBe("function");
  });
  it("requires from CommonJS", () => {
    expect(node(["-e", 'console.log(typeof require("zfxxgk").validateReport)'])).toBe("function");
  });
  it("validates the example from both module systems alike", () => {
    const example = join(root, "examples", "lianzhou-2023.json");
    const esm = node([
      "--input-type=module",
      "-e",
      `import { validateReport } from "zfxxgk"; import { readFileSync } from "node:fs"; console.log(validateReport(JSON.parse(readFileSync(${JSON.stringify(example)}, "utf8"))).ok)`,
    ]);
    const cjs = node(["-e", `console.log(require("zfxxgk").validateReport(require(${JSON.stringify(example)})).ok)`]);
    expect([esm, cjs]).toEqual(["true", "true"]);
  });
  it("zfxxgk/schema from both module systems: the JSON Schema the package ships as a file", () => {
    const file = JSON.stringify(join(root, "schema", "report.schema.json"));
    const esm = node([
      "--input-type=module",
      "-e",
      `import { reportJsonSchema } from "zfxxgk/schema"; import { readFileSync } from "node:fs"; import { isDeepStrictEqual } from "node:util"; console.log(isDeepStrictEqual(reportJsonSchema, JSON.parse(readFileSync(${file}, "utf8"))))`,
    ]);
    const cjs = node([
      "-e",
      `console.log(require("node:util").isDeepStrictEqual(require("zfxxgk/schema").reportJsonSchema, require(${file})))`,
    ]);
    expect([esm, cjs]).toEqual(["true", "true"]);
  });
  it("the root no longer exports the JSON Schema (it lives in zfxxgk/schema)", () => {
    expect(node(["-e", 'console.log(typeof require("zfxxgk").reportJsonSchema)'])).toBe("undefined");
  });
  it("zfxxgk/rules from both module systems, and the root no longer carries the rule catalogue", () => {
    const esm = node([
      "--input-type=module",
      "-e",
      'import { ruleCatalogue } from "zfxxgk/rules"; import * as root from "zfxxgk"; console.log(ruleCatalogue.length > 0, "ruleCatalogue" in root)',
    ]);
    const cjs = node(["-e", 'console.log(require("zfxxgk/rules").ruleInfo("T3.balance")?.id)']);
    expect([esm, cjs]).toEqual(["true false", "T3.balance"]);
  });
  it("zfxxgk/render from both module systems: the renderers and their building blocks", () => {
    const esm = node([
      "--input-type=module",
      "-e",
      'import { chineseNumeral, renderReport } from "zfxxgk/render"; import * as root from "zfxxgk"; console.log(chineseNumeral(12), renderReport === root.renderReport, "chineseNumeral" in root)',
    ]);
    const cjs = node(["-e", 'console.log(require("zfxxgk/render").displayWidth("中a"))']);
    expect([esm, cjs]).toEqual(["十二 true false", "3"]);
  });
  it("zfxxgk/assess from both module systems: the indicators, and not in the root", () => {
    const esm = node([
      "--input-type=module",
      "-e",
      'import { indicatorsOf } from "zfxxgk/assess"; import * as root from "zfxxgk"; console.log(typeof indicatorsOf, "indicatorsOf" in root)',
    ]);
    const cjs = node(["-e", 'console.log(require("zfxxgk/assess").indicators[0].id)']);
    expect([esm, cjs]).toEqual(["function false", "disclosure-rate"]);
  });
  it("zfxxgk/compare from both module systems: a report compared with itself is 100 % reused, and not in the root", () => {
    const example = JSON.stringify(join(root, "examples", "lianzhou-2023.json"));
    const esm = node([
      "--input-type=module",
      "-e",
      `import { readFileSync } from "node:fs"; import { compareReports } from "zfxxgk/compare"; import * as root from "zfxxgk"; const r = JSON.parse(readFileSync(${example}, "utf8")); console.log(compareReports(r, r).text.overall.share, "compareReports" in root)`,
    ]);
    const cjs = node(["-e", 'console.log(require("zfxxgk/compare").compareRules.map((r) => r.id).join(","))']);
    expect([esm, cjs]).toEqual(["1 false", "X.jump,X.same-table"]);
  });
  it("zfxxgk/format from both module systems: the descriptors and the registry, left out of the root", () => {
    const esm = node([
      "--input-type=module",
      "-e",
      `import { cellAt, editions } from "zfxxgk/format"; import * as root from "zfxxgk"; console.log(cellAt("2021", "applications.newReceived.naturalPerson")?.name.zh === editions["2021"].tables.applications.number + " 一、本年新收政府信息公开申请数量·自然人", "applications2021" in root, "editions" in root)`,
    ]);
    const cjs = node([
      "-e",
      'const f = require("zfxxgk/format"); const r = require("zfxxgk"); const paths = (c) => c.map((x) => x.path).join(); console.log(f.editionKeys.every((e) => paths(f.cellsOf(e)) === paths(r.cellsOf(e))), "DecimalSum" in f)',
    ]);
    expect([esm, cjs]).toEqual(["true false false", "true false"]);
  });
  it("zfxxgk/export from both module systems: CSV with no package installed; XLSX asks for exceljs", () => {
    // the packed package is unpacked where no exceljs can be found: CSV must not need it
    const example = JSON.stringify(join(root, "examples", "lianzhou-2023.json"));
    const esm = node([
      "--input-type=module",
      "-e",
      `import { fromRows, parseCsv, toCsv, toRows } from "zfxxgk/export"; import { readFileSync } from "node:fs"; const r = JSON.parse(readFileSync(${example}, "utf8")); console.log(fromRows(parseCsv(toCsv(toRows([r])))).ok)`,
    ]);
    const cjs = node([
      "-e",
      `const x = require("zfxxgk/export"); x.writeXlsx(x.toRows([]), process.stdout).then(() => console.log("written"), (e) => console.log(e.message.includes("npm i exceljs")))`,
    ]);
    expect([esm, cjs]).toEqual(["true", "true"]);
  });
  it("zfxxgk/parse: a bundler takes the browser build (no HTML parser) for a browser, the parse5 build for Node", async () => {
    const bundled = async (platform: "browser" | "node") => {
      const result = await build({
        stdin: { contents: 'import { parseReport } from "zfxxgk/parse"; console.log(parseReport);', resolveDir: dir },
        absWorkingDir: dir,
        bundle: true,
        format: "esm",
        platform,
        minify: true,
        write: false,
        metafile: true,
        logLevel: "silent",
      });
      return { files: Object.keys(result.metafile.inputs), bytes: result.outputFiles[0]?.contents.length ?? 0 };
    };
    const browser = await bundled("browser");
    const forNode = await bundled("node");
    expect(browser.files).toContain("node_modules/zfxxgk/dist/browser/parse.js");
    expect(browser.files.filter((f) => /zfxxgk\/dist\/(?!browser\/)/.test(f))).toEqual([]);
    expect(forNode.files).toContain("node_modules/zfxxgk/dist/parse.js");
    // parse5 is most of the Node build: the browser bundle is well under half of it
    expect(browser.bytes).toBeLessThan(forNode.bytes / 2);
  }, 60_000);
  it("the root has no runtime dependencies", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies?: object };
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});

describe("the built declarations carry the official labels as TSDoc", () => {
  for (const file of ["index.d.ts", "index.d.cts"]) {
    it(file, () => {
      // the entry and the declaration chunks it imports (shared with the zod, io-ts and testing entries)
      const dts = withChunks(join(root, "dist", file));
      const missing: string[] = [];
      for (const edition of editionKeys) {
        for (const key of tableKeys) {
          const table = editions[edition].tables[key];
          for (const record of recordsOf(table)) {
            // the property's TSDoc names the row by its official label, right above the property
            const re = new RegExp(
              `\\* ${table.number} [^\\n]*${escapeRegExp(record.name.zh)}[^\\n]*\\n(?:\\s*\\*[^\\n]*\\n)*\\s*\\*/\\n\\s*${record.node.key}: `,
            );
            if (!re.test(dts)) missing.push(`${edition} ${table.number} ${record.name.zh}`);
          }
        }
        for (const cell of cellsOf(edition)) {
          const re = new RegExp(
            `\\* [^\\n]*${escapeRegExp(cell.field.label)} — [^\\n]*\\n(?:\\s*\\*[^\\n]*\\n)*\\s*\\*/\\n\\s*${cell.field.key}: `,
          );
          if (!re.test(dts)) missing.push(`${edition} ${cell.path}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});

/** A declaration file followed by the relative declaration files it imports, concatenated. */
function withChunks(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return "";
  seen.add(file);
  const text = readFileSync(file, "utf8");
  const chunks = [...text.matchAll(/from\s+["'](\.\/[^"']+)["']/g)].map((m) =>
    join(file, "..", (m[1] as string).replace(/\.(c?)js$/, ".d.$1ts")),
  );
  return [text, ...chunks.map((c) => withChunks(c, seen))].join("\n");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
