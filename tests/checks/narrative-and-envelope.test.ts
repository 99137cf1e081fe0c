import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editionYears } from "../../src/format.js";
import { checkReport, type Report } from "../../src/index.js";
import { guessOrganKind, publicationDeadline } from "../../src/rules.js";
import { runs } from "../support/runs.js";

const readJson = (path: string): Report => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Report;
const seed = readJson("../../examples/lianzhou-2023.json");
const example2019 = readJson("../../examples/example-2019.json");
// biome-ignore lint/suspicious/noExplicitAny: tests edit reports loosely, as JSON
type Mutable = Record<string, any>;

/** The seed with one overview paragraph, and the narrative findings of it. */
function narrative(paragraph: string, edit: (r: Mutable) => void = () => {}) {
  const r = structuredClone(seed) as Mutable;
  r.sections.overview = [paragraph];
  edit(r);
  return checkReport(r as Report).findings.filter((f) => f.rule.startsWith("N."));
}
const verdicts = (paragraph: string, edit?: (r: Mutable) => void) =>
  narrative(paragraph, edit).map((f) => [f.rule, f.left, f.right]);

describe("the narrative against the tables", () => {
  it("agrees with the seed's own sentence, and with the 2019 example's", () => {
    expect(narrative("（二）依申请公开方面。全年收到政府信息依申请公开11宗。")).toEqual([]);
    expect(checkReport(example2019).findings).toEqual([]);
    const stated = checkReport(example2019, { includePassed: true }).findings.filter((f) => f.rule.startsWith("N."));
    expect(stated.map((f) => [f.rule, f.status, f.left])).toEqual([
      ["N.applications-received", "pass", 38],
      ["N.applications-carried-over", "pass", 3],
      ["N.applications-carried-forward", "pass", 2],
    ]);
  });

  it("warns on figures that contradict the tables", () => {
    expect(verdicts("全年共收到政府信息公开申请12件。")).toEqual([["N.applications-received", 12, 11]]);
    expect(verdicts("全年新收政府信息公开申请１２件。")).toEqual([["N.applications-received", 12, 11]]);
    expect(verdicts("本年度共受理依申请公开10件。")).toEqual([["N.applications-received", 10, 11]]);
    expect(verdicts("因政府信息公开被申请行政复议1件。")).toEqual([["N.review-cases", 1, 0]]);
    expect(verdicts("发生行政诉讼案件2起。")).toEqual([["N.litigation-cases", 2, 0]]);
  });

  it("accepts either reading of “received”: new requests, or new plus carried over", () => {
    const carried = (r: Mutable) => {
      r.applications.carriedOver.naturalPerson = 2;
      r.applications.carriedOver.total = 2;
      r.applications.carriedForward.naturalPerson = 2;
      r.applications.carriedForward.total = 2;
    };
    expect(verdicts("共收到政府信息公开申请13件（含上年结转2件）。", carried)).toEqual([]);
    expect(verdicts("共收到政府信息公开申请11件，上年结转2件。", carried)).toEqual([]);
  });

  it("accepts either kind of suit, or both", () => {
    const suits = (r: Mutable) => {
      r.reviewLitigation.litigationDirect = { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 };
      r.reviewLitigation.litigationAfterReview = { upheld: 2, corrected: 0, other: 0, pending: 0, total: 2 };
    };
    for (const n of [1, 2, 3]) expect(verdicts(`被提起行政诉讼${n}件。`, suits)).toEqual([]);
    expect(verdicts("被提起行政诉讼4件。", suits)).toEqual([["N.litigation-cases", 4, 3]]);
  });

  it("is conservative: changes, parts, outcomes, combined counts and other quantities are not compared", () => {
    for (const text of [
      "全年收到政府信息公开申请数量较上年增加5件。",
      "收到申请比去年减少3件。",
      "收到的申请中，其中自然人10件。",
      "收到申请并办结10件。",
      "收到申请后均在15个工作日内答复。",
      "行政复议、行政诉讼案件共3件。",
      "行政复议和行政诉讼各1件。",
      "行政复议结果维持1件。",
      "行政诉讼败诉0件，胜诉2件。",
      "收到政府信息公开申请十二件。",
      "全年收到群众来信25件。",
      "政府信息公开8145条，制发规范性文件8份。",
    ]) {
      expect(narrative(text), text).toEqual([]);
    }
  });

  it("is skipped when the table cell is blank, and never an error", () => {
    expect(verdicts("全年收到政府信息公开申请12件。", (r) => (r.applications.newReceived.total = null))).toEqual([]);
    const r = structuredClone(seed) as Mutable;
    r.sections.overview = ["全年收到政府信息公开申请99件。"];
    expect(checkReport(r as Report).ok).toBe(true);
  });

  it("reads only 一、总体情况, and can be excluded", () => {
    const r = structuredClone(seed) as Mutable;
    r.sections.other = [...r.sections.other, "全年收到政府信息公开申请99件。"]; // part 六 still reports the fees
    r.preamble = ["全年收到政府信息公开申请99件。"];
    expect(checkReport(r as Report).findings).toEqual([]);
    r.sections.overview = ["全年收到政府信息公开申请99件。"];
    expect(checkReport(r as Report).findings).toHaveLength(1);
    expect(checkReport(r as Report, { exclude: ["N."] }).findings).toEqual([]);
  });

  it("a report checked again reads its prose as it is now, also when edited in place", () => {
    const r = structuredClone(seed) as Mutable;
    const received = r.applications.newReceived.total as number;
    const paragraphs = [`全年收到政府信息公开申请${received + 1000}件。`, "其他情况。"];
    r.sections.overview = paragraphs;
    const n = () => checkReport(r as Report).findings.filter((f) => f.rule.startsWith("N.")).length;
    expect(n()).toBe(1);
    expect(n()).toBe(1);
    paragraphs[0] = `全年收到政府信息公开申请${received}件。`;
    expect(n()).toBe(0);
    paragraphs[0] = "其他情况。";
    paragraphs.push(`全年收到政府信息公开申请${received + 2000}件。`);
    expect(n()).toBe(1);
    paragraphs.length = 2;
    expect(n()).toBe(0);
  });
});

