/**
 * Cell-by-cell comparison of a parsed report with the true figures: exact, `null` (not read) or wrong.
 */
import { cellsOf } from "../../../src/format/walk.js";
import { readCell } from "../../../src/model/build.js";
import type { Report } from "../../../src/model/report.generated.js";

/** How the cells of a table part compare: exact, read as `null`, and the wrong ones. */
export interface Tally {
  exact: number;
  missing: string[];
  wrong: string[];
}

/** Compares every cell of `expected` under the given top-level keys (表三 `applications`, 表四 `reviewLitigation`). */
export function tally(expected: Report, got: Report | null, keys: readonly string[]): Tally {
  const out: Tally = { exact: 0, missing: [], wrong: [] };
  for (const c of cellsOf(expected.edition)) {
    if (!keys.includes(c.segments[0] as string)) continue;
    const want = readCell(expected, c.segments);
    const have = got === null ? null : readCell(got, c.segments);
    if (Object.is(want, have)) out.exact++;
    else if (have === null || have === undefined) out.missing.push(c.path);
    else out.wrong.push(`${c.path}: ${String(have)} ≠ ${String(want)}`);
  }
  return out;
}

/** Every cell of the report's edition that differs (all tables). */
export function cellDifferences(report: Report, back: Report | null): string[] {
  if (back === null) return ["no report"];
  const out: string[] = [];
  for (const c of cellsOf(report.edition)) {
    const a = readCell(report, c.segments);
    const b = readCell(back, c.segments);
    if (!Object.is(a, b)) out.push(`${c.path}: ${String(b)} ≠ ${String(a)}`);
  }
  return out;
}
