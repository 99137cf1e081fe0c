/**
 * `checkContinuity`: the cross-year rules between two reports of one organ in consecutive years, in any
 * editions (a 2020 report in the 2019 edition followed by a 2021 report in the 2021 edition included).
 *
 * The rules are data: each names a table and, for every column (`per: "field"`) or every row present in
 * both reports with the fields it names (`per: "record"`), a linear relation between cells of the two
 * reports. Which rules apply to a pair of editions follows from the fields the editions have.
 *
 * @module
 */
import { type Edition, editions, type TableKey } from "../format/editions.js";
import { type CellEntry, cellAt, recordsOf } from "../format/walk.js";
import type { Report } from "../model/report.generated.js";
import type { Message } from "../validate/issues.js";
import { DecimalSum } from "./decimal.js";
import type { DocumentedRule } from "./envelope-rules.js";
import { isExcluded } from "./evaluate.js";
import { fillBoth, listNames, quoteCell } from "./messages.js";
import { planFor, readCells } from "./read-cells.js";
import type { CheckOptions, CheckResult, Finding, FindingStatus, Lang } from "./types.js";

/**
 * One term of a cross-year relation: a cell of the current or the previous report, possibly subtracted.
 * `record` (for `per: "field"` rules) or `field` (for `per: "record"` rules) names the cell with the
 * instance's column or row.
 *
 * @example
 * ```ts
 * const t: ContinuityTerm = { of: "previous", field: "inForce" };
 * ```
 */
export interface ContinuityTerm {
  readonly of: "current" | "previous";
  readonly record?: string;
  readonly field?: string;
  readonly negate?: boolean;
}

/**
 * A cross-year rule, as data.
 *
 * @example
 * ```ts
 * import { continuityRules } from "zfxxgk/rules";
 * continuityRules[0]?.id; // "X.carry-over"
 * ```
 */
export interface ContinuityRule extends DocumentedRule {
  readonly table: TableKey;
  readonly per: "field" | "record";
  readonly left: readonly ContinuityTerm[];
  readonly right: readonly ContinuityTerm[];
  readonly leftName?: Message;
  readonly rightName?: Message;
}

const pairTemplates = {
  fail: {
    zh: "{scope}{left}为 {leftValue}，{right}为 {rightValue}，相差 {difference}。",
    en: "{scope}{left} is {leftValue}, but {right} is {rightValue}: a difference of {difference}.",
  },
  notAssessable: {
    zh: "{scope}{left}与{right}无法核对：{blanks}为空白。",
    en: "{scope}{left} cannot be checked against {right}: blank cells {blanks}.",
  },
  pass: { zh: "{scope}{left}为 {leftValue}，等于{right}。", en: "{scope}{left} is {leftValue}, equal to {right}." },
} as const;

/**
 * The cross-year rules. `X.consecutive-years` and `X.same-organ` concern the pair itself.
 *
 * @example
 * ```ts
 * import { continuityRules } from "zfxxgk/rules";
 * continuityRules.map((r) => r.id); // ["X.carry-over", "X.documents-roll-forward", "X.items-roll-forward"]
 * ```
 */
