/**
 * Rules on the report as a document: the six parts present (part 五 with something in it, part 六 reporting the
 * 信息处理费 in the 2021 edition), sub-topics of 一、总体情况 not numbered as parts; and two statements of the
 * prose against 表三 (all requests closed while some are carried forward; no fee notice while 表三 counts
 * requests dropped for an unpaid fee).
 *
 * Only a report that carries at least one section of prose (one read from a document whose headings were found)
 * is judged; a model without sections (built from a form or a spreadsheet, or read from a text whose headings
 * could not be found) gets no finding of these rules. The tables (二、三、四) are always in the model: one left
 * blank is reported cell by cell (`cell.blank`), and by the parser (`table.missing`). The order of the parts
 * cannot be judged on the model (it keeps the sections by name, not in the order printed): `S.part-order` judges
 * the order the parser read (`ParseResult.partsOrder`, given to `checkReport` as `partsOrder`).
 *
 * @module
 */
import { type Edition, editionKeys, editions, type TableKey } from "../format/editions.js";
import { cellAt } from "../format/walk.js";
import { readCell } from "../model/build.js";
import type { Report, ReportSections } from "../model/report.generated.js";
import type { Message } from "../validate/issues.js";
import type { DeclaredRule } from "./envelope-rules.js";
import { isExcluded, type Tally } from "./evaluate.js";
import { fillBoth, formatNumber } from "./messages.js";
import type { Finding, FindingStatus, Lang } from "./types.js";

/**
 * A structure rule: a declared rule with the kind the catalogue lists it under and the editions it applies to.
 *
 * @example
 * ```ts
 * import { structureRules } from "zfxxgk/rules";
 * structureRules.map((r) => r.id); // ["S.parts", "S.part-numbering", …]
 * ```
 */
export interface StructureRule extends DeclaredRule {
  readonly kind: "structure" | "narrative";
  readonly editions: readonly Edition[];
}

/**
 * The editions whose 表三 has the row of requests dropped for an unpaid fee notice (（六）2., brought in with the
 * 信息处理费 by 国办函〔2020〕109号): the fee rules apply to them. Worked out from the registry on each read.
 */
function feeEditions(): readonly Edition[] {
  return editionKeys.filter((e) => cellAt(e, overdueFee) !== undefined);
}

/**
 * The structure rules (warnings), in the order their findings come.
 *
 * @example
 * ```ts
 * import { structureRules } from "zfxxgk/rules";
 * structureRules.find((r) => r.id === "S.fees-reported")?.editions; // ["2021"]
 * ```
 */
