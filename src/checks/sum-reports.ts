/**
 * `sumReports`: the cell-wise roll-up of reports of one edition and year (a city's figures from its
 * departments'), with exact decimal sums of amounts and the 2019 采购总金额 units reconciled.
 *
 * @module
 */
import type { CellEntry } from "../format/walk.js";
import { buildReport, type CellValue, type ReportHead, readCell } from "../model/build.js";
import type { Report } from "../model/report.generated.js";
import type { Message } from "../validate/issues.js";
import { validateReport } from "../validate/validate.js";
import { DecimalSum } from "./decimal.js";
import { planFor, readCells } from "./read-cells.js";

/**
 * How a roll-up treats blank cells.
 * - `"propagate"` (default): a cell blank in any report is blank in the sum — its total is unknown. The
 *   model never invents a 0 for a blank, and neither does the roll-up.
 * - `"as-zero"`: a blank counts as 0; a cell blank in every report stays blank.
 *
 * Either way, {@link SumSuccess.incomplete} lists the cells that were blank in some but not all reports.
 *
 * @example
 * ```ts
 * const policy: BlankPolicy = "as-zero";
 * ```
 */
export type BlankPolicy = "propagate" | "as-zero";

/**
 * Options of {@link sumReports}: the envelope of the roll-up, and the blank policy.
 *
 * @example
 * ```ts
 * const options: SumOptions = { organ: "连州市人民政府", publishedOn: null, blanks: "as-zero" };
 * ```
 */
export interface SumOptions {
  /** The organ the roll-up is for (required: a sum of departments is not any one of them). */
  readonly organ: string;
  /** Publication date of the roll-up; default `null`. */
  readonly publishedOn?: string | null;
  readonly title?: string;
  readonly blanks?: BlankPolicy;
}

/**
 * Why reports could not be summed.
 *
 * @example
 * ```ts
 * const code: SumIssueCode = "year_mismatch";
 * ```
 */
export type SumIssueCode =
  | "no_reports"
  | "no_organ"
  | "edition_mismatch"
  | "year_mismatch"
  | "unit_unknown"
  | "unsafe_integer"
  | "invalid_result";

/**
 * One reason a roll-up failed: the code, the report (by index) and cell concerned where there is one,
 * and a message in both languages.
 *
 * @example
 * ```ts
 * const issue: SumIssue = { code: "year_mismatch", index: 2, message: { zh: "…", en: "…" } };
 * ```
 */
export interface SumIssue {
  readonly code: SumIssueCode;
  readonly index?: number;
  readonly path?: string;
  readonly message: Message;
}

/**
 * A successful roll-up.
 *
 * @example
 * ```ts
 * const r = sumReports([a, b], { organ: "某市人民政府" });
 * if (r.ok) console.log(r.value.applications.newReceived.total, r.incomplete);
 * ```
 */
export interface SumSuccess<R extends Report> {
  readonly ok: true;
  readonly value: R;
  /** Paths of the cells that were blank in some but not all reports. */
  readonly incomplete: readonly string[];
}

/**
 * The result of {@link sumReports}.
 *
 * @example
 * ```ts
 * const r: SumResult<Report2021> = sumReports(reports, { organ: "某市人民政府" });
 * ```
 */
export type SumResult<R extends Report> = SumSuccess<R> | { readonly ok: false; readonly issues: readonly SumIssue[] };

/**
 * Powers of ten of the units an amount may be written in, relative to 元. Amounts in different units are
 * summed in the largest unit present.
 *
 * @example
 * ```ts
 * import { unitScales } from "zfxxgk";
 * unitScales["万元"]; // 4
 * ```
 */
export const unitScales: Readonly<Record<string, number>> = { 元: 0, 万元: 4 };

/** An amount cell with its unit cell, and the running state of its sum. */
interface UnitPair {
  readonly amount: number;
  readonly unitIndex: number;
  readonly unit: CellEntry;
  readonly units: (string | null)[];
}

/**
 * Sums reports of one edition and one year cell by cell. Counts are summed as integers, amounts as exact
 * decimals (0.1 + 0.2 is 0.3); an amount written with a unit (2019 表二 采购总金额: 元 or 万元) is summed
 * in the largest unit present, converting exactly. Blank cells follow `options.blanks` (see
 * {@link BlankPolicy}). The roll-up's envelope is `options` (organ, publishedOn, title) with the reports'
 * edition and year; prose is not summed. Data problems (no reports, editions or years that differ, an
 * amount without its unit among others, a count beyond 2^53) are returned as issues, never thrown. Inputs
 * are not changed and the result shares no object with them.
 *
 * @example
 * ```ts
 * import { sumReports } from "zfxxgk";
 * const city = sumReports(departmentReports, { organ: "连州市人民政府" });
 * if (city.ok) console.log(city.value.applications.newReceived.total);
 * else console.log(city.issues.map((i) => i.message.zh));
 * ```
 */
