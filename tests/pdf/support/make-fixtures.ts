/**
 * Regenerates the small PDFs of tests/fixtures/pdf/ (run: `npx tsx tests/pdf/support/make-fixtures.ts`; needs
 * Chromium with a CJK font — apt-get install -y chromium fonts-noto-cjk — and qpdf for the encrypted one):
 * - `scan.pdf`: two pages that are only images of text (a canvas drawn with 表三's figures): no text layer;
 * - `scan-page.pdf`: the 2019 example report as text, then a page that is only an image (a scanned page);
 * - `encrypted.pdf`: a one-page report opened only with the password `zfxxgk` (qpdf, AES-256);
 * - `lianzhou-2023.pdf`: the seed report (examples/lianzhou-2023.json) as the HTML renderer prints it on A4;
 * - `example-2019.libreoffice.pdf`: the 2019 example's HTML page converted by LibreOffice (`soffice`), a second
 *   producer (Type 1 CJK fonts, its own text placement).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderReport, validateReport } from "../../../src/index.js";
import { launchChromium, printPdf } from "../../support/chromium.js";

const out = (name: string) => fileURLToPath(new URL(`../../fixtures/pdf/${name}`, import.meta.url));

/** A page holding only a canvas painted with text: printed, it is an image, as a scanner gives. */
const scanned = (lines: readonly string[]) => `<canvas width="600" height="${40 * lines.length + 40}"></canvas>
<script>
  const c = document.currentScript.previousElementSibling.getContext("2d");
  c.fillStyle = "#fff"; c.fillRect(0, 0, 600, 9999); c.fillStyle = "#000"; c.font = "24px sans-serif";
  ${JSON.stringify(lines)}.forEach((l, i) => c.fillText(l, 20, 40 + 40 * i));
</script>`;

const browser = await launchChromium();
try {
  const scanPage = scanned(["三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量 12 0 0 0 0 0 12"]);
  writeFileSync(
    out("scan.pdf"),
    await printPdf(
      browser,
      `<!doctype html><meta charset="utf-8">${scanPage}<div style="break-before: page"></div>${scanPage}`,
    ),
  );

  const example = validateReport(
    JSON.parse(readFileSync(new URL("../../../examples/example-2019.json", import.meta.url), "utf8")),
  );
  if (!example.ok) throw new Error("examples/example-2019.json is not valid");
  const html = renderReport(example.value, { format: "html", standalone: true });
  writeFileSync(
    out("scan-page.pdf"),
    await printPdf(
      browser,
      html.replace("</body>", `<div style="break-before: page">${scanned(["附件：盖章页"])}</div></body>`),
    ),
  );

  const seed = validateReport(
    JSON.parse(readFileSync(new URL("../../../examples/lianzhou-2023.json", import.meta.url), "utf8")),
  );
  if (!seed.ok) throw new Error("examples/lianzhou-2023.json is not valid");
  writeFileSync(
    out("lianzhou-2023.pdf"),
    await printPdf(browser, renderReport(seed.value, { format: "html", standalone: true })),
  );

  const plain = await printPdf(
    browser,
    `<!doctype html><meta charset="utf-8"><h1>某县人民政府2024年政府信息公开工作年度报告</h1>`,
  );
  const plainFile = out("encrypted.plain.tmp.pdf");
  writeFileSync(plainFile, plain);
  execFileSync("qpdf", ["--encrypt", "zfxxgk", "zfxxgk-owner", "256", "--", plainFile, out("encrypted.pdf")]);
  rmSync(plainFile);

  const scratch = mkdtempSync(join(tmpdir(), "zfxxgk-pdf-"));
  writeFileSync(join(scratch, "example-2019.html"), html);
  execFileSync(
    "soffice",
    [
      "--headless",
      "--convert-to",
      "pdf:writer_web_pdf_Export",
      "--outdir",
      scratch,
      join(scratch, "example-2019.html"),
    ],
    { stdio: "ignore" },
  );
  renameSync(join(scratch, "example-2019.pdf"), out("example-2019.libreoffice.pdf"));
  rmSync(scratch, { recursive: true });
} finally {
  await browser.close();
}
