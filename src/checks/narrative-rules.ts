/**
 * The narrative against the tables: figures that 一、总体情况 states for applications received, carried
 * over and carried forward, and for review and litigation cases, compared with 表三 and 表四.
 *
 * Conservative by design: only a figure in Arabic digits directly followed by a counting unit, in the same
 * clause as its keyword, with nothing between them that makes it another quantity (a comparison with last
 * year, a part, an outcome); and a warning only when no figure the prose states for the quantity agrees
 * with any reasonable reading of the tables.
 *
 * @module
 */

import type { CellEntry } from "../format/walk.js";
import { cellAt } from "../format/walk.js";
import { readCell } from "../model/build.js";
import type { Report } from "../model/report.generated.js";
import type { DeclaredRule } from "./envelope-rules.js";
import { isExcluded, type Tally } from "./evaluate.js";
import { fillBoth, formatNumber, sumOfCellNames } from "./messages.js";
import type { EditionPlan } from "./sum-plan.js";
import type { Finding, Lang } from "./types.js";

/**
 * A narrative rule, as data.
 *
 * @example
 * ```ts
 * import { narrativeRules } from "zfxxgk/rules";
 * narrativeRules[0]?.id; // "N.applications-received"
 * ```
 */
export interface NarrativeRule extends DeclaredRule {
  /** Keywords (regular-expression alternatives) that open a statement. */
  readonly triggers: readonly string[];
  /**
   * Regular expression matched right after the keyword: capture group 1 is the text before the figure
   * (checked against {@link NarrativeRule.unless}), group 2 the figure.
   */
  readonly tail: string;
  /** Words that, between the keyword and the figure, make the figure some other quantity. */
  readonly unless: readonly string[];
  /** Readings of the tables: each a list of cell paths whose sum the figure may state. */
  readonly readings: readonly (readonly string[])[];
}

/**
 * Characters a statement does not cross: clause ends, and digits (the figure is the first number). The
 * figure is a count of cases, not a time span (15个工作日).
 */
const gap = "[^，。；：！？,.;:!?\\n\\r0-9０-９]";
const figure = "([0-9０-９]{1,9})\\s*(?:件|宗|个|条|份|起|次|例)(?!工作日|自然日|日|天|月|小时|百分点)";
/** Words that turn a figure into a change, a part or an average. */
const comparisons = [
  "较",
  "比",
  "同比",
  "环比",
  "增",
  "减",
  "去年",
  "上年",
  "上一年",
  "其中",
  "累计",
  "历年",
  "各",
  "平均",
  "%",
  "％",
];
const outcomes = ["维持", "纠正", "撤销", "驳回", "确认", "其他", "尚未", "审结", "结果", "败诉", "胜诉"];

const templates = {
  fail: {
    zh: "正文称“{quote}”，即 {leftValue}；而{right}为 {rightValue}，相差 {difference}。",
    en: "The text says “{quote}”, that is {leftValue}; but {right} is {rightValue}: a difference of {difference}.",
  },
  pass: {
    zh: "正文称“{quote}”，与{right}（{rightValue}）一致。",
    en: "The text says “{quote}”, in agreement with {right} ({rightValue}).",
  },
} as const;

/**
 * The narrative rules (warnings).
 *
 * @example
 * ```ts
 * import { narrativeRules } from "zfxxgk/rules";
 * narrativeRules.map((r) => r.id);
 * ```
 */
export const narrativeRules = [
  {
    id: "N.applications-received",
    severity: "warning",
    templates,
    triggers: ["收到", "新收", "受理"],
    tail: `(${gap}{0,16}?申请${gap}{0,12}?)${figure}`,
    unless: [...comparisons, "办结", "答复", "回复", "办理", "处理", "予以", "不予", "部分", "完成", "结转"],
    readings: [
      ["applications.newReceived.total"],
      ["applications.newReceived.total", "applications.carriedOver.total"],
    ],
  },
  {
    id: "N.applications-carried-over",
    severity: "warning",
    templates,
    triggers: ["上一?年度?结转"],
    tail: `(${gap}{0,12}?)${figure}`,
    unless: [...comparisons, "办结", "答复", "处理", "完成"],
    readings: [["applications.carriedOver.total"]],
  },
  {
    id: "N.applications-carried-forward",
    severity: "warning",
    templates,
    triggers: ["结转至?下一?年度?"],
    tail: `(${gap}{0,12}?)${figure}`,
    unless: comparisons,
    readings: [["applications.carriedForward.total"]],
  },
  {
    id: "N.review-cases",
    severity: "warning",
    templates,
    triggers: ["行政复议"],
    tail: `(${gap}{0,10}?)${figure}`,
    unless: [...comparisons, ...outcomes, "诉讼", "、", "和", "及", "与"],
    readings: [["reviewLitigation.review.total"]],
  },
  {
    id: "N.litigation-cases",
    severity: "warning",
    templates,
    triggers: ["行政诉讼"],
    tail: `(${gap}{0,10}?)${figure}`,
    unless: [...comparisons, ...outcomes, "复议", "、", "和", "及", "与"],
    readings: [
      ["reviewLitigation.litigationDirect.total", "reviewLitigation.litigationAfterReview.total"],
      ["reviewLitigation.litigationDirect.total"],
      ["reviewLitigation.litigationAfterReview.total"],
    ],
  },
] as const satisfies readonly NarrativeRule[];