export function sumReports<R extends Report>(reports: readonly R[], options: SumOptions): SumResult<R> {
  const issues: SumIssue[] = [];
  const first = reports[0];
  if (first === undefined) {
    return fail([{ code: "no_reports", message: { zh: "没有可汇总的报告。", en: "There are no reports to sum." } }]);
  }
  if (typeof options.organ !== "string" || options.organ.trim() === "") {
    issues.push({
      code: "no_organ",
      message: { zh: "须指明汇总报告的机关（organ）。", en: "The organ of the roll-up (organ) must be given." },
    });
  }
  reports.forEach((r, index) => {
    if (r.edition !== first.edition) {
      issues.push({
        code: "edition_mismatch",
        index,
        message: {
          zh: `第 ${index + 1} 份报告为 ${r.edition} 年版格式，第 1 份为 ${first.edition} 年版，不能逐格汇总。`,
          en: `Report ${index + 1} is in the ${r.edition} edition and report 1 in the ${first.edition} edition; they cannot be summed cell by cell.`,
        },
      });
    } else if (r.year !== first.year) {
      issues.push({
        code: "year_mismatch",
        index,
        message: {
          zh: `第 ${index + 1} 份报告为 ${r.year} 年度，第 1 份为 ${first.year} 年度，不能汇总。`,
          en: `Report ${index + 1} is for ${r.year} and report 1 for ${first.year}; they cannot be summed.`,
        },
      });
    }
  });
  if (issues.length > 0) return fail(issues);

  const plan = planFor(first);
  const { cells, numeric, values, blank } = plan;
  const n = cells.length;
  const sums = new Float64Array(n);
  const blanks = new Uint32Array(n);
  /** 1 where a running sum of counts left the safe range (and may have been rounded): summed again exactly. */
  const big = new Uint8Array(n);
  const exact: (DecimalSum | undefined)[] = cells.map((c) =>
    c.field.kind === "amount" ? new DecimalSum() : undefined,
  );
  const pairs: UnitPair[] = [];
  for (const slice of plan.tables)
    for (const [u, a] of slice.units) pairs.push({ amount: a, unitIndex: u, unit: cells[u] as CellEntry, units: [] });
  const paired = new Set(pairs.map((p) => p.amount));
  const amountsOf = pairs.map(() => [] as (number | null)[]);

  for (const report of reports) {
    readCells(plan, report);
    for (let i = 0; i < n; i++) {
      if (numeric[i] === 0) continue;
      if (blank[i] === 1) {
        blanks[i] = (blanks[i] as number) + 1;
        continue;
      }
      const x = exact[i];
      if (x === undefined) {
        const s = (sums[i] as number) + (values[i] as number);
        sums[i] = s;
        if (s > Number.MAX_SAFE_INTEGER || s < -Number.MAX_SAFE_INTEGER) big[i] = 1;
      } else if (!paired.has(i)) x.add(values[i] as number);
    }
    pairs.forEach((p, k) => {
      const unit = readCell(report, p.unit.segments);
      p.units.push(typeof unit === "string" ? unit : null);
      (amountsOf[k] as (number | null)[]).push(blank[p.amount] === 1 ? null : (values[p.amount] as number));
    });
  }

  if (big.includes(1)) sumExactly(plan, reports, big, sums);

  const unitOut = new Map<number, string | null>();
  pairs.forEach((p, k) => {
    const amounts = amountsOf[k] as (number | null)[];
    const result = sumWithUnits(amounts, p.units, cells[p.amount] as CellEntry, issues);
    if (result === undefined) return;
    (exact[p.amount] as DecimalSum).addSum(result.sum);
    unitOut.set(p.unitIndex, result.unit);
  });

  const count = reports.length;
  const policy = options.blanks ?? "propagate";
  const incomplete: string[] = [];
  const out: CellValue[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    if (numeric[i] === 0) {
      out[i] = unitOut.get(i) ?? null;
      continue;
    }
    const b = blanks[i] as number;
    if (b > 0 && b < count) incomplete.push((cells[i] as CellEntry).path);
    if (b === count || (b > 0 && policy === "propagate")) continue;
    const x = exact[i];
    const v = x === undefined ? (sums[i] as number) : x.toNumber();
    if (x === undefined && !Number.isSafeInteger(v)) {
      const cell = cells[i] as CellEntry;
      issues.push({
        code: "unsafe_integer",
        path: cell.path,
        message: {
          zh: `「${cell.name.zh}」之和超出可精确表示的整数范围（2^53）。`,
          en: `The sum of ${cell.name.en} exceeds the range of exact integers (2^53).`,
        },
      });
    }
    out[i] = v;
  }
  // A unit whose amount ended blank says nothing.
  for (const p of pairs) if (out[p.amount] === null) out[p.unitIndex] = null;
  if (issues.length > 0) return fail(issues);

  const head = {
    edition: first.edition,
    organ: options.organ,
    year: first.year,
    publishedOn: options.publishedOn ?? null,
    ...(options.title === undefined ? {} : { title: options.title }),
  };
  const value = buildReport(head as ReportHead, (_cell, i) => out[i] ?? null);
  // The roll-up is a report: whatever the options or the sums made of it (a publication date that is not a
  // date, an amount that overflowed), it is returned only if it is a valid one.
  const checked = validateReport(value);
  if (!checked.ok) {
    return fail(
      checked.issues.map((issue) => ({
        code: "invalid_result" as const,
        path: issue.path.join("."),
        message: {
          zh: `汇总结果不是有效的报告：${issue.message.zh}`,
          en: `The roll-up is not a valid report: ${issue.message.en}`,
        },
      })),
    );
  }
  return { ok: true, value: value as unknown as R, incomplete };
}