export const continuityRules = [
  {
    id: "X.carry-over",
    severity: "error",
    official: false,
    table: "applications",
    per: "field",
    left: [{ of: "current", record: "carriedOver" }],
    right: [{ of: "previous", record: "carriedForward" }],
    equation: {
      zh: "本年 二、上年结转 = 上一年度报告 四、结转下年度继续办理（每一列，两种格式之间亦然）",
      en: "this year's carried over = last year's carried forward (each column, across editions too)",
    },
    templates: pairTemplates,
    rationale: {
      zh: "上一年度结转下年度继续办理的申请，正是本年度的上年结转申请（表三「四、结转下年度继续办理」与「二、上年结转政府信息公开申请数量」，见 docs/format-2021.md）。各版格式的表三各列相同，跨版本的相邻两年亦可核对。",
      en: "The requests carried forward at the end of last year are this year's requests carried over (Table 3 rows 4 and 2; see docs/format-2021.md). Table 3's columns are the same in every edition, so two years across editions are checked too.",
    },
  },
  {
    id: "X.documents-roll-forward",
    severity: "warning",
    official: false,
    table: "proactive",
    per: "record",
    left: [{ of: "current", field: "inForce" }],
    right: [
      { of: "previous", field: "inForce" },
      { of: "current", field: "issued" },
      { of: "current", field: "repealed", negate: true },
    ],
    leftName: { zh: "现行有效件数", en: "the number in force" },
    rightName: {
      zh: "上年现行有效件数加本年制发、减本年废止",
      en: "last year's number in force plus issued minus repealed",
    },
    equation: {
      zh: "本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数（2021 年版，每一行）",
      en: "in force = last year's in force + issued − repealed (2021 edition, each row)",
    },
    templates: {
      ...pairTemplates,
      fail: {
        zh: "{scope}{left}为 {leftValue}，{right}为 {rightValue}，相差 {difference}（文件也可能因有效期届满而失效）。",
        en: "{scope}{left} is {leftValue}, but {right} is {rightValue}: a difference of {difference} (documents may also have lapsed).",
      },
    },
    rationale: {
      zh: "现行有效件数按年滚动：上年有效的，加本年制发，减本年废止。文件也会因有效期届满而失效而不计入废止，故只作警告（2021 年版表二第二十条第（一）项，国办公开办函〔2021〕30号；见 docs/format-2021.md）。",
      en: "The number in force rolls forward: last year's, plus issued, minus repealed. Documents also lapse at the end of their validity without being repealed, so this is only a warning (Table 2 item (1) of the 2021 edition, 国办公开办函〔2021〕30号; see docs/format-2021.md).",
    },
  },
  {
    id: "X.items-roll-forward",
    severity: "warning",
    official: false,
    table: "proactive",
    per: "record",
    left: [{ of: "current", field: "previousItems" }],
    right: [
      { of: "previous", field: "previousItems" },
      { of: "previous", field: "change" },
    ],
    leftName: { zh: "上一年项目数量", en: "items last year" },
    rightName: {
      zh: "上一年度报告的上一年项目数量加本年增/减",
      en: "last year's report's items last year plus its change",
    },
    equation: {
      zh: "本年 上一年项目数量 = 上一年度报告 上一年项目数量 + 本年增/减（2019 年版，每一行）",
      en: "items last year = last year's report's items last year + its change (2019 edition, each row)",
    },
    templates: pairTemplates,
    rationale: {
      zh: "上一年度报告的项目数量加其本年增/减，即本年报告的上一年项目数量（2019 年版表二，国办公开办函〔2019〕60号；见 docs/format-2019.md）。项目可能在年度之间重新梳理，故为警告。",
      en: "Last year's items plus last year's change are this year's items last year (Table 2 of the 2019 edition, 国办公开办函〔2019〕60号; see docs/format-2019.md). Item lists are sometimes reorganised between years, hence a warning.",
    },
  },
] as const satisfies readonly ContinuityRule[];

/**
 * The rules on the pair itself.
 *
 * @example
 * ```ts
 * import { pairRules } from "zfxxgk/rules";
 * pairRules[0].id; // "X.consecutive-years"
 * ```
 */
export const pairRules = [
  {
    id: "X.consecutive-years",
    severity: "error",
    official: false,
    equation: { zh: "本年报告年度 = 上一份报告年度 + 1", en: "current year = previous year + 1" },
    templates: {
      fail: {
        zh: "两份报告的年度为 {previous} 年和 {current} 年，不是相邻年度，未作跨年度核对。",
        en: "The reports are for {previous} and {current}, not consecutive years; no cross-year rule was checked.",
      },
      pass: {
        zh: "两份报告为相邻年度（{previous}、{current}）。",
        en: "The reports are for consecutive years ({previous}, {current}).",
      },
    },
    rationale: {
      zh: "跨年度规则只对同一机关相邻两年的报告有意义。",
      en: "The cross-year rules only make sense for one organ's reports of two consecutive years.",
    },
  },
  {
    id: "X.same-organ",
    severity: "warning",
    official: false,
    equation: { zh: "两份报告的发布机关相同", en: "both reports are by the same organ" },
    templates: {
      fail: {
        zh: "两份报告的机关名称不同（「{previous}」与「{current}」）；如为机构更名可忽略。",
        en: "The organs' names differ (“{previous}” and “{current}”); ignore this if the organ was renamed.",
      },
      pass: { zh: "两份报告的机关名称相同。", en: "Both reports name the same organ." },
    },
    rationale: {
      zh: "结转关系只在同一机关的报告之间成立；名称不同可能是机构改革更名，故为警告。比较时忽略空白。",
      en: "Carry-over holds between one organ's reports only; a different name may be a renaming, hence a warning. Whitespace is ignored.",
    },
  },
] as const satisfies readonly DocumentedRule[];

/** A resolved term: which report, which cell, and its sign. */
interface Operand {
  readonly current: boolean;
  readonly cell: CellEntry;
  readonly negate: boolean;
}

