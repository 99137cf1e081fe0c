import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cellAt } from "../../src/format.js";
import { checkReport, type Finding, type Report } from "../../src/index.js";

const readJson = (path: string): Report => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Report;
const seed = readJson("../../examples/lianzhou-2023.json");
const example2019 = readJson("../../examples/example-2019.json");

// biome-ignore lint/suspicious/noExplicitAny: tests edit reports loosely, as JSON
type Mutable = Record<string, any>;
const copy = (r: Report): Mutable => structuredClone(r) as Mutable;
const failures = (fs: readonly Finding[]) => fs.filter((f) => f.status === "fail");

function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe("the bundled examples", () => {
  it("the 连州市 2023 seed has no failure and no warning", () => {
    expect(checkReport(seed)).toEqual({ ok: true, findings: [] });
  });
  it("the 2019-edition example has no failure and no warning", () => {
    expect(checkReport(example2019)).toEqual({ ok: true, findings: [] });
  });
  it("the seed's prose figure (全年收到政府信息依申请公开11宗) is compared and agrees", () => {
    const passed = checkReport(seed, { includePassed: true }).findings.filter(
      (f) => f.rule === "N.applications-received",
    );
    expect(passed).toHaveLength(1);
    expect(passed[0]).toMatchObject({ status: "pass", left: 11, right: 11 });
  });
  it("checks a frozen report", () => {
    expect(checkReport(deepFreeze(structuredClone(seed))).ok).toBe(true);
  });
});

describe("the rule instances", () => {
  const counts = (report: Report) => {
    const out: Record<string, number> = {};
    for (const f of checkReport(report, { includePassed: true }).findings) out[f.rule] = (out[f.rule] ?? 0) + 1;
    return out;
  };
  it("2021: T3.balance and T3.results-total per column (7), T3.row-total per row (25), T4.total per group (3)", () => {
    expect(counts(seed)).toMatchObject({ "T3.balance": 7, "T3.results-total": 7, "T3.row-total": 25, "T4.total": 3 });
  });
  it("2019: the same with 23 rows", () => {
    expect(counts(example2019)).toMatchObject({
      "T3.balance": 7,
      "T3.results-total": 7,
      "T3.row-total": 23,
      "T4.total": 3,
    });
  });
  it("T3.results-total sums every result row （一）…（六）, sub-items included, and not （七）总计 itself", () => {
    const f = checkReport(seed, { includePassed: true }).findings.find(
      (x) => x.rule === "T3.results-total" && x.cells[0] === "applications.results.total.naturalPerson",
    );
    expect(f?.cells).toHaveLength(1 + 2 + 8 + 3 + 5 + 3);
    expect(f?.cells.slice(1)).not.toContain("applications.results.total.naturalPerson");
    expect(f?.cells).toContain("applications.results.otherHandling.overdueFee.naturalPerson");
  });
});

describe("errors found in real published reports", () => {
  it("a （七）总计 smaller than the sum of its rows", () => {
    const r = copy(seed);
    r.applications.results.total.naturalPerson = 9;
    r.applications.results.total.total = 9;
    const result = checkReport(r as Report);
    expect(result.ok).toBe(false);
    expect(failures(result.findings).map((f) => [f.rule, f.cells[0], f.left, f.right, f.delta])).toEqual([
      ["T3.balance", "applications.newReceived.naturalPerson", 11, 9, 2],
      ["T3.balance", "applications.newReceived.total", 11, 9, 2],
      ["T3.results-total", "applications.results.total.naturalPerson", 9, 11, -2],
      ["T3.results-total", "applications.results.total.total", 9, 11, -2],
    ]);
    expect(failures(result.findings)[2]?.message.zh).toBe(
      "「表三（七）总计·自然人」为 9，各项办理结果之和为 11，相差 2。",
    );
  });

  it("a 表四 group whose 总计 is 0 while 维持 is not", () => {
    const r = copy(seed);
    r.reviewLitigation.litigationDirect.upheld = 2;
    const result = checkReport(r as Report);
    expect(result.ok).toBe(false);
    expect(failures(result.findings)).toEqual([
      {
        rule: "T4.total",
        severity: "error",
        status: "fail",
        cells: [
          "reviewLitigation.litigationDirect.total",
          "reviewLitigation.litigationDirect.upheld",
          "reviewLitigation.litigationDirect.corrected",
          "reviewLitigation.litigationDirect.other",
          "reviewLitigation.litigationDirect.pending",
        ],
        left: 0,
        right: 2,
        delta: -2,
        message: {
          zh: "「表四 行政诉讼 未经复议直接起诉·总计」为 0，各项结果之和为 2，相差 2。",
          en: "Table 4 Administrative litigation / Suits filed without prior reconsideration · Total is 0, but the sum of the outcomes is 2: a difference of 2.",
        },
        text: "「表四 行政诉讼 未经复议直接起诉·总计」为 0，各项结果之和为 2，相差 2。",
      },
    ]);
  });

  it("a 总计 column left blank in every result row", () => {
    const r = copy(seed);
    const results = r.applications.results;
    const rows: Mutable[] = [];
    const collect = (node: Mutable) => {
      if ("total" in node && typeof node.total !== "object") rows.push(node);
      else for (const v of Object.values(node)) collect(v as Mutable);
    };
    collect(results);
    for (const row of rows) row.total = null;
    expect(rows).toHaveLength(22);
    const result = checkReport(r as Report);
    // Not an error: the figures that are there add up; the blanks are reported and make rules unassessable.
    expect(result.ok).toBe(true);
    expect(failures(result.findings).filter((f) => f.severity === "error")).toEqual([]);
    const blanks = result.findings.filter((f) => f.rule === "cell.blank");
    expect(blanks).toHaveLength(22);
    expect(blanks.every((f) => f.cells[0]?.startsWith("applications.results.") && f.cells[0].endsWith(".total"))).toBe(
      true,
    );
    const unassessable = result.findings.filter((f) => f.status === "not-assessable");
    // 22 rows' T3.row-total, T3.results-total of the 总计 column, T3.balance of the 总计 column.
    expect(unassessable.map((f) => f.rule).sort()).toEqual(
      [...Array(22).fill("T3.row-total"), "T3.results-total", "T3.balance"].sort(),
    );
    // As zeros, every row's 总计 contradicts its figures where they are not all 0.
    const asZero = checkReport(r as Report, { blankAsZero: true });
    expect(asZero.ok).toBe(false);
    const errors = failures(asZero.findings).filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.cells[0], f.left, f.right])).toEqual([
      ["T3.balance", "applications.newReceived.total", 11, 0],
      ["T3.row-total", "applications.results.unableToProvide.notHeld.total", 0, 4],
      ["T3.row-total", "applications.results.notProcessed.duplicate.total", 0, 5],
      ["T3.row-total", "applications.results.notProcessed.confirmation.total", 0, 2],
      ["T3.row-total", "applications.results.total.total", 0, 11],
    ]);
  });
});

