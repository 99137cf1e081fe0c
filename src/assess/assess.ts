/**
 * `assessReports`: a region's reports against its unit list — coverage (missing reports, organs outside the list),
 * roll-up reconciliation (汇总 against `sumReports` of the children), every report's findings grouped by table with
 * the official cell names and a one-line fix, indicators and a ranking; findings dismissed by fingerprint.
 *
 * @module
 */

import { assessRules } from "../checks/assess-rules.js";
import { checkReport } from "../checks/check-report.js";
import { fillBoth } from "../checks/messages.js";
import { sumReports } from "../checks/sum-reports.js";
import type { Finding, FindingStatus, Severity } from "../checks/types.js";
import { type Edition, editions, newestEdition, type TableKey } from "../format/editions.js";
import { cellAt, cellsOf } from "../format/walk.js";
import { readCell } from "../model/build.js";
import type { Report } from "../model/report.generated.js";
import type { Message } from "../validate/issues.js";
import { fingerprintOf } from "./fingerprint.js";
import { fixOf } from "./fixes.js";
import { type IndicatorValue, indicatorsOf } from "./indicators.js";
import { normaliseOrgan, type Unit } from "./units.js";

/**
 * A report to assess, with where it came from (a file name, shown in the assessment).
 *
 * @example
 * ```ts
 * const item: AssessInput = { report, source: "reports/教育局.json" };
 * ```
 */
export type AssessInput =
  | Report
  | {
      readonly report: Report;
      readonly source?: string;
      /** The parts in the order printed, where the report was read (`ParseResult.partsOrder`): for `S.part-order`. */
      readonly partsOrder?: readonly string[];
    };

/**
 * Options of {@link assessReports}.
 *
 * @example
 * ```ts
 * const options: AssessOptions = { year: 2024, units, ignore: ["0123456789abcdef"] };
 * ```
 */
export interface AssessOptions {
  /** The report year assessed; reports of other years are left out (counted in `summary.otherYears`). */
  readonly year: number;
  /** The unit list; without it every organ found is a unit and nothing is missing. */
  readonly units?: readonly Unit[];
  /** Fingerprints of dismissed findings (see `findingFingerprint`): left out, counted in `summary.ignored`. */
  readonly ignore?: Iterable<string>;
}

/**
 * A finding of the assessment: a report's finding (or a coverage or roll-up finding) with its fingerprint, the
 * official names of its cells and a one-line fix.
 *
 * @example
 * ```ts
 * const f: AssessFinding = assessment.units[0]!.groups[0]!.findings[0]!;
 * console.log(f.fingerprint, f.message.zh, f.fix.zh);
 * ```
 */
export interface AssessFinding {
  readonly fingerprint: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly status: FindingStatus;
  readonly cells: readonly string[];
  /** The cells by their official names (表三（七）总计·自然人), or the part or field they are. */
  readonly cellNames: readonly Message[];
  readonly message: Message;
  readonly fix: Message;
  /** The report's source, where the finding is on a report. */
  readonly source?: string;
}

/**
 * The key of a group of findings: a table, or the envelope, the prose, the coverage.
 *
 * @example
 * ```ts
 * const key: FindingGroupKey = "applications";
 * ```
 */
export type FindingGroupKey = "coverage" | "envelope" | TableKey | "prose";

/**
 * A unit's findings on one table (or the envelope, the prose, the coverage).
 *
 * @example
 * ```ts
 * const g: FindingGroup = { key: "reviewLitigation", name: { zh: "表四", en: "Table 4" }, findings: [] };
 * ```
 */
export interface FindingGroup {
  readonly key: FindingGroupKey;
  readonly name: Message;
  readonly findings: readonly AssessFinding[];
}

/**
 * A report as the assessment lists it.
 *
 * @example
 * ```ts
 * const r: AssessedReport = { organ: "某县教育局", edition: "2021", publishedOn: "2025-01-20", rollUp: false };
 * ```
 */
export interface AssessedReport {
  readonly organ: string;
  readonly edition: Edition;
  readonly publishedOn: string | null;
  readonly rollUp: boolean;
  readonly source?: string;
}