interface PairInstance {
  readonly rule: ContinuityRule;
  readonly left: readonly Operand[];
  readonly right: readonly Operand[];
  readonly scope: Message;
  readonly leftText: Message;
  readonly rightText: Message;
}

function name(op: Operand): Message {
  const q = quoteCell(op.cell);
  return op.current ? q : { zh: `上一年度报告${q.zh}`, en: `last year's ${q.en}` };
}

function sideText(ops: readonly Operand[], given: Message | undefined): Message {
  if (ops.length === 1 && given === undefined) return name(ops[0] as Operand);
  if (given !== undefined) return given;
  return listNames(ops.map(name));
}

function resolve(edition: Edition, table: TableKey, record: string, field: string): CellEntry | undefined {
  const cell = cellAt(edition, `${table}.${record}.${field}`);
  return cell === undefined || cell.field.kind === "unit" ? undefined : cell;
}

function buildPairPlan(previous: Edition, current: Edition): readonly PairInstance[] {
  const out: PairInstance[] = [];
  for (const rule of continuityRules as readonly ContinuityRule[]) {
    const edOf = (t: ContinuityTerm): Edition => (t.of === "current" ? current : previous);
    const terms = [...rule.left, ...rule.right];
    if (rule.per === "field") {
      const first = terms[0];
      if (first?.record === undefined) continue;
      const anchor = recordsOf(editions[edOf(first)].tables[rule.table]).find((r) => r.path === first.record);
      for (const field of anchor?.node.fields ?? []) {
        const side = (ts: readonly ContinuityTerm[]) =>
          ts.map((t) => ({
            current: t.of === "current",
            cell: resolve(edOf(t), rule.table, t.record ?? "", field.key),
            negate: t.negate === true,
          }));
        const left = side(rule.left);
        const right = side(rule.right);
        if (![...left, ...right].every((o) => o.cell !== undefined)) continue;
        out.push(instance(rule, left as Operand[], right as Operand[], { zh: "", en: "" }));
      }
    } else {
      for (const record of recordsOf(editions[current].tables[rule.table])) {
        const side = (ts: readonly ContinuityTerm[]) =>
          ts.map((t) => ({
            current: t.of === "current",
            cell: resolve(edOf(t), rule.table, record.path, t.field ?? ""),
            negate: t.negate === true,
          }));
        const left = side(rule.left);
        const right = side(rule.right);
        if (![...left, ...right].every((o) => o.cell !== undefined)) continue;
        const anchor = (left[0] as { cell: CellEntry }).cell;
        const tail = `·${anchor.field.label}`;
        const enTail = ` · ${anchor.field.en}`;
        const scope = {
          zh: `「${anchor.name.zh.endsWith(tail) ? anchor.name.zh.slice(0, -tail.length) : record.name.zh}」：`,
          en: `${anchor.name.en.endsWith(enTail) ? anchor.name.en.slice(0, -enTail.length) : record.name.en}: `,
        };
        out.push(instance(rule, left as Operand[], right as Operand[], scope));
      }
    }
  }
  return out;
}

function instance(
  rule: ContinuityRule,
  left: readonly Operand[],
  right: readonly Operand[],
  scope: Message,
): PairInstance {
  return {
    rule,
    left,
    right,
    scope,
    leftText: sideText(left, rule.leftName),
    rightText: sideText(right, rule.rightName),
  };
}

const pairPlans = new Map<string, readonly PairInstance[]>();

function pairPlan(previous: Edition, current: Edition): readonly PairInstance[] {
  const key = `${previous}>${current}`;
  let plan = pairPlans.get(key);
  if (plan === undefined) {
    plan = buildPairPlan(previous, current);
    pairPlans.set(key, plan);
  }
  return plan;
}

/** The numeric cells of a report, by path, as read (blank → null). */
function snapshot(report: Report): Map<string, number | null> {
  const plan = planFor(report);
  readCells(plan, report);
  const out = new Map<string, number | null>();
  plan.cells.forEach((c, i) => {
    if (plan.numeric[i] === 1) out.set(c.path, plan.blank[i] === 1 ? null : (plan.values[i] as number));
  });
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, "");

/**
 * Checks two reports of one organ for consecutive years, in any editions: `X.carry-over` (this year's
 * 上年结转 equals last year's 结转下年度, per column; an error), and the 表二 roll-forward warnings
 * (`X.documents-roll-forward` for 2021→2021, `X.items-roll-forward` for 2019→2019). If the years are not
 * consecutive, the only finding is `X.consecutive-years` (an error); if the organs' names differ,
 * `X.same-organ` warns and the rules are still checked. Blank cells as in {@link checkReport}.
 *
 * @example
 * ```ts
 * import { checkContinuity } from "zfxxgk";
 * const { ok, findings } = checkContinuity(report2022, report2023);
 * findings.filter((f) => f.rule === "X.carry-over").map((f) => f.text);
 * ```
 */
