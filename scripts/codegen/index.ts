/**
 * Every generated file of the project, by path relative to the repository root.
 */
import { editionKeys } from "../../src/format/editions.js";
import { generateCellReader } from "./cell-reader.js";
import { generateExportColumnsDoc } from "./export-columns.js";
import { generateFastValidator } from "./fast-validator.js";
import { generateFormatDoc } from "./format-docs.js";
import { generateJsonSchemas } from "./json-schema.js";
import { generateModelTypes } from "./model-types.js";
import { generateOutputSchemas } from "./output-schemas.js";
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
    ...Object.fromEntries(editionKeys.map((e) => [`docs/format-${e}.md`, generateFormatDoc(e)])),
    "docs/rules.md": generateRulesDoc(),
    "docs/export-columns.md": generateExportColumnsDoc(),
    ...generateJsonSchemas(),
    ...generateOutputSchemas(),
  };
}
