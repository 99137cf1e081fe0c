/**
 * `checkReport`: every rule of a report in one pass — the envelope rules, then per table (表二, 表三, 表四)
 * the cell rules and the accounting relations declared in the table's descriptor, then the narrative
 * against the tables.
 *
 * @module
 */
import type { Report } from "../model/report.generated.js";
import { cellFindings } from "./cell-rules.js";
import { envelopeFindings } from "./envelope-rules.js";
import { evaluateInstances, type Tally } from "./evaluate.js";
import { narrativeFindings } from "./narrative-rules.js";
import { planFor, readCells, readCellsByPath, tablesToInterpret } from "./read-cells.js";
import { structureFindings } from "./structure-rules.js";
import type { CheckOptions, CheckResult, Finding } from "./types.js";

/**
 * Checks a (structurally valid) report against every rule: the accounting relations declared in the
 * descriptors of its edition (`T3.balance`, `T3.results-total`, `T3.row-total`, `T4.total`, the soft
 * 表二 bounds), `cell.blank` / `cell.unit-blank`, the envelope rules (`E.edition-year`, `R.deadline`,
 * `R.published-before-year-end`), the narrative rules (`N.*`) and, on a report that carries prose, the structure rules
 * (`S.*`, `N.all-closed`, `N.fee-notices`). Data problems are findings, never
 * exceptions. It expects a report that `validateReport` accepted, and does not validate it again: a value
 * it cannot read as a report (not an object of a known edition, a table record that is not an object, a
 * figure that is neither a finite number nor null) is a programmer error (TypeError); other structural faults
 * are not looked for (validate first).
 *
 * Order of findings (deterministic): envelope rules; then for each table in printed order its cell
 * findings in printed order, then its rule instances (rules in declaration order; a rule's instances
 * column by column or row by row); then the narrative rules; then the structure rules.
 *
 * @example
 * ```ts
 * import { checkReport } from "zfxxgk";
 * const { ok, findings } = checkReport(report, { lang: "en" });
 * for (const f of findings) console.log(f.rule, f.text);
 * ```
 */
export function checkReport(report: Report, options: CheckOptions = {}): CheckResult {
  const plan = planFor(report);
  const blankAsZero = options.blankAsZero === true;
  const includePassed = options.includePassed === true;
  const lang = options.lang === "en" ? "en" : "zh";
  const exclude = options.exclude;
  const findings: Finding[] = [];
  const tally: Tally = { errors: 0 };
  // Fast path, per table: the generated straight-line check sets a table's bit when a figure is not a number
  // or a relation does not hold; only those tables' cells are read (junk there: a TypeError) and their
  // instances interpreted.
  const all = (1 << plan.tables.length) - 1;
  let interpret = includePassed ? all : tablesToInterpret(plan, report);
  if (interpret < 0) {
    // a record that is not an object: the walk words the TypeError (a programmer error)
    readCellsByPath(plan, report);
    interpret = all;
  }
  const blanks = interpret === 0 ? 0 : readCells(plan, report, interpret);

  envelopeFindings(report, options, lang, includePassed, findings, tally);
  const tables = plan.tables;
  for (let t = 0; t < tables.length; t++) {
    const slice = tables[t] as (typeof tables)[number];
    const flagged = (interpret & (1 << t)) !== 0;
    cellFindings(plan, slice, report, flagged ? blanks : 0, includePassed, lang, exclude, findings, tally);
    if (flagged) {
      evaluateInstances(
        plan,
        slice.instanceStart,
        slice.instanceEnd,
        blanks,
        blankAsZero,
        includePassed,
        lang,
        exclude,
        findings,
        tally,
      );
    }
  }
  narrativeFindings(plan, report, lang, includePassed, exclude, findings, tally);
  structureFindings(report, lang, includePassed, exclude, findings, tally, options.partsOrder);
  return { ok: tally.errors === 0, findings };
}
