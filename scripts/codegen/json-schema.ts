/**
 * Generates the JSON Schema files shipped in the package (`schema/*.schema.json`) from the schema data the
 * root entry exports (itself built from the descriptors). A test proves the committed files current.
 */
import { editionKeys } from "../../src/format/editions.js";
import { buildReportJsonSchema, jsonSchemaFiles } from "../../src/schema/json-schema.js";

const text = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;

/**
 * The schema files and their text.
 *
 * @example
 * ```ts
 * Object.keys(generateJsonSchemas()); // ["schema/report.schema.json", "schema/report-2021.schema.json", …]
 * ```
 */
export function generateJsonSchemas(): Record<string, string> {
  return {
    [jsonSchemaFiles.all]: text(buildReportJsonSchema()),
    ...Object.fromEntries(editionKeys.map((e) => [jsonSchemaFiles[e], text(buildReportJsonSchema(e))])),
  };
}
