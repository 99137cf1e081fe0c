/**
 * The API reference names each module as users import it (issue 16): every entry of package.json's `exports` is an
 * entry point of typedoc.json, and its file's `@module` tag is the import path — `zfxxgk`, `zfxxgk/parse`, … —
 * not the file name (`index`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
  exports: Record<string, unknown>;
};
const typedoc = JSON.parse(readFileSync(new URL("typedoc.json", root), "utf8")) as { entryPoints: string[] };
const entries = Object.keys(manifest.exports)
  .filter((k) => !k.includes("*") && k !== "./package.json")
  .map((k) =>
    k === "."
      ? { name: "zfxxgk", file: "src/index.ts" }
      : { name: `zfxxgk/${k.slice(2)}`, file: `src/${k.slice(2)}.ts` },
  );

describe("typedoc: modules named as they are imported", () => {
  it("every exported entry is an entry point, and nothing else is", () => {
    expect([...typedoc.entryPoints].sort()).toEqual(entries.map((e) => e.file).sort());
  });
  it.each(entries)("$file is @module $name", ({ name, file }) => {
    const tags = [...readFileSync(new URL(file, root), "utf8").matchAll(/^\s*\*\s*@module\b[ \t]*(\S*)/gm)].map(
      (m) => m[1],
    );
    expect(tags).toEqual([name]);
  });
});
