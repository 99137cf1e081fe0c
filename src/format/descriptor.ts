/**
 * The shapes in which the official format is declared as data.
 *
 * Every table of every edition is a tree of {@link RecordNode}s (a row of cells in the model) grouped by
 * {@link GroupNode}s (merged label cells). Types, validators, schemas, renderers, parsers and the reference
 * docs are all derived from values of these shapes; nothing else in the library restates a label.
 *
 * @module
 */

/**
 * What a cell holds.
 * - `count`: a non-negative safe integer (件, 个), or `null` when left blank.
 * - `signed`: a safe integer that may be negative (2019 表二 本年增/减).
 * - `amount`: a non-negative finite number that may be fractional (万元, 元).
 * - `unit`: the unit written in the cell beside an amount (2019 表二 采购总金额: `元` or `万元`).
 *
 * @example
 * ```ts
 * const kind: CellKind = "count";
 * ```
 */
export type CellKind = "count" | "signed" | "amount" | "unit";

/**
 * One column of a table: a field of every record that uses this field set.
 *
 * @example
 * ```ts
 * const natural: FieldDescriptor = { key: "naturalPerson", label: "自然人", en: "Natural persons", kind: "count" };
 * ```
 */
export interface FieldDescriptor {
  /** Stable key in the JSON model. */
  readonly key: string;
  /** The official column label, verbatim. */
  readonly label: string;
  /** English name. */
  readonly en: string;
  /** What the cell holds. */
  readonly kind: CellKind;
  /** The unit, where one applies (件, 万元). */
  readonly unit?: string;
  /** True for a 总计 column (the sum of the other columns of its row). */
  readonly total?: boolean;
  /** Values a `unit` cell may take. */
  readonly values?: readonly string[];
  /** For a `unit` field: the key of the amount field it qualifies (printed in the same cell, not a column). */
  readonly unitOf?: string;
  /** Label variants real reports print for this column (matched after {@link normalizeLabel}). */
  readonly aliases?: readonly string[];
}

/**
 * A named set of columns shared by rows (表三's seven applicant columns make an `ApplicantRow`).
 *
 * @example
 * ```ts
 * const set: FieldSet = { name: "DecisionCount", fields: [{ key: "decisions", label: "本年处理决定数量", en: "Decisions", kind: "count" }] };
 * ```
 */
export interface FieldSet {
  /** Name of the model type of a row with these fields. */
  readonly name: string;
  readonly fields: readonly FieldDescriptor[];
}

/**
 * A row of the model: an object whose keys are the fields of {@link RecordNode.fields}.
 *
 * @example
 * ```ts
 * const node = { kind: "record", key: "granted", ordinal: "（一）", label: "予以公开", en: "Granted", fields: [], typeName: "ApplicantRow" } as const;
 * ```
 */
export interface RecordNode {
  readonly kind: "record";
  /** Stable key in the JSON model. */
  readonly key: string;
  /** The ordinal as printed before the label (`一、`, `（一）`, `1.`), or `""`. */
  readonly ordinal: string;
  /** The official label without its ordinal and note, verbatim. */
  readonly label: string;
  /** A note printed after the label inside the same cell, verbatim (with its brackets). */
  readonly note?: string;
  /** English name. */
  readonly en: string;
  /** The columns of this row. */
  readonly fields: readonly FieldDescriptor[];
  /** Name of the model type of a row with these fields (`ApplicantRow`), shared by every row that has them. */
  readonly typeName: string;
  /** True for a row that totals its siblings (（七）总计). */
  readonly total?: boolean;
  /** Label variants real reports print (matched after {@link normalizeLabel}), without ordinal. */
  readonly aliases?: readonly string[];
}

/**
 * A merged label cell grouping rows (表三 三、本年度办理结果, （三）不予公开) or, in 表四, column groups
 * (行政诉讼). A group with a `key` nests in the model; a group without one is layout only and its children
 * sit at its parent's level in the model (表二's 第二十条 blocks, 表四's 行政诉讼).
 *
 * @example
 * ```ts
 * const g: GroupNode = { kind: "group", ordinal: "", label: "行政诉讼", en: "Administrative litigation", children: [] };
 * ```
 */
export interface GroupNode {
  readonly kind: "group";
  /** Stable key in the model; absent for a layout-only group. */
  readonly key?: string;
  /** Stable identifier of a layout-only group (表二's `article20.1`), for enums and docs. */
  readonly id?: string;
  readonly ordinal: string;
  readonly label: string;
  readonly en: string;
  readonly children: readonly TableNode[];
  /** False where the group's label is left out of cell names in messages (三、本年度办理结果). */
  readonly inCellName?: boolean;
  /** For a 表二 block: the header row's first cell (信息内容). */
  readonly header?: string;
  readonly aliases?: readonly string[];
}

/**
 * A node of a table's tree.
 *
 * @example
 * ```ts
 * const isGroup = (n: TableNode) => n.kind === "group";
 * ```
 */
export type TableNode = RecordNode | GroupNode;

/**
 * A column header cell above the data columns (表三 申请人情况 / 法人或其他组织).
 * A leaf names a field by key; rowspans and colspans follow from the tree's depth and width.
 *
 * @example
 * ```ts
 * const h: ColumnHeader = { label: "法人或其他组织", en: "Legal persons", children: [{ field: "commercial" }] };
 * ```
 */
export type ColumnHeader =
  | { readonly field: string }
  | { readonly label: string; readonly en: string; readonly children: readonly ColumnHeader[] };

/**
 * Which records a rule ranges over: explicit paths (relative to the table), every leaf record under a
 * group (optionally except some), or every record of the table.
 *
 * @example
 * ```ts
 * const parts: RecordSelector = { leavesOf: "results", except: ["results.total"] };
 * ```
 */