/**
 * One unit's assessment (a unit of the list, or an organ found outside it).
 *
 * @example
 * ```ts
 * for (const u of assessment.units) console.log(u.name, u.errors, u.warnings);
 * ```
 */
export interface UnitAssessment {
  readonly name: string;
  readonly code?: string;
  readonly parent?: string;
  /** False for an organ found in the reports but not in the unit list. */
  readonly listed: boolean;
  readonly reports: readonly AssessedReport[];
  readonly errors: number;
  readonly warnings: number;
  /** Published after the deadline (an `R.deadline` failure). */
  readonly late: boolean;
  readonly missing: boolean;
  /** The units whose parent it is (named in the list's order): the children a roll-up is compared with. */
  readonly children: readonly string[];
  /** The indicators of its own report (not a roll-up); `null` without one. */
  readonly indicators: readonly IndicatorValue[] | null;
  readonly groups: readonly FindingGroup[];
}

/**
 * A row of the ranking: units with a report, fewest errors first, then fewest warnings, on time before late,
 * then by name (code points); equal rows share a rank.
 *
 * @example
 * ```ts
 * assessment.ranking[0]?.rank; // 1
 * ```
 */
export interface RankingRow {
  readonly rank: number;
  readonly name: string;
  readonly errors: number;
  readonly warnings: number;
  readonly late: boolean;
  readonly indicators: readonly IndicatorValue[];
}

/**
 * The region's totals.
 *
 * @example
 * ```ts
 * const { units, reports, errors, warnings, late, missing } = assessment.summary;
 * ```
 */
export interface AssessSummary {
  /** Units assessed: the list's, and organs found outside it. */
  readonly units: number;
  /** Reports of the year. */
  readonly reports: number;
  readonly errors: number;
  readonly warnings: number;
  readonly late: number;
  readonly missing: number;
  /** Reports whose organ is not in the unit list. */
  readonly unknown: number;
  /** Findings left out by the ignore list. */
  readonly ignored: number;
  /** Reports of other years, left out. */
  readonly otherYears: number;
}

/**
 * What {@link assessReports} returns: plain data, for the renderers or your own.
 *
 * @example
 * ```ts
 * const a: Assessment = assessReports(reports, { year: 2024 });
 * ```
 */
export interface Assessment {
  readonly year: number;
  readonly summary: AssessSummary;
  readonly ranking: readonly RankingRow[];
  readonly units: readonly UnitAssessment[];
}

const groupNames: Readonly<Record<FindingGroupKey, Message>> = {
  coverage: { zh: "报送情况", en: "Coverage" },
  envelope: { zh: "报告信息（年度、格式、发布日期）", en: "Envelope (year, format, publication date)" },
  proactive: { zh: "表二 主动公开政府信息情况", en: "Table 2 Proactive disclosure" },
  applications: { zh: "表三 收到和处理政府信息公开申请情况", en: "Table 3 Requests received and handled" },
  reviewLitigation: { zh: "表四 行政复议、行政诉讼情况", en: "Table 4 Reconsideration and litigation" },
  prose: { zh: "正文", en: "Text" },
};
const groupOrder: readonly FindingGroupKey[] = [
  "coverage",
  "envelope",
  "proactive",
  "applications",
  "reviewLitigation",
  "prose",
];

const fieldNames: Readonly<Record<string, Message>> = {
  publishedOn: { zh: "发布日期", en: "Publication date" },
  year: { zh: "报告年度", en: "Report year" },
  edition: { zh: "格式版本", en: "Edition" },
};

