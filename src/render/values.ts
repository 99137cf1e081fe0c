/**
 * How a cell's value prints: the same text in every format.
 *
 * @module
 */
import type { FieldDescriptor } from "../format/descriptor.js";
import type { CellValue } from "../model/build.js";
import { formatAmount } from "./chinese.js";
import type { BlankStyle } from "./options.js";
import { cleanText } from "./width.js";

/**
 * The printed text of one value cell: an integer as its digits (a decrease with an ASCII minus: `-8`),
 * an amount without float noise followed by the unit the report wrote for it (`1864.5万元`), and a
 * blank (`null`) as the chosen blank style — empty by default.
 *
 * @example
 * ```ts
 * import { applicantFields } from "zfxxgk/format";
 * import { formatCellValue } from "zfxxgk/render";
 * formatCellValue(applicantFields[0], 11); // "11"
 * formatCellValue(applicantFields[0], null, { blank: "—" }); // "—"
 * ```
 */
export function formatCellValue(
  field: FieldDescriptor,
  value: CellValue | undefined,
  options: { readonly blank?: BlankStyle; readonly unit?: CellValue | undefined } = {},
): string {
  if (value === null || value === undefined || typeof value === "string") return options.blank ?? "";
  const digits = field.kind === "amount" || !Number.isInteger(value) ? formatAmount(value) : String(value);
  const unit = typeof options.unit === "string" ? cleanText(options.unit) : "";
  return digits + unit;
}
