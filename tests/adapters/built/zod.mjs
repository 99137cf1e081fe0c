// Native Node ESM, no bundler: the BUILT zod entry.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { validateReport } from "../../../dist/index.js";
import { ConsistentReportSchema, ReportSchema } from "../../../dist/zod.js";

const seed = JSON.parse(readFileSync(new URL("../../../examples/lianzhou-2023.json", import.meta.url), "utf8"));
assert.equal(ReportSchema.safeParse(seed).success, true);
assert.equal(ConsistentReportSchema.safeParse(seed).success, true);
const bad = structuredClone(seed);
bad.reviewLitigation.review.total = 1.5;
const parsed = ReportSchema.safeParse(bad);
assert.equal(parsed.success, false);
assert.deepEqual(
  parsed.error.issues.map((i) => i.message),
  validateReport(bad).issues.map((i) => i.message.zh),
);
console.log("ok");
