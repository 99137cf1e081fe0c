/**
 * Every generated file of the project, by path relative to the repository root.
 */
import { generateCellReader } from "./cell-reader.js";
import { generateExportColumnsDoc } from "./export-columns.js";
import { generateFastValidator } from "./fast-validator.js";
import { generateFormatDoc } from "./format-docs.js";
import { generateJsonSchemas } from "./json-schema.js";
import { generateModelTypes } from "./model-types.js";
import { generateRulesDoc } from "./rules-doc.js";

/**
 * The generated files and their text.
 *
 * @example
 * ```ts
 * Object.keys(generatedFiles()); // ["src/model/report.generated.ts", …]
 * ```
 */
export function generatedFiles(): Record<string, string> {
  return {
    "src/model/report.generated.ts": generateModelTypes(),
    "src/validate/fast.generated.ts": generateFastValidator(),
    "src/checks/read.generated.ts": generateCellReader(),
    "docs/format-2021.md": generateFormatDoc("2021"),
    "docs/format-2019.md": generateFormatDoc("2019"),
    "docs/rules.md": generateRulesDoc(),
    "docs/export-columns.md": generateExportColumnsDoc(),
    ...generateJsonSchemas(),
  };
}
