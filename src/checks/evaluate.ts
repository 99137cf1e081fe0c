/**
 * Evaluating the rule instances of a plan on the cells read into its buffers, and wording the findings.
 *
 * @module
 */
import type { CellEntry } from "../format/walk.js";
import { DecimalSum } from "./decimal.js";
import { fillBoth, formatNumber } from "./messages.js";
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
      if (isExcluded(inst.id, exclude)) continue;
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
      if (isExcluded(inst.id, exclude)) continue;
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
      if (!pass && inst.severity === "error") tally.errors++;
      findings.push(f);
      continue;
    }
    pass = (flag & AT_LEAST) !== 0 ? l >= r : l === r;
    if (pass && !includePassed) continue;
    const inst = plan.instances[i] as RuleInstance;
    if (isExcluded(inst.id, exclude)) continue;
    if (!pass && inst.severity === "error") tally.errors++;
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
    rule: inst.id,
    severity: inst.severity,
    status,
    cells: inst.paths,
    left,
    right,
    delta: delta === 0 ? 0 : delta,
    message,
    text: message[lang],
  };
}

/** The blank cells of an instance, named as in messages (`「a」、「b」` / `a; b`) and by path, gathered in one pass. */
class BlankCells {
  zh = "";
  en = "";
  readonly paths: string[] = [];

  add(plan: EditionPlan, indexes: readonly number[]): void {
    for (let k = 0; k < indexes.length; k++) {
      const i = indexes[k] as number;
      if (plan.blank[i] !== 1) continue;
      const cell = plan.cells[i] as CellEntry;
      if (this.paths.length > 0) {
        this.zh += "、";
        this.en += "; ";
      }
      this.zh += `「${cell.name.zh}」`;
      this.en += cell.name.en;
      this.paths.push(cell.path);
    }
  }
}

// One shape for every call (a class instance, strings joined in loops): a `.map`/`.join` chain over arrays of
// differing elements kinds made this function deoptimise ("wrong map") and recompile several times.
function notAssessable(plan: EditionPlan, inst: RuleInstance, lang: Lang): Finding {
  const blanks = new BlankCells();
  blanks.add(plan, inst.left);
  blanks.add(plan, inst.right);
  const templates = templatesOf(inst);
  const message = fillBoth(templates.notAssessable ?? templates.fail, {
    zh: { scope: inst.scope.zh, left: inst.leftText.zh, right: inst.rightText.zh, blanks: blanks.zh },
    en: { scope: inst.scope.en, left: inst.leftText.en, right: inst.rightText.en, blanks: blanks.en },
  });
  return {
    rule: inst.id,
    severity: inst.severity,
    status: "not-assessable",
    cells: inst.paths,
    blankCells: blanks.paths,
    left: null,
    right: null,
    delta: null,
    message,
    text: message[lang],
  };
}
