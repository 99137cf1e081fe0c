/**
 * Bytes before text: what kind of file they are (PDF, Word, an image, text), and, for text, which encoding —
 * UTF-8 (with or without a BOM), UTF-16 (BOM), or the GB family (GB18030 ⊃ GBK ⊃ GB2312) as declared by the
 * page or detected — decoded with the platform's `TextDecoder` (full ICU in Node, every browser).
 *
 * @module
 */

/**
 * What a file is, from its first bytes:
 * - `pdf`: `%PDF-`; `docx`: a zip holding `word/document.xml`; `zip`: any other zip (an .xlsx, an .ofd…);
 * - `ole`: an OLE compound file (a legacy .doc, .wps, .xls); `image`: PNG, JPEG, GIF, TIFF, BMP, WebP;
 * - `text`: anything else without NUL bytes (or UTF-16 with its BOM); `binary`: the rest.
 *
 * @example
 * ```ts
 * const kind: ByteKind = "pdf";
 * ```
 */
export type ByteKind = "pdf" | "docx" | "zip" | "ole" | "image" | "text" | "binary";

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[at + i] !== signature[i]) return false;
  return true;
}

/** True when the ASCII text `needle` occurs in `bytes`. */
function includesAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const images: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x42, 0x4d], // BMP
];

/**
 * Tells the kind of a file from its bytes (see {@link ByteKind}). A PDF's `%PDF-` may follow up to 1,024 bytes
 * of junk, as readers accept.
 *
 * @example
 * ```ts
 * sniffBytes(new TextEncoder().encode("%PDF-1.7\n…")); // "pdf"
 * sniffBytes(new TextEncoder().encode("一、总体情况")); // "text"
 * ```
 */
export function sniffBytes(bytes: Uint8Array): ByteKind {
  const head = bytes.subarray(0, 1024 + pdfMagic.length);
  if (startsWith(bytes, pdfMagic) || (head.indexOf(0x25) >= 0 && includesAscii(head, "%PDF-"))) return "pdf";
  if (startsWith(bytes, zipMagic)) return includesAscii(bytes, "word/document.xml") ? "docx" : "zip";
  if (startsWith(bytes, oleMagic)) return "ole";
  if (
    images.some((m) => startsWith(bytes, m)) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && includesAscii(bytes.subarray(8, 12), "WEBP"))
  )
    return "image";
  if (utf16Bom(bytes) !== null) return "text";
  return bytes.indexOf(0) >= 0 ? "binary" : "text";
}

function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  return null;
}

/**
 * Text decoded from bytes: the text, the encoding (a WHATWG label: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`,
 * `big5`…), how it was decided (`bom`, `valid-utf-8`, `declared` by the page, `detected`), and how many bytes
 * could not be decoded (each a U+FFFD in the text; 0 when the decoding was exact).
 *
 * @example
 * ```ts
 * const d: DecodedText = { text: "报告", encoding: "gb18030", basis: "declared", replaced: 0 };
 * ```
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
  readonly basis: "bom" | "valid-utf-8" | "declared" | "detected";
  readonly replaced: number;
}

/** Encoding labels that all mean the GB family: decoded as GB18030, their superset. */
const gbLabels = new Set([
  "gb2312",
  "gbk",
  "x-gbk",
  "gb18030",
  "gb_2312-80",
  "chinese",
  "csgb2312",
  "iso-ir-58",
  "cp936",
  "ms936",
  "windows-936",
]);

/**
 * The encoding a document declares in its first 4 KB: `<meta charset="gbk">`, `<meta http-equiv="Content-Type"
 * content="text/html; charset=gb2312">`, `<?xml version="1.0" encoding="GB2312"?>`; normalised to a label the
 * platform decodes (the GB family → `gb18030`), or `null`.
 *
 * @example
 * ```ts
 * declaredEncoding(new TextEncoder().encode('<meta charset="GB2312">')); // "gb18030"
 * ```
 */
export function declaredEncoding(bytes: Uint8Array): string | null {
  let head = "";
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) head += String.fromCharCode((bytes[i] as number) < 0x80 ? (bytes[i] as number) : 0x20);
  const found = attributeIn(head, "<meta", "charset") ?? attributeIn(head, "<?xml", "encoding");
  if (found === null) return null;
  const label = found.toLowerCase();
  if (gbLabels.has(label)) return "gb18030";
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null; // a label the platform does not know
  }
}

/**
 * The value of `name=` inside the first tag opening with `open` that has it (`<meta … charset="gbk">`,
 * `<meta content="text/html; charset=gb2312">`, `<?xml … encoding="GB2312"?>`), scanned by hand: a label of
 * letters, digits and `_.:-`, or `null`.
 */
function attributeIn(head: string, open: string, name: string): string | null {
  const lower = head.toLowerCase();
  for (let at = lower.indexOf(open); at >= 0; at = lower.indexOf(open, at + 1)) {
    const close = lower.indexOf(">", at);
    const tag = lower.slice(at, close < 0 ? lower.length : close);
    const k = tag.indexOf(name);
    if (k < 0) continue;
    let i = k + name.length;
    const skip = (chars: string) => {
      while (i < tag.length && chars.includes(tag[i] as string)) i++;
    };
    skip(" \t\r\n");
    if (tag[i] !== "=") continue;
    i++;
    skip(" \t\r\n\"'");
    const start = i;
    while (i < tag.length && /[a-z0-9_.:-]/.test(tag[i] as string)) i++;
    if (i - start >= 2 && i - start <= 30) return head.slice(at + start, at + i);
  }
  return null;
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

function countReplaced(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

/**
 * Decodes the bytes of a text file or web page: a BOM decides; else valid UTF-8 is UTF-8 (GBK text is almost
 * never valid UTF-8); else the encoding the page declares; else GB18030 when the bytes are valid GB18030. Where
 * none decodes exactly, the declared (else GB18030) decoding is kept with `replaced` counting the bytes it
 * could not decode — the parser then reads a figure holding one as unreadable, never as a number. `null` for
 * binary data (NUL bytes outside UTF-16).
 *
 * @example
 * ```ts
 * decodeBytes(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6]))?.text; // "报告" (GBK, detected)
 * ```
 */
export function decodeBytes(bytes: Uint8Array): DecodedText | null {
  const bom = utf16Bom(bytes);
  if (bom !== null) {
    const text = decodeWith(bom, bytes, false) ?? "";
    return { text, encoding: bom, basis: "bom", replaced: countReplaced(text) };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeWith("utf-8", bytes, false) ?? "";
    return { text, encoding: "utf-8", basis: "bom", replaced: countReplaced(text) };
  }
  if (bytes.indexOf(0) >= 0) return null;
  const utf8 = decodeWith("utf-8", bytes, true);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", basis: "valid-utf-8", replaced: 0 };
  const declared = declaredEncoding(bytes);
  if (declared !== null && declared !== "utf-8") {
    const exact = decodeWith(declared, bytes, true);
    if (exact !== null) return { text: exact, encoding: declared, basis: "declared", replaced: 0 };
  }
  const gb = decodeWith("gb18030", bytes, true);
  if (gb !== null) return { text: gb, encoding: "gb18030", basis: "detected", replaced: 0 };
  const fallback = declared ?? "gb18030";
  const text = decodeWith(fallback, bytes, false) ?? "";
  return {
    text,
    encoding: fallback,
    basis: declared === null ? "detected" : "declared",
    replaced: countReplaced(text),
  };
}
