/**
 * The consistent variants agree with `checkReport`: a structurally valid report passes exactly when no
 * error-severity rule instance fails, and each failure is reported once, with its rule id and cell path.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReport, type Finding, type Report, validateReport } from "../../src/index.js";
import { ConsistentReportCodec, createIoTsCodecs, formatErrors } from "../../src/io-ts.js";
import { arbInconsistentReport, arbReport, arbReportInput } from "../../src/testing.js";
import { ConsistentReportSchema, createZodSchemas, type RuleIssueParams } from "../../src/zod.js";
import { runs } from "../support/runs.js";

const errorFailures = (report: Report, blankAsZero: boolean): Finding[] =>
  checkReport(report, { blankAsZero }).findings.filter((f) => f.severity === "error" && f.status === "fail");

/** Consistent reports, reports with one rule broken, arbitrary figures, and structurally invalid inputs. */
const inputs: fc.Arbitrary<unknown> = fc.oneof(
  arbReport({ consistent: true }),
  arbReport({ consistent: true, blanks: false }),
  fc
    .constantFrom("T3.balance", "T3.results-total", "T3.row-total", "T4.total" as const)
    .chain((rule) => arbInconsistentReport(rule).map((x) => x.report)),
  arbReport(),
  arbReportInput(),
);

const variants = [
  { blankAsZero: false, zod: ConsistentReportSchema, ioTs: ConsistentReportCodec },
  {
    blankAsZero: true,
    zod: createZodSchemas({ blankAsZero: true }).ConsistentReportSchema,
    ioTs: createIoTsCodecs({ blankAsZero: true }).ConsistentReportCodec,
  },
] as const;

describe.each(variants)("blankAsZero: $blankAsZero", ({ blankAsZero, zod, ioTs }) => {
  it("zod: the rule issues are checkReport's error failures (rule id, path of the first cell, message)", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const structure = validateReport(input);
        const parsed = zod.safeParse(input);
        if (!structure.ok) {
          expect(parsed.success).toBe(false);
          expect(parsed.error?.issues.filter((i) => i.code === "custom" && i.params?.rule !== undefined)).toEqual([]);
          return;
        }
        const failures = errorFailures(structure.value, blankAsZero);
        expect(parsed.success).toBe(failures.length === 0);
        const issues = (parsed.error?.issues ?? []).map((i) => {
          const params = (i.code === "custom" ? i.params : undefined) as RuleIssueParams | undefined;
          return { rule: params?.rule, path: i.path.join("."), message: i.message, cells: params?.cells };
        });
        expect(issues).toEqual(
          failures.map((f) => ({ rule: f.rule, path: f.cells[0], message: f.message.zh, cells: f.cells })),
        );
      }),
      { numRuns: runs(150, 1000) },
    );
  });
  it("io-ts: formatErrors gives the core's structural issues, or one rule_failed issue per failing instance", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const structure = validateReport(input);
        const decoded = ioTs.decode(input);
        const issues = decoded._tag === "Left" ? formatErrors(decoded.left) : [];
        if (!structure.ok) {
          expect(issues).toEqual(structure.issues);
          return;
        }
        const failures = errorFailures(structure.value, blankAsZero);
        expect(decoded._tag).toBe(failures.length === 0 ? "Right" : "Left");
        expect(ioTs.is(input)).toBe(failures.length === 0);
        expect(issues).toEqual(
          failures.map((f) => ({
            path: f.cells[0]?.split("."),
            code: "rule_failed",
            rule: f.rule,
            finding: f,
            message: f.message,
          })),
        );
      }),
      { numRuns: runs(150, 1000) },
    );
  });
});

it("blank cells read as 0 can fail a rule that is otherwise not assessable", () => {
  const found = fc
    .sample(arbReport({ blanks: true }), { numRuns: 300, seed: 11 })
    .find((r) => errorFailures(r, false).length < errorFailures(r, true).length);
  expect(found).toBeDefined();
  if (found === undefined) return;
  expect(variants[1].zod.safeParse(found).success).toBe(false);
});
