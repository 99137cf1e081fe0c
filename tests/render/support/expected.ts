/**
 * Where each cell of a report must appear in the official layout, read off the descriptors: the labels
 * of its row and of its column, as printed.
 */

import { type ColumnHeader, printedLabel, type RecordNode } from "../../../src/format.js";
import type { CellEntry } from "../../../src/index.js";

/** A row label as printed: ordinal, label and the note in the same cell. */
function rowLabel(node: RecordNode): string {
  return printedLabel(node) + (node.note ?? "");
}

/** Labels from the root of a column header tree down to the leaf naming `field` (the leaf by its label). */
function columnPath(tree: readonly ColumnHeader[], field: string, leafLabel: string): string[] | undefined {
  for (const node of tree) {
    if ("field" in node) {
      if (node.field === field) return [leafLabel];
    } else {
      const below = columnPath(node.children, field, leafLabel);
      if (below !== undefined) return [node.label, ...below];
    }
  }
  return undefined;
}

/** The labels a cell sits beside (row) and under (column) in the official table. */
export function expectedLabels(cell: CellEntry): { rowLabels: string[]; columnLabels: string[] } {
  const { table, record, field } = cell;
  const groups = record.ancestors.map(printedLabel);
  switch (table.layout) {
    case "rows":
      return {
        rowLabels: [...groups, rowLabel(record.node)],
        columnLabels: columnPath(table.columns ?? [], field.key, field.label) ?? [field.label],
      };
    case "column-groups":
      return { rowLabels: [], columnLabels: [...groups, rowLabel(record.node), field.label] };
    case "blocks":
      return { rowLabels: [rowLabel(record.node)], columnLabels: [...groups, field.label] };
  }
}
