/**
 * Every cell of both reports: the cells both editions have, with both values, the change and the ratio; the
 * cells one edition lacks, and amounts written in different units, listed as not compared.
 *
 * @module
 */
import { DecimalSum } from "../checks/decimal.js";
import type { TableKey } from "../format/editions.js";
import { type CellEntry, cellAt, cellsOf } from "../format/walk.js";
import { readCell } from "../model/build.js";
import type { Report } from "../model/report.generated.js";
import type { CellChange, NotCompared } from "./types.js";

function figureOf(report: Report, cell: CellEntry): number | null {
  const v = readCell(report, cell.segments);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** The unit written beside an amount (2019 表二 采购总金额), or `undefined` where the record has none. */
function unitOf(report: Report, cell: CellEntry): string | null | undefined {
  const unitField = cell.record.node.fields.find((f) => f.kind === "unit");
  if (unitField === undefined || cell.field.kind !== "amount") return undefined;
  const v = readCell(report, [...cell.segments.slice(0, -1), unitField.key]);
  return typeof v === "string" ? v : null;
}

/** `current − previous`, exact in decimals (`0.3 − 0.1` is `0.2`). */
function difference(previous: number, current: number): number {
  const d = new DecimalSum();
  d.add(current);
  const p = new DecimalSum();
  p.add(previous);
  d.subtractSum(p);
  return d.isZero() ? 0 : d.toNumber();
}

/**
 * The cells of the two reports, compared.
 *
 * @example
 * ```ts
 * const { cells, notCompared } = compareCells(last, now);
 * cells.filter((c) => c.changed).map((c) => `${c.name.zh}: ${c.previous} → ${c.current}`);
 * ```
 */
export function compareCells(
  previous: Report,
  current: Report,
): { readonly cells: CellChange[]; readonly notCompared: NotCompared[] } {
  const cells: CellChange[] = [];
  const notCompared: NotCompared[] = [];
  for (const cell of cellsOf(current.edition)) {
    if (cell.field.kind === "unit") continue;
    const before = cellAt(previous.edition, cell.path);
    if (before === undefined || before.field.kind === "unit") {
      notCompared.push({ path: cell.path, name: cell.name, reason: "current-only" });
      continue;
    }
    const unitBefore = unitOf(previous, before);
    const unitNow = unitOf(current, cell);
    if (unitBefore !== undefined && unitNow !== undefined && unitBefore !== unitNow) {
      notCompared.push({ path: cell.path, name: cell.name, reason: "unit-differs" });
      continue;
    }
    const p = figureOf(previous, before);
    const c = figureOf(current, cell);
    cells.push({
      path: cell.path,
      name: cell.name,
      table: cell.table.key as TableKey,
      previous: p,
      current: c,
      change: p === null || c === null ? null : difference(p, c),
      ratio: p === null || c === null || p <= 0 || c < 0 ? null : c / p,
      changed: p !== c,
    });
  }
  for (const cell of cellsOf(previous.edition)) {
    if (cell.field.kind === "unit" || cellAt(current.edition, cell.path) !== undefined) continue;
    notCompared.push({ path: cell.path, name: cell.name, reason: "previous-only" });
  }
  return { cells, notCompared };
}
