/**
 * The public surface is checked in (docs/api-report.md, written by `npm run api`): the report made again from the
 * sources must equal the file, so that a name added to, removed from or changed in any entry shows in review. The
 * root entry stays curated: the format's descriptors and pieces are in `zfxxgk/format`, and both READMEs list the
 * root's functions and constants.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ApiEntry, apiEntries, apiReport, apiReportPath, entryFiles } from "../../scripts/api-report/report.js";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const entries: ApiEntry[] = apiEntries();
const byName = (entry: string) => entries.find((e) => e.entry === entry)?.exports ?? [];

/** The lines only one side has, marked - (checked in) and + (made now). */
function lineDiff(checkedIn: string, now: string): string[] {
  const before = checkedIn.split("\n");
  const after = now.split("\n");
  return [
    ...before.filter((l) => !after.includes(l)).map((l) => `- ${l}`),
    ...after.filter((l) => !before.includes(l)).map((l) => `+ ${l}`),
  ];
}

describe("the API report", () => {
  it(`${apiReportPath} is current (if not: run npm run api, and review what changed)`, () => {
    const now = apiReport(entries);
    const checkedIn = read(apiReportPath);
    const diff = lineDiff(checkedIn, now);
    expect(diff, `the public surface changed — run npm run api:\n${diff.join("\n")}`).toEqual([]);
    expect(checkedIn).toBe(now);
  });

  it("covers every entry of package.json's exports, each with names and a kind for each", () => {
    expect(entries.map((e) => e.entry)).toEqual(entryFiles().map((e) => e.entry));
    expect(entries.map((e) => e.entry)).toContain("zfxxgk/format");
    for (const e of entries) {
      expect(e.exports.length, e.entry).toBeGreaterThan(0);
      for (const x of e.exports) expect(x.kind, `${e.entry} ${x.name}`).not.toBe("unknown");
    }
  });

  it("tells the kinds apart (function, const, class, interface, type)", () => {
    const kind = (entry: string, name: string) => byName(entry).find((x) => x.name === name)?.kind;
    expect(kind("zfxxgk", "validateReport")).toBe("function");
    expect(kind("zfxxgk", "editionKeys")).toBe("const");
    expect(kind("zfxxgk", "Report2021")).toBe("interface");
    expect(kind("zfxxgk", "Edition")).toBe("type");
    expect(entries.flatMap((e) => e.exports).some((x) => x.kind === "class")).toBe(true);
  });

  it("the root is curated: the descriptors, their pieces and the internals are not in it", () => {
    const rootNames = byName("zfxxgk").map((x) => x.name);
    const formatNames = byName("zfxxgk/format").map((x) => x.name);
    for (const name of [
      "applications2019",
      "applications2021",
      "proactive2019",
      "proactive2021",
      "reviewGroup",
      "applicantRow",
      "edition2021",
      "editions",
      "registerEdition",
      "TableDescriptor",
      "daysInMonth",
    ]) {
      expect(rootNames, name).not.toContain(name);
      expect(formatNames, name).toContain(name);
    }
    expect(rootNames).not.toContain("DecimalSum");
    expect(formatNames).not.toContain("DecimalSum");
    for (const name of ["validateReport", "checkReport", "renderReport", "ApplicantType", "Report", "cellsOf"])
      expect(rootNames, name).toContain(name);
  });

  it.each(["README.md", "README.zh-CN.md"])("%s lists every function and constant of the root", (readme) => {
    const text = read(readme);
    const values = byName("zfxxgk").filter((x) => /^(function|const|class|enum)/.test(x.kind));
    const missing = values.filter((x) => !new RegExp(`^\\| [^|]*\`${x.name}\``, "m").test(text)).map((x) => x.name);
    expect(missing).toEqual([]);
  });
});

describe("the examples in the TSDoc", () => {
  it("import every name from an entry that exports it (an @example is what users copy)", () => {
    const exported = new Map(entries.map((e) => [e.entry, new Set(e.exports.map((x) => x.name))]));
    const files = readdirSync(new URL("src/", root), { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".ts"),
    );
    const wrong: string[] = [];
    for (const file of files) {
      read(`src/${file}`)
        .split("\n")
        .forEach((line, i) => {
          const m = /^\s*\*\s*import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"(zfxxgk(?:\/[a-z-]+)?)"/.exec(line);
          if (m === null) return;
          const names = exported.get(m[2] as string);
          for (const raw of (m[1] as string).split(",")) {
            const name =
              raw
                .trim()
                .replace(/^type\s+/, "")
                .split(/\s+as\s+/)[0] ?? "";
            if (name !== "" && names?.has(name) !== true) wrong.push(`src/${file}:${i + 1} ${name} from "${m[2]}"`);
          }
        });
    }
    expect(wrong).toEqual([]);
  });
});