describe("options", () => {
  const broken = (() => {
    const r = copy(seed);
    r.applications.results.total.naturalPerson = 12;
    r.applications.carriedForward.research = null;
    return r as Report;
  })();

  it("lang chooses the language of text; both messages are always there", () => {
    const zh = checkReport(broken).findings;
    const en = checkReport(broken, { lang: "en" }).findings;
    expect(en.map((f) => f.message)).toEqual(zh.map((f) => f.message));
    expect(zh.every((f) => f.text === f.message.zh)).toBe(true);
    expect(en.every((f) => f.text === f.message.en)).toBe(true);
  });

  it("exclude leaves out rules by id or by prefix", () => {
    const all = checkReport(broken).findings.map((f) => f.rule);
    expect(all).toContain("cell.blank");
    expect(checkReport(broken, { exclude: ["cell.blank"] }).findings.map((f) => f.rule)).toEqual(
      all.filter((r) => r !== "cell.blank"),
    );
    expect(checkReport(broken, { exclude: ["T3."] }).findings.map((f) => f.rule)).toEqual(
      all.filter((r) => !r.startsWith("T3.")),
    );
    expect(checkReport(broken, { exclude: ["T3."] }).ok).toBe(true);
  });

  it("findings come in table order: envelope, then per table cells and rules, then narrative", () => {
    const r = copy(broken);
    r.publishedOn = "2024-02-20";
    r.proactive.regulations.issued = 5;
    r.reviewLitigation.review.total = 1;
    r.sections.overview[2] = "全年收到政府信息依申请公开12宗。";
    const rules = checkReport(r as Report).findings.map((f) => f.rule);
    expect(rules).toEqual([
      "R.deadline",
      "T2.in-force-issued",
      "cell.blank",
      "T3.balance",
      "T3.balance",
      "T3.results-total",
      "T3.row-total",
      "T3.row-total",
      "T4.total",
      "N.applications-received",
    ]);
  });

  it("blankAsZero turns not-assessable into verdicts but keeps the cell.blank warnings", () => {
    const r = copy(seed);
    r.applications.carriedOver.research = null;
    const plain = checkReport(r as Report).findings;
    expect(plain.map((f) => [f.rule, f.status])).toEqual([
      ["cell.blank", "fail"],
      ["T3.balance", "not-assessable"],
      ["T3.row-total", "not-assessable"],
    ]);
    expect(checkReport(r as Report, { blankAsZero: true }).findings.map((f) => [f.rule, f.status])).toEqual([
      ["cell.blank", "fail"],
    ]);
  });
});

describe("programmer errors throw; data problems do not", () => {
  it("a value that is not a report of a known edition is a TypeError", () => {
    expect(() => checkReport({ edition: "2030" } as unknown as Report)).toThrow(TypeError);
    expect(() => checkReport(null as unknown as Report)).toThrow(TypeError);
    const r = copy(seed);
    delete r.applications.results;
    expect(() => checkReport(r as Report)).toThrow(/applications\.results/);
    const s = copy(seed);
    s.applications.newReceived.total = "11";
    expect(() => checkReport(s as Report)).toThrow(/validateReport/);
  });
  it("huge counts are compared exactly (no rounding beyond 2^53)", () => {
    const r = copy(seed);
    const big = Number.MAX_SAFE_INTEGER;
    // 新收 + 上年结转 = 2^53 + 1 exactly; （七）总计 + 结转 = 2^53: in floating point both would round to 2^53.
    r.applications.newReceived.other = big;
    r.applications.carriedOver.other = 2;
    r.applications.results.total.other = big;
    r.applications.carriedForward.other = 1;
    const balance = checkReport(r as Report).findings.filter((f) => f.rule === "T3.balance");
    expect(balance.map((f) => [f.cells[0], f.delta])).toEqual([["applications.newReceived.other", 1]]);
    expect(cellAt("2021", "applications.newReceived.other")).toBeDefined();
  });
});