export const structureRules = [
  {
    id: "S.parts",
    severity: "warning",
    kind: "structure",
    get editions() {
      return editionKeys;
    },
    templates: {
      fail: {
        zh: "未见{parts}（或其标题与格式不同、其下没有内容）；年度报告应由格式规定的六部分组成。",
        en: "{parts} not found (or its heading differs from the format's, or nothing is under it); the report has the six parts of the format.",
      },
      pass: { zh: "六部分齐全。", en: "The six parts are there." },
    },
  },
  {
    id: "S.part-order",
    severity: "warning",
    kind: "structure",
    get editions() {
      return editionKeys;
    },
    templates: {
      fail: {
        zh: "各部分的顺序为{printed}，与格式规定的顺序（{official}）不同：{moved}不在其位置。",
        en: "The parts are printed in the order {printed}, not the format's ({official}): {moved} out of place.",
      },
      pass: { zh: "各部分按格式规定的顺序排列。", en: "The parts are in the format's order." },
    },
  },
  {
    id: "S.part-numbering",
    severity: "warning",
    kind: "structure",
    get editions() {
      return editionKeys;
    },
    templates: {
      fail: {
        zh: "「一、总体情况」中的“{quote}”用了部分一级序号（{ordinal}），与后面的“{part}”重号；总体情况的分项应编为（一）（二）……",
        en: "In “一、总体情况”, “{quote}” is numbered as a part ({ordinal}), clashing with the part “{part}”; the overview's topics are numbered (1), (2)….",
      },
      pass: { zh: "「一、总体情况」的分项未用部分一级序号。", en: "The overview's topics are not numbered as parts." },
    },
  },
  {
    id: "S.problems-empty",
    severity: "warning",
    kind: "structure",
    get editions() {
      return editionKeys;
    },
    templates: {
      fail: {
        zh: "「五、存在的主要问题及改进情况」只写了“{quote}”；应写明存在的主要问题及改进情况。",
        en: "Part 五 (main problems and improvements) says only “{quote}”; it should state the problems and the improvements.",
      },
      pass: { zh: "「五、存在的主要问题及改进情况」有内容。", en: "Part 五 has content." },
    },
  },
  {
    id: "S.fees-reported",
    severity: "warning",
    kind: "structure",
    get editions() {
      return feeEditions();
    },
    templates: {
      fail: {
        zh: "「六、其他需要报告的事项」未说明收取信息处理费的情况（2021 年版格式要求报告）。",
        en: "Part 六 (other matters) does not say whether information processing fees were charged (the 2021 format asks for it).",
      },
      pass: {
        zh: "「六、其他需要报告的事项」说明了信息处理费的情况。",
        en: "Part 六 reports the information processing fees.",
      },
    },
  },
  {
    id: "N.all-closed",
    severity: "warning",
    kind: "narrative",
    get editions() {
      return editionKeys;
    },
    templates: {
      fail: {
        zh: "正文称“{quote}”，而「表三 四、结转下年度继续办理·总计」为 {value}，仍有申请未办结。",
        en: "The text says “{quote}”, but Table 3 4. Carried forward to next year · Total is {value}: some requests are still open.",
      },
      notAssessable: {
        zh: "正文称“{quote}”，「表三 四、结转下年度继续办理·总计」为空白，无法核对。",
        en: "The text says “{quote}”; Table 3 4. Carried forward to next year · Total is blank, so it cannot be checked.",
      },
      pass: {
        zh: "正文称“{quote}”，与结转下年度为 0 一致。",
        en: "The text says “{quote}”, in agreement with nothing carried forward.",
      },
    },
  },
  {
    id: "N.fee-notices",
    severity: "warning",
    kind: "narrative",
    get editions() {
      return feeEditions();
    },
    templates: {
      fail: {
        zh: "正文称“{quote}”，而「表三（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请·总计」为 {value}：有申请因未按收费通知缴费而不再处理，即发出过收费通知。",
        en: "The text says “{quote}”, but Table 3 (6) 2. (requests dropped because a fee notice went unpaid) · Total is {value}: fee notices were sent.",
      },
      notAssessable: {
        zh: "正文称“{quote}”，「表三（六）其他处理 2.…·总计」为空白，无法核对。",
        en: "The text says “{quote}”; Table 3 (6) 2. · Total is blank, so it cannot be checked.",
      },
      pass: {
        zh: "正文称“{quote}”，与表三（六）2. 为 0 一致。",
        en: "The text says “{quote}”, in agreement with Table 3 (6) 2. being 0.",
      },
    },
  },
] as const satisfies readonly StructureRule[];

const [partsRule, orderRule, numberingRule, problemsRule, feesRule, allClosedRule, feeNoticesRule] = structureRules;

/** A part of the report by its key in the edition's order: `一、总体情况`. */
function partName(edition: Edition, key: string): string {
  const d = editions[edition];
  const section = d.sections.find((s) => s.key === key);
  if (section !== undefined) return section.ordinal + section.title;
  const table = d.tables[key as TableKey];
  return table.ordinal + table.title;
}

/** The prose parts (一、五、六); the tables (二、三、四) are always in the model, a blank one reported cell by cell. */
const proseKeys = ["overview", "problems", "other"] as const;

/** A paragraph's text without white space and punctuation. */
const bare = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, "");

/** What 「无」-like filler says, as bare text. */
const emptyWords =
  /^(本年度?|今年|[0-9]{4}年度?)?(暂|均)?(无|没有|未发现)(此项|此类情况|相关情况|相关内容|问题|其他事项|需要报告的事项|其他需要报告的事项)?$/;

/** A paragraph of 一、总体情况 opening with a part's ordinal (一、 … 十、). */
const promoted = /^\s*([一二三四五六七八九十]{1,2}、)\s*([^，。；\n]{0,20})/;