describe("the publication deadline (条例第四十九条)", () => {
  it("departments by 1月31日, a government's own report by 3月31日", () => {
    expect(publicationDeadline(2023, "department")).toBe("2024-01-31");
    expect(publicationDeadline(2023, "government")).toBe("2024-03-31");
  });

  it("guesses the kind of organ from its name", () => {
    expect(guessOrganKind("连州市人民政府办公室")).toBe("department");
    expect(guessOrganKind("连州市教育局")).toBe("department");
    expect(guessOrganKind("连州市人民政府")).toBe("government");
    expect(guessOrganKind("某县某镇人民政府 ")).toBe("government");
    expect(guessOrganKind("某区某街道办事处")).toBe("government");
    // a place named alone is its own report (the real 平潭 pages), a 管委会 governs its zone
    expect(guessOrganKind("平潭综合实验区")).toBe("government");
    expect(guessOrganKind("某某经济开发区管委会")).toBe("government");
    expect(guessOrganKind("上海市科委")).toBe("department");
    expect(guessOrganKind("沭阳县发展和改革局")).toBe("department");
  });

  const at = (organ: string, publishedOn: string | null, options = {}) => {
    const r = { ...seed, organ, publishedOn } as Report;
    return checkReport(r, options).findings.map((f) => [f.rule, f.status]);
  };

  it("warns only after the deadline, on the day after", () => {
    expect(at("连州市教育局", "2024-01-31")).toEqual([]);
    expect(at("连州市教育局", "2024-02-01")).toEqual([["R.deadline", "fail"]]);
    expect(at("连州市人民政府", "2024-03-31")).toEqual([]);
    expect(at("连州市人民政府", "2024-04-01")).toEqual([["R.deadline", "fail"]]);
  });

  it("lets the caller say what the organ is", () => {
    expect(at("连州市人民政府", "2024-02-20", { organKind: "department" })).toEqual([["R.deadline", "fail"]]);
    expect(at("连州市教育局", "2024-02-20", { organKind: "government" })).toEqual([]);
  });

  it("a missing date is not assessable, and said so only in the audit trail", () => {
    expect(at("连州市教育局", null)).toEqual([]);
    expect(at("连州市教育局", null, { includePassed: true })).toContainEqual(["R.deadline", "not-assessable"]);
  });

  it("a date within the report year is a warning", () => {
    expect(at("连州市教育局", "2023-12-31")).toEqual([["R.published-before-year-end", "fail"]]);
  });

  it("counts the days late", () => {
    const r = { ...seed, publishedOn: "2024-03-01" } as Report;
    expect(checkReport(r).findings[0]?.message.zh).toContain("迟 30 天");
  });

  it("counts the days late as the calendar does, across leap days, centuries and year 0000", () => {
    const day = 86_400_000;
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9998 }), fc.integer({ min: 1, max: 800 }), (year, late) => {
        const deadline = new Date(0).setUTCFullYear(year + 1, 0, 31); // (Date.UTC reads years 0–99 as 19xx)
        const due = publicationDeadline(year, "department");
        expect(iso(deadline)).toBe(due);
        const publishedOn = iso(deadline + late * day);
        fc.pre(/^\d{4}-/.test(publishedOn)); // not beyond 9999
        const r = { ...seed, organ: "某县教育局", year, publishedOn } as Report;
        const found = checkReport(r, { exclude: ["E."] }).findings.find((f) => f.rule === "R.deadline");
        expect(found?.message.zh).toContain(`迟 ${late} 天`);
      }),
      { numRuns: runs(200, 1000) },
    );
  });
});

describe("the edition against the year", () => {
  it("2019 edition for 2019–2020, 2021 edition from 2021", () => {
    const rules = (edition: Report, year: number) =>
      checkReport({ ...edition, year, publishedOn: `${year + 1}-01-15` } as Report).findings.map((f) => f.rule);
    expect(rules(seed, 2021)).toEqual([]);
    // the last year the seed's edition applies to (2030 while it is the newest)
    expect(rules(seed, editionYears(seed.edition).to ?? 2030)).toEqual([]);
    expect(rules(seed, 2020)).toEqual(["E.edition-year"]);
    expect(rules(example2019, 2019)).toEqual([]);
    expect(rules(example2019, 2021)).toEqual(["E.edition-year"]);
  });
});
