/**
 * Encoders for the tests of byte decoding: GB18030 (through a table built from the platform's own decoder,
 * so the test encodes exactly what the decoder decodes) and UTF-16 with a BOM.
 */

let table: Map<string, number[]> | undefined;

/** Every character of GBK's two-byte area, with its bytes, from `TextDecoder("gb18030")`. */
function gbTable(): Map<string, number[]> {
  if (table !== undefined) return table;
  table = new Map();
  const decoder = new TextDecoder("gb18030", { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length >= 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character of the two-byte area
      }
    }
  return table;
}

/**
 * Encodes text as GBK (the two-byte area of GB18030); throws on a character outside it, so that a test never
 * silently changes its input.
 */
export function encodeGbk(text: string): Uint8Array {
  const map = gbTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (bytes === undefined) throw new Error(`not in GBK: U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** True when every character of the text is in GBK. */
export function isGbk(text: string): boolean {
  const map = gbTable();
  for (const ch of text) if ((ch.codePointAt(0) as number) >= 0x80 && !map.has(ch)) return false;
  return true;
}

/** UTF-16 with its byte order mark. */
export function encodeUtf16(text: string, endian: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = endian === "le" ? 0xff : 0xfe;
  out[1] = endian === "le" ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [a, b] = endian === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
    out[2 + i * 2] = a;
    out[3 + i * 2] = b;
  }
  return out;
}

/** UTF-8, with a BOM when asked. */
export function encodeUtf8(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
