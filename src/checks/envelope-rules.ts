/**
 * Rules on the report's envelope: the edition against the report year, and the publication date against
 * the statutory deadline (《政府信息公开条例》第四十九条).
 *
 * @module
 */
import { type Edition, editionForYear, editions, editionYears } from "../format/editions.js";
import type { Report } from "../model/report.generated.js";
import type { Message } from "../validate/issues.js";
import { isExcluded, type Tally } from "./evaluate.js";
import { fillBoth } from "./messages.js";
import type { RuleTemplates } from "./templates.js";
import type { CheckOptions, Finding, FindingStatus, Lang, OrganKind, Severity } from "./types.js";

/**
 * A rule that is not a sum of cells, as the engine uses it: id, severity and message templates. Its
 * relation in words and rationale are in `ruleTexts` (for the catalogue).
 *
 * @example
 * ```ts
 * import { envelopeRules } from "zfxxgk/rules";
 * envelopeRules.map((r) => r.id); // ["E.edition-year", "R.deadline", "R.published-before-year-end"]
 * ```
 */
export interface DeclaredRule {
  readonly id: string;
  readonly severity: Severity;
  readonly templates: RuleTemplates;
}

/**
 * A declared rule that carries its own words (the cross-year rules).
 *
 * @example
 * ```ts
 * import { pairRules } from "zfxxgk/rules";
 * const r: DocumentedRule = pairRules[0];
 * ```
 */
export interface DocumentedRule extends DeclaredRule {
  /** True where the rule rests on an official text. */
  readonly official: boolean;
  readonly equation: Message;
  readonly rationale: Message;
}

/**
 * Name endings that mark an organ whose report has the later deadline (3月31日): a people's government's
 * own report (…人民政府), and a 街道办事处 (a 派出机关, not a 政府部门, for which 第四十九条 sets no
 * department deadline; the later date is assumed so as not to warn wrongly), a 管委会 (管理委员会) governing a
 * zone, and a report that names its organ by the place alone (平潭综合实验区, 某某市, 某某县: the place's own
 * report, never a department's, which always ends in 局, 委, 办, 厅…). Every other organ is taken as a department
 * (1月31日). Callers override with `organKind`.
 *
 * @example
 * ```ts
 * import { governmentNameEndings } from "zfxxgk/rules";
 * governmentNameEndings.includes("人民政府"); // true
 * ```
 */
export const governmentNameEndings = [
  "人民政府",
  "街道办事处",
  "管委会",
  "管理委员会",
  "省",
  "市",
  "县",
  "区",
  "州",
  "盟",
  "旗",
  "镇",
  "乡",
  "街道",
] as const;

/**
 * The statutory deadlines of 条例第四十九条, as month-day: departments publish last year's report by
 * 1月31日, the 主管部门 publishes its government's report by 3月31日.
 *
 * @example
 * ```ts
 * import { statutoryDeadlines } from "zfxxgk/rules";
 * statutoryDeadlines.department; // "01-31"
 * ```
 */
export const statutoryDeadlines = { department: "01-31", government: "03-31" } as const satisfies Record<
  OrganKind,
  string
>;

/**
 * The envelope rules.
 *
 * @example
 * ```ts
 * import { envelopeRules } from "zfxxgk/rules";
 * envelopeRules[1]?.severity; // "warning"
 * ```
 */