/** The group and official names of a finding's cells. */
function placeOf(
  edition: Edition,
  rule: string,
  cells: readonly string[],
): { group: FindingGroupKey; names: Message[] } {
  if (rule.startsWith("A.missing") || rule.startsWith("A.unknown")) return { group: "coverage", names: [] };
  const names: Message[] = [];
  let group: FindingGroupKey | undefined;
  for (const path of cells) {
    const cell = cellAt(edition, path);
    if (cell !== undefined) {
      names.push(cell.name);
      group ??= cell.table.key as TableKey;
      continue;
    }
    if (path.startsWith("sections.")) {
      const key = path.slice("sections.".length);
      const s = editions[edition].sections.find((x) => x.key === key);
      names.push(s === undefined ? { zh: path, en: path } : { zh: s.ordinal + s.title, en: s.en });
      group ??= "prose";
      continue;
    }
    names.push(fieldNames[path] ?? { zh: path, en: path });
    group ??= "envelope";
  }
  if (rule.startsWith("S.") || rule.startsWith("N.")) group = "prose";
  return { group: group ?? "envelope", names };
}

/** Whether a report is a roll-up: 汇总 in its title or organ. */
const isRollUp = (report: Report): boolean =>
  report.organ.includes("汇总") || (typeof report.title === "string" && report.title.includes("汇总"));

interface Slot {
  readonly unit: Unit;
  readonly listed: boolean;
  readonly items: { report: Report; source?: string; partsOrder?: readonly string[] }[];
  readonly findings: AssessFinding[];
  /** The findings by group, as they were added. */
  readonly grouped: Map<FindingGroupKey, AssessFinding[]>;
  /** The unit's name normalised, for fingerprints (computed once). */
  key?: string;
}

const [missingRule, unknownRule, rollUpRule] = assessRules;
const same = (v: Record<string, string>) => ({ zh: v, en: v });

/**
 * Assesses a region's reports for one year. Pure and deterministic: units in the list's order (organs outside
 * it after, by name), findings as `checkReport` orders them, then the roll-up's. Never throws on data.
 *
 * @example
 * ```ts
 * import { assessReports, renderAssessment } from "zfxxgk/assess";
 * const assessment = assessReports(reports, { year: 2024, units });
 * const html = renderAssessment(assessment, { format: "html" });
 * ```
 */
