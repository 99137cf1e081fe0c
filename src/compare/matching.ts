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

/** The two hashes of every window of `k` characters of `text`. */
function windowHashes(text: Int32Array, k: number): { readonly h1: Int32Array; readonly h2: Int32Array } {
  const count = Math.max(text.length - k + 1, 0);
  const out = { h1: new Int32Array(count), h2: new Int32Array(count) };
  if (count === 0) return out;
  const p1 = power(base1, k - 1);
  const p2 = power(base2, k - 1);
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < k; i++) {
    h1 = (Math.imul(h1, base1) + (text[i] as number)) | 0;
    h2 = (Math.imul(h2, base2) + (text[i] as number)) | 0;
  }
  out.h1[0] = h1;
  out.h2[0] = h2;
  for (let i = 1; i < count; i++) {
    const gone = text[i - 1] as number;
    const come = text[i + k - 1] as number;
    h1 = (Math.imul((h1 - Math.imul(gone, p1)) | 0, base1) + come) | 0;
    h2 = (Math.imul((h2 - Math.imul(gone, p2)) | 0, base2) + come) | 0;
    out.h1[i] = h1;
    out.h2[i] = h2;
  }
  return out;
}

/**
 * An open-addressing table from a window's two hashes to the first position with them; `next` chains the later
 * positions with the same hashes.
 */
class WindowTable {
  private readonly mask: number;
  private readonly slots: Int32Array;
  readonly next: Int32Array;
  constructor(private readonly hashes: { readonly h1: Int32Array; readonly h2: Int32Array }) {
    const count = hashes.h1.length;
    let size = 16;
    while (size < count * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.next = new Int32Array(count).fill(-1);
    // from the last window back, so that each chain starts at the earliest position
    for (let p = count - 1; p >= 0; p--) {
      const slot = this.slotOf(hashes.h1[p] as number, hashes.h2[p] as number);
      this.next[p] = this.slots[slot] as number;
      this.slots[slot] = p;
    }
  }
  /** The slot holding the hashes, or the empty slot where they would go. */
  private slotOf(h1: number, h2: number): number {
    let slot = (h1 ^ Math.imul(h2, 0x27d4eb2d)) & this.mask;
    for (;;) {
      const p = this.slots[slot] as number;
      if (p < 0 || (this.hashes.h1[p] === h1 && this.hashes.h2[p] === h2)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
  /** The first position whose window has these hashes, or -1. */
  first(h1: number, h2: number): number {
    return this.slots[this.slotOf(h1, h2)] as number;
  }
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
  // the earlier text's windows in a table; where each window of the later text occurs in the earlier one (-1: nowhere)
  const table = new WindowTable(windowHashes(earlier, w));
  const later2 = windowHashes(later, w);
  const count = later2.h1.length;
  const match = new Int32Array(count).fill(-1);
  for (let s = 0; s < count; s++) {
    const prev = s > 0 ? (match[s - 1] as number) : -1;
    // a window that continues the previous match needs one comparison, not a look-up
    if (prev >= 0 && prev + w < m && earlier[prev + w] === later[s + w - 1]) {
      match[s] = prev + 1;
      continue;
    }
    let p = table.first(later2.h1[s] as number, later2.h2[s] as number);
    while (p >= 0 && !sameWindow(earlier, p, later, s, w)) p = table.next[p] as number;
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