export const envelopeRules = [
  {
    id: "E.edition-year",
    severity: "warning",
    templates: {
      fail: {
        zh: "报告年度为 {year} 年，但所用为{notice}格式（适用于{years}）；该年度应使用{expected}格式。",
        en: "The report year is {year}, but the format used is that of {notice} (for {years}); that year calls for the format of {expected}.",
      },
      pass: {
        zh: "报告年度 {year} 年与{notice}格式相符。",
        en: "The report year {year} matches the format of {notice}.",
      },
    },
  },
  {
    id: "R.deadline",
    severity: "warning",
    templates: {
      fail: {
        zh: "发布日期 {publishedOn} 晚于法定期限 {deadline}（{organKind}，条例第四十九条），迟 {days} 天。",
        en: "Published on {publishedOn}, after the statutory deadline {deadline} ({organKind}, Regulations art. 49): {days} days late.",
      },
      notAssessable: {
        zh: "未载明发布日期，无法核对是否在法定期限 {deadline} 前发布。",
        en: "No publication date is given, so the deadline {deadline} cannot be checked.",
      },
      pass: {
        zh: "发布日期 {publishedOn} 不晚于法定期限 {deadline}（{organKind}）。",
        en: "Published on {publishedOn}, by the statutory deadline {deadline} ({organKind}).",
      },
    },
  },
  {
    id: "R.published-before-year-end",
    severity: "warning",
    templates: {
      fail: {
        zh: "发布日期 {publishedOn} 不晚于报告年度 {year} 年的 12月31日，年度尚未结束。",
        en: "Published on {publishedOn}, before the report year {year} had ended.",
      },
      pass: {
        zh: "发布日期 {publishedOn} 在报告年度 {year} 年结束之后。",
        en: "Published on {publishedOn}, after the report year {year} ended.",
      },
    },
  },
] as const satisfies readonly DeclaredRule[];

const organKindName: Record<OrganKind, Message> = {
  department: { zh: "政府部门", en: "a government department" },
  government: { zh: "本级政府报告", en: "a government's own report" },
};

/**
 * The kind of an organ as guessed from its name (see {@link governmentNameEndings}).
 *
 * @example
 * ```ts
 * import { guessOrganKind } from "zfxxgk/rules";
 * guessOrganKind("连州市人民政府办公室"); // "department"
 * guessOrganKind("连州市人民政府"); // "government"
 * guessOrganKind("平潭综合实验区"); // "government" (a place's own report)
 * ```
 */
export function guessOrganKind(organ: string): OrganKind {
  // the same organ is checked report after report (a batch, a form): its kind is kept for the last name seen
  if (organ === lastOrgan) return lastKind;
  const last = organ.charCodeAt(organ.length - 1);
  const name = last <= 32 || last === 0x3000 || last === 0xa0 ? organ.trim() : organ;
  let kind: OrganKind = "department";
  for (const ending of governmentNameEndings) if (name.endsWith(ending)) kind = "government";
  lastOrgan = organ;
  lastKind = kind;
  return kind;
}

let lastOrgan: string | undefined;
let lastKind: OrganKind = "department";

/**
 * The statutory deadline (ISO date) for the report of `year` by an organ of `kind`.
 *
 * @example
 * ```ts
 * import { publicationDeadline } from "zfxxgk/rules";
 * publicationDeadline(2023, "department"); // "2024-01-31"
 * ```
 */
export function publicationDeadline(year: number, kind: OrganKind): string {
  return `${String(year + 1).padStart(4, "0")}-${statutoryDeadlines[kind]}`;
}

/** `yyyymmdd` as a number, from an ISO date (digits and hyphens), without allocating. */
function dayNumber(iso: string): number {
  let n = 0;
  for (let i = 0; i < iso.length; i++) {
    const c = iso.charCodeAt(i);
    if (c !== 45) n = n * 10 + (c - 48);
  }
  return n;
}

const deadlineDay: Record<OrganKind, number> = {
  department: dayNumber(statutoryDeadlines.department),
  government: dayNumber(statutoryDeadlines.government),
};

function yearsText(edition: Edition): Message {
  const { from, to } = editionYears(edition);
  return to === null
    ? { zh: `${from} 年起的年度报告`, en: `reports from ${from} on` }
    : { zh: `${from}—${to} 年度报告`, en: `reports for ${from}–${to}` };
}

