/**
 * The proof that an edition is a plug-in: a hypothetical third edition, declared and registered from tests/ only
 * (support/third.ts: 表三 gains （三）9.涉及个人隐私, 表二 drops 行政强制), goes through everything the
 * built-in editions go through — validation, checks, the three renderers, the parser (round trip), JSON Schema,
 * zod, io-ts, the arbitraries and the command line — with no file of src/ changed. The generated straight-line
 * code knows only the built-in editions: for this one the interpreters decide, and they agree with it.
 */
// the registration comes first (a side-effect import, which import sorting leaves in place): the zod, io-ts and
// JSON Schema entries build their constants over the editions registered when they are first evaluated
import "./support/register-third.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { checkReport } from "../../src/checks/check-report.js";
import { readCells, readCellsByPath } from "../../src/checks/read-cells.js";
import { ruleTexts } from "../../src/checks/rule-texts.js";
import { planOf } from "../../src/checks/sum-plan.js";
import { main } from "../../src/cli/main.js";
import {
  type Edition,
  editionForYear,
  editionKeys,
  editions,
  editionYears,
  newestEdition,
  registerEdition,
} from "../../src/format/editions.js";
import { NotDisclosedReason } from "../../src/format/enums.js";
import { cellsOf } from "../../src/format/walk.js";
import { createIoTsCodecs, ReportCodec } from "../../src/io-ts.js";
import { buildReport, readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/render.js";
import { buildReportJsonSchema, reportJsonSchema, reportJsonSchemas } from "../../src/schema.js";
import { arbReport, arbReportInput } from "../../src/testing.js";
import { fastEditions } from "../../src/validate/fast.generated.js";
import { collectIssues, isReport, validateReport } from "../../src/validate/validate.js";
import { createZodSchemas, ReportSchema } from "../../src/zod.js";
import { arbReport as arbPublished } from "../parse/support/reports.js";
import { runs } from "../support/runs.js";
import { base, registered, thirdKey } from "./support/third.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** The third edition's key, typed as an edition (the test adds no module augmentation, which would widen every test's `Edition`). */
const third = thirdKey as unknown as Edition;
const zeros = () =>
  buildReport({ edition: third, organ: "某市某局", year: 2099, publishedOn: "2100-01-20" }, (cell) =>
    cell.field.kind === "unit" ? null : 0,
  ) as Report;

/** Every cell of `a` that `b` does not give back. */
function differences(a: Report, b: Report | null): string[] {
  if (b === null) return ["no report"];
  return cellsOf(a.edition)
    .filter((c) => !Object.is(readCell(a, c.segments), readCell(b, c.segments)))
    .map((c) => c.path);
}

describe("a third edition registered from tests/", () => {
  it("is registered, newest first, once", () => {
    expect(registered).toEqual({ ok: true, edition: thirdKey });
    expect(editionKeys[0]).toBe(thirdKey);
    expect(newestEdition()).toBe(thirdKey);
    expect(registerEdition(editions[third]).ok).toBe(false);
    // the year ranges follow from the registry: the edition in force before now ends the year before the third begins
    const before = editionKeys[1] as Edition;
    expect(editionYears(before)).toEqual({ from: editions[before].years.from, to: 2098 });
    expect(editionForYear(2098)).toBe(before);
    expect(editionForYear(2099)).toBe(thirdKey);
  });

  it("has the new cell and not the dropped one, and the enums know the new reason", () => {
    const paths = cellsOf(third).map((c) => c.path);
    expect(paths).toContain("applications.results.notDisclosed.privacy.total");
    expect(paths.some((p) => p.startsWith("proactive.coercion."))).toBe(false);
    expect(NotDisclosedReason.keys).toContain("privacy");
    expect(NotDisclosedReason.byLabel["涉及个人隐私" as keyof typeof NotDisclosedReason.byLabel]?.ordinal).toBe("9.");
  });
});

describe("validation", () => {
  it("accepts a report of it and refuses what another edition has", () => {
    const report = zeros();
    expect(validateReport(report).ok).toBe(true);
    expect(isReport(report)).toBe(true);
    const withCoercion = structuredClone(report) as unknown as { proactive: Record<string, unknown> };
    withCoercion.proactive.coercion = { decisions: 0 };
    const result = validateReport(withCoercion);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path.join("."))).toContain("proactive.coercion");
  });

  it("the generated fast check does not know it: the plan interpreter decides, and agrees with validateReport", () => {
    expect(fastEditions).not.toContain(thirdKey);
    fc.assert(
      fc.property(arbReportInput({ json: true }), (input) => {
        const edition = (input as { edition?: unknown } | null)?.edition;
        fc.pre(edition === thirdKey);
        expect(validateReport(input).ok).toBe(collectIssues(input).length === 0);
        expect(isReport(input)).toBe(collectIssues(input).length === 0);
      }),
      { numRuns: runs(100, 500) },
    );
  });
});

