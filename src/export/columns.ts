/**
 * The columns of the spreadsheet layout: one row per report, one column per cell of either edition (walked from
 * the descriptors, headed by the cell's official name), beside the envelope, the check counts, any extra columns
 * (the indicators) and the prose.
 *
 * @module
 */
import { indicators } from "../assess/indicators.js";
import type { Edition } from "../format/editions.js";
import { editionKeys, editions, registryVersion, tableKeys } from "../format/editions.js";
import { mergeByKey } from "../format/merge.js";
import { type CellEntry, cellsOf } from "../format/walk.js";
import type { Report } from "../model/report.generated.js";

/**
 * What a column holds, which decides how it is written and read back.
 * - `text`: text from the report (the organ, the title, the source file); neutralised in CSV where it could be
 *   read as a formula.
 * - `number`: a figure, written as a number (never as text), blank when the cell is blank.
 * - `paragraphs`: a list of paragraphs, written as a JSON array (`["…","…"]`), blank when absent.
 *
 * @example
 * ```ts
 * const kind: ColumnKind = "number";
 * ```
 */
export type ColumnKind = "text" | "number" | "paragraphs";

/**
 * Where a column's value comes from.
 * - `envelope`: the report's organ, year, edition and date; `source`: where it was read from;
 * - `cell`: a cell of 表二/表三/表四; `check`: a count of `checkReport`'s findings; `extra`: a column given in
 *   {@link ExportOptions.extraColumns} (the indicators); `prose`: the title, the preamble and the sections.
 *
 * @example
 * ```ts
 * const role: ColumnRole = "cell";
 * ```
 */
export type ColumnRole = "envelope" | "source" | "cell" | "check" | "indicator" | "extra" | "prose";

/**
 * One column of the layout.
 *
 * @example
 * ```ts
 * import { exportColumns } from "zfxxgk/export";
 * exportColumns().find((c) => c.header === "表三（一）予以公开·自然人")?.editions; // ["2021", "2019"]
 * ```
 */
export interface ExportColumn {
  /**
   * Stable identifier: the envelope's key (`organ`, `year`, …), the cell's dotted path where the cell exists
   * with the same name in both editions, or `2021:path` / `2019:path` where it exists in one edition only.
   */
  readonly key: string;
  /** The header written in the sheet: the official name of the cell (`表三（一）予以公开·自然人`), or 发布机关 … */
  readonly header: string;
  /** The column's name in English. */
  readonly en: string;
  readonly role: ColumnRole;
  readonly kind: ColumnKind;
  /** The editions whose reports fill this column; blank in the others. */
  readonly editions: readonly Edition[];
  /** For a `cell` column: the cell in each edition that has it. */
  readonly cells?: Partial<Readonly<Record<Edition, CellEntry>>>;
  /** For an `indicator` column: the indicator's id (`disclosure-rate`). */
  readonly indicator?: string;
  /** For the prose: the model's key (`title`, `preamble`) or the section's key (`sections.overview`). */
  readonly prose?: string;
}

/**
 * A column computed from each report, beside the cells and the indicators: for anything else a user wants in the
 * sheet. Written only; {@link fromRows} ignores it.
 *
 * @example
 * ```ts
 * const applications: ExtraColumn = {
 *   key: "received", header: "本年新收申请总数", en: "Applications received",
 *   value: (report) => report.applications.newReceived.total,
 * };
 * ```
 */
export interface ExtraColumn {
  readonly key: string;
  readonly header: string;
  readonly en: string;
  /** What the values are: `number` (default) or `text` (neutralised in CSV as report text is). */
  readonly kind?: "number" | "text";
  /** The value for a report: a number, a text, or `null` for a blank. */
  readonly value: (report: Report) => number | string | null;
}

/**
 * Options of {@link exportColumns} and {@link toRows}.
 *
 * @example
 * ```ts
 * const options: ExportOptions = { check: false, prose: false };
 * ```
 */
export interface ExportOptions {
  /** Count `checkReport`'s findings into 错误数 / 提示数 / 无法核对数. Default true. */
  readonly check?: boolean;
  /** Write the indicators of `indicatorsOf` (公开率（%）, …). Default true. */
  readonly indicators?: boolean;
  /** Write the title, the preamble and the three prose sections (JSON arrays of paragraphs). Default true. */
  readonly prose?: boolean;
  /** Columns computed from each report, written after the check counts (the indicators). Default none. */
  readonly extraColumns?: readonly ExtraColumn[];
}

const both = editionKeys;

/** The envelope: who, which year, which edition, when; then where the report was read from. */
const envelopeColumns: readonly ExportColumn[] = [
  { key: "organ", header: "发布机关", en: "Issuing organ", role: "envelope", kind: "text", editions: both },
  { key: "year", header: "报告年度", en: "Report year", role: "envelope", kind: "number", editions: both },
  { key: "edition", header: "格式版本", en: "Edition", role: "envelope", kind: "text", editions: both },
  { key: "publishedOn", header: "发布日期", en: "Published on", role: "envelope", kind: "text", editions: both },
  { key: "source", header: "来源文件", en: "Source file", role: "source", kind: "text", editions: both },
];