/** The 信息处理费 mentioned. */
const feeWords = /信息处理费|处理费|收费|收取[^，。；]{0,8}费/;

/** The prose says no fee notice was sent. */
const noFeeNotice = /(?:未|没有|无|不曾|未曾)[^，。；0-9]{0,6}收费通知/;

/** The prose says all requests were closed (not 答复: an answer in time is consistent with a carry-forward). */
const allClosed =
  /(?:均|全部|全都|悉数|全数)(?:已经|已|都已|都)?(?:按时|按期|依法|如期|在法定期限内|在规定期限内)?(?:办结|办理完毕|处理完毕|办理完成)|办结率(?:达到?|为)?100(?:\.0+)?\s*[%％]/;

/** Words just before a statement that deny it (未全部办结). */
const denied = /(?:未|尚未|没有|未能|不能|并非)$/;

function quoteAround(text: string, index: number, length: number): string {
  let from = index;
  while (from > 0 && from > index - 20 && !"，。；：".includes(text.charAt(from - 1))) from--;
  let to = index + length;
  while (to < text.length && to < index + length + 12 && !"，。；：".includes(text.charAt(to))) to++;
  return text.slice(from, to).trim();
}

/** The first statement matching `pattern` (not denied just before it) in the paragraphs, quoted. */
function findStatement(paragraphs: readonly string[], pattern: RegExp): string | undefined {
  for (const p of paragraphs) {
    const m = pattern.exec(p);
    if (m === null) continue;
    if (denied.test(p.slice(Math.max(0, m.index - 3), m.index))) continue;
    return quoteAround(p, m.index, m[0].length);
  }
  return undefined;
}

/** What the rules read in one section's paragraphs, found once per list of paragraphs. */
interface ProseFacts {
  /** Some paragraph has something besides white space and punctuation. */
  readonly filled: boolean;
  /** The first paragraph opening with a part's ordinal (二、 … 十、): the ordinal and the words after it. */
  readonly promoted: { readonly ordinal: string; readonly quote: string } | null;
  /** The section says nothing but 「无」 or the like. */
  readonly emptyWords: boolean;
  /** The section's first 20 characters, for messages. */
  readonly head: string;
  readonly fees: boolean;
  readonly allClosed: string | undefined;
  readonly noFeeNotice: string | undefined;
}

/** The official titles (and aliases) of the parts by ordinal, both editions: `二、` → 主动公开政府信息情况. */
let partTitles: ReadonlyMap<string, readonly string[]> | undefined;

function titlesOf(ordinal: string): readonly string[] {
  if (partTitles === undefined) {
    const map = new Map<string, string[]>();
    for (const d of Object.values(editions)) {
      const nodes: readonly { ordinal: string; title: string; aliases?: readonly string[] }[] = [
        ...d.sections,
        ...Object.values(d.tables),
      ];
      for (const n of nodes) map.set(n.ordinal, [...(map.get(n.ordinal) ?? []), n.title, ...(n.aliases ?? [])]);
    }
    partTitles = map;
  }
  return partTitles.get(ordinal) ?? [];
}

function proseFacts(paragraphs: readonly string[]): ProseFacts {
  let promotedHit: ProseFacts["promoted"] = null;
  for (const p of paragraphs) {
    const m = promoted.exec(p);
    if (m === null) continue;
    const ordinal = m[1] as string;
    const words = m[2] as string;
    // the part's own heading, left in the text (not a sub-topic numbered as a part)
    if (titlesOf(ordinal).some((t) => words.startsWith(t.slice(0, Math.min(t.length, 6))))) continue;
    promotedHit = { ordinal, quote: `${ordinal}${words}` };
    break;
  }
  const text = bare(paragraphs.join(""));
  return {
    filled: text !== "",
    promoted: promotedHit,
    emptyWords: text === "" || emptyWords.test(text),
    head: paragraphs.join("").trim().slice(0, 20),
    fees: paragraphs.some((p) => feeWords.test(p)),
    allClosed: findStatement(paragraphs, allClosed),
    noFeeNotice: findStatement(paragraphs, noFeeNotice),
  };
}

