/**
 * The per-cell rules: `cell.blank` (a figure left blank) and `cell.unit-blank` (an amount without the unit
 * written beside it).
 *
 * @module
 */
import type { CellEntry } from "../format/walk.js";
import { readCell } from "../model/build.js";
import type { Report } from "../model/report.generated.js";
import { isExcluded, type Tally } from "./evaluate.js";
import { fillBoth, formatNumber, quoteCell } from "./messages.js";
import type { EditionPlan, TableSlice } from "./sum-plan.js";
import { blankTemplates, unitBlankTemplates } from "./templates.js";
import type { Finding, Lang } from "./types.js";

/** Rule id of a blank numeric cell. */
export const CELL_BLANK = "cell.blank";
/** Rule id of an amount whose unit cell is blank. */
export const CELL_UNIT_BLANK = "cell.unit-blank";

/**
 * Pushes a `cell.blank` warning for each blank numeric cell of a table (and a pass for each filled one
 * with `includePassed`), from the plan's buffers when `blanks` > 0 or `includePassed` (they have then been
 * read); the units are read from the report. Unit cells are not figures: a blank unit is `cell.unit-blank`, and only when
 * its amount is a figure other than 0.
 *
 * @example
 * ```ts
 * cellFindings(plan, plan.tables[1]!, report, blanks, false, "zh", undefined, findings, tally);
 * ```
 */
export function cellFindings(
  plan: EditionPlan,
  slice: TableSlice,
  report: Report,
  blanks: number,
  includePassed: boolean,
  lang: Lang,
  exclude: readonly string[] | undefined,
  findings: Finding[],
  _tally: Tally,
): void {
  const { blank, numeric, cells } = plan;
  if ((blanks > 0 || includePassed) && !isExcluded(CELL_BLANK, exclude)) {
    for (let i = slice.cellStart; i < slice.cellEnd; i++) {
      if (numeric[i] === 0) continue;
      if (blank[i] === 1) findings.push(blankFinding(cells[i] as CellEntry, "fail", lang));
      else if (includePassed) findings.push(blankFinding(cells[i] as CellEntry, "pass", lang));
    }
  }
  if (slice.units.length === 0 || isExcluded(CELL_UNIT_BLANK, exclude)) return;
  for (const [u, a] of slice.units) {
    const amountCell = cells[a] as CellEntry;
    const amount = readCell(report, amountCell.segments);
    if (typeof amount !== "number" || amount === 0) continue;
    const unitCell = cells[u] as CellEntry;
    const unit = readCell(report, unitCell.segments);
    if (unit === null || unit === undefined) findings.push(unitFinding(amountCell, unitCell, amount, "fail", lang));
    else if (includePassed) findings.push(unitFinding(amountCell, unitCell, amount, "pass", lang));
  }
}

function blankFinding(cell: CellEntry, status: "fail" | "pass", lang: Lang): Finding {
  const name = quoteCell(cell);
  const message = fillBoth(status === "fail" ? blankTemplates.fail : blankTemplates.pass, {
    zh: { left: name.zh },
    en: { left: name.en },
  });
  return { rule: CELL_BLANK, severity: "warning", status, cells: [cell.path], message, text: message[lang] };
}

function unitFinding(amount: CellEntry, unit: CellEntry, value: number, status: "fail" | "pass", lang: Lang): Finding {
  const name = quoteCell(amount);
  const units = (unit.field.values ?? []).join("/");
  const v = formatNumber(value);
  const message = fillBoth(status === "fail" ? unitBlankTemplates.fail : unitBlankTemplates.pass, {
    zh: { left: name.zh, leftValue: v, units },
    en: { left: name.en, leftValue: v, units },
  });
  return {
    rule: CELL_UNIT_BLANK,
    severity: "warning",
    status,
    cells: [amount.path, unit.path],
    message,
    text: message[lang],
  };
}
