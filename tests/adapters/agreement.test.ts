/**
 * The core validator is the reference: zod, io-ts and the JSON Schema (ajv) accept exactly the inputs it
 * accepts — valid reports, near misses and junk from `zfxxgk/testing` — and say the same things about them.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Edition, editionKeys, validateReport } from "../../src/index.js";
import { createIoTsCodecs, formatErrors, ReportCodec } from "../../src/io-ts.js";
import { reportJsonSchema, reportJsonSchemas } from "../../src/schema.js";
import { arbReportInput } from "../../src/testing.js";
import { createZodSchemas, ReportSchema } from "../../src/zod.js";
import { runs } from "../support/runs.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
const validateJson = ajv.compile(reportJsonSchema);
const validateJsonOf = Object.fromEntries(editionKeys.map((e) => [e, ajv.compile(reportJsonSchemas[e])])) as Record<
  Edition,
  ReturnType<typeof ajv.compile>
>;
// each edition's schema and codec, by the registry's keys (built as the named ones, Report2021Schema…, are)
const byEditionZod = createZodSchemas().byEdition;
const byEditionIoTs = createIoTsCodecs().byEdition;
const zodOf = editionKeys.map((e) => [e, byEditionZod[e]] as const);
const ioTsOf = editionKeys.map((e) => [e, byEditionIoTs[e]] as const);

const editionOf = (x: unknown): unknown =>
  typeof x === "object" && x !== null ? (x as { edition?: unknown }).edition : undefined;

describe("zod, io-ts and the core accept exactly the same inputs", () => {
  it("on valid reports, near misses and junk (JavaScript values)", () => {
    let valid = 0;
    fc.assert(
      fc.property(arbReportInput(), (input) => {
        const core = validateReport(input).ok;
        if (core) valid++;
        expect(ReportSchema.safeParse(input).success).toBe(core);
        expect(ReportCodec.decode(input)._tag).toBe(core ? "Right" : "Left");
        expect(ReportCodec.is(input)).toBe(core);
      }),
      { numRuns: runs(200, 1000, 100) },
    );
    // the inputs are not all of one kind
    expect(valid).toBeGreaterThan(0);
  });
  it("the edition schemas and codecs accept a report of their edition exactly when the core does", () => {
    fc.assert(
      fc.property(arbReportInput(), fc.nat(editionKeys.length - 1), (input, i) => {
        const [edition, schema] = zodOf[i] as (typeof zodOf)[number];
        const codec = (ioTsOf[i] as (typeof ioTsOf)[number])[1];
        const expected = validateReport(input).ok && editionOf(input) === edition;
        expect(schema.safeParse(input).success).toBe(expected);
        expect(codec.is(input)).toBe(expected);
      }),
      { numRuns: runs(100, 1000) },
    );
  });
});

describe("the JSON Schema (ajv 2020 + ajv-formats) accepts exactly what the core accepts, on what JSON can carry", () => {
  it("the combined schema and each edition's schema", () => {
    let valid = 0;
    fc.assert(
      fc.property(arbReportInput({ json: true }), (input) => {
        const core = validateReport(input).ok;
        if (core) valid++;
        expect(validateJson(input)).toBe(core);
        for (const edition of ["2021", "2019"] as const) {
          expect(validateJsonOf[edition](input)).toBe(core && editionOf(input) === edition);
        }
        expect(ReportSchema.safeParse(input).success).toBe(core);
        expect(ReportCodec.is(input)).toBe(core);
      }),
      { numRuns: runs(200, 1000, 100) },
    );
    expect(valid).toBeGreaterThan(0);
  });
  it("after a round trip through JSON text", () => {
    fc.assert(
      fc.property(arbReportInput({ json: true }), (input) => {
        const parsed: unknown = JSON.parse(JSON.stringify(input) ?? "null");
        expect(validateJson(parsed)).toBe(validateReport(parsed).ok);
      }),
      { numRuns: runs(100, 1000) },
    );
  });
});

describe("they say the same things", () => {
  it("io-ts: formatErrors gives the core's issues (paths, codes, messages in both languages, order)", () => {
    fc.assert(
      fc.property(arbReportInput(), (input) => {
        const core = validateReport(input);
        const decoded = ReportCodec.decode(input);
        expect(decoded._tag === "Left" ? formatErrors(decoded.left) : []).toEqual(core.ok ? [] : core.issues);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
  it("zod: every issue is one of the core's, at the same path, and every core issue is among zod's", () => {
    fc.assert(
      fc.property(arbReportInput(), (input) => {
        const core = validateReport(input);
        const parsed = ReportSchema.safeParse(input);
        if (core.ok) return;
        const coreIssues = core.issues.filter((i) => i.code !== "edition_mismatch");
        const zodIssues = parsed.error?.issues ?? [];
        const said = zodIssues.flatMap((issue) =>
          issue.code === "unrecognized_keys"
            ? issue.keys.map((key) => ({ path: [...issue.path, key].join("."), message: issue.message }))
            : [{ path: issue.path.join("."), message: issue.message }],
        );
        for (const s of said) {
          expect(coreIssues.some((c) => c.path.join(".") === s.path && s.message.includes(c.message.zh))).toBe(true);
        }
        for (const c of coreIssues) {
          expect(said.some((s) => s.path === c.path.join(".") && s.message.includes(c.message.zh))).toBe(true);
        }
      }),
      { numRuns: runs(200, 1000) },
    );
  });
  it("zod returns an equal copy; io-ts returns the input itself, as the core does", () => {
    fc.assert(
      fc.property(arbReportInput(), (input) => {
        const core = validateReport(input);
        if (!core.ok) return;
        expect(ReportSchema.parse(input)).toEqual(input);
        const decoded = ReportCodec.decode(input);
        expect(decoded._tag === "Right" && decoded.right).toBe(input);
      }),
      { numRuns: runs(100, 1000) },
    );
  });
});

class Box {}

/** `["a", <hole>, "b"]`. */
function holey(): string[] {
  const paragraphs = ["a", "x", "b"];
  delete paragraphs[1];
  return paragraphs;
}

