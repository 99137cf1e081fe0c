/**
 * The fuzz properties of every public entry point, as data — an arbitrary and a predicate that throws when the
 * entry point misbehaves — for the long soak (`npm run fuzz`, scripts/fuzz.ts) and for replaying what it finds
 * (regressions/soak-found.test.ts). Plain `Error`s, no test runner: the soak runs outside vitest. The CI-scale
 * properties in fuzz-*.test.ts check the same things with vitest's assertions.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { loadText } from "../../../src/cli/input.js";
import {
  checkContinuity,
  checkReport,
  isReport,
  type Report,
  renderReport,
  renderTable,
  sumReports,
  tableKeys,
  validateReport,
  withTotals,
} from "../../../src/index.js";
import { ReportCodec } from "../../../src/io-ts.js";
import { type InputFormat, parseReport } from "../../../src/parse.js";
import { ruleCatalogue } from "../../../src/rules.js";
import { reportJsonSchema } from "../../../src/schema.js";
import { arbInconsistentReport, arbReport, arbReportInput } from "../../../src/testing.js";
import { ReportSchema } from "../../../src/zod.js";
import { figuresReadable } from "../../checks/support.js";
import { arbAdversarialReportValue, arbAdversarialText } from "./adversarial.js";
import {
  arbDamagedRendering,
  arbHostileReport,
  arbHostileText,
  arbRandomHtml,
  arbRawString,
  arbVocabularySoup,
} from "./arbitraries.js";
import { fingerprint } from "./fingerprint.js";
import { sharedObjects } from "./objects.js";
import {
  checkProblem,
  controlProblem,
  inventedFigures,
  messageProblem,
  parseProblem,
  sumProblem,
  validationProblem,
} from "./shapes.js";

/** Throws when `problem` names one. */
function must(problem: string | undefined): void {
  if (problem !== undefined) throw new Error(problem);
}

