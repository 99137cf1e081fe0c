/**
 * Shared by the regression tests: the seed reports, read from the repository's examples.
 */
import { readFileSync } from "node:fs";
import { type Report, validateReport } from "../../../src/index.js";

/** A copy of an example report, validated. */
export function example(name: "lianzhou-2023" | "example-2019"): Report & Record<string, unknown> {
  const data: unknown = JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8"));
  const result = validateReport(data);
  if (!result.ok) throw new Error(`examples/${name}.json is not valid`);
  return result.value as Report & Record<string, unknown>;
}
