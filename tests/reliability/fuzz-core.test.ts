/**
 * Fuzzing the core entry points (`zfxxgk`): they never throw unexpectedly, never change their input and always
 * return well-formed results (see support/shapes.ts for what "well formed" means for each).
 *
 * The contract, as documented in docs/reliability.md:
 * - `validateReport`, `isReport` and `reportSchema` take ANY value: they never throw, whatever the input
 *   (getters that throw, proxies, cycles, symbols, class instances, junk).
 * - `checkReport`, `checkContinuity`, `sumReports`, `withTotals`, `renderReport` and `renderTable` take
 *   *validated* reports (a precondition, as their TSDoc says). On valid reports they never throw and their
 *   results are well formed. On anything else the call is a programmer error: it throws an `Error` or returns,
 *   synchronously — it never hangs, never changes the input, never pollutes a prototype; `checkReport` throws a
 *   `TypeError` (as its TSDoc says).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkContinuity,
  checkReport,
  editionKeys,
  isReport,
  type Report,
  renderReport,
  renderTable,
  reportSchema,
  sumReports,
  tableKeys,
  validateReport,
  withTotals,
} from "../../src/index.js";
import { ruleCatalogue } from "../../src/rules.js";
import { arbInconsistentReport, arbReport, arbReportInput } from "../../src/testing.js";
import { figuresReadable } from "../checks/support.js";
import { runs } from "../support/runs.js";
import { arbAdversarialReportValue } from "./support/adversarial.js";
import { arbHostileReport, arbHostileText } from "./support/arbitraries.js";
import { fingerprint } from "./support/fingerprint.js";
import { deepFreeze, isPolluted, prototypeSnapshot, sharedMutable, sharedObjects } from "./support/objects.js";
import { checkProblem, controlProblem, sumProblem, validationProblem } from "./support/shapes.js";

const numRuns = runs(100, 1000);
const before = prototypeSnapshot();

const ruleIds = ruleCatalogue.map((r) => r.id);
const arbCheckOptions = fc.record(
  {
    lang: fc.constantFrom("zh" as const, "en" as const),
    blankAsZero: fc.boolean(),
    includePassed: fc.boolean(),
    organKind: fc.constantFrom("department" as const, "government" as const),
    exclude: fc.array(fc.oneof(fc.constantFrom(...ruleIds), fc.constantFrom("N.", "T3.", "X.", "cell.", "")), {
      maxLength: 3,
    }),
  },
  { requiredKeys: [] },
);

/** Any valid report: random, consistent, with one rule broken, or carrying hostile text. */
const arbValid: fc.Arbitrary<Report> = fc.oneof(
  arbReport(),
  arbReport({ consistent: true }),
  arbInconsistentReport("T3.balance").map((i) => i.report as Report),
  arbInconsistentReport("T3.row-total").map((i) => i.report as Report),
  arbHostileReport(),
);

/** Calls `f`; a thrown value must be an Error (a programmer error, never a bare string or a hang). */
function throwsOnlyErrors(f: () => unknown): { threw: boolean; value?: unknown } {
  try {
    return { threw: false, value: f() };
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(Error);
    return { threw: true };
  }
}