function ensure(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** A property of the soak: what it feeds the entry point, and what must hold (the predicate throws if not). */
export interface SoakProperty {
  /** The entry point(s) it exercises. */
  readonly entry: string;
  readonly arbitrary: fc.Arbitrary<unknown>;
  readonly predicate: (input: unknown) => void;
}

/** Types a property by its arbitrary, then forgets the type (the soak runs them all alike). */
function property<T>(p: { entry: string; arbitrary: fc.Arbitrary<T>; predicate: (input: T) => void }): SoakProperty {
  return p as unknown as SoakProperty;
}

const ruleIds = ruleCatalogue.map((r) => r.id);
const arbCheckOptions = fc.record(
  {
    lang: fc.constantFrom("zh" as const, "en" as const),
    blankAsZero: fc.boolean(),
    includePassed: fc.boolean(),
    organKind: fc.constantFrom("department" as const, "government" as const),
    exclude: fc.array(fc.oneof(fc.constantFrom(...ruleIds), fc.constantFrom("N.", "T3.", "X.", "cell.")), {
      maxLength: 3,
    }),
  },
  { requiredKeys: [] },
);

const arbValid: fc.Arbitrary<Report> = fc.oneof(
  arbReport(),
  arbReport({ consistent: true }),
  arbInconsistentReport("T3.balance").map((i) => i.report as Report),
  arbInconsistentReport("T3.results-total").map((i) => i.report as Report),
  arbInconsistentReport("T4.total").map((i) => i.report as Report),
  arbHostileReport(),
);

const arbFormat = fc.constantFrom<InputFormat | undefined>(undefined, "text", "markdown", "html");

function parseWellFormed(input: string, format: InputFormat | undefined): void {
  const result = format === undefined ? parseReport(input) : parseReport(input, { format });
  must(parseProblem(result));
  ensure(format === undefined || result.format === format, "the format asked for was not used");
  const invented = inventedFigures(result, input);
  ensure(invented.length === 0, `figures not in the input: ${invented.join(", ")}`);
}

let ajvValidate: ((x: unknown) => boolean) | undefined;

/** The properties, by name. */
export const soakProperties: Record<string, SoakProperty> = {
  validate: property({
    entry: "validateReport, isReport, reportSchema",
    arbitrary: arbReportInput(),
    predicate: (input: unknown) => {
      const print = fingerprint(input);
      const result = validateReport(input);
      must(validationProblem(input, result));
      ensure(isReport(input) === result.ok, "isReport disagrees with validateReport");
      ensure(fingerprint(input) === print, "the input changed");
    },
  }),
  adapters: property({
    entry: "zod ReportSchema, io-ts ReportCodec, JSON Schema (ajv) vs validateReport",
    arbitrary: fc.oneof(arbReportInput({ json: true }), fc.jsonValue()),
    predicate: (input: unknown) => {
      ajvValidate ??= new Ajv2020({ strict: true, validateFormats: false }).compile(reportJsonSchema) as (
        x: unknown,
      ) => boolean;
      const ok = validateReport(input).ok;
      ensure(ReportSchema.safeParse(input).success === ok, `zod says ${!ok}, validateReport ${ok}`);
      ensure((ReportCodec.decode(input)._tag === "Right") === ok, `io-ts says ${!ok}, validateReport ${ok}`);
      ensure(ajvValidate(input) === ok, `the JSON Schema says ${!ok}, validateReport ${ok}`);
    },
  }),
  check: property({
    entry: "checkReport",
    arbitrary: fc.tuple(arbValid, arbCheckOptions),
    predicate: ([report, options]) => {
      const print = fingerprint(report);
      const result = checkReport(report, options);
      must(
        checkProblem(result, {
          lang: options.lang === "en" ? "en" : "zh",
          includePassed: options.includePassed === true,
          edition: report.edition,
        }),
      );
      ensure(sharedObjects(result, report).length === 0, "the findings share an object with the report");
      ensure(fingerprint(report) === print, "the report changed");
    },
  }),
  continuity: property({
    entry: "checkContinuity",
    arbitrary: fc.tuple(arbValid, arbValid, fc.boolean(), arbCheckOptions).map(([p, c, consecutive, options]) => {
      const previous = consecutive
        ? ({ ...structuredClone(p), year: Math.max(1900, c.year - 1), organ: c.organ } as Report)
        : p;
      return [previous, c, options] as const;
    }),
    predicate: ([previous, current, options]) => {
      const result = checkContinuity(previous, current, options);
      must(
        checkProblem(result, {
          lang: options.lang === "en" ? "en" : "zh",
          includePassed: options.includePassed === true,
          edition: current.edition,
          previousEdition: previous.edition,
        }),
      );
    },
  }),
  sum: property({
    entry: "sumReports",
    arbitrary: fc
      .tuple(
        fc.array(arbValid, { maxLength: 5 }),
        fc.boolean(),
        fc.oneof(fc.constant("某市人民政府"), arbHostileText),
        fc.option(fc.oneof(fc.constantFrom("2024-01-31", "2024-02-30", "garbage"), fc.string()), { nil: undefined }),
      )
      .map(([reports, same, organ, publishedOn]) => {
        const first = reports[0];
        const group =
          first === undefined || !same
            ? reports
            : reports
                .filter((r) => r.edition === first.edition)
                .map((r) => ({ ...structuredClone(r), year: first.year }) as Report);
        return { reports: group, options: publishedOn === undefined ? { organ } : { organ, publishedOn } };
      }),
    predicate: ({ reports, options }) => {
      const result = sumReports(reports, options);
      must(sumProblem(result, reports[0], options.organ));
      ensure(sharedObjects(result, reports).length === 0, "the roll-up shares an object with the reports");
    },
  }),
  totals: property({
    entry: "withTotals",
    arbitrary: arbValid,
    predicate: (report: Report) => {
      const out = withTotals(report);
      ensure(sharedObjects(out, report).length === 0, "the copy shares an object with the report");
      const v = validateReport(out);
      if (!v.ok)
        ensure(
          v.issues.every((i) => i.code === "unsafe_integer"),
          `withTotals made an invalid report: ${v.issues.map((i) => i.message.en).join("; ")}`,
        );
    },
  }),
  render: property({
    entry: "renderReport, renderTable (text, markdown, html)",
    arbitrary: fc.tuple(
      arbValid,
      fc.constantFrom("text" as const, "markdown" as const, "html" as const),
      fc.constantFrom(...tableKeys),
      arbHostileText,
    ),
    predicate: ([report, format, table, idPrefix]) => {
      const options = format === "html" ? { format, idPrefix } : { format };
      for (const text of [renderReport(report, options), renderTable(report, table, options)]) {
        ensure(typeof text === "string" && text.length > 0, "empty output");
        must(controlProblem(text, format));
      }
    },
  }),
  precondition: property({
    entry: "checkReport, checkContinuity, sumReports, withTotals, renderReport on unvalidated values",
    arbitrary: fc.tuple(arbReportInput(), fc.constantFrom("text" as const, "markdown" as const, "html" as const)),
    predicate: ([input, format]) => {
      const valid = validateReport(input).ok;
      const print = fingerprint(input);
      const calls: (() => unknown)[] = [
        () => checkReport(input as Report),
        () => sumReports([input as Report], { organ: "某市" }),
        () => withTotals(input as Report),
        () => renderReport(input as Report, { format }),
        () => checkContinuity(input as Report, input as Report),
      ];
      for (const call of calls) {
        try {
          call();
        } catch (error) {
          ensure(error instanceof Error, `threw a non-Error: ${String(error)}`);
          ensure(!valid, `threw on a valid report: ${(error as Error).message}`);
        }
      }
      // checkReport expects a validated report and does not validate it again: a value whose figures it cannot
      // read is its documented TypeError (other invalid values may give findings)
      if (!valid && !figuresReadable(input)) {
        let threw: unknown;
        try {
          checkReport(input as Report);
        } catch (error) {
          threw = error;
        }
        ensure(
          threw instanceof TypeError,
          "checkReport did not throw the documented TypeError on a value that is not a report",
        );
      }
      ensure(fingerprint(input) === print, "the input changed");
    },
  }),
  "parse-raw": property({
    entry: "parseReport (raw strings)",
    arbitrary: fc.tuple(arbRawString, arbFormat),
    predicate: ([input, format]) => parseWellFormed(input, format),
  }),
  "parse-vocabulary": property({
    entry: "parseReport (the format's vocabulary in random order)",
    arbitrary: fc.tuple(arbVocabularySoup, arbFormat),
    predicate: ([input, format]) => parseWellFormed(input, format),
  }),
  "parse-html": property({
    entry: "parseReport (random HTML)",
    arbitrary: arbRandomHtml,
    predicate: (input: string) => parseWellFormed(input, "html"),
  }),
  "parse-damaged": property({
    entry: "parseReport (valid reports rendered, then damaged)",
    arbitrary: fc.tuple(arbDamagedRendering, fc.boolean()),
    predicate: ([{ format, text }, declared]) => parseWellFormed(text, declared ? format : undefined),
  }),
  "parse-adversarial": property({
    entry:
      "parseReport (issue 18's hostile shapes: formatting bomb, huge tables, many spaces, marks, lines, paragraphs, nested tags)",
    arbitrary: arbAdversarialText(200_000),
    predicate: ({ format, text }) => parseWellFormed(text, format === "json" ? undefined : format),
  }),
  "validate-adversarial": property({
    entry:
      "validateReport, then checkReport, renderReport, withTotals (sparse lists, keys on the prototype, deep nesting, 124,000 paragraphs)",
    arbitrary: arbAdversarialReportValue(124_000),
    predicate: (input: unknown) => {
      const result = validateReport(input);
      must(validationProblem(input, result));
      if (!result.ok) return;
      checkReport(input as Report);
      renderReport(input as Report, { format: "html" });
      withTotals(input as Report);
    },
  }),
  "cli-load": property({
    entry: "the command line's reading of a file (loadText) and check",
    arbitrary: fc.oneof(
      arbRawString,
      arbReportInput({ json: true }).map((x) => JSON.stringify(x) ?? "null"),
      arbRandomHtml,
    ),
    predicate: (text: string) => {
      const loaded = loadText(text);
      if (!loaded.ok) {
        must(messageProblem(loaded.message, loaded.code));
        return;
      }
      must(
        checkProblem(checkReport(loaded.report), { lang: "zh", includePassed: false, edition: loaded.report.edition }),
      );
    },
  }),
};