export function checkContinuity(previous: Report, current: Report, options: CheckOptions = {}): CheckResult {
  const lang: Lang = options.lang === "en" ? "en" : "zh";
  const includePassed = options.includePassed === true;
  const blankAsZero = options.blankAsZero === true;
  const exclude = options.exclude;
  const findings: Finding[] = [];
  let errors = 0;
  const pushPair = (
    rule: (typeof pairRules)[number],
    status: FindingStatus,
    values: Record<string, string>,
    cells: string[],
  ) => {
    if (isExcluded(rule.id, exclude)) return;
    const message = fillBoth(status === "pass" ? rule.templates.pass : rule.templates.fail, { zh: values, en: values });
    if (status === "fail" && rule.severity === "error") errors++;
    findings.push({
      rule: rule.id,
      severity: rule.severity,
      status,
      cells,
      previousCells: cells,
      message,
      text: message[lang],
    });
  };

  const [consecutive, sameOrgan] = pairRules;
  const years = { previous: String(previous.year), current: String(current.year) };
  if (current.year !== previous.year + 1) {
    pushPair(consecutive, "fail", years, ["year"]);
    return { ok: errors === 0, findings };
  }
  if (includePassed) pushPair(consecutive, "pass", years, ["year"]);
  const organsDiffer = squash(previous.organ) !== squash(current.organ);
  if (organsDiffer || includePassed) {
    pushPair(sameOrgan, organsDiffer ? "fail" : "pass", { previous: previous.organ, current: current.organ }, [
      "organ",
    ]);
  }

  const before = snapshot(previous);
  const now = snapshot(current);
  for (const inst of pairPlan(previous.edition, current.edition)) {
    if (isExcluded(inst.rule.id, exclude)) continue;
    const operandValue = (op: Operand) => (op.current ? now : before).get(op.cell.path) ?? null;
    const blanks = [...inst.left, ...inst.right].filter((op) => operandValue(op) === null);
    const cells = [...inst.left, ...inst.right].filter((op) => op.current).map((op) => op.cell.path);
    const previousCells = [...inst.left, ...inst.right].filter((op) => !op.current).map((op) => op.cell.path);
    const base = { rule: inst.rule.id, severity: inst.rule.severity, cells, previousCells };
    if (blanks.length > 0 && !blankAsZero) {
      const list = listNames(blanks.map(name));
      const message = fillBoth(inst.rule.templates.notAssessable ?? inst.rule.templates.fail, {
        zh: { scope: inst.scope.zh, left: inst.leftText.zh, right: inst.rightText.zh, blanks: list.zh },
        en: { scope: inst.scope.en, left: inst.leftText.en, right: inst.rightText.en, blanks: list.en },
      });
      findings.push({
        ...base,
        status: "not-assessable",
        blankCells: blanks.map((op) => op.cell.path),
        left: null,
        right: null,
        delta: null,
        message,
        text: message[lang],
      });
      continue;
    }
    const sum = (ops: readonly Operand[]) => {
      const s = new DecimalSum();
      const neg = new DecimalSum();
      for (const op of ops) (op.negate ? neg : s).add(operandValue(op) ?? 0);
      s.subtractSum(neg);
      return s;
    };
    const l = sum(inst.left);
    const r = sum(inst.right);
    const pass = l.compare(r) === 0;
    if (pass && !includePassed) continue;
    const d = new DecimalSum();
    d.addSum(l);
    d.subtractSum(r);
    const difference = d.toString().replace(/^-/, "");
    const texts = (lng: Lang) => ({
      scope: inst.scope[lng],
      left: inst.leftText[lng],
      right: inst.rightText[lng],
      leftValue: l.toString(),
      rightValue: r.toString(),
      difference,
    });
    const message = fillBoth(pass ? (inst.rule.templates.pass ?? inst.rule.templates.fail) : inst.rule.templates.fail, {
      zh: texts("zh"),
      en: texts("en"),
    });
    if (!pass && inst.rule.severity === "error") errors++;
    findings.push({
      ...base,
      status: pass ? "pass" : "fail",
      left: l.toNumber(),
      right: r.toNumber(),
      delta: d.isZero() ? 0 : d.toNumber(),
      message,
      text: message[lang],
    });
  }
  return { ok: errors === 0, findings };
}
