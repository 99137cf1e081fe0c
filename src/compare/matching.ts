/**
 * Finding the passages of one text present in another, in linear expected time: every window of `k`
 * characters of the earlier text is hashed (two polynomial rolling hashes) into a table; each window of the
 * later text is looked up and verified character by character (so a hash collision never makes a false match),
 * and a character of the later text is reused when some common window of `k` characters covers it — that is,
 * when it lies inside a passage of at least `k` characters that also occurs in the earlier text. No character
 * LCS, no quadratic table.
 *
 * The reused characters come out as pieces: runs of the later text, each equal to a run of the earlier text,
 * disjoint and in order, whose union is exactly the reused characters.
 *
 * @module
 */

/**
 * A run of the later text (`at`, `length`) equal to the run of the earlier text at `from`.
 *
 * @example
 * ```ts
 * const piece: Piece = { at: 0, from: 12, length: 9 };
 * ```
 */
export interface Piece {
  readonly at: number;
  readonly from: number;
  readonly length: number;
}

const base1 = 0x01000193;
const base2 = 0x5bd1e995;

/** `b^e` modulo 2^32. */
function power(b: number, e: number): number {
  let out = 1;
  for (let i = 0; i < e; i++) out = Math.imul(out, b);
  return out;
}

/** The hash keys of every window of `k` characters of `text` (a safe integer from two 32-bit hashes). */
function windowKeys(text: Int32Array, k: number): Float64Array {
  const count = text.length - k + 1;
  const keys = new Float64Array(Math.max(count, 0));
  if (count <= 0) return keys;
  const p1 = power(base1, k - 1);
  const p2 = power(base2, k - 1);
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < k; i++) {
    h1 = (Math.imul(h1, base1) + (text[i] as number)) | 0;
    h2 = (Math.imul(h2, base2) + (text[i] as number)) | 0;
  }
  keys[0] = (h1 >>> 0) * 0x200000 + (h2 >>> 11);
  for (let i = 1; i < count; i++) {
    const out = text[i - 1] as number;
    const inc = text[i + k - 1] as number;
    h1 = (Math.imul((h1 - Math.imul(out, p1)) | 0, base1) + inc) | 0;
    h2 = (Math.imul((h2 - Math.imul(out, p2)) | 0, base2) + inc) | 0;
    keys[i] = (h1 >>> 0) * 0x200000 + (h2 >>> 11);
  }
  return keys;
}

function sameWindow(a: Int32Array, i: number, b: Int32Array, j: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (a[i + t] !== b[j + t]) return false;
  return true;
}

/**
 * The pieces of `later` present in `earlier` with windows of `k` characters (at least 1). A text shorter than
 * `k` is reused only as a whole: the window is then its length.
 *
 * @example
 * ```ts
 * const a = Int32Array.from("甲乙丙丁戊己庚辛", (c) => c.codePointAt(0)!);
 * findPieces(a, a, 4); // [{ at: 0, from: 0, length: 8 }]
 * ```
 */
export function findPieces(earlier: Int32Array, later: Int32Array, k: number): Piece[] {
  const n = later.length;
  const m = earlier.length;
  const w = Math.max(1, Math.min(Math.floor(k), n));
  const pieces: Piece[] = [];
  if (n === 0 || m < w) return pieces;
  // the earlier text's windows: the first position of each key, and the next position with the same key
  const earlierKeys = windowKeys(earlier, w);
  const head = new Map<number, number>();
  const next = new Int32Array(earlierKeys.length);
  for (let p = earlierKeys.length - 1; p >= 0; p--) {
    const key = earlierKeys[p] as number;
    next[p] = head.get(key) ?? -1;
    head.set(key, p);
  }
  // where each window of the later text occurs in the earlier one (-1: nowhere)
  const laterKeys = windowKeys(later, w);
  const match = new Int32Array(laterKeys.length).fill(-1);
  for (let s = 0; s < laterKeys.length; s++) {
    const prev = s > 0 ? (match[s - 1] as number) : -1;
    // a window that continues the previous match needs one comparison, not a look-up
    if (prev >= 0 && prev + w < m && earlier[prev + w] === later[s + w - 1]) {
      match[s] = prev + 1;
      continue;
    }
    let p = head.get(laterKeys[s] as number) ?? -1;
    while (p >= 0 && !sameWindow(earlier, p, later, s, w)) p = next[p] as number;
    match[s] = p;
  }
  // pieces, left to right: from each reused character, follow the latest matching window that covers it
  let scanned = 0;
  let last = -1;
  let i = 0;
  while (i < n) {
    while (scanned <= i && scanned < match.length) {
      if ((match[scanned] as number) >= 0) last = scanned;
      scanned++;
    }
    if (last < 0 || last + w <= i) {
      i++;
      continue;
    }
    const from = (match[last] as number) + (i - last);
    let length = last + w - i;
    while (i + length < n && from + length < m && later[i + length] === earlier[from + length]) length++;
    pieces.push({ at: i, from, length });
    i += length;
  }
  return pieces;
}
