/**
 * `compareReports`: two years of one organ's report side by side — text reuse, every common cell's change,
 * jumps, identical tables, and the cross-year rules of `checkContinuity`.
 *
 * @module
 */
import { checkContinuity } from "../checks/continuity.js";
import { isExcluded } from "../checks/evaluate.js";
import { fillBoth, formatNumber } from "../checks/messages.js";
import type { Finding, Lang } from "../checks/types.js";
import { editions, type TableKey, tableKeys } from "../format/editions.js";
import type { Report } from "../model/report.generated.js";
import { boilerplatePhrases } from "./boilerplate.js";
import { compareCells } from "./cells.js";
import { compareRules } from "./rules.js";
import { textReuse } from "./text-reuse.js";
import type { CellChange, CompareOptions, Comparison } from "./types.js";

const [jumpRule, sameTableRule] = compareRules;
const tableNumbers: Record<TableKey, number> = { proactive: 2, applications: 3, reviewLitigation: 4 };

/** `×6.3` / `÷5`: how many times last year's (one decimal); nothing where either is 0. */
function timesOf(c: CellChange): string {
  const p = c.previous as number;
  const v = c.current as number;
  if (p === 0 || v === 0) return "";
  const r = v / p;
  const round = (x: number) => formatNumber(Math.round(x * 10) / 10);
  return r >= 1 ? `×${round(r)}` : `÷${round(1 / r)}`;
}

function jumps(cells: readonly CellChange[], factor: number, minimum: number, lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const c of cells) {
    if (c.previous === null || c.current === null || c.previous < 0 || c.current < 0) continue;
    const hi = Math.max(c.previous, c.current);
    const lo = Math.min(c.previous, c.current);
    if (hi < minimum || hi < lo * factor) continue;
    const times = timesOf(c);
    const values = { previous: formatNumber(c.previous), current: formatNumber(c.current) };
    const message = fillBoth(jumpRule.templates.fail, {
      zh: { ...values, cell: `「${c.name.zh}」`, times: times === "" ? "" : `（${times}）` },
      en: { ...values, cell: c.name.en, times: times === "" ? "" : ` (${times})` },
    });
    out.push({
      rule: jumpRule.id,
      severity: jumpRule.severity,
      status: "fail",
      cells: [c.path],
      previousCells: [c.path],
      left: c.current,
      right: c.previous,
      delta: c.change,
      message,
      text: message[lang],
    });
  }
  return out;
}

function sameTables(current: Report, cells: readonly CellChange[], minimum: number, lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const key of tableKeys as readonly TableKey[]) {
    const own = cells.filter((c) => c.table === key);
    if (own.length === 0 || own.some((c) => c.changed)) continue;
    const nonZero = own.filter((c) => c.current !== null && c.current !== 0).length;
    if (nonZero < Math.max(1, minimum)) continue;
    const table = editions[current.edition].tables[key];
    const values = { cells: String(own.length), nonZero: String(nonZero) };
    const message = fillBoth(sameTableRule.templates.fail, {
      zh: { ...values, table: `${table.number}「${table.title}」` },
      en: { ...values, table: `Table ${tableNumbers[key]} (${table.en})` },
    });
    const paths = own.map((c) => c.path);
    out.push({
      rule: sameTableRule.id,
      severity: sameTableRule.severity,
      status: "fail",
      cells: paths,
      previousCells: paths,
      message,
      text: message[lang],
    });
  }
  return out;
}

/**
 * Compares two reports of one organ, last year's and this year's, in any editions:
 * - `text`: the share of this year's prose found in last year's — normalised (width, punctuation, white space and
 *   line wraps ignored; every figure and date masked), in passages of at least `minPassage` characters (default
 *   8) — per part (前言, 一 and its sub-topics, 五, 六) and overall, boilerplate counted apart, with the reused
 *   passages as ranges of both reports' paragraphs. Linear expected time (rolling hashes, see `matching.ts`).
 * - `cells`: every cell both editions have, with both values, `change` and `ratio`; `notCompared`: the others.
 * - `findings`: `X.jump` (a cell ×`jumpFactor` or ÷`jumpFactor`, the larger value at least `jumpMinimum`),
 *   `X.same-table` (a table equal to last year's in every cell, some not zero) — warnings — and every finding of
 *   `checkContinuity` (`X.carry-over`, the 表二 roll-forwards, the pair's years and organ). `ok` follows the errors.
 *
 * Never throws on data and never changes its inputs.
 *
 * @example
 * ```ts
 * import { compareReports } from "zfxxgk/compare";
 * const c = compareReports(report2023, report2024);
 * console.log(`${Math.round((c.text.overall.share ?? 0) * 100)}% of the text is last year's`);
 * for (const f of c.findings) console.log(f.rule, f.text);
 * ```
 */
export function compareReports(previous: Report, current: Report, options: CompareOptions = {}): Comparison {
  const lang: Lang = options.lang === "en" ? "en" : "zh";
  const minPassage = Number.isFinite(options.minPassage) ? Math.max(1, Math.floor(options.minPassage as number)) : 8;
  const factor =
    Number.isFinite(options.jumpFactor) && (options.jumpFactor as number) > 1 ? (options.jumpFactor as number) : 5;
  const minimum = Number.isFinite(options.jumpMinimum) ? (options.jumpMinimum as number) : 10;
  const boilerplate = [
    ...(options.replaceBoilerplate === true ? [] : boilerplatePhrases),
    ...(options.boilerplate ?? []),
  ];
  const text = textReuse(previous, current, { minPassage, boilerplate, passages: options.omitPassages !== true });
  const { cells, notCompared } = compareCells(previous, current);
  const exclude = options.exclude;
  const continuity = checkContinuity(previous, current, {
    lang,
    ...(options.blankAsZero === undefined ? {} : { blankAsZero: options.blankAsZero }),
    ...(exclude === undefined ? {} : { exclude }),
  });
  const findings = [
    ...continuity.findings,
    ...(isExcluded(jumpRule.id, exclude) ? [] : jumps(cells, factor, minimum, lang)),
    ...(isExcluded(sameTableRule.id, exclude) ? [] : sameTables(current, cells, options.sameTableMinimum ?? 1, lang)),
  ];
  return {
    previous: { organ: previous.organ, year: previous.year, edition: previous.edition },
    current: { organ: current.organ, year: current.year, edition: current.edition },
    ok: continuity.ok,
    text,
    cells,
    notCompared,
    findings,
  };
}