/**
 * Facts by list of paragraphs (the report's own arrays): a report checked again finds its paragraphs as they were —
 * compared string by string, so an array edited in place is read again — without scanning them again. Weak: kept
 * only while the report is.
 */
const factsCache = new WeakMap<readonly string[], { readonly copy: readonly string[]; readonly facts: ProseFacts }>();
const noParagraphs: readonly string[] = Object.freeze([]);

function factsOf(paragraphs: readonly string[]): ProseFacts {
  const known = factsCache.get(paragraphs);
  if (known !== undefined && known.copy.length === paragraphs.length) {
    let same = true;
    for (let i = 0; i < paragraphs.length && same; i++) same = known.copy[i] === paragraphs[i];
    if (same) return known.facts;
  }
  const facts = proseFacts(paragraphs);
  factsCache.set(paragraphs, { copy: paragraphs.slice(), facts });
  return facts;
}

const carriedForward = "applications.carriedForward.total";
const overdueFee = "applications.results.otherHandling.overdueFee.total";
const carriedForwardSegments: readonly string[] = carriedForward.split(".");
const overdueFeeSegments: readonly string[] = overdueFee.split(".");

function push(
  findings: Finding[],
  rule: StructureRule,
  status: FindingStatus,
  values: { zh: Record<string, string>; en: Record<string, string> },
  cells: readonly string[],
  lang: Lang,
): void {
  const t = rule.templates;
  const message: Message = fillBoth(
    (status === "pass" ? t.pass : status === "not-assessable" ? t.notAssessable : t.fail) ?? t.fail,
    values,
  );
  findings.push({ rule: rule.id, severity: rule.severity, status, cells, message, text: message[lang] });
}

const same = (v: Record<string, string>) => ({ zh: v, en: v });

/**
 * The parts out of their place in a printed order: those outside one longest run in the format's order (the
 * fewest parts to move). Keys unknown to the edition are left out.
 */
function outOfPlace(
  edition: Edition,
  printed: readonly string[],
): { readonly known: string[]; readonly moved: string[] } {
  const order: readonly string[] = editions[edition].order;
  const known = printed.filter((k, i) => order.includes(k) && printed.indexOf(k) === i);
  const rank = known.map((k) => order.indexOf(k));
  // longest increasing run (six parts at most: quadratic is nothing)
  const best = rank.map(() => 1);
  const prev = rank.map(() => -1);
  for (let i = 0; i < rank.length; i++)
    for (let j = 0; j < i; j++)
      if ((rank[j] as number) < (rank[i] as number) && (best[j] as number) + 1 > (best[i] as number)) {
        best[i] = (best[j] as number) + 1;
        prev[i] = j;
      }
  const keep = new Set<number>();
  let at = best.indexOf(Math.max(0, ...best));
  while (at >= 0) {
    keep.add(at);
    at = prev[at] as number;
  }
  return { known, moved: known.filter((_, i) => !keep.has(i)) };
}

/** The cell path of a part for findings: `sections.problems` for prose, the table's key for a table. */
const partPath = (key: string): string => ((proseKeys as readonly string[]).includes(key) ? `sections.${key}` : key);

/** `S.part-order`: judged only on the order a parser read (`partsOrder`), which the model does not keep. */
function orderFindings(
  report: Report,
  partsOrder: readonly string[] | undefined,
  lang: Lang,
  includePassed: boolean,
  findings: Finding[],
): void {
  if (!Array.isArray(partsOrder)) return;
  const edition = report.edition;
  const keys = partsOrder.filter((k): k is string => typeof k === "string");
  const { known, moved } = outOfPlace(edition, keys);
  if (known.length < 2 || (moved.length === 0 && !includePassed)) return;
  const ordinal = (k: string) => partName(edition, k).slice(0, 1);
  const printed = known.map(ordinal).join("、");
  const official = editions[edition].order.map(ordinal).join("、");
  const names = moved.map((k) => `「${partName(edition, k)}」`).join("、");
  push(
    findings,
    orderRule,
    moved.length > 0 ? "fail" : "pass",
    same({ printed, official, moved: names }),
    moved.map(partPath),
    lang,
  );
}