interface Compiled {
  readonly scan: RegExp;
  readonly tails: readonly RegExp[];
  /** Which rule each trigger alternative belongs to. */
  readonly ruleOfTrigger: readonly number[];
}

let compiled: Compiled | undefined;

/** One scanning expression for every keyword (a capture group per keyword), sticky tails per rule. */
function compile(): Compiled {
  if (compiled !== undefined) return compiled;
  const alternatives: string[] = [];
  const ruleOfTrigger: number[] = [];
  narrativeRules.forEach((rule, r) => {
    for (const t of rule.triggers) {
      alternatives.push(`(${t})`);
      ruleOfTrigger.push(r);
    }
  });
  compiled = {
    scan: new RegExp(alternatives.join("|"), "g"),
    tails: narrativeRules.map((rule) => new RegExp(rule.tail, "y")),
    ruleOfTrigger,
  };
  return compiled;
}

const toAscii = (digits: string): number => {
  let n = 0;
  for (const ch of digits) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return n;
};

/** A figure stated in the text, with the words that state it. */
interface Statement {
  /** Index into {@link narrativeRules}. */
  readonly rule: number;
  readonly value: number;
  readonly quote: string;
}

const none: readonly Statement[] = Object.freeze([]);

/** Characters that join the items of a list. */
const listJoiners = "、和及与或";

/** The statements of one paragraph. */
function scanParagraph(text: string): readonly Statement[] {
  const { scan, tails, ruleOfTrigger } = compile();
  let out: Statement[] | undefined;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    let alt = 1;
    while (m[alt] === undefined) alt++;
    // The second item of a list (行政复议、行政诉讼…共3件) shares its figure with the first: not compared.
    if (m.index > 0 && listJoiners.includes(text.charAt(m.index - 1))) continue;
    const r = ruleOfTrigger[alt - 1] as number;
    const tail = tails[r] as RegExp;
    tail.lastIndex = scan.lastIndex;
    const t = tail.exec(text);
    if (t === null) continue;
    const between = t[1] as string;
    const rule = narrativeRules[r] as NarrativeRule;
    if (rule.unless.some((w) => between.includes(w))) continue;
    out ??= [];
    out.push(Object.freeze({ rule: r, value: toAscii(t[2] as string), quote: m[0] + t[0] }));
  }
  return out === undefined ? none : Object.freeze(out);
}

/**
 * Statements by paragraph text, kept for the paragraphs seen last: a report re-checked as its tables are
 * edited (a form validating on every keystroke) scans its unchanged prose once. Bounded; cleared when full.
 */
const scanned = new Map<string, readonly Statement[]>();
const scannedLimit = 512;

function statementsOf(text: string): readonly Statement[] {
  let found = scanned.get(text);
  if (found === undefined) {
    found = scanParagraph(text);
    if (scanned.size >= scannedLimit) scanned.clear();
    scanned.set(text, found);
  }
  return found;
}

/** The paragraphs last scanned as one list, and their statements. */
interface Scanned {
  readonly paragraphs: readonly string[];
  readonly statements: readonly Statement[];
}

/**
 * Statements by list of paragraphs (the report's own array): a report checked again (a batch, a form checking
 * on every keystroke) finds its paragraphs as they were — the same strings, compared by identity first —
 * without hashing each paragraph's text again. Weak: kept only while the report is.
 */
const scannedLists = new WeakMap<readonly string[], Scanned>();

/** The statements of every paragraph, in order (a paragraph stating none adds nothing). */
function statementsOfAll(paragraphs: readonly string[]): readonly Statement[] {
  const known = scannedLists.get(paragraphs);
  if (known !== undefined && sameParagraphs(known.paragraphs, paragraphs)) return known.statements;
  // the common case (one paragraph states figures) shares the cached array
  let all: readonly Statement[] = none;
  for (let i = 0; i < paragraphs.length; i++) {
    const found = statementsOf(paragraphs[i] as string);
    if (found.length === 0) continue;
    all = all.length === 0 ? found : [...all, ...found];
  }
  scannedLists.set(paragraphs, { paragraphs: paragraphs.slice(), statements: all });
  return all;
}