describe("validateReport, isReport, reportSchema: any value at all", () => {
  it("valid reports, near misses and junk (JavaScript values): a well-formed verdict, input untouched", () => {
    fc.assert(
      fc.property(arbReportInput(), (input) => {
        const print = fingerprint(input);
        const result = validateReport(input);
        expect(validationProblem(input, result)).toBeUndefined();
        expect(isReport(input)).toBe(result.ok);
        const standard = reportSchema["~standard"].validate(input);
        expect("then" in standard).toBe(false);
        expect("issues" in standard && standard.issues !== undefined).toBe(!result.ok);
        expect(fingerprint(input)).toBe(print);
      }),
      { numRuns },
    );
  });

  it("values JSON can carry, and anything fast-check can build (null prototypes, boxed values, bigints)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbReportInput({ json: true }),
          fc.anything({
            withNullPrototype: true,
            withObjectString: true,
            withBigInt: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
            withSparseArray: true,
          }),
        ),
        (input) => {
          expect(validationProblem(input, validateReport(input))).toBeUndefined();
        },
      ),
      { numRuns },
    );
  });

  it("hostile objects: throwing getters, revoked proxies, cycles — an 'unreadable' issue or a verdict, never a throw", () => {
    const arbHostileObject = fc
      .record({
        report: arbReport(),
        path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        how: fc.constantFrom("getter", "proxy", "revoked", "cycle", "symbol"),
      })
      .map(({ report, path, how }) => {
        const root = structuredClone(report) as unknown as Record<string, unknown>;
        let holder: Record<string, unknown> = root;
        let key = "";
        for (const step of path) {
          const keys = Object.keys(holder);
          key = keys[step % keys.length] as string;
          const next = holder[key];
          if (typeof next !== "object" || next === null || Array.isArray(next)) break;
          holder = next as Record<string, unknown>;
        }
        const value = holder[key];
        switch (how) {
          case "getter":
            Object.defineProperty(holder, key, {
              enumerable: true,
              get: () => {
                throw new Error("getter");
              },
            });
            break;
          case "proxy":
            holder[key] = new Proxy(
              {},
              {
                get: () => {
                  throw new Error("trap");
                },
                ownKeys: () => {
                  throw new Error("trap");
                },
              },
            );
            break;
          case "revoked": {
            const { proxy, revoke } = Proxy.revocable({}, {});
            revoke();
            holder[key] = proxy;
            break;
          }
          case "cycle":
            holder[key] = root;
            break;
          case "symbol":
            (holder as Record<symbol, unknown>)[Symbol("extra")] = value;
            break;
        }
        return root;
      });
    fc.assert(
      fc.property(arbHostileObject, (input) => {
        const result = validateReport(input);
        expect(validationProblem(input, result)).toBeUndefined();
        expect(isReport(input)).toBeTypeOf("boolean");
      }),
      { numRuns },
    );
  });

  it("issue 18's hostile reports: sparse lists, keys on the prototype, deep nesting, thousands of paragraphs — a verdict, and a valid one checks, renders and totals", () => {
    fc.assert(
      fc.property(arbAdversarialReportValue(5_000), (input) => {
        const result = validateReport(input);
        expect(validationProblem(input, result)).toBeUndefined();
        if (!result.ok) return;
        const report = input as Report;
        expect(
          checkProblem(checkReport(report), { lang: "zh", includePassed: false, edition: report.edition }),
        ).toBeUndefined();
        expect(renderReport(input as Report, { format: "html" })).toContain("<table");
        expect(validateReport(withTotals(input as Report)).ok).toBe(true);
      }),
      { numRuns: runs(30, 300) },
    );
  });
});

describe("checkReport, checkContinuity: validated reports", () => {
  it("checkReport: well-formed findings for any valid report and options; the (frozen) input is untouched", () => {
    fc.assert(
      fc.property(arbValid, arbCheckOptions, (report, options) => {
        deepFreeze(report);
        const print = fingerprint(report);
        const result = checkReport(report, options);
        const lang = options.lang ?? "zh";
        expect(
          checkProblem(result, { lang, includePassed: options.includePassed === true, edition: report.edition }),
        ).toBeUndefined();
        expect(sharedObjects(result, report)).toEqual([]);
        // two calls never hand out the same changeable object
        expect(sharedMutable(result, checkReport(report, options))).toEqual([]);
        expect(fingerprint(report)).toBe(print);
      }),
      { numRuns },
    );
  });

  it("checkContinuity: well-formed findings for any pair of valid reports, in any editions and years", () => {
    const arbPair = fc.tuple(arbValid, arbValid, fc.boolean()).map(([previous, current, consecutive]) => {
      if (!consecutive) return [previous, current] as const;
      const p = structuredClone(previous) as Report & { year: number; organ: string };
      p.year = Math.max(1900, current.year - 1);
      p.organ = current.organ;
      return [p as Report, current] as const;
    });
    fc.assert(
      fc.property(arbPair, arbCheckOptions, ([previous, current], options) => {
        deepFreeze([previous, current]);
        const print = fingerprint([previous, current]);
        const result = checkContinuity(previous, current, options);
        expect(
          checkProblem(result, {
            lang: options.lang ?? "zh",
            includePassed: options.includePassed === true,
            edition: current.edition,
            previousEdition: previous.edition,
          }),
        ).toBeUndefined();
        expect(sharedObjects(result, [previous, current])).toEqual([]);
        expect(fingerprint([previous, current])).toBe(print);
      }),
      { numRuns },
    );
  });
});