const checkColumns: readonly ExportColumn[] = [
  { key: "errors", header: "错误数", en: "Errors", role: "check", kind: "number", editions: both },
  { key: "warnings", header: "提示数", en: "Warnings", role: "check", kind: "number", editions: both },
  {
    key: "notAssessable",
    header: "无法核对数",
    en: "Not assessable",
    role: "check",
    kind: "number",
    editions: both,
  },
];

/** The indicators, in `indicatorsOf`'s order, each headed by its name and unit: 公开率（%）. */
const indicatorColumns: readonly ExportColumn[] = indicators.map((i) => ({
  key: `indicator.${i.id}`,
  header: `${i.name.zh}（${i.unit.zh}）`,
  en: `${i.name.en} (${i.unit.en})`,
  role: "indicator",
  kind: "number",
  editions: both,
  indicator: i.id,
}));

/** The prose: the title, the preamble and the three sections, each with its printed heading. */
function proseColumns(): readonly ExportColumn[] {
  const sections = editionKeys
    .flatMap((e) => editions[e].sections)
    .filter((s, i, all) => all.findIndex((x) => x.key === s.key) === i)
    .map(
      (s): ExportColumn => ({
        key: `sections.${s.key}`,
        header: `${s.ordinal}${s.title}`,
        en: s.en,
        role: "prose",
        kind: "paragraphs",
        editions: both,
        prose: `sections.${s.key}`,
      }),
    );
  return [
    { key: "title", header: "标题", en: "Title", role: "prose", kind: "text", editions: both, prose: "title" },
    {
      key: "preamble",
      header: "前言",
      en: "Preamble",
      role: "prose",
      kind: "paragraphs",
      editions: both,
      prose: "preamble",
    },
    ...sections,
  ];
}

/**
 * The cell columns of every registered edition, table by table: a cell printed with the same name at the same
 * place in several editions is one column (keyed by its path); a cell of one edition only is keyed
 * `edition:path`. Each edition's cells are merged in, newest edition first, where they stand in its table: a
 * cell the list lacks goes before the next cell of its edition already listed (2021's （六） sub-rows, then
 * 2019's single （六）其他处理 row, before （七）总计).
 */
function cellColumns(): ExportColumn[] {
  const out: ExportColumn[] = [];
  for (const table of tableKeys) {
    const lists = editionKeys.map((edition) =>
      cellsOf(edition)
        .filter((c) => c.table.key === table)
        .map((cell) => ({ edition, cell })),
    );
    const groups = mergeByKey(lists, (x) => `${x.cell.path}\u0000${x.cell.name.zh}`).map((items) => ({
      cells: new Map(items.map((x) => [x.edition, x.cell] as const)),
    }));
    const paths = new Map<string, number>();
    for (const g of groups) {
      const path = (g.cells.values().next().value as CellEntry).path;
      if (g.cells.size > 1) paths.set(path, (paths.get(path) ?? 0) + 1);
    }
    for (const g of groups) {
      const [first] = g.cells.values() as Iterable<CellEntry>;
      const cell = first as CellEntry;
      const eds = editionKeys.filter((e) => g.cells.has(e));
      const shared = eds.length > 1;
      out.push({
        key: shared && paths.get(cell.path) === 1 ? cell.path : `${eds.join("+")}:${cell.path}`,
        header: cell.name.zh,
        en: cell.name.en,
        role: "cell",
        kind: cell.field.kind === "unit" ? "text" : "number",
        editions: shared && eds.length === editionKeys.length ? both : eds,
        cells: Object.fromEntries(g.cells),
      });
    }
  }
  return out;
}

let cellColumnCache: readonly ExportColumn[] | undefined;
/** The registry's version the cache was built for. */
let cachedFor = -1;

/**
 * Every column of the layout, in order: the envelope (发布机关, 报告年度, 格式版本, 发布日期, 来源文件), the check
 * counts (错误数, 提示数, 无法核对数), the indicators (公开率（%）, …), the extra columns, every cell of 表二, 表三 and 表四 of both editions, and
 * the prose (标题, 前言, 一、总体情况, 五、…, 六、…). Options leave out the check counts, the indicators or the prose.
 *
 * @example
 * ```ts
 * import { exportColumns } from "zfxxgk/export";
 * exportColumns({ prose: false }).filter((c) => c.editions.length === 1).map((c) => c.header);
 * ```
 */
export function exportColumns(options: ExportOptions = {}): readonly ExportColumn[] {
  if (cellColumnCache === undefined || cachedFor !== registryVersion()) {
    cellColumnCache = Object.freeze(cellColumns());
    cachedFor = registryVersion();
  }
  const extra = (options.extraColumns ?? []).map(
    (x): ExportColumn => ({
      key: x.key,
      header: x.header,
      en: x.en,
      role: "extra",
      kind: x.kind ?? "number",
      editions: both,
    }),
  );
  return [
    ...envelopeColumns,
    ...(options.check === false ? [] : checkColumns),
    ...(options.indicators === false ? [] : indicatorColumns),
    ...extra,
    ...cellColumnCache,
    ...(options.prose === false ? [] : proseColumns()),
  ];
}
