/**
 * `zfxxgk/testing` keeps its promises, judged by the core: `validateReport` for structure, `checkReport`
 * for the rules.
 */
import fc, * as fcNamespace from "fast-check";
import { describe, expect, it } from "vitest";
import { editions } from "../../src/format.js";
import {
  cellsOf,
  checkReport,
  type Edition,
  editionKeys,
  type Finding,
  type Report,
  readCell,
  tableKeys,
  validateReport,
} from "../../src/index.js";
import {
  arbInconsistentReport,
  arbInconsistentReportWith,
  arbReport,
  arbReportInput,
  arbReportInputWith,
  arbReportWith,
  type ErrorRuleId,
} from "../../src/testing.js";
import { runs } from "../support/runs.js";

const errorFailures = (report: Report, blankAsZero = false): Finding[] =>
  checkReport(report, { blankAsZero }).findings.filter((f) => f.severity === "error" && f.status === "fail");

const blanks = (report: Report): number =>
  cellsOf(report.edition).filter((c) => readCell(report, c.segments) === null).length;

/** The error-severity rule ids declared in the descriptors, read from them (not restated). */
const declaredErrorRules = [
  ...new Set(
    editionKeys.flatMap((e) =>
      tableKeys.flatMap((k) => editions[e].tables[k].rules.filter((r) => r.severity === "error").map((r) => r.id)),
    ),
  ),
] as ErrorRuleId[];

describe("arbReport", () => {
  it("gives structurally valid reports of both editions, some with blank cells", () => {
    const seen = new Set<Edition>();
    let withBlanks = 0;
    fc.assert(
      fc.property(arbReport(), (report) => {
        expect(validateReport(report).ok).toBe(true);
        seen.add(report.edition);
        if (blanks(report) > 0) withBlanks++;
      }),
      { numRuns: runs(200, 1000, 100) },
    );
    expect([...seen].sort()).toEqual([...editionKeys].sort());
    expect(withBlanks).toBeGreaterThan(0);
  });
  it("an edition, and no blank cell when asked", () => {
    for (const edition of editionKeys) {
      fc.assert(
        fc.property(arbReport({ edition, blanks: false }), (report) => {
          expect(report.edition).toBe(edition);
          expect(validateReport(report).ok).toBe(true);
          expect(blanks(report)).toBe(0);
        }),
        { numRuns: runs(50, 300) },
      );
    }
  });
  it("consistent: every error-severity rule holds, with blank cells read as blank or as 0", () => {
    let withBlanks = 0;
    fc.assert(
      fc.property(arbReport({ consistent: true }), (report) => {
        expect(validateReport(report).ok).toBe(true);
        expect(errorFailures(report)).toEqual([]);
        expect(errorFailures(report, true)).toEqual([]);
        expect(checkReport(report).ok).toBe(true);
        if (blanks(report) > 0) withBlanks++;
      }),
      { numRuns: runs(200, 1000, 100) },
    );
    expect(withBlanks).toBeGreaterThan(0);
  });
  it("consistent without blanks: every rule instance is assessed and passes", () => {
    fc.assert(
      fc.property(arbReport({ consistent: true, blanks: false }), (report) => {
        const findings = checkReport(report, { includePassed: true }).findings.filter((f) => f.severity === "error");
        expect(findings.length).toBeGreaterThan(0);
        expect(findings.filter((f) => f.status !== "pass")).toEqual([]);
      }),
      { numRuns: runs(100, 1000) },
    );
  });
  it("consistent reports are not all trivial: some totals are positive", () => {
    const totals = fc
      .sample(arbReport({ consistent: true, blanks: false }), { numRuns: 50, seed: 1 })
      .map((r) => r.applications.newReceived.total ?? 0);
    expect(Math.max(...totals)).toBeGreaterThan(0);
  });
});

describe("arbInconsistentReport", () => {
  it("the declared error rules are the ones MODEL.md names", () => {
    expect(declaredErrorRules.sort()).toEqual(["T3.balance", "T3.results-total", "T3.row-total", "T4.total"]);
  });
  for (const rule of declaredErrorRules) {
    it(`${rule}: exactly one error-severity failure, the one it says`, () => {
      fc.assert(
        fc.property(arbInconsistentReport(rule), ({ report, finding, blanked }) => {
          expect(validateReport(report).ok).toBe(true);
          const failures = errorFailures(report);
          expect(failures).toEqual([finding]);
          expect(finding.rule).toBe(rule);
          expect(finding.delta).not.toBe(0);
          for (const path of blanked) expect(finding.cells).not.toContain(path);
        }),
        { numRuns: runs(100, 1000) },
      );
    });
  }
  it("one edition when asked", () => {
    fc.assert(
      fc.property(arbInconsistentReport("T3.row-total", { edition: "2019" }), ({ report }) => {
        expect(report.edition).toBe("2019");
      }),
      { numRuns: runs(20, 100) },
    );
  });
  it("an unknown rule is a programmer error", () => {
    expect(() => arbInconsistentReport("X.nothing" as ErrorRuleId)).toThrow(RangeError);
  });
});

describe("arbReportInput", () => {
  it("mixes valid and invalid inputs, and in JSON mode stays within what JSON can carry", () => {
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(arbReportInput({ json: true }), (input) => {
        if (validateReport(input).ok) verdicts.valid++;
        else verdicts.invalid++;
        expect(JSON.parse(JSON.stringify(input) ?? "null")).toEqual(input);
      }),
      { numRuns: runs(200, 1000, 100) },
    );
    expect(verdicts.valid).toBeGreaterThan(0);
    expect(verdicts.invalid).toBeGreaterThan(verdicts.valid);
  });
  it("near misses carry issues at many different places", () => {
    const paths = new Set<string>();
    for (const input of fc.sample(arbReportInput(), { numRuns: 300, seed: 3 })) {
      const result = validateReport(input);
      if (!result.ok) for (const issue of result.issues) paths.add(issue.path.join("."));
    }
    expect(paths.size).toBeGreaterThan(50);
  });
});

describe("the (fc) => Arbitrary forms", () => {
  it("build the same arbitraries from a namespace import or a default import", () => {
    const a = fc.sample(arbReportWith({ edition: "2021" })(fcNamespace), { numRuns: 5, seed: 42 });
    const b = fc.sample(arbReportWith({ edition: "2021" })(fc), { numRuns: 5, seed: 42 });
    expect(a).toEqual(b);
    expect(fc.sample(arbReportInputWith()(fc), { numRuns: 3, seed: 1 })).toEqual(
      fc.sample(arbReportInput(), { numRuns: 3, seed: 1 }),
    );
    const [broken] = fc.sample(arbInconsistentReportWith("T4.total")(fcNamespace), { numRuns: 1, seed: 5 });
    expect(broken?.finding.rule).toBe("T4.total");
  });
});
