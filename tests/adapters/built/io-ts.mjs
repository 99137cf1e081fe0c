// Native Node ESM, no bundler: the BUILT io-ts entry imports only the io-ts package root (io-ts and fp-ts have
// no `exports` map, so deep imports would fail here with ERR_UNSUPPORTED_DIR_IMPORT).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { validateReport } from "../../../dist/index.js";
import { ConsistentReportCodec, Count, formatErrors, ReportCodec, TableCodecs } from "../../../dist/io-ts.js";

const seed = JSON.parse(readFileSync(new URL("../../../examples/lianzhou-2023.json", import.meta.url), "utf8"));
assert.equal(ReportCodec.decode(seed)._tag, "Right");
assert.equal(ConsistentReportCodec.is(seed), true);
assert.equal(TableCodecs["2021"].applications.is(seed.applications), true);
assert.equal(Count.is(-1), false);

const bad = structuredClone(seed);
bad.applications.results.total.naturalPerson = -1;
bad.extra = true;
const decoded = ReportCodec.decode(bad);
assert.equal(decoded._tag, "Left");
assert.deepEqual(formatErrors(decoded.left), validateReport(bad).issues);
console.log("ok");
