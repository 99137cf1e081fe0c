/**
 * What `compareReports` returns and takes.
 *
 * @module
 */
import type { Finding, Lang } from "../checks/types.js";
import type { Edition, TableKey } from "../format/editions.js";
import type { Message } from "../validate/issues.js";

/**
 * A prose key of the model: the preamble, or one of the prose sections.
 *
 * @example
 * ```ts
 * const key: ProseKey = "overview";
 * ```
 */
export type ProseKey = "preamble" | "overview" | "problems" | "other";

/**
 * A range of one paragraph of a report: `report[section][paragraph].slice(start, end)` (for `preamble`,
 * `report.preamble[paragraph]`; otherwise `report.sections[section][paragraph]`), in UTF-16 offsets.
 *
 * @example
 * ```ts
 * const r: TextRange = { section: "overview", paragraph: 0, start: 5, end: 40 };
 * ```
 */
export interface TextRange {
  readonly section: ProseKey;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/**
 * A reused passage: a range of this year's text whose normalised form equals that of a range of last year's.
 * `length` counts normalised characters; `boilerplate` marks a passage inside a boilerplate phrase; `part` is
 * the key of the part of this year's report it lies in (see {@link PartReuse.key}).
 *
 * @example
 * ```ts
 * const p: Passage = {
 *   part: "overview.1", length: 12, boilerplate: false,
 *   current: { section: "overview", paragraph: 2, start: 0, end: 14 },
 *   previous: { section: "overview", paragraph: 3, start: 6, end: 20 },
 * };
 * ```
 */
export interface Passage {
  readonly part: string;
  readonly length: number;
  readonly boilerplate: boolean;
  readonly current: TextRange;
  readonly previous: TextRange;
}

/**
 * Reuse figures, in normalised characters. `characters` and `reused` leave boilerplate out; `share` is
 * `reused / characters` (0…1), `null` when there is no text.
 *
 * @example
 * ```ts
 * const f: ReuseFigures = { characters: 1200, reused: 900, share: 0.75, boilerplate: { characters: 80, reused: 80 } };
 * ```
 */
export interface ReuseFigures {
  readonly characters: number;
  readonly reused: number;
  readonly share: number | null;
  readonly boilerplate: { readonly characters: number; readonly reused: number };
}

/**
 * The reuse of one part of this year's report: `preamble`, `overview` (all of 一、总体情况), its sub-topics
 * `overview.1` … (the paragraphs from 「（一）…」 to the next sub-topic; `parent: "overview"`), `problems`, `other`.
 *
 * @example
 * ```ts
 * const part: PartReuse = {
 *   key: "overview.1", parent: "overview", title: { zh: "（一）主动公开", en: "(1) 主动公开" },
 *   characters: 300, reused: 280, share: 0.933, boilerplate: { characters: 0, reused: 0 },
 * };
 * ```
 */
export interface PartReuse extends ReuseFigures {
  readonly key: string;
  readonly title: Message;
  readonly parent?: string;
}

/**
 * Text reuse between the two reports.
 *
 * @example
 * ```ts
 * import { compareReports } from "zfxxgk/compare";
 * const { text } = compareReports(last, now);
 * console.log(text.overall.share, text.parts.map((p) => [p.key, p.share]));
 * ```
 */
export interface TextReuse {
  /** The minimum passage, in normalised characters. */
  readonly minPassage: number;
  /** This year's whole prose (preamble and sections). */
  readonly overall: ReuseFigures;
  /** Last year's prose, in normalised characters (boilerplate included). */
  readonly previousCharacters: number;
  readonly parts: readonly PartReuse[];
  /** Every reused passage, in this year's order; split where a paragraph or a part ends on either side. */
  readonly passages: readonly Passage[];
}

/**
 * One cell present in both reports: the two values, `change` (`current − previous`, exact in decimals) and
 * `ratio` (`current / previous`); `null` where a value is blank, or (ratio) where last year's is not positive.
 *
 * @example
 * ```ts
 * const c: CellChange = {
 *   path: "applications.newReceived.total", name: { zh: "表三 一、本年新收政府信息公开申请数量·总计", en: "…" },
 *   table: "applications", previous: 12, current: 75, change: 63, ratio: 6.25, changed: true,
 * };
 * ```
 */
export interface CellChange {
  readonly path: string;
  readonly name: Message;
  readonly table: TableKey;
  readonly previous: number | null;
  readonly current: number | null;
  readonly change: number | null;
  readonly ratio: number | null;
  /** True when the values differ (a blank and a figure differ; two blanks do not). */
  readonly changed: boolean;
}

/**
 * A cell that could not be compared: present in one report's edition only, or an amount whose unit differs.
 *
 * @example
 * ```ts
 * const c: NotCompared = { path: "applications.results.otherHandling.total", name: { zh: "…", en: "…" }, reason: "previous-only" };
 * ```
 */
export interface NotCompared {
  readonly path: string;
  readonly name: Message;
  readonly reason: "previous-only" | "current-only" | "unit-differs";
}

/**
 * A report as the comparison names it.
 *
 * @example
 * ```ts
 * const r: ReportRef = { organ: "平潭综合实验区", year: 2024, edition: "2021" };
 * ```
 */
export interface ReportRef {
  readonly organ: string;
  readonly year: number;
  readonly edition: Edition;
}

/**
 * The comparison of two reports of one organ: text reuse, every common cell's change, and the findings (jumps,
 * identical tables, and `checkContinuity`'s). `ok` is false when an error-severity finding failed (carry-over).
 *
 * @example
 * ```ts
 * import { compareReports } from "zfxxgk/compare";
 * const c = compareReports(last, now);
 * c.text.overall.share; // 0.62
 * c.cells.filter((x) => x.changed).length;
 * ```
 */
export interface Comparison {
  readonly previous: ReportRef;
  readonly current: ReportRef;
  readonly ok: boolean;
  readonly text: TextReuse;
  readonly cells: readonly CellChange[];
  readonly notCompared: readonly NotCompared[];
  readonly findings: readonly Finding[];
}

/**
 * Options of `compareReports`.
 *
 * @example
 * ```ts
 * const o: CompareOptions = { minPassage: 12, jumpFactor: 10, boilerplate: ["本机关联系电话"] };
 * ```
 */
export interface CompareOptions {
  /** The minimum reused passage, in normalised characters. Default 8. */
  readonly minPassage?: number;
  /** Boilerplate phrases added to {@link boilerplatePhrases}. */
  readonly boilerplate?: readonly string[];
  /** Use only `boilerplate`, not the built-in list. Default false. */
  readonly replaceBoilerplate?: boolean;
  /** A cell `X.jump`s when it grows to this many times last year's or falls to this fraction. Default 5. */
  readonly jumpFactor?: number;
  /** …and the larger of the two values is at least this. Default 10. */
  readonly jumpMinimum?: number;
  /** `X.same-table` needs at least this many non-zero cells in the table. Default 1. */
  readonly sameTableMinimum?: number;
  /** Leave out the passages (keep the figures). Default false. */
  readonly omitPassages?: boolean;
  /** As in `checkContinuity`. */
  readonly blankAsZero?: boolean;
  readonly lang?: Lang;
  /** Rule ids, or prefixes ending in `.`, to leave out. */
  readonly exclude?: readonly string[];
}
