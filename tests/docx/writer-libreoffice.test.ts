// @module-tag libreoffice
/**
 * The Word file `renderDocx` writes, laid out by a second, independent program — LibreOffice (`soffice`, Debian's
 * libreoffice-writer-nogui) — as the organs print it: the seed of each edition converted to PDF reads back through
 * `zfxxgk/pdf` to the same tables and metadata; its pages are A4, and every line of text but the page numbers lies
 * in GB/T 9704's 156 × 225 mm text block (28 mm from the left, 37 mm from the top), the page numbers below it; the
 * pages rendered to PNG by pdftoppm (poppler-utils) — a screenshot of the first page and of 表三's is kept in
 * docs/screenshots/ (written when missing or when `UPDATE_GOLDEN=1`).
 *
 * The fonts GB/T 9704 names are Windows' (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体); a fontconfig file of the
 * test maps them to the Noto CJK faces (Debian's fonts-noto-cjk), as docs/word.md shows for Linux.
 *
 * Where soffice (or pdftoppm) is not installed, the tests say so in their names and are skipped.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../src/docx.js";
import type { Report } from "../../src/model/report.generated.js";
import { loadPdfJs } from "../../src/parse/readers/pdf/pdfjs.js";
import { parsePdf } from "../../src/pdf.js";
import { validateReport } from "../../src/validate/validate.js";
import { differences } from "./support.js";

function installed(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore", timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

const soffice = installed("soffice", ["--version"]);
const pdftoppm = installed("pdftoppm", ["-v"]);
const skipped = soffice ? "" : " [skipped: soffice not installed — apt-get install libreoffice-writer-nogui]";
const noPng = pdftoppm ? "" : " [skipped: pdftoppm not installed — apt-get install poppler-utils]";

function example(name: string): Report {
  const result = validateReport(JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8")));
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.value;
}

/** GB/T 9704's fonts as the Noto CJK faces (what docs/word.md gives Linux users). */
const fontsConf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <match target="pattern"><test name="family"><string>方正小标宋简体</string></test><edit name="weight" mode="assign"><const>bold</const></edit></match>
</fontconfig>
`;

const dir = mkdtempSync(join(tmpdir(), "zfxxgk-docx-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const converted = new Map<string, Promise<Uint8Array>>();

/** The report written by renderDocx and converted to PDF by soffice (a profile of its own, the fonts above). */
function pdfOf(name: string, report: Report): Promise<Uint8Array> {
  let pdf = converted.get(name);
  if (pdf === undefined) {
    pdf = (async () => {
      writeFileSync(join(dir, `${name}.docx`), await renderDocx(report));
      writeFileSync(join(dir, "fonts.conf"), fontsConf);
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          join(dir, `${name}.docx`),
        ],
        { stdio: "ignore", timeout: 180_000, env: { ...process.env, FONTCONFIG_FILE: join(dir, "fonts.conf") } },
      );
      return new Uint8Array(readFileSync(join(dir, `${name}.pdf`)));
    })();
    converted.set(name, pdf);
  }
  return pdf;
}

const mm = 72 / 25.4;

describe("renderDocx's file as LibreOffice prints it", () => {
  for (const [name, json] of [
    ["lianzhou-2023", "lianzhou-2023.json"],
    ["example-2019", "example-2019.json"],
  ] as const) {
    it.skipIf(!soffice)(
      `${name}: the PDF reads back through zfxxgk/pdf to the same tables and metadata${skipped}`,
      async () => {
        const report = example(json);
        const result = await parsePdf(await pdfOf(name, report));
        expect(differences(report, result.report)).toEqual([]);
        expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
      },
      240_000,
    );

    it.skipIf(!soffice)(
      `${name}: A4 pages; the text in the 156 × 225 mm block at 28 mm / 37 mm, the page numbers below${skipped}`,
      async () => {
        const pdfjs = await loadPdfJs();
        const doc = await pdfjs.getDocument({ data: (await pdfOf(name, example(json))).slice() }).promise;
        expect(doc.numPages).toBeGreaterThan(3);
        const numbers: string[] = [];
        for (let n = 1; n <= doc.numPages; n++) {
          const page = await doc.getPage(n);
          const { width, height } = page.getViewport({ scale: 1 });
          expect(width / mm).toBeCloseTo(210, 0);
          expect(height / mm).toBeCloseTo(297, 0);
          const content = await page.getTextContent();
          let pageNumber = "";
          for (const item of content.items) {
            if (!("str" in item) || item.str.trim() === "") continue;
            const [, , , , x, y] = item.transform as number[];
            const left = (x as number) / mm;
            const right = ((x as number) + item.width) / mm;
            const baseline = (y as number) / mm; // from the bottom of the page
            if (baseline < 35) {
              pageNumber += item.str;
              continue;
            }
            expect(left, `page ${n}: ${item.str}`).toBeGreaterThanOrEqual(28 - 0.5);
            // a full-width mark closing a full line may hang in the margin, as LibreOffice (and Word's Chinese
            // default) sets it: the text before it ends in the block
            const hangs = /[，。、；：？！）》”’]$/u.test(item.str) ? (item.width / mm / item.str.length) * 1.2 : 0;
            expect(right - hangs, `page ${n}: ${item.str}`).toBeLessThanOrEqual(210 - 26 + 0.5);
            expect(baseline, `page ${n}: ${item.str}`).toBeLessThanOrEqual(297 - 37);
          }
          numbers.push(pageNumber.replace(/\s/g, ""));
        }
        expect(numbers).toEqual(numbers.map((_, i) => `—${i + 1}—`));
      },
      240_000,
    );
  }

  it.skipIf(!soffice || !pdftoppm)(
    `the seed's pages as PNG (pdftoppm); the first page and 表三's kept in docs/screenshots/${skipped}${noPng}`,
    async () => {
      const pdf = await pdfOf("lianzhou-2023", example("lianzhou-2023.json"));
      const pdfjs = await loadPdfJs();
      const doc = await pdfjs.getDocument({ data: pdf.slice() }).promise;
      let tablePage = 0;
      for (let n = 1; n <= doc.numPages && tablePage === 0; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        if (content.items.some((i) => "str" in i && i.str.includes("申请人情况"))) tablePage = n;
      }
      expect(tablePage).toBeGreaterThan(1);
      for (const [page, file] of [
        [1, "lianzhou-2023.docx-page1.png"],
        [tablePage, "lianzhou-2023.docx-tables.png"],
      ] as const) {
        const out = join(dir, `page${page}`);
        execFileSync("pdftoppm", [
          "-f",
          String(page),
          "-l",
          String(page),
          "-r",
          "80",
          "-png",
          "-singlefile",
          join(dir, "lianzhou-2023.pdf"),
          out,
        ]);
        const png = readFileSync(`${out}.png`);
        // a PNG of an A4 page: its header, and width : height as 210 : 297
        expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
        const w = png.readUInt32BE(16);
        const h = png.readUInt32BE(20);
        expect(w / h).toBeCloseTo(210 / 297, 2);
        const kept = new URL(`../../docs/screenshots/${file}`, import.meta.url);
        if (process.env.UPDATE_GOLDEN === "1" || !existsSync(kept)) {
          mkdirSync(new URL(".", kept), { recursive: true });
          writeFileSync(kept, png);
        }
      }
    },
    240_000,
  );
});
