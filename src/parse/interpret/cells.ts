/**
 * A table's value cells: each column of a row with its path, unit column and official name, and reading one
 * figure for it — a number, a blank, or `null` with a diagnostic naming the cell.
 *
 * @module
 */
import type { FieldDescriptor } from "../../format/descriptor.js";
import { cellAt } from "../../format/walk.js";
import type { Message } from "../../validate/issues.js";
import { type DiagnosticPlace, type Diagnostics, quote } from "../diagnostics.js";
import type { ValueToken } from "./segments.js";
import type { Target } from "./targets.js";
import { readCellText } from "./values.js";

/**
 * A value column of a target with what reading it needs, computed once per target.
 *
 * @example
 * ```ts
 * const cell: FieldCell = fieldCells(tablePlan("2021", "applications").targets[0]!)[0]!; // cell.path: "applications.newReceived.naturalPerson"
 * ```
 */
export interface FieldCell {
  readonly field: FieldDescriptor;
  /** Path of the cell from the report root. */
  readonly path: string;
  readonly unitField: FieldDescriptor | undefined;
  /** Path of its unit cell, or `null`. */
  readonly unitPath: string | null;
  /** The cell's official name (of the target's edition), or one made of the row's and the column's. */
  readonly name: Message;
  /** The paths a diagnostic about the cell names. */
  readonly cells: readonly string[];
  /** The message of a blank cell. */
  readonly blank: Message;
}

const fieldCellCache = new WeakMap<Target, readonly FieldCell[]>();

/**
 * The value columns of a target with their paths and names (targets are built once per edition, so is this).
 *
 * @example
 * ```ts
 * fieldCells(tablePlan("2021", "applications").targets[0]!).length; // 7
 * ```
 */
export function fieldCells(target: Target): readonly FieldCell[] {
  let out = fieldCellCache.get(target);
  if (out !== undefined) return out;
  out = target.fields.map((field) => {
    const path = `${target.path}.${field.key}`;
    const unitField = target.units.get(field.key);
    const unitPath = unitField === undefined ? null : `${target.path}.${unitField.key}`;
    const name = cellAt(target.edition, path)?.name ?? {
      zh: `${target.name.zh}·${field.label}`,
      en: `${target.name.en} · ${field.en}`,
    };
    return {
      field,
      path,
      unitField,
      unitPath,
      name,
      cells: unitPath === null ? [path] : [path, unitPath],
      blank: { zh: `「${name.zh}」空白，记为 null`, en: `${name.en} is blank: null` },
    };
  });
  fieldCellCache.set(target, out);
  return out;
}

/**
 * The paths of a row's cells, its unit column included.
 *
 * @example
 * ```ts
 * cellPaths(tablePlan("2019", "proactive").targets.at(-1)!); // […, "proactive.procurement.amount", "proactive.procurement.amountUnit"]
 * ```
 */
export function cellPaths(t: Target): string[] {
  return t.entry.node.fields.map((f) => `${t.path}.${f.key}`);
}

/**
 * Reads one figure for a cell (`null`: the cell's figure is missing): its value and written unit, or `null`
 * with a diagnostic at `place` — info for a blank, an error for what is not a figure of the column.
 *
 * @example
 * ```ts
 * readFieldCell(cell, token, diagnostics, () => ({ table: "表三" })); // { value: 11, unit: null }
 * ```
 */
export function readFieldCell(
  cell: FieldCell,
  token: ValueToken | null,
  diagnostics: Diagnostics,
  place: () => DiagnosticPlace,
): { readonly value: number | null; readonly unit: string | null } {
  const { field, unitField, name } = cell;
  const none = { value: null, unit: null } as const;
  if (token === null) {
    diagnostics.info("cell.blank", { zh: cell.blank.zh, en: cell.blank.en }, place());
    return none;
  }
  const reading = readCellText(token.raw, field, unitField?.values ?? []);
  switch (reading.kind) {
    case "value":
      return { value: reading.value, unit: reading.unit };
    case "blank":
      diagnostics.info(
        "cell.blank",
        token.raw === ""
          ? { zh: cell.blank.zh, en: cell.blank.en }
          : {
              zh: `「${name.zh}」空白（「${token.raw}」），记为 null`,
              en: `${name.en} is blank (“${token.raw}”): null`,
            },
        place(),
      );
      return none;
    case "unreadable":
      diagnostics.error(
        "cell.unreadable",
        {
          zh: `「${name.zh}」不是数字（「${quote(token.raw)}」），记为 null`,
          en: `${name.en} is not a number (“${quote(token.raw)}”): null`,
        },
        place(),
      );
      return none;
    case "unit":
      diagnostics.error(
        "cell.unit",
        {
          zh: `「${name.zh}」写有单位「${reading.unit}」，与本栏${field.unit === undefined ? "（无单位）" : `的单位「${field.unit}」`}不符，记为 null`,
          en: `${name.en} is written with the unit “${reading.unit}”, not ${field.unit === undefined ? "unitless" : `“${field.unit}”`} as its column: null`,
        },
        place(),
      );
      return none;
    case "invalid": {
      const why = {
        negative: { zh: "不能为负数", en: "cannot be negative" },
        fraction: { zh: "应为整数", en: "must be a whole number" },
        unsafe: { zh: "超出可精确表示的整数范围", en: "is beyond the safe integer range" },
      }[reading.reason];
      diagnostics.error(
        "cell.invalid",
        {
          zh: `「${name.zh}」${why.zh}（「${quote(token.raw)}」），记为 null`,
          en: `${name.en} ${why.en} (“${quote(token.raw)}”): null`,
        },
        place(),
      );
      return none;
    }
  }
}