export function assessReports(reports: readonly AssessInput[], options: AssessOptions): Assessment {
  const { year } = options;
  const ignore = new Set(options.ignore ?? []);
  const slots: Slot[] = [];
  const byName = new Map<string, Slot>();
  const byRef = new Map<string, Slot>();
  for (const unit of options.units ?? []) {
    // a unit listed twice (the same name, normalised) is the first one
    if (byName.get(normaliseOrgan(unit.name))?.listed === true) continue;
    const slot: Slot = { unit, listed: true, items: [], findings: [], grouped: new Map() };
    slots.push(slot);
    for (const name of [unit.name, ...(unit.aliases ?? [])]) {
      const key = normaliseOrgan(name);
      if (key !== "" && !byName.has(key)) byName.set(key, slot);
    }
    if (unit.code !== undefined && !byRef.has(unit.code)) byRef.set(unit.code, slot);
  }
  const listedCount = slots.length;
  let otherYears = 0;
  let reportCount = 0;
  for (const input of reports) {
    const item = "report" in input ? input : { report: input };
    if (item.report.year !== year) {
      otherYears++;
      continue;
    }
    reportCount++;
    const key = normaliseOrgan(item.report.organ);
    let slot = byName.get(key);
    if (slot === undefined) {
      slot = { unit: { name: item.report.organ }, listed: false, items: [], findings: [], grouped: new Map() };
      byName.set(key, slot);
      slots.push(slot);
    }
    slot.items.push(item);
  }
  // organs outside the list, after the list's units, by name
  const extra = slots.splice(listedCount).sort((a, b) => compareText(a.unit.name, b.unit.name));
  slots.push(...extra);
  // a unit's reports in an order of their own (source, date, content), not the input's
  for (const slot of slots) if (slot.items.length > 1) slot.items.sort(compareItems);

  let ignored = 0;
  const add: Add = (slot, edition, f) => {
    slot.key ??= normaliseOrgan(slot.unit.name);
    const fingerprint = fingerprintOf(f.rule, slot.key, year, f.cells);
    if (ignore.has(fingerprint)) {
      ignored++;
      return;
    }
    const { group, names } = placeOf(edition, f.rule, f.cells);
    const finding: AssessFinding = { ...f, fingerprint, cellNames: names, fix: fixOf(f.rule) };
    slot.findings.push(finding);
    const list = slot.grouped.get(group);
    if (list === undefined) slot.grouped.set(group, [finding]);
    else list.push(finding);
  };

  for (const slot of slots) {
    const unit = slot.unit;
    if (slot.items.length === 0) {
      add(slot, newestEdition(), {
        rule: missingRule.id,
        severity: missingRule.severity,
        status: "fail",
        cells: [],
        message: fillBoth(missingRule.templates.fail, same({ unit: unit.name, year: String(year) })),
      });
      continue;
    }
    for (const { report, source, partsOrder } of slot.items) {
      if (!slot.listed && options.units !== undefined) {
        add(slot, report.edition, {
          rule: unknownRule.id,
          severity: unknownRule.severity,
          status: "fail",
          cells: [],
          message: fillBoth(unknownRule.templates.fail, same({ organ: report.organ })),
          ...(source === undefined ? {} : { source }),
        });
      }
      const checked = checkReport(report, {
        ...(unit.kind === undefined ? {} : { organKind: unit.kind }),
        ...(partsOrder === undefined ? {} : { partsOrder }),
      });
      for (const f of checked.findings) addReportFinding(add, slot, report.edition, f, source);
    }
  }

  // roll-ups: a parent's 汇总 report against the sum of its children's reports
  const children = new Map<Slot, Slot[]>();
  for (const slot of slots) {
    const ref = slot.unit.parent;
    // the parent by its code, else by its name or an alias (normalised)
    const parent = ref === undefined ? undefined : (byRef.get(ref) ?? listedByName(byName, ref));
    if (parent === undefined || parent === slot) continue;
    const list = children.get(parent) ?? [];
    list.push(slot);
    children.set(parent, list);
  }
  for (const [parent, kids] of children) {
    for (const { report, source } of parent.items) {
      if (!isRollUp(report)) continue;
      compareRollUp(report, source, kids, (f) => add(parent, report.edition, f));
    }
  }

  return finish(year, slots, children, { reportCount, otherYears, ignored, withList: options.units !== undefined });
}

