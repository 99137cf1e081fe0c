/**
 * What users read cites what users have: the official notices and the package's own docs, never a file outside the
 * package (the design notes and format study the library was built from). And texts that restate the editions'
 * years are written from the registry.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleTexts } from "../../src/checks/rule-texts.js";
import { editionKeys, editions, editionYears } from "../../src/format/editions.js";

const root = new URL("../../", import.meta.url).pathname;
/** Names of files that are not in the package. */
const outside = ["shared/", "MODEL.md", "official-format.md", "TOOLCHAIN.md"];

function files(dir: string, ends: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name), ends) : d.name.endsWith(ends) ? [join(dir, d.name)] : [],
  );
}

describe("texts cite what users have", () => {
  it("src/ and docs/ name no file outside the package", () => {
    // docs/api is typedoc's output (ignored by git), copied from the pages checked here and CHANGELOG.md's history
    const docs = files(join(root, "docs"), ".md").filter((f) => !relative(root, f).startsWith("docs/api/"));
    const all = [...files(join(root, "src"), ".ts"), ...docs];
    expect(all.length).toBeGreaterThan(50);
    const found = all.flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return outside.filter((name) => text.includes(name)).map((name) => `${relative(root, f)}: ${name}`);
    });
    expect(found).toEqual([]);
  });

  it("E.edition-year states each registered edition's years and notice, as the registry has them", () => {
    const text = ruleTexts["E.edition-year"];
    for (const e of editionKeys) {
      const { from, to } = editionYears(e);
      const notice = editions[e].notice.replace(/^[^〔]*/, "");
      expect(text?.equation?.zh).toContain(to === null ? `${from} 年起用${notice}` : `${from}—${to} 年用${notice}`);
      expect(text?.equation?.en).toContain(to === null ? `${from} onward: the ${e}` : `${from}–${to}: the ${e}`);
      expect(text?.rationale?.zh).toContain(notice);
    }
  });
});
