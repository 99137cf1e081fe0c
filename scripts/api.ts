/**
 * Writes the API report (docs/api-report.md): every entry's exported names and kinds. `npm run api`; a test proves
 * it current.
 */
import { writeFileSync } from "node:fs";
import { apiReport, apiReportPath } from "./api-report/report.js";

writeFileSync(new URL(`../${apiReportPath}`, import.meta.url), apiReport());
console.log(`wrote ${apiReportPath}`);