describe("sumReports, withTotals: validated reports", () => {
  const arbGroup = fc
    .record({
      edition: fc.constantFrom(...editionKeys),
      reports: fc.array(arbValid, { minLength: 0, maxLength: 5 }),
      sameYear: fc.boolean(),
    })
    .map(({ reports, sameYear }) => {
      const first = reports[0];
      if (first === undefined || !sameYear) return reports;
      return reports
        .filter((r) => r.edition === first.edition)
        .map((r) => ({ ...structuredClone(r), year: first.year }) as Report);
    });
  const arbSumOptions = fc.record(
    {
      organ: fc.oneof(fc.constant("某市人民政府"), arbHostileText),
      publishedOn: fc.oneof(fc.constant(null), fc.constantFrom("2024-01-31", "2024-02-29")),
      title: arbHostileText,
      blanks: fc.constantFrom("propagate" as const, "as-zero" as const),
    },
    { requiredKeys: ["organ"] },
  );

  it("sumReports: a valid roll-up or issues; inputs (frozen) untouched; the result shares no object with them", () => {
    fc.assert(
      fc.property(arbGroup, arbSumOptions, (reports, options) => {
        deepFreeze(reports);
        const print = fingerprint(reports);
        const result = sumReports(reports, options);
        expect(sumProblem(result, reports[0], options.organ)).toBeUndefined();
        if (result.ok) {
          expect(result.value.organ.trim()).not.toBe("");
          expect(sharedObjects(result, [reports, options])).toEqual([]);
        }
        expect(fingerprint(reports)).toBe(print);
      }),
      { numRuns },
    );
  });

  it("withTotals: every total filled; the result is valid unless a sum passes 2^53; no object shared", () => {
    fc.assert(
      fc.property(arbValid, (report) => {
        deepFreeze(report);
        const out = withTotals(report, { overwrite: true });
        expect(sharedObjects(out, report)).toEqual([]);
        const v = validateReport(out);
        if (!v.ok) for (const i of v.issues) expect(i.code, i.message.en).toBe("unsafe_integer");
        else {
          const findings = checkReport(out, { blankAsZero: true }).findings;
          expect(
            findings.filter((f) => (f.rule === "T3.row-total" || f.rule === "T4.total") && f.status === "fail"),
          ).toEqual([]);
        }
      }),
      { numRuns },
    );
  });
});

describe("renderReport, renderTable: validated reports", () => {
  const arbRenderOptions = fc.oneof(
    fc.record(
      {
        format: fc.constant("text" as const),
        blank: fc.constantFrom("" as const, "0" as const, "—" as const),
        ambiguousWidth: fc.constantFrom(1 as const, 2 as const),
      },
      { requiredKeys: ["format"] },
    ),
    fc.record(
      {
        format: fc.constant("markdown" as const),
        blank: fc.constantFrom("" as const, "0" as const, "—" as const),
        headingLevel: fc.constantFrom(1 as const, 2 as const, 5 as const),
      },
      { requiredKeys: ["format"] },
    ),
    fc.record(
      {
        format: fc.constant("html" as const),
        blank: fc.constantFrom("" as const, "0" as const, "—" as const),
        standalone: fc.boolean(),
        idPrefix: arbHostileText,
        headingLevel: fc.constantFrom(1 as const, 3 as const),
      },
      { requiredKeys: ["format"] },
    ),
  );

  it("every format: a string free of terminal controls; the (frozen) input is untouched", () => {
    fc.assert(
      fc.property(arbValid, arbRenderOptions, fc.constantFrom(...tableKeys), (report, options, table) => {
        deepFreeze(report);
        const print = fingerprint(report);
        const whole = renderReport(report, options);
        const one = renderTable(report, table, options);
        for (const [name, text] of [
          ["report", whole],
          ["table", one],
        ] as const) {
          expect(text).toBeTypeOf("string");
          expect(text.length).toBeGreaterThan(0);
          expect(controlProblem(text, `${options.format} ${name}`)).toBeUndefined();
        }
        expect(fingerprint(report)).toBe(print);
      }),
      { numRuns },
    );
  });
});

describe("the precondition: what the checked entry points do with values that were never validated", () => {
  it("a valid input: no throw; anything else: an Error or a result, synchronously, input untouched", () => {
    fc.assert(
      fc.property(
        arbReportInput(),
        arbReportInput(),
        fc.constantFrom("text" as const, "markdown" as const, "html" as const),
        (input, other, format) => {
          const print = fingerprint([input, other]);
          const valid = validateReport(input).ok;
          const calls: [string, () => unknown][] = [
            ["checkReport", () => checkReport(input as Report)],
            ["checkContinuity", () => checkContinuity(other as Report, input as Report)],
            ["sumReports", () => sumReports([input as Report], { organ: "某市" })],
            ["withTotals", () => withTotals(input as Report)],
            ["renderReport", () => renderReport(input as Report, { format })],
          ];
          for (const [name, call] of calls) {
            const outcome = throwsOnlyErrors(call);
            if (valid && name !== "checkContinuity")
              expect(outcome.threw, `${name} threw on a valid report`).toBe(false);
            if (valid && validateReport(other).ok && name === "checkContinuity") expect(outcome.threw).toBe(false);
          }
          // checkReport expects a validated report and does not validate it again: a value whose figures it
          // cannot read (unknown edition, a record not an object, a figure neither a finite number nor null) is its
          // documented TypeError; other invalid values may give findings, or an Error (checked above)
          if (!valid && !figuresReadable(input)) expect(() => checkReport(input as Report)).toThrow(TypeError);
          expect(fingerprint([input, other])).toBe(print);
        },
      ),
      { numRuns },
    );
  });

  it("left Object.prototype and the other built-in prototypes as they were", () => {
    expect(isPolluted()).toBe(false);
    expect(prototypeSnapshot()).toEqual(before);
  });
});
