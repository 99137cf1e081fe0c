/**
 * `zfxxgk/schema` — the JSON Schema (draft 2020-12) of the model, as frozen data built from the descriptors,
 * for systems in other languages and for JSON Schema validators (ajv, …). The same documents ship as files:
 * `zfxxgk/schema/report.schema.json`, `report-2021.schema.json`, `report-2019.schema.json`.
 *
 * @example
 * ```ts
 * import Ajv2020 from "ajv/dist/2020.js";
 * import { reportJsonSchema } from "zfxxgk/schema";
 * const validate = new Ajv2020().compile(reportJsonSchema);
 * ```
 *
 * @module zfxxgk/schema
 */
export * from "./schema/index.js";
