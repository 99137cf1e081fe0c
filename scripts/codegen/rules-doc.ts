/**
 * Generates `docs/rules.md`: the rule catalogue with an example of every message. The examples are found,
 * not written: each comes from running the checks on the bundled examples with one thing changed (a cell
 * moved, blanked, a date or a sentence altered), so a rule added to the catalogue needs no change here — the
 * generator fails if it cannot make a rule speak.
 */
import { readFileSync } from "node:fs";
import { assessReports } from "../../src/assess.js";
import { compareReports } from "../../src/compare.js";
import { editions } from "../../src/format.js";
import {
  type CheckOptions,
  type CheckResult,
  cellsOf,
  checkContinuity,
  checkReport,
  type Finding,
  type Report,
  readCell,
} from "../../src/index.js";
import { ruleCatalogue } from "../../src/rules.js";

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8")) as Report;

type Mutable = Record<string, unknown>;
const clone = <T>(x: T): T => structuredClone(x);

function setCell(report: Report, segments: readonly string[], value: unknown): Report {
  const r = clone(report) as unknown as Mutable;
  let node = r;
  for (const s of segments.slice(0, -1)) node = node[s] as Mutable;
  node[segments[segments.length - 1] as string] = value;
  return r as unknown as Report;
}

/** Every variant of a report with one cell changed: moved up, far up, far down, blanked. */
function* cellVariants(report: Report): Generator<Report> {
  for (const cell of cellsOf(report.edition)) {
    const value = readCell(report, cell.segments);
    if (cell.field.kind === "unit") {
      yield setCell(report, cell.segments, null);
      continue;
    }
    const n = typeof value === "number" ? value : 0;
    yield setCell(report, cell.segments, n + 1);
    yield setCell(report, cell.segments, n + 1000);
    if (cell.field.kind === "signed") yield setCell(report, cell.segments, n - 1000);
    yield setCell(report, cell.segments, null);
  }
}

function* envelopeVariants(report: Report): Generator<Report> {
  yield { ...clone(report), publishedOn: `${report.year + 1}-04-15` };
  yield { ...clone(report), publishedOn: `${report.year}-12-01` };
  yield { ...clone(report), year: report.edition === "2021" ? 2019 : 2023, publishedOn: null } as Report;
  const said =
    "全年共收到政府信息公开申请99件，上年结转98件，结转下年度97件。全年发生政府信息公开行政复议案件96件，行政诉讼案件95件。";
  yield { ...clone(report), sections: { ...report.sections, overview: [...(report.sections?.overview ?? []), said] } };
  // the report as a document: a part missing, a topic numbered as a part, part 五 or 六 saying nothing
  const overview = report.sections?.overview ?? [];
  yield { ...clone(report), sections: { overview, other: report.sections?.other ?? [] } };
  yield {
    ...clone(report),
    sections: { ...report.sections, overview: [...overview, "二、依申请公开方面。全年均已办结。"] },
  };
  yield { ...clone(report), sections: { ...report.sections, problems: ["无。"], other: ["无。"] } };
  const open = setCell(report, ["applications", "carriedForward", "total"], 1);
  yield { ...open, sections: { ...report.sections, overview: [...overview, "全年收到的申请均已办结。"] } };
}

interface Example {
  finding: Finding;
  how: string;
}

function firstFindings(into: Map<string, Example>, result: CheckResult, how: string): void {
  for (const f of result.findings) {
    if (f.status === "pass" || into.has(f.rule)) continue;
    if (f.status === "not-assessable" && ruleCatalogue.find((r) => r.id === f.rule)?.kind !== "cell") continue;
    into.set(f.rule, { finding: f, how });
  }
}

