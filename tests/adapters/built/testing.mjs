// Native Node ESM, no bundler: the BUILT testing entry, with fast-check resolved from the package.
import assert from "node:assert/strict";
import fc from "fast-check";
import { checkReport, validateReport } from "../../../dist/index.js";
import { arbInconsistentReport, arbReport, arbReportWith } from "../../../dist/testing.js";

fc.assert(
  fc.property(arbReport({ consistent: true }), (r) => validateReport(r).ok && checkReport(r).ok),
  { numRuns: 20 },
);
fc.assert(
  fc.property(arbReportWith({ edition: "2019" })(fc), (r) => r.edition === "2019"),
  { numRuns: 20 },
);
const [broken] = fc.sample(arbInconsistentReport("T3.balance"), { numRuns: 1, seed: 1 });
assert.equal(checkReport(broken.report).ok, false);
console.log("ok");
