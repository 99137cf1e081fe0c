/**
 * Evaluating the rule instances of a plan on the cells read into its buffers, and wording the findings.
 *
 * @module
 */
import type { CellEntry } from "../format/walk.js";
import type { Message } from "../validate/issues.js";
import { DecimalSum } from "./decimal.js";
import { fillBoth, formatNumber, listNames, quoteCell } from "./messages.js";
import { AT_LEAST, type EditionPlan, EXACT, type RuleInstance } from "./sum-plan.js";
import { boundTemplates, equationTemplates, nonNegativeTemplates, type RuleTemplates } from "./templates.js";
import type { Finding, FindingStatus, Lang } from "./types.js";

/** Counts of what was pushed, so callers know `ok` without scanning. */
export interface Tally {
  errors: number;
}

/**
 * Rule ids (or prefixes ending in `.`) excluded by the caller.
 *
 * @example
 * ```ts
 * isExcluded("N.review-cases", ["N."]); // true
 * ```
 */
export function isExcluded(id: string, exclude: readonly string[] | undefined): boolean {
  if (exclude === undefined || exclude.length === 0) return false;
  for (const e of exclude) if (e === id || (e.endsWith(".") && id.startsWith(e))) return true;
  return false;
}

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Evaluates the instances of one table slice and pushes findings (failures, not-assessable, and passes
 * when asked). Allocates nothing for an instance that passes unless `includePassed`.
 *
 * @example
 * ```ts
 * evaluateInstances(plan, 0, plan.instances.length, blanks, false, false, "zh", undefined, findings, tally);
 * ```
 */
export function evaluateInstances(
  plan: EditionPlan,
  from: number,
  to: number,
  blanks: number,
  blankAsZero: boolean,
  includePassed: boolean,
  lang: Lang,
  exclude: readonly string[] | undefined,
  findings: Finding[],
  tally: Tally,
): void {
  const { start, mid, end, operands, values, blank, flags } = plan;
  for (let i = from; i < to; i++) {
    const a = start[i] as number;
    const b = mid[i] as number;
    const c = end[i] as number;
    let l = 0;
    let r = 0;
    let nb = 0;
    if (blanks === 0) {
      for (let k = a; k < b; k++) l += values[operands[k] as number] as number;
      for (let k = b; k < c; k++) r += values[operands[k] as number] as number;
    } else {
      for (let k = a; k < b; k++) {
        const x = operands[k] as number;
        l += values[x] as number;
        nb += blank[x] as number;
      }
      for (let k = b; k < c; k++) {
        const x = operands[k] as number;
        r += values[x] as number;
        nb += blank[x] as number;
      }
    }
    const flag = flags[i] as number;
    if (nb !== 0 && !blankAsZero) {
      const inst = plan.instances[i] as RuleInstance;
      if (isExcluded(inst.rule.id, exclude)) continue;
      findings.push(notAssessable(plan, inst, lang));
      continue;
    }
    let pass: boolean;
    if ((flag & EXACT) !== 0 || l > MAX || r > MAX || l < -MAX || r < -MAX) {
      const inst = plan.instances[i] as RuleInstance;
      const ls = exactSum(plan, inst.left);
      const rs = exactSum(plan, inst.right);
      const cmp = ls.compare(rs);
      pass = (flag & AT_LEAST) !== 0 ? cmp >= 0 : cmp === 0;
      if (pass && !includePassed) continue;
      if (isExcluded(inst.rule.id, exclude)) continue;
      const delta = new DecimalSum();
      delta.addSum(ls);
      delta.subtractSum(rs);
      const f = verdict(
        inst,
        pass ? "pass" : "fail",
        ls.toNumber(),
        rs.toNumber(),
        delta.toNumber(),
        ls.toString(),
        rs.toString(),
        abs(delta.toString()),
        lang,
      );
      if (!pass && inst.rule.severity === "error") tally.errors++;
      findings.push(f);
      continue;
    }
    pass = (flag & AT_LEAST) !== 0 ? l >= r : l === r;
    if (pass && !includePassed) continue;
    const inst = plan.instances[i] as RuleInstance;
    if (isExcluded(inst.rule.id, exclude)) continue;
    if (!pass && inst.rule.severity === "error") tally.errors++;
    findings.push(
      verdict(
        inst,
        pass ? "pass" : "fail",
        l,
        r,
        l - r,
        formatNumber(l),
        formatNumber(r),
        formatNumber(Math.abs(l - r)),
        lang,
      ),
    );
  }
}

const abs = (s: string): string => (s.startsWith("-") ? s.slice(1) : s);

/** Exact sum of cells (blank cells count 0). */
function exactSum(plan: EditionPlan, indexes: readonly number[]): DecimalSum {
  const sum = new DecimalSum();
  for (const i of indexes) if (plan.blank[i] === 0) sum.add(plan.values[i] as number);
  return sum;
}

function templatesOf(inst: RuleInstance): RuleTemplates {
  if (!inst.atLeast) return equationTemplates;
  return inst.right.length === 0 ? nonNegativeTemplates : boundTemplates;
}

function verdict(
  inst: RuleInstance,
  status: FindingStatus,
  left: number,
  right: number,
  delta: number,
  leftValue: string,
  rightValue: string,
  difference: string,
  lang: Lang,
): Finding {
  const templates = templatesOf(inst);
  const template = status === "pass" ? (templates.pass ?? templates.fail) : templates.fail;
  const message = fillBoth(template, {
    zh: { scope: inst.scope.zh, left: inst.leftText.zh, right: inst.rightText.zh, leftValue, rightValue, difference },
    en: { scope: inst.scope.en, left: inst.leftText.en, right: inst.rightText.en, leftValue, rightValue, difference },
  });
  return {
    rule: inst.rule.id,
    severity: inst.rule.severity,
    status,
    cells: inst.paths,
    left,
    right,
    delta: delta === 0 ? 0 : delta,
    message,
    text: message[lang],
  };
}

function notAssessable(plan: EditionPlan, inst: RuleInstance, lang: Lang): Finding {
  const blankCells: CellEntry[] = [];
  for (const i of [...inst.left, ...inst.right]) if (plan.blank[i] === 1) blankCells.push(plan.cells[i] as CellEntry);
  const blanks: Message = listNames(blankCells.map(quoteCell));
  const templates = templatesOf(inst);
  const message = fillBoth(templates.notAssessable ?? templates.fail, {
    zh: { scope: inst.scope.zh, left: inst.leftText.zh, right: inst.rightText.zh, blanks: blanks.zh },
    en: { scope: inst.scope.en, left: inst.leftText.en, right: inst.rightText.en, blanks: blanks.en },
  });
  return {
    rule: inst.rule.id,
    severity: inst.rule.severity,
    status: "not-assessable",
    cells: inst.paths,
    blankCells: blankCells.map((c) => c.path),
    left: null,
    right: null,
    delta: null,
    message,
    text: message[lang],
  };
}
