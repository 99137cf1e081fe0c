// @module-tag dist
/**
 * `zfxxgk assess`: the generated region of tests/assess/region.ts as a folder of model JSON files and a unit list
 * in CSV, through the built command line.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import type { Assessment } from "../../src/assess.js";
import { late, regionReports, units } from "../assess/region.js";

const cli = new URL("../../dist/cli.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "zfxxgk-assess-"));
const folder = join(dir, "reports");
mkdirSync(folder);
regionReports().reports.forEach((r, i) => {
  writeFileSync(join(folder, `${String(i).padStart(2, "0")}.json`), JSON.stringify(r));
});
const csv = [
  "name,aliases,code,parent,kind",
  ...units.map((u) => [u.name, "", u.code ?? "", u.parent ?? "", u.kind ?? ""].join(",")),
].join("\n");
writeFileSync(join(dir, "units.csv"), csv);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const schema = JSON.parse(
  readFileSync(new URL("../../docs/assess-output.schema.json", import.meta.url), "utf8"),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const run = (args: string[]) => spawnSync(process.execPath, [cli, "assess", ...args], { encoding: "utf8" });

describe("zfxxgk assess on published reports", () => {
  it("reads them as check does and places them by their printed organ", () => {
    const real = join(dir, "real");
    mkdirSync(real);
    for (const f of ["lianzhou-zfb-2023.txt", "pingtan-2023.html", "shuyang-fgj-2023.html"])
      copyFileSync(new URL(`../fixtures/real/${f}`, import.meta.url), join(real, f));
    const list = [{ name: "连州市人民政府办公室" }, { name: "平潭综合实验区" }, { name: "沭阳县发展和改革局" }];
    writeFileSync(join(dir, "real-units.json"), JSON.stringify(list));
    const r = run([real, "--units", join(dir, "real-units.json"), "--to", "json"]);
    expect(r.status).toBe(0); // warnings only (沭阳县发改局's blank columns, its part 五's title)
    const a = JSON.parse(r.stdout) as Assessment;
    expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
    expect(a.year).toBe(2023);
    expect(a.summary).toMatchObject({ units: 3, reports: 3, errors: 0, warnings: 126, missing: 0, unknown: 0 });
    expect(a.units.map((u) => u.reports.map((x) => x.source?.split("/").pop()))).toEqual([
      ["lianzhou-zfb-2023.txt"],
      ["pingtan-2023.html"],
      ["shuyang-fgj-2023.html"],
    ]);
  });
});

describe("zfxxgk assess", () => {
  it("assesses the folder against the unit list: JSON on stdout, exit 1 for the errors, a summary on stderr", () => {
    const r = run([folder, "--units", join(dir, "units.csv"), "--year", "2024", "--to", "json"]);
    expect(r.status).toBe(1);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
    expect(a.summary).toMatchObject({ units: 41, reports: 40, errors: 9, warnings: 1, late: 1, missing: 1 });
    expect(r.stderr).toContain("2024 年度：41 个单位，40 份报告，9 个错误，1 个警告，逾期 1，未报送 1");
  });

  it("leaves out the findings an ignore file names, and writes HTML atomically with -o", () => {
    const first = JSON.parse(run([folder, "--units", join(dir, "units.csv"), "--to", "json"]).stdout) as Assessment;
    const lateFinding = first.units.find((u) => u.name === late)?.groups[0]?.findings[0];
    writeFileSync(join(dir, "ignore.txt"), `# dismissed\n${lateFinding?.fingerprint} 已核实：网页转载日期\n`);
    const out = join(dir, "清单.html");
    const r = run([
      folder,
      "--units",
      join(dir, "units.csv"),
      "--ignore",
      join(dir, "ignore.txt"),
      "--to",
      "html",
      "-o",
      out,
    ]);
    expect(r.status).toBe(1);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<!doctype html>");
    expect(html).not.toContain(lateFinding?.fingerprint);
    expect(run([folder, "--to", "html", "-o", out]).status).toBe(2); // exists: --force needed
  });

  it("without a unit list every organ is a unit and nothing is missing; a usage error exits 2", () => {
    const a = JSON.parse(run([folder, "--to", "json"]).stdout) as Assessment;
    expect(a.summary).toMatchObject({ units: 40, reports: 40, missing: 0, unknown: 0 });
    expect(run([folder, "--to", "pdf"]).status).toBe(2);
    expect(run([folder, "--json"]).status).toBe(2);
    expect(run([folder, "--units", join(dir, "nothing.csv")]).status).toBe(2);
  });
});
