/**
 * Test-local arbitraries for the checks: reports that are consistent by construction (every 表三/表四
 * relation and every soft bound holds, the envelope is in order), built here with plain arithmetic and
 * not with the code under test, and helpers to change one cell.
 */
import fc from "fast-check";
import { editions, editionYears, recordsOf } from "../../src/format.js";
import { buildReport, type CellEntry, cellsOf, type Edition, type Report, readCell } from "../../src/index.js";

/** 表三's columns other than 总计. */
const applicantKeys = (edition: Edition): string[] =>
  (recordsOf(editions[edition].tables.applications)[0]?.node.fields ?? [])
    .filter((f) => f.total !== true)
    .map((f) => f.key);

/** Values of a consistent report, keyed by cell path. */
type Values = Map<string, number | string | null>;

const small = fc.nat(40);
const cents = fc.nat(100_000).map((c) => c / 100);

/** Fills a report of `edition` whose relations hold, from random seeds. */
function consistentValues(edition: Edition): fc.Arbitrary<Values> {
  const cells = cellsOf(edition);
  return fc
    .record({
      raw: fc.array(small, { minLength: cells.length, maxLength: cells.length }),
      fractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
      amounts: fc.array(cents, { minLength: 2, maxLength: 2 }),
      unit: fc.constantFrom("元", "万元"),
    })
    .map(({ raw, fractions, amounts, unit }) => {
      const v: Values = new Map();
      for (const [i, c] of cells.entries()) v.set(c.path, raw[i] ?? 0);
      const get = (p: string) => v.get(p) as number;
      // 表三: results leaves are free; （七）总计 = their sum; 结转下年度 free; 上年结转 ≤ 总计 + 结转; 新收 balances.
      const t3 = recordsOf(editions[edition].tables.applications);
      const leaves = t3.filter((r) => r.path.startsWith("results.") && r.path !== "results.total");
      applicantKeys(edition).forEach((k, j) => {
        const total = leaves.reduce((s, r) => s + get(`applications.${r.path}.${k}`), 0);
        v.set(`applications.results.total.${k}`, total);
        const forward = get(`applications.carriedForward.${k}`);
        const over = Math.floor((total + forward) * (fractions[j] ?? 0));
        v.set(`applications.carriedOver.${k}`, over);
        v.set(`applications.newReceived.${k}`, total + forward - over);
      });
      for (const r of t3) {
        v.set(
          `applications.${r.path}.total`,
          applicantKeys(edition).reduce((s, k) => s + get(`applications.${r.path}.${k}`), 0),
        );
      }
      // 表四: total = the four outcomes.
      for (const r of recordsOf(editions[edition].tables.reviewLitigation)) {
        const p = `reviewLitigation.${r.path}`;
        v.set(`${p}.total`, get(`${p}.upheld`) + get(`${p}.corrected`) + get(`${p}.other`) + get(`${p}.pending`));
      }
      // 表二: the soft bounds hold with room to spare.
      for (const r of recordsOf(editions[edition].tables.proactive)) {
        const p = `proactive.${r.path}`;
        const keys = r.node.fields.map((f) => f.key) as string[];
        if (keys.includes("inForce")) v.set(`${p}.inForce`, get(`${p}.issued`) + get(`${p}.inForce`));
        if (keys.includes("publicTotal"))
          v.set(`${p}.publicTotal`, get(`${p}.newlyPublished`) + get(`${p}.publicTotal`));
        if (keys.includes("change"))
          v.set(`${p}.change`, get(`${p}.change`) - Math.floor(get(`${p}.previousItems`) / 2));
        if (keys.includes("amount")) v.set(`${p}.amount`, amounts[0] ?? 0);
        if (keys.includes("amountUnit")) v.set(`${p}.amountUnit`, unit);
      }
      return v;
    });
}

