/**
 * The JSON Schema: the committed files are current, equal to the data `zfxxgk/schema` exports, valid draft 2020-12
 * (ajv strict mode), titled with the official labels; and its date pattern is exactly the core's date check.
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../../scripts/codegen/index.js";
import { editions, isIsoDate, recordsOf } from "../../src/format.js";
import { cellsOf, editionKeys, tableKeys } from "../../src/index.js";
import {
  isoDatePattern,
  type JsonSchema,
  jsonSchemaFiles,
  reportJsonSchema,
  reportJsonSchemas,
} from "../../src/schema.js";
import { runs } from "../support/runs.js";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const files = [jsonSchemaFiles.all, ...editionKeys.map((e) => jsonSchemaFiles[e])];

describe("the shipped schema files", () => {
  it.each(files)("%s is current (run `npm run generate` after changing a descriptor)", (path) => {
    expect(generatedFiles()[path]).toBeDefined();
    expect(read(path)).toBe(generatedFiles()[path]);
  });
  it("equal the data zfxxgk/schema exports", () => {
    expect(JSON.parse(read(jsonSchemaFiles.all))).toEqual(reportJsonSchema);
    for (const e of editionKeys) expect(JSON.parse(read(jsonSchemaFiles[e]))).toEqual(reportJsonSchemas[e]);
  });
  it("are in package.json's files and exports", () => {
    const pkg = JSON.parse(read("package.json")) as { files: string[]; exports: Record<string, unknown> };
    expect(pkg.files).toContain("schema");
    expect(pkg.exports["./schema/*.json"]).toBe("./schema/*.json");
  });
  it("the exported data is frozen", () => {
    expect(Object.isFrozen(reportJsonSchema)).toBe(true);
    expect(Object.isFrozen(reportJsonSchemas["2021"].properties)).toBe(true);
  });
});

describe("draft 2020-12", () => {
  it.each(files)("%s compiles under ajv's strict mode (no unknown keyword, format or unresolved $ref)", (path) => {
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    expect(() => ajv.compile(JSON.parse(read(path)) as JsonSchema)).not.toThrow();
  });
  it("names the dialect", () => {
    expect(reportJsonSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});

/** Every `title` in a schema. */
function titles(schema: unknown, out: string[] = []): string[] {
  if (typeof schema === "object" && schema !== null) {
    for (const [k, v] of Object.entries(schema)) {
      if (k === "title" && typeof v === "string") out.push(v);
      else titles(v, out);
    }
  }
  return out;
}

describe("titles and descriptions", () => {
  it.each(editionKeys)("%s: every column's and every row's official label is a title", (edition) => {
    const all = new Set(titles(reportJsonSchemas[edition]));
    for (const cell of cellsOf(edition)) expect(all.has(cell.field.label)).toBe(true);
    for (const key of tableKeys) {
      for (const record of recordsOf(editions[edition].tables[key])) expect(all.has(record.name.zh)).toBe(true);
    }
  });
  it("every titled subschema has an English description", () => {
    const missing: string[] = [];
    const visit = (x: unknown) => {
      if (typeof x !== "object" || x === null) return;
      const o = x as Record<string, unknown>;
      if (typeof o.title === "string" && (typeof o.description !== "string" || !/[A-Za-z]/.test(o.description)))
        missing.push(o.title);
      for (const v of Object.values(o)) visit(v);
    };
    visit(reportJsonSchema);
    expect(missing).toEqual([]);
  });
});

describe("isoDatePattern", () => {
  const re = new RegExp(isoDatePattern, "u");
  const digits = (n: number) =>
    fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((d) => d.join(""));
  it("accepts exactly the dates isIsoDate accepts", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
          fc
            .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
            .map(
              ([y, m, d]) =>
                `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
            ),
          fc.string({ maxLength: 12 }),
        ),
        (s) => {
          expect(re.test(s)).toBe(isIsoDate(s));
        },
      ),
      { numRuns: runs(2000, 20000) },
    );
  });
  it("every day of 400 years (a whole Gregorian cycle), and every 29 February of 10 000 years", () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2000, 0, 1); t < Date.UTC(2400, 0, 1); t += 86_400_000) {
      const s = new Date(t).toISOString().slice(0, 10);
      if (!re.test(s)) wrong.push(s);
    }
    for (let y = 0; y <= 9999; y++) {
      const s = `${String(y).padStart(4, "0")}-02-29`;
      if (re.test(s) !== isIsoDate(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });
});