describe("edge cases, one by one", () => {
  const seed = () =>
    ({
      edition: "2019",
      organ: "某机关",
      year: 2020,
      publishedOn: null,
      proactive: {},
      applications: {},
      reviewLitigation: {},
    }) as Record<string, unknown>;
  // a valid report to start from, generated rather than hand-written
  const valid = fc.sample(arbReportInput(), { numRuns: 200, seed: 7 }).find((x) => validateReport(x).ok) as Record<
    string,
    unknown
  >;
  const cases: [string, unknown][] = [
    ["a class instance at the root", Object.assign(new Box(), valid)],
    ["a null-prototype root", Object.assign(Object.create(null) as object, valid)],
    ["an own __proto__ key", JSON.parse(JSON.stringify(valid).replace("{", '{"__proto__":{},'))],
    ["an optional key present as undefined", { ...valid, title: undefined }],
    ["a required key present as undefined", { ...valid, organ: undefined }],
    ["-0 in a count", JSON.parse(JSON.stringify(valid), (k, v) => (k === "total" && v === 0 ? -0 : v))],
    ["a hole in the preamble", { ...valid, preamble: holey() }],
    ["white space for the organ", { ...valid, organ: "\u3000 " }],
    ["a tables-less report", seed()],
    ["an array", [valid]],
    ["a Date", new Date(0)],
  ];
  it.each(cases)("%s", (_name, input) => {
    const core = validateReport(input).ok;
    expect(ReportSchema.safeParse(input).success).toBe(core);
    expect(ReportCodec.is(input)).toBe(core);
  });
  it.each([undefined, null, 5, "report", [], true])("not an object at all (%p): the same single issue", (input) => {
    const core = validateReport(input);
    expect(core.ok ? [] : core.issues.map((i) => [i.path, i.message.zh])).toEqual(
      ReportSchema.safeParse(input).error?.issues.map((i) => [i.path, i.message]),
    );
    const decoded = ReportCodec.decode(input);
    expect(decoded._tag === "Left" ? formatErrors(decoded.left) : []).toEqual(core.ok ? [] : core.issues);
  });
  it("a getter that throws: the core, io-ts and zod report the input unreadable", () => {
    const sneaky = { ...valid };
    Object.defineProperty(sneaky, "organ", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const core = validateReport(sneaky);
    expect(core.ok ? [] : core.issues.map((i) => i.code)).toEqual(["unreadable"]);
    const decoded = ReportCodec.decode(sneaky);
    expect(decoded._tag === "Left" ? formatErrors(decoded.left) : []).toEqual(core.ok ? [] : core.issues);
    // zod's safeParse does not catch what a getter throws: the schema's root asks the core first (issue 18)
    expect(ReportSchema.safeParse(sneaky).error?.issues.map((i) => i.message)).toEqual(
      core.ok ? [] : core.issues.map((i) => i.message.zh),
    );
  });
  it("the valid starting point is valid, and the cases include both verdicts", () => {
    expect(validateReport(valid).ok).toBe(true);
    const verdicts = new Set(cases.map(([, input]) => validateReport(input).ok));
    expect([...verdicts].sort()).toEqual([false, true]);
  });
});