/** A consistent report of an edition: no rule fails, nothing is blank, the envelope is in order. */
export function arbConsistentOf(edition: Edition): fc.Arbitrary<Report> {
  const { from, to } = editionYears(edition);
  return fc
    .record({
      values: consistentValues(edition),
      year: fc.integer({ min: from, max: to ?? from + 30 }),
      day: fc.integer({ min: 1, max: 28 }),
      organ: fc.constantFrom("某市人民政府办公室", "某县教育局", "某市人民政府", "某区财政局"),
      prose: fc.boolean(),
    })
    .map(({ values, year, day, organ, prose }) => {
      const report = buildReport(
        { edition, organ, year, publishedOn: `${year + 1}-01-${String(day).padStart(2, "0")}` },
        (cell) => values.get(cell.path) ?? null,
      ) as Report & { sections?: { overview?: string[] } };
      if (prose) {
        const n = values.get("applications.newReceived.total");
        report.sections = {
          overview: [`全年收到政府信息公开申请${n}件，均已按时答复。`],
          problems: ["部分栏目更新不够及时。下一步将加强日常维护。"],
          other: ["本年度未收取信息处理费。"],
        };
      }
      return report;
    });
}

export const arbConsistent: fc.Arbitrary<Report> = fc.oneof(arbConsistentOf("2021"), arbConsistentOf("2019"));

/** The numeric cells of a report's edition. */
export const numericCells = (report: Report): readonly CellEntry[] =>
  cellsOf(report.edition).filter((c) => c.field.kind !== "unit");

/** A deep copy with one cell set. */
export function withCell(report: Report, cell: CellEntry, value: number | string | null): Report {
  const copy = structuredClone(report) as unknown as Record<string, unknown>;
  let node = copy;
  for (const key of cell.segments.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[cell.segments[cell.segments.length - 1] as string] = value;
  return copy as unknown as Report;
}

/** A different valid value for a cell: counts stay non-negative, amounts move by whole cents. */
export function arbChange(report: Report, cell: CellEntry): fc.Arbitrary<number> {
  const old = readCell(report, cell.segments) as number;
  switch (cell.field.kind) {
    case "signed":
      return fc.integer({ min: -60, max: 60 }).filter((x) => x !== old);
    case "amount":
      return fc.integer({ min: 1, max: 100_000 }).map((c) => Math.round(old * 100 + c) / 100);
    default:
      return fc.integer({ min: 0, max: old + 60 }).filter((x) => x !== old);
  }
}

/** A structurally valid report with small figures (and some blanks), for withTotals and sumReports. */
export function arbSmallReportOf(edition: Edition, blankFreq = 6): fc.Arbitrary<Report> {
  const cells = cellsOf(edition);
  const arbCell = (c: CellEntry): fc.Arbitrary<number | string | null> => {
    switch (c.field.kind) {
      case "signed":
        return fc.option(fc.integer({ min: -50, max: 50 }), { freq: blankFreq });
      case "amount":
        return fc.option(cents, { freq: blankFreq });
      case "unit":
        return fc.option(fc.constantFrom(...(c.field.values ?? [])), { freq: 8 });
      default:
        return fc.option(fc.nat(1000), { freq: blankFreq });
    }
  };
  return fc
    .record({ values: fc.tuple(...cells.map(arbCell)), year: fc.integer({ min: 2019, max: 2030 }) })
    .map(
      ({ values, year }) =>
        buildReport({ edition, organ: "某机关", year, publishedOn: null }, (_c, i) => values[i] ?? null) as Report,
    );
}

/** An identity key of a rule instance as findings name it. */
export const instanceKey = (f: { rule: string; cells: readonly string[] }): string => `${f.rule}|${f.cells.join(",")}`;

/**
 * True when `checkReport` can read a value's figures: an object of a known edition whose every numeric cell
 * lies under objects and is a finite number or null. `checkReport` expects a validated report and does not
 * validate it again; a value it cannot read this way is its documented TypeError. Written here by walking the
 * paths (not with the code under test).
 */
export function figuresReadable(input: unknown): boolean {
  if (typeof input !== "object" || input === null) return false;
  const edition = (input as { edition?: unknown }).edition;
  if (typeof edition !== "string" || !Object.hasOwn(editions, edition)) return false;
  for (const cell of cellsOf(edition as Edition)) {
    if (cell.field.kind === "unit") continue;
    let node: unknown = input;
    for (const key of cell.segments) {
      if (typeof node !== "object" || node === null) return false;
      node = (node as Record<string, unknown>)[key];
    }
    if (node !== null && !(typeof node === "number" && Number.isFinite(node))) return false;
  }
  return true;
}
