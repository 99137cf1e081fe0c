// CommonJS: the BUILT .cjs entries.
const assert = require("node:assert/strict");
const seed = require("../../../examples/lianzhou-2023.json");
const { ReportCodec } = require("../../../dist/io-ts.cjs");
const { ReportSchema } = require("../../../dist/zod.cjs");
const { arbReport } = require("../../../dist/testing.cjs");
const { reportJsonSchema } = require("../../../dist/schema.cjs");
assert.equal(ReportCodec.is(seed), true);
assert.equal(ReportSchema.safeParse(seed).success, true);
assert.equal(typeof arbReport().generate, "function");
assert.equal(reportJsonSchema.$schema, "https://json-schema.org/draft/2020-12/schema");
console.log("ok");
