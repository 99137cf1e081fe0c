/**
 * Writes small PDFs by hand, for tests that need to know exactly what a file holds: text placed at given
 * points in 「STSong-Light」, the Adobe-GB1 font every PDF reader is expected to have — not embedded, encoded
 * with the predefined CMap UniGB-UCS2-H and no ToUnicode map. Its text can only be read with pdf.js's CMaps
 * (cmaps/UniGB-UCS2-H.bcmap and Adobe-GB1-UCS2.bcmap), as older Chinese PDFs need them.
 */

/** A piece of text at a point of an A4 page (points from the bottom left, as PDF counts), in a font size. */
export interface Placed {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size?: number;
  /** Degrees anticlockwise (a watermark: 45). */
  readonly angle?: number;
}

/** UTF-16 code units as big-endian hex (UniGB-UCS2-H takes two bytes per character). */
function ucs2(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).padStart(4, "0");
  return out.toUpperCase();
}

/**
 * A PDF of the given pages, each a list of placed text (and optional ruling lines: `[x1, y1, x2, y2]`).
 *
 * @example
 * ```ts
 * const bytes = minimalPdf([[{ text: "一、总体情况", x: 72, y: 770 }]]);
 * ```
 */
export function minimalPdf(pages: readonly (readonly Placed[])[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 0; // object number = index + 1
  // 1 catalog, 2 pages, 3 font, 4 descendant font, 5 font descriptor, then a content stream and a page each
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(""); // pages, filled in below
  add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>");
  add(
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>",
  );
  add(
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  );
  const kids: number[] = [];
  for (const page of pages) {
    const ops = page
      .map((p) => {
        const r = ((p.angle ?? 0) * Math.PI) / 180;
        const [c, s] = [Math.cos(r), Math.sin(r)].map((v) => Number(v.toFixed(6)));
        return `BT /F1 ${p.size ?? 12} Tf ${c} ${s} ${-(s ?? 0)} ${c} ${p.x} ${p.y} Tm <${ucs2(p.text)}> Tj ET`;
      })
      .join("\n");
    const content = add(`<< /Length ${Buffer.byteLength(ops, "latin1")} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}
