/**
 * Random reports for the renderer properties: every cell random (blanks included), organ names, titles
 * and prose mixing CJK text with hostile strings (markup, quotes, ampersands, control characters).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import {
  buildReport,
  type CellEntry,
  type CellValue,
  cellsOf,
  type Edition,
  editionKeys,
  type Report,
  validateReport,
} from "../../../src/index.js";
import { cleanText } from "../../../src/render.js";

/** Strings that would make elements, entities, Markdown syntax or terminal escapes if printed raw. */
export const hostileStrings = [
  "<script>window.__pwned = 1</script>",
  '<img src="x" onerror="window.__pwned = 1">',
  "</table><b>",
  "<!-- c -->",
  '"',
  "'",
  "&",
  "&amp;",
  "&lt;",
  "|",
  "\\",
  "*em*",
  "_u_",
  "`code`",
  "[link](http://x)",
  "# ",
  "1. ",
  "- ",
  "> ",
  "---",
  "\u001b[31m",
  "\u0007",
  "\u202e",
  "\r\n",
  "\t",
] as const;

const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp));
const fullWidth = fc.constantFrom("（", "）", "，", "、", "“", "”", "：", "　", "·", "—");
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: cjk, minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fullWidth },
  { weight: 2, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** A text mixing CJK, full-width punctuation and hostile strings. */
export const arbText = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));

/** An organ name: CJK with hostile strings, never blank (the model requires one). */
export const arbOrgan = fc.tuple(fc.string({ unit: cjk, minLength: 1, maxLength: 12 }), arbText).map(([a, b]) => a + b);

function arbCell(cell: CellEntry): fc.Arbitrary<CellValue> {
  const blank = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 6 });
  switch (cell.field.kind) {
    case "count":
      return blank(fc.oneof(fc.nat({ max: 20 }), fc.nat({ max: 9_999_999 })));
    case "signed":
      return blank(fc.integer({ min: -99_999, max: 99_999 }));
    case "amount":
      return blank(
        fc.oneof(
          fc.nat({ max: 10_000_000 }).map((n) => n / 100),
          fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        ),
      );
    case "unit":
      return blank(fc.constantFrom(...(cell.field.values ?? ["元"])));
  }
}

/** A valid report of the given edition with random cells and hostile prose. */
export function arbReportOf(edition: Edition): fc.Arbitrary<Report> {
  const cells = cellsOf(edition);
  return fc
    .record({
      organ: arbOrgan,
      year: fc.integer({ min: 2019, max: 2035 }),
      publishedOn: fc.option(
        fc.record({
          y: fc.integer({ min: 2020, max: 2036 }),
          m: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 28 }),
        }),
        { nil: null },
      ),
      title: fc.option(arbText, { nil: undefined }),
      preamble: fc.option(fc.array(arbText, { maxLength: 3 }), { nil: undefined }),
      overview: fc.array(arbText, { maxLength: 3 }),
      problems: fc.array(arbText, { maxLength: 2 }),
      other: fc.array(arbText, { maxLength: 2 }),
      values: fc.tuple(...cells.map(arbCell)),
    })
    .map((r) => {
      const iso =
        r.publishedOn === null
          ? null
          : `${r.publishedOn.y}-${String(r.publishedOn.m).padStart(2, "0")}-${String(r.publishedOn.d).padStart(2, "0")}`;
      const head = {
        edition,
        organ: r.organ,
        year: r.year,
        publishedOn: iso,
        ...(r.title === undefined ? {} : { title: r.title }),
        ...(r.preamble === undefined ? {} : { preamble: r.preamble }),
        sections: { overview: r.overview, problems: r.problems, other: r.other },
      };
      return buildReport(head as Parameters<typeof buildReport>[0], (_cell, i) => r.values[i] ?? null) as Report;
    });
}

/** A valid report of either edition. */
export const arbReport: fc.Arbitrary<Report> = fc.oneof(...editionKeys.map(arbReportOf));

/** Reads and validates an example report. */
export function example(name: "lianzhou-2023" | "example-2019"): Report {
  const json: unknown = JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8"));
  const result = validateReport(json);
  if (!result.ok) throw new Error(`examples/${name}.json is not a valid report: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The same report with every text it brings replaced by a harmless one of the same shape. */
export function benign(report: Report): Report {
  // a paragraph that prints as nothing (only white space or controls) stays so: it is left out either way
  const plain = (list: readonly string[] | undefined) => list?.map((p, i) => (cleanText(p) === "" ? "" : `段落${i}`));
  const copy = structuredClone(report) as Report & Record<string, unknown>;
  copy.organ = "某机关";
  if (copy.title !== undefined) copy.title = "某标题";
  if (copy.preamble !== undefined) copy.preamble = plain(copy.preamble) as string[];
  if (copy.sections !== undefined) {
    const s = copy.sections;
    copy.sections = {
      ...(s.overview === undefined ? {} : { overview: plain(s.overview) as string[] }),
      ...(s.problems === undefined ? {} : { problems: plain(s.problems) as string[] }),
      ...(s.other === undefined ? {} : { other: plain(s.other) as string[] }),
    };
  }
  return copy;
}

/** Freezes a value deeply (to prove the renderers do not mutate their input). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
