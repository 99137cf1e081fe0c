/**
 * Found by the adversarial review of issue 18 (item 5):
 * - an object whose prototype is a null-prototype object carrying the report's keys (`JSON.stringify` of it is
 *   `{}`) passed `validateReport`, `isReport`, the zod schema and the io-ts codec: such a prototype was taken for
 *   another realm's `Object.prototype`, and the values were read through it;
 * - a getter throwing a value `String()` cannot convert (`Object.create(null)`) made `validateReport` and the io-ts
 *   codec throw while writing the `unreadable` message;
 * - the zod schema threw on a throwing getter or a revoked proxy where the core returns an `unreadable` issue;
 * - an organ that is only NUL, a zero-width character (U+200B–U+200D, U+FEFF) or NEL (U+0085) was valid.
 * Fixed in src/validate/guards.ts (a realm's `Object.prototype` is recognised by its native `Object` constructor;
 * `organPattern`), src/validate/validate.ts and src/adapters/io-ts/build.ts (only own enumerable properties are
 * read), src/validate/explain.ts (the thrown value's text can never throw), src/adapters/zod/build.ts (the
 * report schemas' root asks the core whether it can read the input) and the fast path's generator.
 */
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { isReport, validateReport } from "../../../src/index.js";
import { ReportCodec } from "../../../src/io-ts.js";
import { ReportSchema } from "../../../src/zod.js";
import { example } from "./support.js";

const seeds = [example("lianzhou-2023"), example("example-2019")];

/** The verdicts of the four validators. */
function verdicts(input: unknown): [boolean, boolean, boolean, boolean] {
  return [
    validateReport(input).ok,
    isReport(input),
    ReportSchema.safeParse(input).success,
    ReportCodec.decode(input)._tag === "Right",
  ];
}
const rejected = [false, false, false, false];

describe("regression: only own enumerable properties make a report", () => {
  it("keys on a null-prototype prototype are not the input's: rejected by all four", () => {
    for (const seed of seeds) {
      const inherited = Object.create(Object.assign(Object.create(null), structuredClone(seed))) as object;
      expect(JSON.stringify(inherited)).toBe("{}");
      expect(verdicts(inherited)).toEqual(rejected);
      // one table inherited, the rest own
      const { applications, ...rest } = structuredClone(seed) as Record<string, unknown>;
      const partly = Object.assign(Object.create(Object.assign(Object.create(null), { applications })) as object, rest);
      expect(verdicts(partly)).toEqual(rejected);
      // a nested object too
      const nested = structuredClone(seed) as Record<string, Record<string, unknown>>;
      nested.applications = Object.create(Object.assign(Object.create(null), nested.applications)) as Record<
        string,
        unknown
      >;
      expect(verdicts(nested)).toEqual(rejected);
    }
  });

  it("a non-enumerable own key does not count (JSON.stringify drops it)", () => {
    const r = structuredClone(seeds[0]) as Record<string, unknown>;
    const organ = r.organ;
    delete r.organ;
    Object.defineProperty(r, "organ", { value: organ, enumerable: false });
    expect(verdicts(r)).toEqual(rejected);
    const v = validateReport(r);
    expect(v.ok ? [] : v.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["missing_key", "organ"]]);
  });

  it("objects from another realm are still plain objects, on every path", () => {
    for (const seed of seeds) {
      const foreign: unknown = runInNewContext(`(${JSON.stringify(seed)})`);
      expect(verdicts(foreign)).toEqual([true, true, true, true]);
    }
  });
});

describe("regression: what cannot be read is an `unreadable` issue, from the core and zod alike", () => {
  it("a getter throwing a value String() cannot convert", () => {
    for (const thrown of [
      Object.create(null),
      Symbol("s"),
      {
        toString: () => {
          throw new Error("again");
        },
      },
    ]) {
      const r = structuredClone(seeds[0]) as Record<string, unknown>;
      Object.defineProperty(r, "organ", {
        enumerable: true,
        get: () => {
          throw thrown;
        },
      });
      const v = validateReport(r);
      expect(v.ok ? [] : v.issues.map((i) => i.code)).toEqual(["unreadable"]);
      expect(isReport(r)).toBe(false);
      expect(ReportCodec.decode(r)._tag).toBe("Left");
      const z = ReportSchema.safeParse(r);
      expect(z.success).toBe(false);
      expect(z.error?.issues.map((i) => i.message)).toEqual(v.ok ? [] : v.issues.map((i) => i.message.zh));
    }
  });

  it("zod: a revoked proxy at the root or inside, a throwing getter: a failed parse, never a throw", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = structuredClone(seeds[1]) as Record<string, unknown>;
    Object.defineProperty(getter, "proactive", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    for (const input of [proxy, { ...structuredClone(seeds[0]), proactive: proxy }, getter]) {
      const core = validateReport(input);
      expect(core.ok ? [] : core.issues.map((i) => i.code)).toEqual(["unreadable"]);
      const z = ReportSchema.safeParse(input);
      expect(z.success).toBe(false);
      expect(z.error?.issues[0]?.message).toBe(core.ok ? "" : core.issues[0]?.message.zh);
    }
  });
});

describe("regression: an organ of invisible characters is blank", () => {
  it("NUL, zero-width characters, BOM, NEL — alone or with white space — are rejected by all four, saying why", () => {
    for (const organ of [
      "\u0000",
      "\u200b",
      "\u200c",
      "\u200d",
      "\ufeff",
      "\u0085",
      " \u200b\u0000\u0085 ",
      "\u2060",
    ]) {
      const r = { ...structuredClone(seeds[0]), organ };
      expect(verdicts(r)).toEqual(rejected);
      const v = validateReport(r);
      expect(v.ok ? [] : v.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["invalid_value", "organ"]]);
      expect(v.ok ? "" : v.issues[0]?.message.zh).toContain("零宽字符不算");
    }
  });

  it("a name with a visible character in it is still an organ", () => {
    for (const organ of ["\u200b某市人民政府", "某市\u0000", "X"])
      expect(verdicts({ ...structuredClone(seeds[0]), organ })).toEqual([true, true, true, true]);
  });
});
