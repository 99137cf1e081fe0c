/**
 * compareReports on a real seven-year series of one organ: 平潭综合实验区 2019 … 2025
 * (tests/fixtures/real/pingtan-*; see its README for the sources).
 *
 * How the expectations were checked by hand:
 * - 表三's 一、本年新收 总计 of each year is the figure the report's own prose quotes, read in the .txt files:
 *   2020 「共受理政府信息公开申请21件」; 2021 「本年度全区共收到70件申请」, 「1件结转下年度继续办理」;
 *   2022 「全区收到政府信息公开申请75件」 (74 new + 1 carried over, the README's note); 2023 「各类政府信息公开申请共计81件」;
 *   2024 「全年办理政府信息公开申请218件」; 2025 「全区共收到政府信息公开申请154件」, 「结转至2026年6件」. 2019 prints it
 *   only in the table: 「一、本年新收政府信息公开申请数量230 000023」 (自然人 23 … 总计 23).
 * - The tables are the hand-transcribed `expected.json` figures (the archive texts run the cells together, so the
 *   parser leaves many blank); the prose is what `parseReport` reads from the same files.
 * - Text: in the two web pages (2023, 2024) the first sentence of 一、总体情况 differs only by its year —
 *   「2023年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导，全面…」 / 「2024年，…」 — so it must be one
 *   reused passage with the year masked; 2024's （五）监督保障方面 sentence 「加强政务公开工作的组织领导和协调保障」
 *   does not occur in the 2023 page (`grep -c` gives 0), so no passage may cover it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Comparison, compareReports, normalisedString } from "../../src/compare.js";
import { type Report, validateReport } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";

const dir = join(new URL("../..", import.meta.url).pathname, "tests", "fixtures", "real");
const read = (name: string) => readFileSync(join(dir, name), "utf8");

/** The report as parsed from the archive's text, with the hand-checked figures of 表三 and 表四. */
function series(year: number): Report {
  const parsed = parseReport(read(`pingtan-${year}.txt`)).report;
  if (parsed === null) throw new Error(`pingtan-${year}.txt: no report`);
  const truth = JSON.parse(read(`pingtan-${year}.expected.json`)) as Pick<Report, "applications" | "reviewLitigation">;
  const report = { ...parsed, applications: truth.applications, reviewLitigation: truth.reviewLitigation } as Report;
  const valid = validateReport(report);
  if (!valid.ok) throw new Error(`pingtan-${year}: ${JSON.stringify(valid.issues.slice(0, 3))}`);
  return valid.value;
}

function page(year: number): Report {
  const parsed = parseReport(read(`pingtan-${year}.html`)).report;
  if (parsed === null) throw new Error(`pingtan-${year}.html: no report`);
  return parsed;
}

/** 新收 总计 as the reports' prose (or 2019's table) print it — read by hand, see above. */
const newReceived: Record<number, number> = { 2019: 23, 2020: 21, 2021: 70, 2022: 74, 2023: 81, 2024: 218, 2025: 154 };

const cell = (c: Comparison, path: string) => c.cells.find((x) => x.path === path);