function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Pushes the findings of the narrative rules for `report.sections.overview`.
 *
 * @example
 * ```ts
 * narrativeFindings(plan, report, "zh", false, undefined, findings, tally);
 * ```
 */
export function narrativeFindings(
  plan: EditionPlan,
  report: Report,
  lang: Lang,
  includePassed: boolean,
  exclude: readonly string[] | undefined,
  findings: Finding[],
  _tally: Tally,
): void {
  const paragraphs = report.sections?.overview;
  if (paragraphs === undefined || paragraphs.length === 0) return;
  if (exclude !== undefined && narrativeRules.every((rule) => isExcluded(rule.id, exclude))) return;
  const all = statementsOfAll(paragraphs);
  if (all.length === 0) return;
  const readings = readingsOf(plan.edition);
  for (let r = 0; r < narrativeRules.length; r++) {
    const rule = narrativeRules[r] as NarrativeRule;
    if (isExcluded(rule.id, exclude)) continue;
    judge(report, rule, r, all, readings[r] as readonly (readonly CellEntry[])[], lang, includePassed, findings);
  }
}

const readingCache = new Map<string, readonly (readonly (readonly CellEntry[])[])[]>();

/** Each rule's readings as cells of an edition (a reading naming a cell the edition lacks is dropped). */
function readingsOf(edition: EditionPlan["edition"]): readonly (readonly (readonly CellEntry[])[])[] {
  let list = readingCache.get(edition);
  if (list === undefined) {
    list = narrativeRules.map((rule) =>
      (rule.readings as readonly (readonly string[])[])
        .map((reading) => reading.map((path) => cellAt(edition, path)))
        .filter((cells): cells is CellEntry[] => cells.every((c) => c !== undefined && c.field.kind !== "unit")),
    );
    readingCache.set(edition, list);
  }
  return list;
}

/** The sum of a reading's cells in the report, or `undefined` when one is blank. */
function readingValue(report: Report, cells: readonly CellEntry[]): number | undefined {
  let sum = 0;
  for (const cell of cells) {
    const v = readCell(report, cell.segments);
    if (typeof v !== "number") return undefined;
    sum += v;
  }
  return sum;
}

/** The first statement of rule `r` whose figure is `value` (any figure when undefined). */
function statementOf(statements: readonly Statement[], r: number, value: number | undefined): Statement | undefined {
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i] as Statement;
    if (st.rule === r && (value === undefined || st.value === value)) return st;
  }
  return undefined;
}

function judge(
  report: Report,
  rule: NarrativeRule,
  r: number,
  statements: readonly Statement[],
  readings: readonly (readonly CellEntry[])[],
  lang: Lang,
  includePassed: boolean,
  findings: Finding[],
): void {
  const first = statementOf(statements, r, undefined);
  if (first === undefined) return;
  let shown: readonly CellEntry[] | undefined;
  let shownValue = 0;
  for (let k = 0; k < readings.length; k++) {
    const cells = readings[k] as readonly CellEntry[];
    const value = readingValue(report, cells);
    if (value === undefined) continue;
    if (shown === undefined) {
      shown = cells;
      shownValue = value;
    }
    const agreeing = statementOf(statements, r, value);
    if (agreeing === undefined) continue;
    if (includePassed) findings.push(narrativeFinding(rule, "pass", agreeing, cells, value, lang));
    return;
  }
  if (shown === undefined) return;
  findings.push(narrativeFinding(rule, "fail", first, shown, shownValue, lang));
}

function narrativeFinding(
  rule: NarrativeRule,
  status: "fail" | "pass",
  statement: Statement,
  cells: readonly CellEntry[],
  value: number,
  lang: Lang,
): Finding {
  const right = sumOfCellNames(cells);
  const difference = formatNumber(Math.abs(statement.value - value));
  const leftValue = formatNumber(statement.value);
  const rightValue = formatNumber(value);
  const message = fillBoth(status === "fail" ? rule.templates.fail : (rule.templates.pass ?? rule.templates.fail), {
    zh: { quote: statement.quote, leftValue, right: right.zh, rightValue, difference },
    en: { quote: statement.quote, leftValue, right: right.en, rightValue, difference },
  });
  return {
    rule: rule.id,
    severity: rule.severity,
    status,
    cells: cells.map((c) => c.path),
    left: statement.value,
    right: value,
    delta: statement.value - value,
    message,
    text: message[lang],
  };
}