function findExamples(): Map<string, Example> {
  const examples = new Map<string, Example>();
  const seeds = [load("lianzhou-2023.json"), load("example-2019.json")];
  const options: CheckOptions = {};
  for (const seed of seeds) {
    for (const variant of envelopeVariants(seed)) firstFindings(examples, checkReport(variant, options), "envelope");
    for (const variant of cellVariants(seed)) firstFindings(examples, checkReport(variant, options), "cell");
    // the parts as printed, 四 and 五 swapped
    const printed: string[] = [...editions[seed.edition].order];
    printed.splice(3, 2, printed[4] as string, printed[3] as string);
    firstFindings(examples, checkReport(seed, { partsOrder: printed }), "order");
  }
  // two years of one organ: last year's report derived from this year's, then one thing changed
  for (const current of seeds) {
    const previous = { ...clone(current), year: current.year - 1 } as Report;
    firstFindings(
      examples,
      checkContinuity({ ...clone(previous), year: current.year - 3 } as Report, current),
      "years",
    );
    firstFindings(examples, checkContinuity({ ...clone(previous), organ: `${current.organ}（原）` }, current), "organ");
    for (const variant of cellVariants(previous)) firstFindings(examples, checkContinuity(variant, current), "pair");
    // compareReports: last year's 新收·总计 a tenth of this year's, and last year's report the same as this year's
    const jumped = setCell(previous, ["applications", "newReceived", "naturalPerson"], 100);
    firstFindings(examples, { ok: true, findings: compareReports(jumped, current).findings }, "compare");
    firstFindings(examples, { ok: true, findings: compareReports(previous, current).findings }, "compare");
  }
  // a region: the seed's organ as a roll-up of children that disagree, a unit without a report, an organ outside
  // the list
  const [seed] = seeds as [Report];
  const child = (organ: string) => ({ ...clone(seed), organ, title: `${organ}报告` }) as Report;
  const parent = { ...clone(seed), organ: `${seed.organ}（汇总）`, title: "汇总报告" } as Report;
  const assessment = assessReports(
    [
      parent,
      child("甲局"),
      setCell(child("乙局"), ["applications", "newReceived", "naturalPerson"], 99),
      child("丙局"),
    ],
    {
      year: seed.year,
      units: [
        { name: parent.organ, code: "1" },
        { name: "甲局", parent: "1" },
        { name: "乙局", parent: "1" },
        { name: "丁局", parent: "1" },
      ],
    },
  );
  const assessed = assessment.units.flatMap((u) => u.groups.flatMap((g) => g.findings));
  firstFindings(examples, { ok: false, findings: assessed.map((f) => ({ ...f, text: f.message.zh })) }, "assess");
  return examples;
}

const kindZh = {
  sum: "勾稽关系",
  soft: "表二合理性",
  cell: "单元格",
  envelope: "报告信息",
  narrative: "正文与表格",
  structure: "文档结构",
  continuity: "跨年度",
  assessment: "区域评估",
} as const;

/**
 * The text of `docs/rules.md`.
 *
 * @example
 * ```ts
 * generateRulesDoc().includes("T3.balance"); // true
 * ```
 */
export function generateRulesDoc(): string {
  const examples = findExamples();
  const missing = ruleCatalogue.filter((r) => !examples.has(r.id)).map((r) => r.id);
  if (missing.length > 0) throw new Error(`rules-doc: no example found for ${missing.join(", ")}`);
  const out = [
    "# Rules",
    "",
    "<!-- Generated by scripts/generate.ts from `ruleCatalogue` and the bundled examples. Do not edit: run `npm run generate`. -->",
    "",
    "Every rule `checkReport`, `checkContinuity`, `compareReports` and `assessReports` apply, with its stable id",
    "(findings carry it in `rule`), its severity, the relation in words, why it holds (or why it is only a warning),",
    "and a real message: each example below was produced by the checks on one of the bundled examples with one thing",
    "changed.",
    "",
    "An `error` makes `ok` false; a `warning` never does. A rule with a blank operand is `not-assessable` unless",
    "`blankAsZero` is set.",
    "",
    "| id | severity | kind | editions | source |",
    "|---|---|---|---|---|",
    ...ruleCatalogue.map(
      (r) =>
        `| [\`${r.id}\`](#${r.id.replace(/\./g, "").toLowerCase()}) | ${r.severity} | ${r.kind} ${kindZh[r.kind]} | ${r.editions.join(", ")} | ${r.official ? "official 官方" : "implied 推定"} |`,
    ),
  ];
  for (const rule of ruleCatalogue) {
    const ex = examples.get(rule.id) as Example;
    out.push(
      "",
      `## ${rule.id}`,
      "",
      `**${rule.severity}** · ${rule.kind} ${kindZh[rule.kind]} · editions ${rule.editions.join(", ")}${rule.table ? ` · \`${rule.table}\`` : ""}`,
      "",
      `- ${rule.equation.zh}`,
      `- ${rule.equation.en}`,
      "",
      `${rule.rationale.zh}`,
      "",
      `${rule.rationale.en}`,
      "",
      "Example:",
      "",
      "```text",
      ex.finding.message.zh,
      ex.finding.message.en,
      "```",
    );
  }
  out.push("");
  return out.join("\n");
}