describe("平潭综合实验区 2019 → 2025, each consecutive pair", () => {
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  const reports = new Map(years.map((y) => [y, series(y)]));
  for (const year of years.slice(1)) {
    it(`${year - 1} → ${year}: new requests as printed, carry-over holds, nothing thrown`, () => {
      const before = reports.get(year - 1) as Report;
      const now = reports.get(year) as Report;
      const c = compareReports(before, now);
      const received = cell(c, "applications.newReceived.total");
      expect(received?.previous).toBe(newReceived[year - 1]);
      expect(received?.current).toBe(newReceived[year]);
      expect(received?.change).toBe((newReceived[year] as number) - (newReceived[year - 1] as number));
      // the README's cross-check: 结转下年 = next year's 上年结转, in every column
      expect(c.findings.filter((f) => f.rule === "X.carry-over" && f.status !== "pass")).toEqual([]);
      expect(c.findings.filter((f) => f.rule === "X.consecutive-years")).toEqual([]);
      expect(c.ok).toBe(true);
      // the prose was read (as one block of the page's text: the archive runs paragraphs together)
      expect(c.text.overall.characters).toBeGreaterThan(1000);
      expect(c.text.overall.share).toBeGreaterThan(0);
      expect(c.text.overall.share).toBeLessThan(1);
    });
  }

  it("2021 → 2022: the one request carried forward is 2022's one carried over; breaking it fails X.carry-over", () => {
    const before = reports.get(2021) as Report;
    const now = reports.get(2022) as Report;
    expect(cell(compareReports(before, now), "applications.carriedOver.total")?.current).toBe(1);
    const broken = structuredClone(now) as Report;
    broken.applications.carriedOver.total = 0;
    broken.applications.carriedOver.naturalPerson = 0;
    const c = compareReports(before, broken);
    const failed = c.findings.filter((f) => f.rule === "X.carry-over" && f.status === "fail");
    expect(failed.map((f) => f.cells[0])).toEqual([
      "applications.carriedOver.naturalPerson",
      "applications.carriedOver.total",
    ]);
    expect(c.ok).toBe(false);
  });

  it("2020 → 2021 crosses editions: 表三 and 表四 compared, the 2019 表二 and （六）其他处理 listed as not compared", () => {
    const c = compareReports(reports.get(2020) as Report, reports.get(2021) as Report);
    expect(c.previous.edition).toBe("2019");
    expect(c.current.edition).toBe("2021");
    expect(c.cells.some((x) => x.path === "reviewLitigation.review.total")).toBe(true);
    const reasons = (path: string) => c.notCompared.filter((n) => n.path === path).map((n) => n.reason);
    expect(reasons("applications.results.otherHandling.total")).toEqual(["previous-only"]);
    expect(reasons("applications.results.otherHandling.other.total")).toEqual(["current-only"]);
    expect(reasons("proactive.regulations.issued")).toEqual(["current-only"]);
    expect(reasons("proactive.regulations.newlyMade")).toEqual(["previous-only"]);
    // what both editions have is compared, never listed as not compared
    for (const x of c.cells) expect(c.notCompared.some((n) => n.path === x.path)).toBe(false);
  });
});

describe("the two web pages, 2023 → 2024", () => {
  const before = page(2023);
  const now = page(2024);
  const c = compareReports(before, now);
  const paragraph = (r: Report, range: { section: string; paragraph: number }) =>
    (range.section === "preamble" ? r.preamble : r.sections?.[range.section as "overview" | "problems" | "other"])?.[
      range.paragraph
    ] ?? "";

  it("the opening sentence of 一、总体情况 is one passage, the year masked", () => {
    const opening = c.text.passages.find(
      (p) => p.current.section === "overview" && p.current.paragraph === 0 && p.current.start === 0,
    );
    expect(opening).toBeDefined();
    const o = opening as NonNullable<typeof opening>;
    const mine = paragraph(now, o.current).slice(o.current.start, o.current.end);
    const theirs = paragraph(before, o.previous).slice(o.previous.start, o.previous.end);
    expect(mine.startsWith("2024年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导")).toBe(true);
    expect(theirs.startsWith("2023年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导")).toBe(true);
    expect(normalisedString(mine)).toBe(normalisedString(theirs));
  });

  it("a sentence new in 2024 is in no passage", () => {
    const sentence = "加强政务公开工作的组织领导和协调保障";
    const list = now.sections?.overview ?? [];
    const index = list.findIndex((p) => p.includes(sentence));
    expect(index).toBeGreaterThanOrEqual(0);
    const start = (list[index] as string).indexOf(sentence);
    const end = start + sentence.length;
    const covering = c.text.passages.filter(
      (p) =>
        p.current.section === "overview" &&
        p.current.paragraph === index &&
        p.current.start < end &&
        p.current.end > start,
    );
    expect(covering).toEqual([]);
    expect(read("pingtan-2023.html").includes(sentence)).toBe(false);
  });

  it("the figures of 表三 change as the expected files say, and every passage's two ranges read the same", () => {
    const received = cell(c, "applications.newReceived.total");
    expect([received?.previous, received?.current]).toEqual([newReceived[2023], newReceived[2024]]);
    for (const p of c.text.passages)
      expect(normalisedString(paragraph(before, p.previous).slice(p.previous.start, p.previous.end))).toBe(
        normalisedString(paragraph(now, p.current).slice(p.current.start, p.current.end)),
      );
  });
});
