/**
 * The ruling lines of a page — the borders of its tables — from pdf.js's operator list: stroked straight
 * segments and thin filled rectangles that run along one axis, in page coordinates (origin top left, y
 * downwards, points), as Word, WPS and Chromium draw table borders.
 *
 * @module
 */
import type { PdfJsModule } from "./pdfjs.js";

/**
 * A ruling: horizontal (`at` is its y, from `from` to `to` in x) or vertical (`at` is its x, `from`–`to` in y).
 *
 * @example
 * ```ts
 * const rule: Ruling = { horizontal: true, at: 120.5, from: 72, to: 520 };
 * ```
 */
export interface Ruling {
  readonly horizontal: boolean;
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** Thicker than this (points) a filled rectangle is a shaded area, not a line. */
const thin = 3;
/** Shorter than this (points) a line is no border (a tick, a dash of a dashed line is joined below). */
const shortest = 2;

function multiply(m: readonly number[], n: readonly number[]): number[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [g = 1, h = 0, i = 0, j = 1, k = 0, l = 0] = n;
  return [a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e, b * k + d * l + f];
}

function apply(m: readonly number[], x: number, y: number): [number, number] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  return [a * x + c * y + e, b * x + d * y + f];
}

/** The path's straight segments, as point pairs in user space (pdf.js's DrawOPS: 0 move, 1 line, 2 curve, 3 quadratic, 4 close). */
function segments(path: ArrayLike<number>): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < path.length; ) {
    const op = path[i] ?? -1;
    if (op === 0) {
      x = sx = path[i + 1] ?? 0;
      y = sy = path[i + 2] ?? 0;
      i += 3;
    } else if (op === 1) {
      const nx = path[i + 1] ?? 0;
      const ny = path[i + 2] ?? 0;
      out.push([x, y, nx, ny]);
      x = nx;
      y = ny;
      i += 3;
    } else if (op === 2) {
      x = path[i + 5] ?? 0;
      y = path[i + 6] ?? 0;
      i += 7;
    } else if (op === 3) {
      x = path[i + 3] ?? 0;
      y = path[i + 4] ?? 0;
      i += 5;
    } else if (op === 4) {
      if (x !== sx || y !== sy) out.push([x, y, sx, sy]);
      x = sx;
      y = sy;
      i += 1;
    } else break;
  }
  return out;
}

/**
 * The page's rulings, from its operator list (`page.getOperatorList()`), placed by the viewport's transform.
 *
 * @example
 * ```ts
 * const rules = rulingsOf(await page.getOperatorList(), page.getViewport({ scale: 1 }).transform, pdfjs);
 * ```
 */
export function rulingsOf(
  list: { readonly fnArray: readonly number[]; readonly argsArray: readonly unknown[] },
  view: readonly number[],
  pdfjs: PdfJsModule,
): Ruling[] {
  const ops = pdfjs.OPS;
  const strokes = new Set(
    ["stroke", "closeStroke", "fillStroke", "eoFillStroke", "closeFillStroke", "closeEOFillStroke"].map((n) => ops[n]),
  );
  const fills = new Set(["fill", "eoFill"].map((n) => ops[n]));
  const out: Ruling[] = [];
  const stack: number[][] = [];
  let ctm: number[] = [...view];
  for (let k = 0; k < list.fnArray.length; k++) {
    const fn = list.fnArray[k];
    const args = list.argsArray[k];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && Array.isArray(args)) ctm = multiply(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin && Array.isArray(args)) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = multiply(ctm, args[0] as number[]);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const paint = args[0] as number;
      const path = (args[1] as unknown[] | undefined)?.[0];
      if (path === null || path === undefined || typeof (path as ArrayLike<number>).length !== "number") continue;
      const placed = segments(path as ArrayLike<number>).map(([x1, y1, x2, y2]) => [
        ...apply(ctm, x1, y1),
        ...apply(ctm, x2, y2),
      ]) as [number, number, number, number][];
      if (strokes.has(paint)) {
        for (const [x1, y1, x2, y2] of placed) {
          if (Math.abs(y1 - y2) < 0.5 && Math.abs(x2 - x1) >= shortest)
            out.push({ horizontal: true, at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
          else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y2 - y1) >= shortest)
            out.push({ horizontal: false, at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
        }
      } else if (fills.has(paint) && placed.length >= 3 && placed.length <= 5) {
        // a rectangle: its box
        const xs = placed.flatMap(([x1, , x2]) => [x1, x2]);
        const ys = placed.flatMap(([, y1, , y2]) => [y1, y2]);
        const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        if (!placed.every(([x1, y1, x2, y2]) => Math.abs(x1 - x2) < 0.5 || Math.abs(y1 - y2) < 0.5)) continue;
        if (bottom - top < thin && right - left >= shortest)
          out.push({ horizontal: true, at: (top + bottom) / 2, from: left, to: right });
        else if (right - left < thin && bottom - top >= shortest)
          out.push({ horizontal: false, at: (left + right) / 2, from: top, to: bottom });
      }
    }
  }
  return out;
}
