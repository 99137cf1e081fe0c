/**
 * The parser's regular expressions: each literal in `src/parse/` is found with the TypeScript scanner (not by
 * hand), and none is built at run time. Every one of them is checked with recheck by
 * `tests/reliability/redos.test.ts`, with every other pattern of `src/` (60 s per pattern; a second check here
 * with a shorter budget only timed out on a loaded machine).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = new URL("../../src/", import.meta.url).pathname;

function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourcesOf(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Every regular-expression literal of a file, as `[source, flags]`. */
function regexLiterals(file: string): [string, string][] {
  const text = readFileSync(file, "utf8");
  const out: [string, string][] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const end = literal.lastIndexOf("/");
      out.push([literal.slice(1, end), literal.slice(end + 1)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true));
  return out;
}

// the parser's own files, and the label normalisation it runs on every label it reads
const files = [...sourcesOf(join(root, "parse")), join(root, "parse.ts"), join(root, "format", "normalize.ts")];
const literals = files.flatMap((f) =>
  regexLiterals(f).map(([source, flags]) => ({ file: f.slice(root.length), source, flags })),
);

describe("regular expressions of the parser", () => {
  it("are found", () => {
    expect(literals.length).toBeGreaterThan(20);
  });

  it("builds none at run time", () => {
    const dynamic = files.filter((f) => /new RegExp\(|RegExp\(/.test(readFileSync(f, "utf8")));
    expect(dynamic).toEqual([]);
  });
});