/** Days since 0000-03-01 of a `yyyymmdd` day number (proleptic Gregorian calendar, as `Date` counts). */
function dayCount(day: number): number {
  const m = Math.floor(day / 100) % 100;
  const y = Math.floor(day / 10000) - (m <= 2 ? 1 : 0);
  const d = day % 100;
  const mp = (m + 9) % 12; // March = 0
  return (
    365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * mp + 2) / 5) + d - 1
  );
}

/** Days from ISO date `a` to ISO date `b`. */
const daysBetween = (a: string, b: string): number => dayCount(dayNumber(b)) - dayCount(dayNumber(a));

function push(
  findings: Finding[],
  rule: DeclaredRule,
  status: FindingStatus,
  values: { zh: Record<string, string>; en: Record<string, string> },
  lang: Lang,
  tally: Tally,
  extra: Pick<Finding, "cells">,
): void {
  const template =
    status === "pass" ? rule.templates.pass : status === "fail" ? rule.templates.fail : rule.templates.notAssessable;
  const message = fillBoth(template ?? rule.templates.fail, values);
  if (status === "fail" && rule.severity === "error") tally.errors++;
  findings.push({
    rule: rule.id,
    severity: rule.severity,
    status,
    cells: extra.cells,
    message,
    text: message[lang],
  });
}

const [editionYear, deadline, beforeYearEnd] = envelopeRules;

/**
 * Pushes the findings of the envelope rules.
 *
 * @example
 * ```ts
 * envelopeFindings(report, {}, "zh", false, findings, tally);
 * ```
 */
export function envelopeFindings(
  report: Report,
  options: CheckOptions,
  lang: Lang,
  includePassed: boolean,
  findings: Finding[],
  tally: Tally,
): void {
  const exclude = options.exclude;
  const year = report.year;
  const edition = report.edition;
  if (!isExcluded(editionYear.id, exclude)) {
    const { from, to } = editionYears(edition);
    const fits = year >= from && (to === null || year <= to);
    if (!fits || includePassed) {
      const expected = editionForYear(year);
      const notice = editions[edition].notice;
      const expectedNotice = expected === undefined ? "—" : editions[expected].notice;
      const years = yearsText(edition);
      push(
        findings,
        editionYear,
        fits ? "pass" : "fail",
        {
          zh: { year: String(year), notice, years: years.zh, expected: expectedNotice },
          en: { year: String(year), notice, years: years.en, expected: expectedNotice },
        },
        lang,
        tally,
        { cells: ["edition", "year"] },
      );
    }
  }
  const publishedOn = report.publishedOn;
  const kind = options.organKind ?? guessOrganKind(report.organ);
  const published = publishedOn === null ? 0 : dayNumber(publishedOn);
  if (!isExcluded(deadline.id, exclude)) {
    if (publishedOn === null) {
      if (includePassed) {
        const due = publicationDeadline(year, kind);
        push(findings, deadline, "not-assessable", { zh: { deadline: due }, en: { deadline: due } }, lang, tally, {
          cells: ["publishedOn"],
        });
      }
    } else {
      const late = published > (year + 1) * 10000 + deadlineDay[kind];
      if (late || includePassed) {
        const due = publicationDeadline(year, kind);
        const days = late ? String(daysBetween(due, publishedOn)) : "0";
        push(
          findings,
          deadline,
          late ? "fail" : "pass",
          {
            zh: { publishedOn, deadline: due, organKind: organKindName[kind].zh, days },
            en: { publishedOn, deadline: due, organKind: organKindName[kind].en, days },
          },
          lang,
          tally,
          { cells: ["publishedOn"] },
        );
      }
    }
  }
  if (publishedOn !== null && !isExcluded(beforeYearEnd.id, exclude)) {
    const early = published <= year * 10000 + 1231;
    if (early || includePassed) {
      const values = { publishedOn, year: String(year) };
      push(findings, beforeYearEnd, early ? "fail" : "pass", { zh: values, en: values }, lang, tally, {
        cells: ["publishedOn", "year"],
      });
    }
  }
}