/**
 * Sums again, as BigInt, the count cells marked in `big` (a signed running sum past 2^53 and back is rounded in
 * floating point): each gets its exact total, which the caller accepts only if it is a safe integer.
 */
function sumExactly(plan: ReturnType<typeof planFor>, reports: readonly Report[], big: Uint8Array, sums: Float64Array) {
  const totals = Array.from(big, () => 0n);
  for (const report of reports) {
    readCells(plan, report);
    for (let i = 0; i < big.length; i++)
      if (big[i] === 1 && plan.blank[i] !== 1) totals[i] = (totals[i] as bigint) + BigInt(plan.values[i] as number);
  }
  // Number() of a total beyond ±(2^53 − 1) is not a safe integer, so the caller's check refuses it
  for (let i = 0; i < big.length; i++) if (big[i] === 1) sums[i] = Number(totals[i]);
}

function fail<R extends Report>(issues: readonly SumIssue[]): SumResult<R> {
  return { ok: false, issues };
}

/**
 * The exact sum of amounts written with units, in the largest unit present; `undefined` (and an issue)
 * when a non-zero amount has no unit while others are summed with it.
 */
function sumWithUnits(
  amounts: readonly (number | null)[],
  units: readonly (string | null)[],
  cell: CellEntry,
  issues: SumIssue[],
): { sum: DecimalSum; unit: string | null } | undefined {
  let target: string | null = null;
  let contributing = 0;
  for (let k = 0; k < amounts.length; k++) {
    const a = amounts[k];
    const u = units[k] ?? null;
    if (a === null || a === undefined) continue;
    if (a !== 0) contributing++;
    if (u === null) continue;
    if (unitScales[u] === undefined) {
      issues.push(unitIssue(cell, k, u));
      return undefined;
    }
    if (target === null || (unitScales[u] as number) > (unitScales[target] as number)) target = u;
  }
  const sum = new DecimalSum();
  for (let k = 0; k < amounts.length; k++) {
    const a = amounts[k];
    if (a === null || a === undefined || a === 0) continue;
    const u = units[k] ?? null;
    if (u === null) {
      if (contributing > 1 || target !== null) {
        issues.push(unitIssue(cell, k, null));
        return undefined;
      }
      sum.add(a);
      continue;
    }
    sum.addShifted(a, (unitScales[target as string] as number) - (unitScales[u] as number));
  }
  return { sum, unit: target };
}

function unitIssue(cell: CellEntry, index: number, unit: string | null): SumIssue {
  const known = Object.keys(unitScales).join("/");
  return {
    code: "unit_unknown",
    index,
    path: cell.path,
    message:
      unit === null
        ? {
            zh: `第 ${index + 1} 份报告的「${cell.name.zh}」未注明单位（${known}），无法与其他报告相加。`,
            en: `Report ${index + 1} gives ${cell.name.en} without its unit (${known}); it cannot be added to the others.`,
          }
        : {
            zh: `第 ${index + 1} 份报告的「${cell.name.zh}」单位“${unit}”无法换算（${known}）。`,
            en: `Report ${index + 1} gives ${cell.name.en} in an unknown unit “${unit}” (${known}).`,
          },
  };
}
