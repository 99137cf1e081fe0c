/**
 * Files that are not a readable .docx are data errors, returned as values: a legacy .doc (with the way to
 * convert it), other file kinds, damaged zips and XML, a password-protected document, a main part beyond the
 * size cap (a zip bomb stops before it is inflated). The input is never changed.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { maxDocumentBytes, parseDocx, readDocx } from "../../src/docx.js";
import { openDocx } from "../../src/parse/readers/docx/unzip.js";
import { documentXml, docxOf, p, r, relsFor } from "./support.js";

const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The one error of a file that could not be read. */
function problemOf(bytes: Uint8Array) {
  const result = parseDocx(bytes);
  expect(result.report).toBeNull();
  expect(result.format).toBe("docx");
  expect(result.diagnostics[0]?.code).toBe("input.format");
  const errors = result.diagnostics.filter((d) => d.level === "error");
  expect(errors).toHaveLength(1);
  return errors[0] as (typeof errors)[number];
}

/** An OLE compound file's header (512 bytes), with an optional directory entry name in UTF-16LE. */
function oleFile(entry?: string): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set(oleMagic, 0);
  if (entry !== undefined) for (let i = 0; i < entry.length; i++) bytes[1024 + 2 * i] = entry.charCodeAt(i);
  return bytes;
}

/** Sets the uncompressed size of every entry in a zip's central directory (as a zip bomb, or a liar, would). */
function withClaimedSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe("what is not a readable .docx", () => {
  it("a legacy .doc: input.unsupported naming the fix (convert to .docx)", () => {
    const d = problemOf(oleFile("WordDocument"));
    expect(d.code).toBe("input.unsupported");
    expect(d.message.zh).toContain("旧版 Word 文档");
    expect(d.message.zh).toContain("另存为");
    expect(d.message.zh).toContain("soffice --headless --convert-to docx");
    expect(d.message.en).toContain("convert it to .docx");
  });

  it("a password-protected Word document (an OLE file holding EncryptedPackage): input.damaged", () => {
    const d = problemOf(oleFile("EncryptedPackage"));
    expect(d.code).toBe("input.damaged");
    expect(d.message.zh).toContain("密码");
  });

  it("other kinds of file: PDF, RTF, a web page saved as .doc, text, an empty file", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(problemOf(enc("%PDF-1.7\n")).message.zh).toContain("zfxxgk/pdf");
    expect(problemOf(enc("{\\rtf1\\ansi 一、总体情况}")).message.zh).toContain("RTF");
    expect(
      problemOf(enc('<html xmlns:w="urn:schemas-microsoft-com:office:word"><body>报告</body></html>')).message.zh,
    ).toContain("网页");
    expect(problemOf(enc("MIME-Version: 1.0\nContent-Type: multipart/related")).message.zh).toContain("网页");
    expect(problemOf(enc("一、总体情况")).code).toBe("input.unsupported");
    const flat = '<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="p">';
    expect(problemOf(enc(flat)).message.zh).toContain("Word XML");
    expect(problemOf(new Uint8Array(0)).code).toBe("input.damaged");
  });

  it("a zip without a Word document: an Excel workbook, an OpenDocument text, any zip", () => {
    const xlsx = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    expect(problemOf(xlsx).message.zh).toContain("Excel");
    const odt = zipSync({
      mimetype: strToU8("application/vnd.oasis.opendocument.text"),
      "content.xml": strToU8("<x/>"),
    });
    expect(problemOf(odt).message.zh).toContain("OpenDocument");
    const other = zipSync({ "a.txt": strToU8("a") });
    expect(problemOf(other)).toMatchObject({ code: "input.unsupported" });
  });

  it("the main part where the package relationships put it, when not at word/document.xml", () => {
    const bytes = zipSync({
      "_rels/.rels": strToU8(relsFor("/word/document2.xml")),
      "word/document2.xml": strToU8(documentXml(p(r("一、总体情况")))),
    });
    expect(readDocx(bytes).lines?.map((l) => l.text)).toEqual(["一、总体情况"]);
  });

  it("damaged: a truncated zip, XML that is not well-formed, bytes that are not UTF-8", () => {
    const good = docxOf(p(r("一、总体情况")));
    expect(problemOf(good.subarray(0, Math.floor(good.length / 2))).code).toBe("input.damaged");
    const broken = docxOf("", { xml: documentXml(p(r("一、总体情况"))).replace("</w:body>", "") });
    expect(problemOf(broken)).toMatchObject({ code: "input.damaged" });
    const bad = zipSync({
      "word/document.xml": new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]),
    });
    expect(problemOf(bad).message.en).toContain("UTF-8");
  });

  it("a main part claiming more than the cap is not inflated (zip bomb); one claiming less stops at its claim", () => {
    const bytes = docxOf(p(r("一、总体情况")));
    const bomb = problemOf(withClaimedSize(bytes, maxDocumentBytes + 1));
    expect(bomb.code).toBe("input.unsupported");
    expect(bomb.message.zh).toContain("超过上限 64 MB");
    // a size understated: the output stops at the claimed size, the XML is cut, the file reported damaged
    expect(problemOf(withClaimedSize(bytes, 200)).code).toBe("input.damaged");
    // the cap is a parameter of openDocx
    expect(openDocx(bytes, 100)).toMatchObject({ ok: false, problem: { code: "input.unsupported" } });
    expect(openDocx(bytes)).toMatchObject({ ok: true });
  });

  it("content embedded as another document (altChunk) is not read: an error says so, the rest is read", () => {
    const bytes = docxOf(`${p(r("一、总体情况"))}<w:altChunk r:id="rId5" xmlns:r="r"/>`);
    const result = parseDocx(bytes);
    const errors = result.diagnostics.filter((d) => d.code === "input.unsupported");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message.zh).toContain("altChunk");
    expect(readDocx(bytes).lines?.map((l) => l.text)).toEqual(["一、总体情况"]);
    expect(readDocx(bytes).diagnostics.map((d) => d.code)).toEqual(["input.unsupported"]);
  });

  it("takes an ArrayBuffer as well, never changes the input, throws only on an argument that is not bytes", () => {
    const bytes = docxOf(p(r("一、总体情况")));
    const copy = bytes.slice();
    const buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    expect(readDocx(buffer).text).toBe("一、总体情况\n");
    expect(readDocx(bytes).text).toBe("一、总体情况\n");
    parseDocx(bytes);
    expect(bytes).toEqual(copy);
    // @ts-expect-error: not bytes
    expect(() => parseDocx("一、总体情况")).toThrow(TypeError);
  });
});