describe("checks", () => {
  it("the generated cell reader is not used for it, and the interpreter reads what the path walk reads", () => {
    const plan = planOf(third);
    expect(plan.generated).toBe(false);
    fc.assert(
      fc.property(arbReport({ edition: third }), (report) => {
        const blanks = readCells(plan, report as Report);
        const values = [...plan.values];
        const blank = [...plan.blank];
        plan.values.fill(-1);
        expect(readCellsByPath(plan, report as Report)).toBe(blanks);
        expect([...plan.values]).toEqual(values);
        expect([...plan.blank]).toEqual(blank);
      }),
      { numRuns: runs(50, 300) },
    );
  });

  it("holds for a consistent report and finds the broken total through the new row", () => {
    fc.assert(
      fc.property(arbReport({ edition: third, consistent: true }), (report) => {
        expect(validateReport(report).ok).toBe(true);
        const result = checkReport(report as Report);
        expect(result.findings.filter((f) => f.severity === "error" && f.status === "fail")).toEqual([]);
      }),
      { numRuns: runs(50, 300) },
    );
    const broken = zeros() as unknown as {
      applications: { results: { notDisclosed: { privacy: { total: number } } } };
    };
    broken.applications.results.notDisclosed.privacy.total = 3;
    const findings = checkReport(broken as unknown as Report).findings.filter((f) => f.status === "fail");
    expect(findings.map((f) => f.rule)).toContain("T3.results-total");
    expect(findings.flatMap((f) => f.cells)).toContain("applications.results.notDisclosed.privacy.total");
  });
});

describe("renderers and the parser", () => {
  for (const format of ["text", "markdown", "html"] as const) {
    it(`${format}: prints 9.涉及个人隐私, not 行政强制, and parses back to the same report`, () => {
      fc.assert(
        // the parser's reports: figures and an envelope a published report could carry (../parse/support)
        // (a year of its own: a real edition of the same shape, should one be added, is told from it by the year)
        fc.property(
          arbPublished(third).map((r) => JSON.parse(JSON.stringify(r).replaceAll(String(r.year), "2099")) as Report),
          (report) => {
            const text = renderReport(report as Report, { format });
            expect(text).toContain("涉及个人隐私");
            expect(text).not.toContain("行政强制");
            const back = parseReport(text);
            expect(back.edition.edition).toBe(thirdKey);
            expect(differences(report as Report, back.report)).toEqual([]);
          },
        ),
        { numRuns: runs(20, 100) },
      );
    });
  }

  it("reads a built-in edition's report as before, with the third edition registered", () => {
    const older = base;
    const report = buildReport({ edition: older, organ: "某市某局", year: 2023, publishedOn: null }, () => 1) as Report;
    const back = parseReport(renderReport(report, { format: "markdown" }));
    expect(back.edition.edition).toBe(older);
    expect(back.edition.basis).toBe("labels");
  });

  it("says the ambiguity when the tables fit two editions equally and lets the year decide", () => {
    // a 2021-shaped report without 行政强制's row and without 涉及个人隐私's: the labels cannot tell 2021 from the third
    const report = zeros();
    const text = renderReport(report, { format: "markdown" }).replace(/.*涉及个人隐私.*\n/, "");
    const back = parseReport(text);
    const ambiguous = back.diagnostics.find((d) => d.code === "edition.ambiguous");
    expect(ambiguous?.message.zh).toContain(thirdKey);
    expect(ambiguous?.message.zh).toContain(base);
    expect(back.edition.edition).toBe(thirdKey);
    expect(back.edition.basis).not.toBe("labels");
  });
});