export type RecordSelector =
  | readonly string[]
  | { readonly leavesOf: string; readonly except?: readonly string[] }
  | "all";

/**
 * An accounting relation (勾稽关系), declared beside the table it governs.
 *
 * - `per: "field"` — for each field in `fields`, Σ over the `left` records = Σ over the `right` records
 *   (表三's column relations).
 * - `per: "record"` — for each record in `records`, Σ of its `left` fields = Σ of its `right` fields
 *   (总计 columns). With `records: "all"`, only the records that have every field named by the rule.
 *
 * @example
 * ```ts
 * const rule: SumRule = {
 *   id: "T4.total", severity: "error", per: "record", records: "all", left: ["total"],
 *   right: ["upheld", "corrected", "other", "pending"],
 *   equation: { zh: "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", en: "total = upheld + corrected + other + pending" },
 *   rightName: { zh: "各项结果之和", en: "the sum of the outcomes" },
 *   official: false,
 * };
 * ```
 */
export type SumRule = {
  /** Stable rule id (docs/rules.md); other systems match on it. */
  readonly id: string;
  readonly severity: "error" | "warning";
  /** The relation in words. */
  readonly equation: { readonly zh: string; readonly en: string };
  /** How messages name the right-hand side (各项办理结果之和). Absent: the cells are listed. */
  readonly rightName?: { readonly zh: string; readonly en: string };
  /** How messages name the left-hand side, where it is more than one cell. */
  readonly leftName?: { readonly zh: string; readonly en: string };
  /** True where the relation is printed in the official table (the 勾稽 note), false where implied. */
  readonly official: boolean;
  /**
   * `"equal"` (default): Σ left = Σ right. `"at-least"`: Σ left ≥ Σ right (a soft bound, e.g. 表二's
   * 上一年项目数量 + 本年增/减 ≥ 0, where `right` is empty).
   */
  readonly compare?: "equal" | "at-least";
  /** Why the relation holds (or is only likely): shown in the rule catalogue. */
  readonly rationale?: { readonly zh: string; readonly en: string };
} & (
  | {
      readonly per: "field";
      /** Field keys, or `"all"`. */
      readonly fields: readonly string[] | "all";
      readonly left: RecordSelector;
      readonly right: RecordSelector;
    }
  | {
      readonly per: "record";
      readonly records: RecordSelector;
      readonly left: readonly string[];
      readonly right: readonly string[];
    }
);

/**
 * How a table is laid out on paper.
 * - `rows`: records are rows, fields are columns under a header tree (表三).
 * - `column-groups`: records are column groups in one data row (表四).
 * - `blocks`: each top-level group is a titled block with its own header row (表二).
 *
 * @example
 * ```ts
 * const layout: TableLayout = "rows";
 * ```
 */
export type TableLayout = "rows" | "column-groups" | "blocks";

/**
 * One of the three statistics tables.
 *
 * @example
 * ```ts
 * import { edition2021 } from "zfxxgk/format";
 * edition2021.tables.applications.number; // "表三"
 * ```
 */
export interface TableDescriptor {
  /** Key of the table in the report (`proactive`, `applications`, `reviewLitigation`). */
  readonly key: string;
  /** How people refer to it: 表二, 表三, 表四. */
  readonly number: string;
  /** Section ordinal as printed (`二、`). */
  readonly ordinal: string;
  /** Section heading = table title, verbatim. */
  readonly title: string;
  readonly en: string;
  readonly layout: TableLayout;
  readonly children: readonly TableNode[];
  /** Column header tree above the data columns (rows layout). */
  readonly columns?: readonly ColumnHeader[];
  /** Text of the top-left corner cell (表三's 勾稽 note). */
  readonly corner?: string;
  /** Notes printed in the table, verbatim. */
  readonly notes: readonly string[];
  /** The accounting relations of this table. */
  readonly rules: readonly SumRule[];
  /** Heading variants real reports print. */
  readonly aliases?: readonly string[];
}

/**
 * A prose section of the report (一、总体情况, 五、…, 六、…).
 *
 * @example
 * ```ts
 * const s: ProseSection = { key: "overview", ordinal: "一、", title: "总体情况", en: "Overview" };
 * ```
 */
export interface ProseSection {
  readonly key: string;
  readonly ordinal: string;
  readonly title: string;
  readonly en: string;
  readonly aliases?: readonly string[];
}

/**
 * One official edition of the format.
 *
 * @example
 * ```ts
 * import { editions } from "zfxxgk/format";
 * editions["2021"].notice; // "国办公开办函〔2021〕30号"
 * ```
 */
export interface EditionDescriptor {
  readonly edition: string;
  /** Document number of the notice that issued it. */
  readonly notice: string;
  /** Title of the format. */
  readonly formatTitle: string;
  /** First report year it applies to, and the last (inclusive; `null`: still in force). */
  readonly years: { readonly from: number; readonly to: number | null };
  readonly sections: readonly ProseSection[];
  readonly tables: {
    readonly proactive: TableDescriptor;
    readonly applications: TableDescriptor;
    readonly reviewLitigation: TableDescriptor;
  };
  /** Order of the six sections: prose keys and table keys. */
  readonly order: readonly string[];
  /**
   * Names of the generated model types of this edition where they are not the key in PascalCase: `report`, a
   * table key (`applications`), or a table key and a group's path (`applications.results`). A type whose shape
   * differs between editions must be named here (the generator refuses two shapes under one name), so that adding
   * an edition never renames or removes a type.
   */
  readonly typeNames?: { readonly [key: string]: string };
}
