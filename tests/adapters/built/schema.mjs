// Native Node ESM, no bundler: the BUILT schema entry (`zfxxgk/schema`), equal to the shipped file.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { isoDatePattern, jsonSchemaFiles, reportJsonSchema, reportJsonSchemas } from "../../../dist/schema.js";

const file = (path) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8"));
assert.deepEqual(reportJsonSchema, file(jsonSchemaFiles.all));
assert.deepEqual(reportJsonSchemas["2019"], file(jsonSchemaFiles["2019"]));
assert.equal(new RegExp(isoDatePattern, "u").test("2024-02-29"), true);
console.log("ok");
