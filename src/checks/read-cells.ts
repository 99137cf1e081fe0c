/**
 * Reading a report's numeric cells into the flat buffers of its edition's plan.
 *
 * @module
 */
import type { Edition } from "../format/editions.js";
import { editions } from "../format/editions.js";
import type { Report } from "../model/report.generated.js";
import { readers, tableChecks } from "./read.generated.js";
import { type EditionPlan, planOf } from "./sum-plan.js";

/**
 * The plan of a report's edition; a programmer error (TypeError) when the value is not a report of a known
 * edition (validate it first with `validateReport`).
 *
 * @example
 * ```ts
 * planFor(report).edition; // "2021"
 * ```
 */
export function planFor(report: Report): EditionPlan {
  const edition = (report as { edition?: unknown } | null)?.edition;
  if (edition === lastEdition && lastPlan !== undefined) return lastPlan;
  if (typeof edition !== "string" || !Object.hasOwn(editions, edition)) {
    throw new TypeError(
      `zfxxgk: not a report of a known edition (edition ${String(edition)}); validate it first with validateReport`,
    );
  }
  lastPlan = planOf(edition as Edition);
  lastEdition = edition;
  return lastPlan;
}

/** The plan of the edition last asked for (reports come in runs of one edition). */
let lastEdition: string | undefined;
let lastPlan: EditionPlan | undefined;

/**
 * Reads the numeric cells of `report` into `plan.values` / `plan.blank` (a blank cell reads as 0 with its
 * blank flag set) and returns the number of blank cells read, by the straight-line reader generated for the
 * edition (`read.generated.ts`): the cells of every table, or of the tables whose bit is set in `tables`
 * (bit t for `plan.tables[t]`; the other tables' buffers are left as they were). Throws a TypeError when a
 * record is not an object or a figure is neither a finite number nor null (a programmer error: validate
 * first).
 *
 * @example
 * ```ts
 * const blanks = readCells(planOf("2021"), report);
 * ```
 */
export function readCells(plan: EditionPlan, report: Report, tables = -1): number {
  if (plan.generated) {
    let blanks = Number.NaN;
    try {
      blanks = readers[plan.edition](report, plan.values, plan.blank, tables);
    } catch {
      // a malformed report: the walk below words the TypeError
    }
    if (blanks >= 0) return blanks;
  }
  return readCellsByPath(plan, report);
}

/**
 * The tables of the report whose rule instances need the interpreter, as bits (bit t for `plan.tables[t]`):
 * a table's bit is clear when each of its figures is a number, its sums are exact in floating point and every
 * one of its rule instances holds — decided by the generated straight-line check, without allocating. A set
 * bit means "read and ask the interpreter" (a blank figure, a relation that fails, or junk that the reader
 * refuses), not "something fails". Every bit is set when the generated code is not current for the plan; -1
 * when a record cannot be read (not a report: {@link readCellsByPath} words the TypeError).
 *
 * @example
 * ```ts
 * if (tablesToInterpret(planOf("2021"), report) === 0) console.log("every relation holds");
 * ```
 */
export function tablesToInterpret(plan: EditionPlan, report: Report): number {
  if (!plan.generated) return (1 << plan.tables.length) - 1;
  try {
    return tableChecks[plan.edition](report);
  } catch {
    return -1; // a record that is not an object
  }
}

/**
 * The same as {@link readCells} by walking each record's path: the reference the generated readers are
 * emitted from, and the reader that words the TypeError when a report is malformed.
 *
 * @example
 * ```ts
 * readCellsByPath(planOf("2021"), report) === readCells(planOf("2021"), report); // true
 * ```
 */
export function readCellsByPath(plan: EditionPlan, report: Report): number {
  const { records, values, blank } = plan;
  let blanks = 0;
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as EditionPlan["records"][number];
    const segments = record.segments;
    let node = report as unknown as Record<string, unknown>;
    for (let s = 0; s < segments.length; s++) {
      const next = node[segments[s] as string];
      if (typeof next !== "object" || next === null) throw malformed(segments, s);
      node = next as Record<string, unknown>;
    }
    const keys = record.keys;
    const indexes = record.indexes;
    for (let k = 0; k < keys.length; k++) {
      const v = node[keys[k] as string];
      const i = indexes[k] as number;
      if (typeof v === "number" && v - v === 0) {
        values[i] = v;
        blank[i] = 0;
      } else if (v === null) {
        values[i] = 0;
        blank[i] = 1;
        blanks++;
      } else {
        throw new TypeError(
          `zfxxgk: ${segments.join(".")}.${keys[k]} is not a finite number or null; validate the report first with validateReport`,
        );
      }
    }
  }
  return blanks;
}

function malformed(segments: readonly string[], s: number): TypeError {
  return new TypeError(
    `zfxxgk: ${segments.slice(0, s + 1).join(".")} is not an object; validate the report first with validateReport`,
  );
}
