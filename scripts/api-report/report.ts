/**
 * The API report: every name each entry of the package exports, with its kind, read from the sources by the
 * TypeScript compiler (the entries are package.json's `exports`: `.` is src/index.ts, `./x` is src/x.ts).
 * `npm run api` writes it to docs/api-report.md; tests/package/api-report.test.ts fails when it is not current,
 * so that a change to the public surface shows in review.
 *
 * @example
 * ```ts
 * import { apiReport } from "./scripts/api-report/report.js";
 * const markdown = apiReport(); // "# API report …"
 * ```
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** The file the report is written to, relative to the repository's root. */
export const apiReportPath = "docs/api-report.md";

const root = join(new URL(".", import.meta.url).pathname, "..", "..");

/** An exported name and its kinds (a name may be a value and a type at once: an enum-like const and its type). */
export interface ApiExport {
  readonly name: string;
  readonly kind: string;
}

/** An entry of the package: its import path, its source file, its exports sorted by name. */
export interface ApiEntry {
  readonly entry: string;
  readonly file: string;
  readonly exports: readonly ApiExport[];
}

/** The package's entries (package.json `exports`, JSON files left out), as import path and source file. */
export function entryFiles(): { readonly entry: string; readonly file: string }[] {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(manifest.exports)
    .filter((k) => !k.includes("*") && !k.endsWith(".json"))
    .map((k) =>
      k === "."
        ? { entry: "zfxxgk", file: "src/index.ts" }
        : { entry: `zfxxgk/${k.slice(2)}`, file: `src/${k.slice(2)}.ts` },
    );
}

/** The kinds a symbol declares: function, class, enum, const, let, namespace, interface, type. */
function kindsOf(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const f = target.flags;
  const kinds: string[] = [];
  if (f & ts.SymbolFlags.Function) kinds.push("function");
  if (f & ts.SymbolFlags.Class) kinds.push("class");
  if (f & ts.SymbolFlags.Enum) kinds.push("enum");
  if (f & ts.SymbolFlags.Variable) {
    const declaration = target.valueDeclaration;
    const list = declaration?.parent;
    const isConst = list !== undefined && ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
    kinds.push(isConst ? "const" : "let");
  }
  const valueKinds = kinds.length;
  if (f & ts.SymbolFlags.ValueModule) kinds.push("namespace");
  else if (f & ts.SymbolFlags.NamespaceModule) kinds.push("namespace of types");
  if (f & ts.SymbolFlags.Interface) kinds.push("interface");
  if (f & ts.SymbolFlags.TypeAlias) kinds.push("type");
  if (kinds.length === 0) return "unknown";
  // `export type { aValue }`: only its type is public
  const typeOnly = (symbol.declarations ?? []).some(
    (d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly),
  );
  const isValue = valueKinds > 0 || (f & ts.SymbolFlags.ValueModule) !== 0;
  return typeOnly && isValue ? `type of ${kinds.join(" + ")}` : kinds.join(" + ");
}

/**
 * Every entry's exports, read from the sources by the TypeScript compiler.
 *
 * @example
 * ```ts
 * apiEntries().find((e) => e.entry === "zfxxgk")?.exports.find((x) => x.name === "validateReport"); // { kind: "function" }
 * ```
 */
export function apiEntries(): ApiEntry[] {
  const entries = entryFiles();
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  const options: ts.CompilerOptions = { ...(config?.options ?? {}), noEmit: true };
  const program = ts.createProgram(
    entries.map((e) => join(root, e.file)),
    options,
  );
  const checker = program.getTypeChecker();
  return entries.map(({ entry, file }) => {
    const source = program.getSourceFile(join(root, file));
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    const exports = (moduleSymbol === undefined ? [] : checker.getExportsOfModule(moduleSymbol))
      .map((s) => ({ name: s.getName(), kind: kindsOf(s, checker) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { entry, file, exports };
  });
}

/**
 * The report as Markdown: per entry, a table of its exported names and kinds.
 *
 * @example
 * ```ts
 * apiReport().startsWith("# API report"); // true
 * ```
 */
export function apiReport(entries: readonly ApiEntry[] = apiEntries()): string {
  const lines = [
    "# API report",
    "",
    "Every name each entry of the package exports, and its kind — generated from the sources by `npm run api`",
    "(scripts/api-report/report.ts, the TypeScript compiler); do not edit by hand. tests/package/api-report.test.ts",
    "fails when this file is not current: a change to the public surface shows here, in review.",
    "",
    "| entry | exports |",
    "| --- | ---: |",
    ...entries.map((e) => `| [\`${e.entry}\`](#${e.entry.replace(/\//g, "")}) | ${e.exports.length} |`),
  ];
  for (const e of entries) {
    lines.push("", `## ${e.entry}`, "", `Source: \`${e.file}\`.`, "", "| name | kind |", "| --- | --- |");
    for (const x of e.exports) lines.push(`| \`${x.name}\` | ${x.kind} |`);
  }
  return `${lines.join("\n")}\n`;
}