describe("schemas", () => {
  const report = zeros();

  it("JSON Schema (ajv): its own schema and the combined one accept it, the built-in editions' refuse it", () => {
    const ajv = addFormats(new Ajv2020({ strict: true }));
    expect(ajv.compile(buildReportJsonSchema(third))(report)).toBe(true);
    expect(ajv.compile(reportJsonSchemas[third])(report)).toBe(true);
    expect(ajv.compile(reportJsonSchema)(report)).toBe(true);
    expect(ajv.compile(reportJsonSchemas[base])(report)).toBe(false);
  });

  it("zod: the default schema and byEdition accept it; a dropped cell is refused", () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(createZodSchemas().byEdition[third].safeParse(report).success).toBe(true);
    const bad = structuredClone(report) as unknown as { proactive: Record<string, unknown> };
    bad.proactive.coercion = { decisions: 0 };
    expect(ReportSchema.safeParse(bad).success).toBe(false);
  });

  it("io-ts: the default codec and byEdition accept it; a dropped cell is refused", () => {
    expect(ReportCodec.is(report)).toBe(true);
    expect(createIoTsCodecs().byEdition[third].is(report)).toBe(true);
    const bad = structuredClone(report) as unknown as { proactive: Record<string, unknown> };
    bad.proactive.coercion = { decisions: 0 };
    expect(ReportCodec.is(bad)).toBe(false);
  });
});

describe("the command line (in process)", () => {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-third-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the command line, its standard output captured. */
  async function run(argv: readonly string[]): Promise<{ code: number; out: string }> {
    let out = "";
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      return true;
    });
    try {
      return { code: await main(argv), out };
    } finally {
      write.mockRestore();
    }
  }

  it("check --json reads a report of it; --edition takes it; schema prints its schema", async () => {
    const file = join(dir, "third.json");
    writeFileSync(file, JSON.stringify(zeros()));
    const checked = await run(["check", "--json", file]);
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.out.trim().split("\n")[0] as string)).toMatchObject({ edition: thirdKey, ok: true });
    const markdown = join(dir, "third.md");
    writeFileSync(markdown, renderReport(zeros(), { format: "markdown" }));
    const parsed = await run(["parse", "--edition", thirdKey, markdown]);
    expect(parsed.code).toBe(0);
    expect(JSON.parse(parsed.out).edition).toBe(thirdKey);
    const schema = await run(["schema", "--edition", thirdKey]);
    expect(schema.code).toBe(0);
    expect(JSON.stringify(JSON.parse(schema.out))).toContain("privacy");
  });
});

describe("texts", () => {
  it("E.edition-year's words name the third edition's years, and the one before it now ends the year before", () => {
    const text = ruleTexts["E.edition-year"];
    const before = editionKeys[1] as Edition;
    const from = editions[before].years.from;
    expect(text?.equation?.zh).toContain("2099 年起用〔2099〕99号格式");
    expect(text?.equation?.zh).toContain(`${from}—2098 年用${editions[before].notice.replace(/^[^〔]*/, "")}`);
    expect(text?.rationale?.en).toContain(`the ${from}–2098 reports use the ${before}`);
  });
});
