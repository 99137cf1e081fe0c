// @module-tag dist
/**
 * The command line on real published files as users hold them — the city's PDF itself, its pdftotext texts, the
 * web pages, the Word template, a GBK copy of a page — through the built binary: read by content, checked, and
 * an honest verdict (status, what could not be read, the exit code).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGbk } from "../support/encode.js";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const real = join(root, "tests", "fixtures", "real");
const lineSchema = JSON.parse(readFileSync(join(root, "docs", "check-output.schema.json"), "utf8")) as object;
const validateLine = new Ajv2020({ allErrors: true, strict: false }).compile(lineSchema);

interface Line {
  file: string;
  ok: boolean;
  status: string;
  organ?: string;
  year?: number | null;
  format?: string;
  missing?: string[];
  unread?: { level: string; table?: string; cells: string[] }[];
  findings: { rule: string; status: string; severity: string }[];
}

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    cwd: root,
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 1 << 26,
  });
}

function checkJson(...args: string[]): { lines: Line[]; status: number | null } {
  const r = run(["check", "--json", ...args]);
  expect(r.stderr).not.toContain("internal error");
  const lines = r.stdout
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Line);
  for (const l of lines) expect(validateLine(l), JSON.stringify(validateLine.errors)).toBe(true);
  return { lines, status: r.status };
}

let dir = "";
beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  dir = mkdtempSync(join(tmpdir(), "zfxxgk-real-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("zfxxgk check on real files", () => {
  it("the city's PDF itself: read through pdf.js, organ above the title, every table read, clean, exit 0", () => {
    const { lines, status } = checkJson(join(real, "huaian-2024.pdf"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ status: "clean", ok: true, organ: "淮安市人民政府", year: 2024, format: "pdf" });
    expect(lines[0]?.unread).toBeUndefined();
    expect(status).toBe(0);
  });

  it("its pdftotext -layout text: the same verdict", () => {
    const { lines, status } = checkJson(join(real, "huaian-2024.layout.txt"));
    expect(lines[0]).toMatchObject({ status: "clean", organ: "淮安市人民政府", year: 2024, format: "text" });
    expect(status).toBe(0);
  });

  it("a web page, and the same page saved as GBK: the same verdict and figures", () => {
    const page = readFileSync(join(real, "pingtan-2024.html"), "utf8");
    const gbk = join(dir, "pingtan-2024-gbk.html");
    writeFileSync(gbk, encodeGbk(page.replace(/charset=["']?utf-8["']?/i, "charset=gbk")));
    const utf8 = checkJson(join(real, "pingtan-2024.html"));
    const other = checkJson(gbk);
    expect(utf8.lines[0]).toMatchObject({ status: "clean", organ: "平潭综合实验区", year: 2024, format: "html" });
    expect({ ...other.lines[0], file: "" }).toEqual({ ...utf8.lines[0], file: "" });
    const parsedUtf8 = run(["parse", join(real, "pingtan-2024.html")]);
    const parsedGbk = run(["parse", gbk]);
    expect(parsedGbk.stdout).toBe(parsedUtf8.stdout);
    expect(JSON.parse(parsedUtf8.stdout).publishedOn).toBe("2025-03-10");
  });

  it("a text whose tables could not be found is never clean: one line per table, status incomplete, exit 3", () => {
    const text = readFileSync(join(real, "huaian-2024.layout.txt"), "utf8");
    const cut = text.slice(0, text.indexOf("二、主动公开"));
    const path = join(dir, "prose-only.txt");
    writeFileSync(path, cut);
    const { lines, status } = checkJson(path);
    expect(lines[0]?.status).toBe("incomplete");
    expect(lines[0]?.ok).toBe(false);
    expect(lines[0]?.unread?.map((u) => `${u.level} ${u.table}`)).toEqual(["table 表二", "table 表三", "table 表四"]);
    expect(status).toBe(3);
    const human = run(["check", path]);
    expect(human.status).toBe(3);
    expect(human.stdout).not.toContain("✓");
    expect(human.stdout.match(/未能读出 {2}未找到表/g)).toHaveLength(3);
    // the hundreds of cell findings that follow from it are counted, not printed
    expect(human.stdout.split("\n").length).toBeLessThan(20);
    expect(human.stdout).toMatch(/1 个文件，0 个有错误，1 个未能完整读出或核对/);
  });

  it("a report whose organ is not printed is still checked: the tables' findings, one warning, --organ fills it", () => {
    // the organ line above the title gone, and the preamble's compiler (本报告由淮安市人民政府办公室…编制) with it
    const text = readFileSync(join(real, "huaian-2024.layout.txt"), "utf8")
      .replace("淮安市人民政府\n", "\n")
      .replace("本报告由淮安市人民政府办公室根据", "本报告根据");
    const path = join(dir, "no-organ.txt");
    writeFileSync(path, text);
    const { lines, status } = checkJson(path);
    expect(lines[0]).toMatchObject({ status: "clean", organ: "", missing: ["organ"] });
    expect(status).toBe(0);
    const human = run(["check", path]);
    expect(human.stdout).toContain("文件中未找到发布机关");
    expect(human.stdout).toContain("--organ");
    const given = checkJson("--organ", "淮安市人民政府", path);
    expect(given.lines[0]).toMatchObject({ organ: "淮安市人民政府" });
    expect(given.lines[0]?.missing).toBeUndefined();
    // parse writes what it read, and says on stderr what it could not
    const parsed = run(["parse", path]);
    expect(parsed.status).toBe(3);
    expect(JSON.parse(parsed.stdout).organ).toBe("");
    expect(parsed.stderr).toContain("未找到发布机关");
  });

  it("the Word template: read as a Word document, every cell blank, the blank tables said once each", () => {
    const { lines, status } = checkJson(join(real, "official-template-2021.docx"));
    expect(lines[0]?.format).toBe("docx");
    // nothing in it could be judged: never clean
    expect([lines[0]?.status, lines[0]?.ok, status]).toEqual(["incomplete", false, 3]);
    const human = run(["check", join(real, "official-template-2021.docx")]);
    expect(human.stdout.match(/整张表未填写/g)).toHaveLength(3);
    expect(human.stdout.split("\n").length).toBeLessThan(20);
  });

  it("a page whose printed tables leave cells blank is not clean: relations not judged make it incomplete, exit 3", () => {
    // 上海市人民政府办公厅 2019: every figure read, no error, but blank cells in the printed tables leave
    // error-severity relations not-assessable
    const path = join(real, "shanghai-2019.html");
    const { lines, status } = checkJson(path);
    const unjudged = lines[0]?.findings.filter((f) => f.severity === "error" && f.status === "not-assessable") ?? [];
    expect(unjudged.length).toBeGreaterThan(0);
    expect(lines[0]?.unread ?? []).toEqual([]);
    expect([lines[0]?.status, lines[0]?.ok, status]).toEqual(["incomplete", false, 3]);
    const human = run(["check", path]);
    expect(human.status).toBe(3);
    expect(human.stdout).toContain(`未能完整核对：未发现错误，但有 ${unjudged.length} 项勾稽关系因空白格无法核对`);
    expect(human.stdout).not.toContain("未发现问题");
  });

  it("a published report with its parts out of order: one report read, S.part-order said by check and assess", () => {
    const lines = readFileSync(join(real, "lianzhou-zfb-2023.txt"), "utf8").split("\n");
    const at = (heading: string) => lines.findIndex((l) => l.trim().startsWith(heading));
    const [four, five, six] = [at("四、政府信息公开行政复议"), at("五、"), at("六、其他需要报告的事项")];
    const swapped = [
      ...lines.slice(0, four),
      ...lines.slice(five, six),
      ...lines.slice(four, five),
      ...lines.slice(six),
    ];
    const path = join(dir, "out-of-order.txt");
    writeFileSync(path, swapped.join("\n"));
    const { lines: out } = checkJson(path);
    const order = out[0]?.findings.filter((f) => f.rule === "S.part-order") ?? [];
    expect(order.map((f) => [f.status, f.severity])).toEqual([["fail", "warning"]]);
    // in order, the same text has no such finding
    expect(
      checkJson(join(real, "lianzhou-zfb-2023.txt")).lines[0]?.findings.some((f) => f.rule === "S.part-order"),
    ).toBe(false);
    const assessed = run(["assess", path, "--to", "json"]);
    expect(assessed.stdout).toContain('"rule": "S.part-order"');
  });

  it("a folder of PDFs read by the pool of worker threads: the same lines, in order, as read in the process", () => {
    const folder = join(dir, "pdfs");
    mkdirSync(folder);
    const sources = [join(real, "huaian-2024.pdf"), join(root, "tests", "fixtures", "pdf", "lianzhou-2023.pdf")];
    for (let i = 0; i < 6; i++) copyFileSync(sources[i % 2] as string, join(folder, `${i}.pdf`));
    const env = (workers: string) => ({ ...process.env, NO_COLOR: "1", ZFXXGK_PDF_WORKERS: workers });
    const runWith = (workers: string) =>
      spawnSync(process.execPath, [cli, "check", "--json", folder], { encoding: "utf8", env: env(workers) });
    const pooled = runWith("2");
    const alone = runWith("0");
    expect(pooled.stderr).toBe("");
    expect(pooled.stdout).toBe(alone.stdout);
    const lines = pooled.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => [l.file.slice(folder.length + 1), l.organ, l.format])).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => [`${i}.pdf`, i % 2 === 0 ? "淮安市人民政府" : "连州市人民政府办公室", "pdf"]),
    );
    expect(pooled.status).toBe(alone.status);
  });

  it("a folder of PDFs, texts, pages and Word files: each read by its content, one line each, in order", () => {
    const folder = join(dir, "mixed");
    mkdirSync(folder);
    for (const f of ["huaian-2024.pdf", "huaian-2024.layout.txt", "pingtan-2023.html", "official-template-2021.docx"])
      copyFileSync(join(real, f), join(folder, f));
    // a legacy .doc (an OLE compound file) gets one line naming the fix
    writeFileSync(
      join(folder, "old.doc"),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    );
    const { lines, status } = checkJson(folder);
    expect(lines.map((l) => l.file.slice(folder.length + 1))).toEqual([
      "huaian-2024.layout.txt",
      "huaian-2024.pdf",
      "official-template-2021.docx",
      "old.doc",
      "pingtan-2023.html",
    ]);
    const doc = lines[3] as Line & { error?: { message: { zh: string } } };
    expect(doc.status).toBe("unusable");
    expect(doc.error?.message.zh).toContain(".docx");
    expect(status).toBe(2);
  });
});