/** A listed unit by name or alias (normalised); not an organ found outside the list. */
function listedByName(byName: ReadonlyMap<string, Slot>, name: string): Slot | undefined {
  const slot = byName.get(normaliseOrgan(name));
  return slot?.listed === true ? slot : undefined;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders two reports of one unit: by source, publication date, then their JSON. */
function compareItems(a: { report: Report; source?: string }, b: { report: Report; source?: string }): number {
  return (
    compareText(a.source ?? "", b.source ?? "") ||
    compareText(a.report.publishedOn ?? "", b.report.publishedOn ?? "") ||
    compareText(JSON.stringify(a.report), JSON.stringify(b.report))
  );
}

type NewFinding = Omit<AssessFinding, "fingerprint" | "cellNames" | "fix">;
type Add = (slot: Slot, edition: Edition, f: NewFinding) => void;

function addReportFinding(add: Add, slot: Slot, edition: Edition, f: Finding, source: string | undefined): void {
  add(slot, edition, {
    rule: f.rule,
    severity: f.severity,
    status: f.status,
    cells: f.cells,
    message: f.message,
    ...(source === undefined ? {} : { source }),
  });
}

/** The compared tables of a roll-up. */
const rolledTables: readonly string[] = ["applications", "reviewLitigation"];

function compareRollUp(
  report: Report,
  source: string | undefined,
  kids: readonly Slot[],
  push: (f: NewFinding) => void,
): void {
  const own = kids.flatMap((k) => k.items.filter((i) => !isRollUp(i.report) && i.report.edition === report.edition));
  const names = kids.filter((k) => k.items.length > 0).map((k) => k.unit.name);
  const absent = kids.filter((k) => k.items.length === 0).map((k) => k.unit.name);
  if (own.length === 0) return;
  const sum = sumReports(
    own.map((i) => i.report),
    { organ: report.organ },
  );
  if (!sum.ok) return;
  const absentNote =
    absent.length === 0
      ? { zh: "", en: "" }
      : { zh: `（缺 ${absent.join("、")} 的报告）`, en: ` (no report of ${absent.join(", ")})` };
  for (const cell of cellsOf(report.edition)) {
    if (!rolledTables.includes(cell.table.key) || cell.field.kind === "unit") continue;
    const mine = readCell(report, cell.segments);
    const total = readCell(sum.value, cell.segments);
    if (typeof mine !== "number" || typeof total !== "number" || mine === total) continue;
    const figures = {
      value: String(mine),
      children: String(names.length),
      sum: String(total),
      difference: String(Math.abs(mine - total)),
    };
    push({
      rule: rollUpRule.id,
      severity: rollUpRule.severity,
      status: "fail",
      cells: [cell.path],
      message: fillBoth(rollUpRule.templates.fail, {
        zh: { ...figures, cell: cell.name.zh, absent: absentNote.zh },
        en: { ...figures, cell: cell.name.en, absent: absentNote.en },
      }),
      ...(source === undefined ? {} : { source }),
    });
  }
}

function finish(
  year: number,
  slots: readonly Slot[],
  children: ReadonlyMap<Slot, readonly Slot[]>,
  counts: { reportCount: number; otherYears: number; ignored: number; withList: boolean },
): Assessment {
  let errors = 0;
  let warnings = 0;
  let late = 0;
  let missing = 0;
  let unknown = 0;
  const units = slots.map((slot): UnitAssessment => {
    let e = 0;
    let w = 0;
    let isLate = false;
    for (const f of slot.findings) {
      if (f.status !== "fail") continue;
      if (f.severity === "error") e++;
      else w++;
      if (f.rule === "R.deadline") isLate = true;
    }
    const isMissing = slot.items.length === 0;
    errors += e;
    warnings += w;
    if (isLate) late++;
    if (isMissing) missing++;
    if (!slot.listed && counts.withList) unknown += slot.items.length;
    const grouped = slot.grouped;
    const own = slot.items.find((i) => !isRollUp(i.report));
    const u = slot.unit;
    return {
      name: u.name,
      ...(u.code === undefined ? {} : { code: u.code }),
      ...(u.parent === undefined ? {} : { parent: u.parent }),
      listed: slot.listed,
      reports: slot.items.map((i) => ({
        organ: i.report.organ,
        edition: i.report.edition,
        publishedOn: i.report.publishedOn,
        rollUp: isRollUp(i.report),
        ...(i.source === undefined ? {} : { source: i.source }),
      })),
      errors: e,
      warnings: w,
      late: isLate,
      missing: isMissing,
      children: (children.get(slot) ?? []).map((k) => k.unit.name),
      indicators: own === undefined ? null : indicatorsOf(own.report),
      groups: groupOrder
        .filter((k) => grouped.has(k))
        .map((k) => ({ key: k, name: groupNames[k], findings: grouped.get(k) as AssessFinding[] })),
    };
  });
  const ranked = units
    .filter((u) => !u.missing)
    .sort(
      (a, b) =>
        a.errors - b.errors ||
        a.warnings - b.warnings ||
        Number(a.late) - Number(b.late) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  const ranking: RankingRow[] = [];
  ranked.forEach((u, i) => {
    const prev = ranking[i - 1];
    const tie = prev !== undefined && prev.errors === u.errors && prev.warnings === u.warnings && prev.late === u.late;
    ranking.push({
      rank: tie ? prev.rank : i + 1,
      name: u.name,
      errors: u.errors,
      warnings: u.warnings,
      late: u.late,
      indicators: u.indicators ?? [],
    });
  });
  return {
    year,
    summary: {
      units: units.length,
      reports: counts.reportCount,
      errors,
      warnings,
      late,
      missing,
      unknown,
      ignored: counts.ignored,
      otherYears: counts.otherYears,
    },
    ranking,
    units,
  };
}
