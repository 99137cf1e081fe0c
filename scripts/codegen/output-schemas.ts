/**
 * Keeps the edition lists of the hand-written output schemas (`docs/*-output.schema.json`) equal to the edition
 * registry: every `"edition": { "enum": [...] }` is rewritten with the registered edition keys (and `null`, where
 * the schema allows it). The rest of each file is as written.
 */
import { readFileSync } from "node:fs";
import { editionKeys } from "../../src/format/editions.js";

/** The output schemas whose edition lists follow the registry. */
export const outputSchemaFiles = [
  "docs/check-output.schema.json",
  "docs/assess-output.schema.json",
  "docs/compare-output.schema.json",
] as const;

/** `schema` with every `edition` enum listing the registered editions (and `null` where it had it). */
function withEditions(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(withEditions);
  if (typeof x !== "object" || x === null) return x;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(x)) {
    const list = (value as { enum?: unknown } | null)?.enum;
    if (key === "edition" && Array.isArray(list)) {
      out[key] = { ...(value as object), enum: [...editionKeys, ...(list.includes(null) ? [null] : [])] };
    } else {
      out[key] = withEditions(value);
    }
  }
  return out;
}

/**
 * The output schema files, their edition lists from the registry.
 *
 * @example
 * ```ts
 * Object.keys(generateOutputSchemas()); // ["docs/check-output.schema.json", …]
 * ```
 */
export function generateOutputSchemas(): Record<string, string> {
  return Object.fromEntries(
    outputSchemaFiles.map((path) => {
      const text = readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
      return [path, `${JSON.stringify(withEditions(JSON.parse(text)), null, 2)}\n`];
    }),
  );
}
