/**
 * Every generated file of the project, by path relative to the repository root.
 */
import { generateFastValidator } from "./fast-validator.js";
import { generateModelTypes } from "./model-types.js";

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
  };
}
