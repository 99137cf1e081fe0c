/**
 * No edition key is written into the library's code outside the edition modules and the generated files: every
 * list, lookup and choice by edition reads the registry (src/format/editions.ts), so that adding an edition is one
 * module and one line. Comments (TSDoc examples) are not code and are not scanned.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { edition2019 } from "../../src/format/editions/2019.js";
import { edition2021 } from "../../src/format/editions/2021.js";

const root = new URL("../../", import.meta.url).pathname;
const src = join(root, "src");

/** The edition keys to look for: the built-in editions' own keys, read from their modules. */
const keys = new Set<string>([edition2021.edition, edition2019.edition]);

/**
 * Files allowed to write an edition key, each with the reason. The edition modules and the generated files are
 * allowed by their place (below), not listed here.
 */
const exceptions: Readonly<Record<string, string>> = {};

/** Edition modules (the one place an edition is declared) and generated files (written from the registry). */
const allowedByPlace = (path: string) => path.startsWith("src/format/editions/") || path.endsWith(".generated.ts");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

/** The edition-key literals of a file's code (string and plain template literals; comments skipped), with lines. */
function editionLiterals(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const source = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && keys.has(node.text)) {
      out.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText() });
    }
    // a type written as a literal (`E extends "2021"`) is a literal type node around a string literal: visited too
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("no edition key is written in src/ outside the edition modules and generated files", () => {
  const all = files(src).map((f) => relative(root, f));

  it("scans the library's code (and finds the keys where they belong)", () => {
    expect(all.length).toBeGreaterThan(50);
    const declared = all.filter((f) => f.startsWith("src/format/editions/"));
    expect(declared.some((f) => editionLiterals(readFileSync(join(root, f), "utf8")).length > 0)).toBe(true);
  });

  it("finds none elsewhere (read the registry: editionKeys, editions[e], isEdition, newestEdition, editionYears)", () => {
    const found = all
      .filter((f) => !allowedByPlace(f) && exceptions[f] === undefined)
      .flatMap((f) => editionLiterals(readFileSync(join(root, f), "utf8")).map((l) => `${f}:${l.line} ${l.text}`));
    expect(found).toEqual([]);
  });

  it("catches a key written in code but not in a comment", () => {
    expect(editionLiterals('const a = x["2021"];\n// "2019"\n/** "2019" */\nconst b = `2019`;\n')).toEqual([
      { line: 1, text: '"2021"' },
      { line: 4, text: "`2019`" },
    ]);
  });
});
