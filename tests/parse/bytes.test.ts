/**
 * Reading bytes: the kind of file, and text in UTF-8 (with or without BOM), UTF-16 (BOM) and GB18030/GBK/GB2312
 * (declared or detected) read exactly as the same text in UTF-8 — over every text fixture and, as a property,
 * over rendered reports. A byte that no encoding decodes never becomes a figure.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { declaredEncoding, decodeBytes, parseBytes, parseReport, sniffBytes } from "../../src/parse.js";
import { renderReport } from "../../src/render/render.js";
import { encodeGbk, encodeUtf8, encodeUtf16, isGbk } from "../support/encode.js";
import { runs } from "../support/runs.js";
import { arbReport } from "./support/reports.js";

const fixtures = new URL("../fixtures/", import.meta.url);

/** Every text, HTML and Markdown fixture: the seed, the parse fixtures, the real pages and texts. */
const texts: { name: string; text: string }[] = [
  { name: "lianzhou-2023.txt", text: readFileSync(new URL("lianzhou-2023.txt", fixtures), "utf8") },
  ...["parse/", "real/"].flatMap((dir) =>
    readdirSync(new URL(dir, fixtures))
      .filter((f) => /\.(txt|md|html)$/.test(f))
      .map((f) => ({ name: dir + f, text: readFileSync(new URL(dir + f, fixtures), "utf8") })),
  ),
];

/** The parse result without its first diagnostic (`input.encoding`, which says how the bytes were decoded). */
function sameAs(bytes: Uint8Array, text: string): void {
  const expected = parseReport(text);
  const got = parseBytes(bytes);
  expect(got.kind).toBe("text");
  expect(got.diagnostics[0]?.code).toBe("input.encoding");
  expect(got.diagnostics[0]?.level).toBe("info");
  expect({ ...got, diagnostics: got.diagnostics.slice(1), kind: undefined, encoding: undefined }).toEqual({
    ...expected,
    kind: undefined,
    encoding: undefined,
  });
}

describe("every text fixture reads the same in each encoding", () => {
  it("has fixtures to read", () => {
    expect(texts.length).toBeGreaterThanOrEqual(14);
  });
  for (const { name, text } of texts) {
    it(name, () => {
      sameAs(encodeUtf8(text, false), text);
      sameAs(encodeUtf8(text, true), text);
      sameAs(encodeUtf16(text, "le"), text);
      sameAs(encodeUtf16(text, "be"), text);
      expect(isGbk(text)).toBe(true);
      const gbk = encodeGbk(text);
      sameAs(gbk, text);
      expect(parseBytes(gbk).encoding).toBe("gb18030");
    });
  }
});

describe("a GBK page", () => {
  const page = texts.find((t) => t.name === "real/pingtan-2024.html")?.text ?? "";
  it("declared by <meta charset> is decoded as declared", () => {
    const declared = page.replace(
      /<meta[^>]*charset[^>]*>/i,
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    );
    const bytes = encodeGbk(declared);
    expect(declaredEncoding(bytes)).toBe("gb18030");
    const d = decodeBytes(bytes);
    expect(d).toMatchObject({ encoding: "gb18030", basis: "declared", replaced: 0 });
    expect(parseBytes(bytes).report?.organ).toBe("平潭综合实验区");
  });

  it("with an undecodable byte in a figure reads that figure as unreadable, with an error, never a number", () => {
    const text = texts[0]?.text ?? "";
    const at = text.indexOf("本年新收政府信息公开申请数量");
    const gbk = encodeGbk(text);
    // the first figure of the row: find its byte offset by encoding the text before it
    const before = text.slice(0, text.indexOf("11", at));
    const offset = encodeGbk(before).length;
    const broken = new Uint8Array([...gbk.subarray(0, offset), 0xff, ...gbk.subarray(offset)]);
    const result = parseBytes(broken);
    expect(result.diagnostics[0]).toMatchObject({ code: "input.encoding", level: "error" });
    const row = result.report?.applications.newReceived;
    expect(row?.naturalPerson).toBeNull();
    expect(Object.values(row ?? {})).not.toContain(11);
    expect(result.diagnostics.some((d) => d.level === "error" && d.code.startsWith("row."))).toBe(true);
  });
});

describe("kinds of files", () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  it("are told from their first bytes", () => {
    expect(sniffBytes(ascii("%PDF-1.7\n%âãÏÓ"))).toBe("pdf");
    expect(sniffBytes(new Uint8Array([...ascii("PK\u0003\u0004"), ...ascii("..word/document.xml..")]))).toBe("docx");
    expect(sniffBytes(new Uint8Array([...ascii("PK\u0003\u0004"), ...ascii("..xl/workbook.xml..")]))).toBe("zip");
    expect(sniffBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe("ole");
    expect(sniffBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe("image");
    expect(sniffBytes(ascii("一、总体情况"))).toBe("text");
    expect(sniffBytes(new Uint8Array([0x41, 0, 0x42]))).toBe("binary");
    expect(sniffBytes(encodeUtf16("表三", "le"))).toBe("text");
  });

  it("that are not text get one error naming what to do, never a throw", () => {
    const cases: [Uint8Array, string][] = [
      [ascii("%PDF-1.4\n"), "zfxxgk/pdf"],
      [new Uint8Array([...ascii("PK\u0003\u0004"), ...ascii("word/document.xml")]), "zfxxgk/docx"],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), ".docx"],
      [new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), "OCR"],
      [new Uint8Array([1, 0, 2]), "PDF"],
    ];
    for (const [bytes, hint] of cases) {
      const copy = bytes.slice();
      const result = parseBytes(bytes);
      expect(result.report).toBeNull();
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ level: "error", code: "input.unsupported" });
      expect(`${result.diagnostics[0]?.message.zh} ${result.diagnostics[0]?.message.en}`).toContain(hint);
      expect(bytes).toEqual(copy);
    }
  });
});

describe("property: a rendered report reads the same from GBK, UTF-16 and UTF-8 bytes", () => {
  it("text, Markdown and HTML, both editions", () => {
    fc.assert(
      fc.property(
        arbReport().filter((r) => isGbk(JSON.stringify(r))),
        fc.constantFrom("text" as const, "markdown" as const, "html" as const),
        fc.constantFrom("gbk", "utf-16le", "utf-16be", "utf-8-bom"),
        (report, format, encoding) => {
          const text = renderReport(report, { format });
          const bytes =
            encoding === "gbk"
              ? encodeGbk(text)
              : encoding === "utf-8-bom"
                ? encodeUtf8(text, true)
                : encodeUtf16(text, encoding === "utf-16le" ? "le" : "be");
          sameAs(bytes, text);
        },
      ),
      { numRuns: runs(100, 1000) },
    );
  });
});
