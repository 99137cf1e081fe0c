// Native Node ESM, no bundler: the BUILT rules entry (`zfxxgk/rules`) names every rule checkReport reports.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkReport, withTotals } from "../../../dist/index.js";
import { ruleCatalogue, ruleInfo } from "../../../dist/rules.js";

const seed = JSON.parse(readFileSync(new URL("../../../examples/lianzhou-2023.json", import.meta.url), "utf8"));
assert.ok(ruleCatalogue.length > 0);
const bad = withTotals(seed);
bad.reviewLitigation.review.total += 1;
const findings = checkReport(bad).findings;
assert.ok(findings.length > 0);
for (const f of findings) assert.equal(ruleInfo(f.rule)?.id, f.rule);
console.log("ok");
