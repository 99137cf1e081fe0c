/**
 * The JSON Schema (draft 2020-12) of the model, as data.
 *
 * @module
 */
export { isoDatePattern } from "./date-pattern.js";
export {
  buildReportJsonSchema,
  type JsonSchema,
  type JsonValue,
  jsonSchemaFiles,
  reportJsonSchema,
  reportJsonSchemas,
} from "./json-schema.js";