/**
 * Pushes the findings of the structure rules (nothing for a report without prose; `S.part-order` only where the
 * printed order is given).
 *
 * @example
 * ```ts
 * structureFindings(report, "zh", false, undefined, findings, tally, parsed.partsOrder);
 * ```
 */
export function structureFindings(
  report: Report,
  lang: Lang,
  includePassed: boolean,
  exclude: readonly string[] | undefined,
  findings: Finding[],
  _tally: Tally,
  partsOrder?: readonly string[],
): void {
  const edition = report.edition;
  const on = (rule: StructureRule) => rule.editions.includes(edition) && !isExcluded(rule.id, exclude);
  const judgeOrder = () => {
    if (on(orderRule)) orderFindings(report, partsOrder, lang, includePassed, findings);
  };
  const sections: ReportSections | undefined = report.sections;
  const overview = sections?.overview ?? noParagraphs;
  const problems = sections?.problems ?? noParagraphs;
  const other = sections?.other ?? noParagraphs;
  if (overview.length === 0 && problems.length === 0 && other.length === 0) {
    judgeOrder();
    return;
  }
  const facts = { overview: factsOf(overview), problems: factsOf(problems), other: factsOf(other) };

  if (on(partsRule)) {
    const missing = proseKeys.filter((key) => !facts[key].filled);
    if (missing.length > 0 || includePassed) {
      const names = missing.map((k) => `「${partName(edition, k)}」`).join("、");
      push(
        findings,
        partsRule,
        missing.length > 0 ? "fail" : "pass",
        same({ parts: names }),
        missing.map((k) => `sections.${k}`),
        lang,
      );
    }
  }
  judgeOrder();

  const hit = facts.overview.promoted;
  if (overview.length > 0 && on(numberingRule)) {
    if (hit !== null) {
      const key = editions[edition].order.find((k) => partName(edition, k).startsWith(hit.ordinal));
      const part = key === undefined ? hit.ordinal : partName(edition, key);
      push(
        findings,
        numberingRule,
        "fail",
        same({ quote: hit.quote, ordinal: hit.ordinal, part }),
        ["sections.overview"],
        lang,
      );
    } else if (includePassed) push(findings, numberingRule, "pass", same({}), ["sections.overview"], lang);
  }

  const empty = facts.problems.emptyWords;
  if (problems.length > 0 && (empty || includePassed) && on(problemsRule)) {
    const quote = facts.problems.head;
    push(findings, problemsRule, empty ? "fail" : "pass", same({ quote }), ["sections.problems"], lang);
  }

  const reported = facts.other.fees;
  if ((!reported || includePassed) && on(feesRule))
    push(findings, feesRule, reported ? "pass" : "fail", same({}), ["sections.other"], lang);

  const closed = facts.overview.allClosed ?? facts.problems.allClosed ?? facts.other.allClosed;
  if (closed !== undefined && on(allClosedRule))
    statementAgainstCell(
      report,
      allClosedRule,
      closed,
      carriedForward,
      carriedForwardSegments,
      lang,
      includePassed,
      findings,
    );
  const noNotice = facts.overview.noFeeNotice ?? facts.problems.noFeeNotice ?? facts.other.noFeeNotice;
  if (noNotice !== undefined && on(feeNoticesRule))
    statementAgainstCell(
      report,
      feeNoticesRule,
      noNotice,
      overdueFee,
      overdueFeeSegments,
      lang,
      includePassed,
      findings,
    );
}

/** A statement that implies `cell` is 0: fails when the cell is more. */
function statementAgainstCell(
  report: Report,
  rule: StructureRule,
  quote: string,
  path: string,
  segments: readonly string[],
  lang: Lang,
  includePassed: boolean,
  findings: Finding[],
): void {
  const value = readCell(report, segments);
  if (typeof value !== "number") {
    if (includePassed) push(findings, rule, "not-assessable", same({ quote }), [path], lang);
    return;
  }
  if (value > 0 || includePassed) {
    const v = formatNumber(value);
    push(findings, rule, value > 0 ? "fail" : "pass", same({ quote, value: v }), [path], lang);
  }
}
