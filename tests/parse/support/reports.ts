/**
 * Random reports for the parser's properties, built cell by cell with `buildReport`: any figures the
 * model allows (blanks included), and an envelope a published report could carry — an organ name, a
 * title naming it and the year, prose paragraphs that end their sentences.
 */
import fc from "fast-check";
import type { Edition } from "../../../src/format/editions.js";
import { type CellEntry, cellsOf } from "../../../src/format/walk.js";
import { buildReport } from "../../../src/model/build.js";
import type { Report } from "../../../src/model/report.generated.js";

/** Characters of organ names. */
const organChars = [
  ..."示例东西南北中新安平和华阳山河湖海城乡县市区镇街道人民政府办公室教育卫生健康交通运输自然资源统计档案司法财政农业水利科技文化旅游商务应急管理局委员会中心",
];
const organEnds = ["局", "人民政府", "人民政府办公室", "委员会", "办事处", "中心"];

export const arbOrgan: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...organChars), { minLength: 2, maxLength: 10 }),
    fc.option(fc.nat(99), { nil: undefined }),
    fc.constantFrom(...organEnds),
  )
  .map(([chars, n, end]) => `${chars.join("")}${n === undefined ? "" : `第${n}`}${end}`);

/** Words of prose; none is a heading, a label or a date. */
const words = [
  "坚持",
  "以公开为常态",
  "不公开为例外",
  "全面推进",
  "决策",
  "执行",
  "管理",
  "服务",
  "结果公开",
  "政务新媒体",
  "门户网站",
  "主动公开",
  "依申请公开",
  "答复",
  "按时",
  "规范",
  "加强",
  "培训",
  "解读",
  "政策",
  "群众",
  "关切",
  "工作",
  "质量",
  "平台",
  "建设",
];

const arbSentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }),
    fc.option(fc.nat(100_000), { nil: undefined }),
  )
  .map(([ws, n]) => (n === undefined ? ws.join("") : `${ws.join("")}${n}条`));

/** A paragraph: sentences joined by ， and ended by 。 */
export const arbParagraph: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom("（一）", "（二）", "一是", "下一步，", "2023年，"), { nil: undefined }),
    fc.array(arbSentence, { minLength: 1, maxLength: 4 }),
  )
  .map(([lead, ss]) => `${lead ?? ""}${ss.join("，")}。`);

const arbParagraphs = fc.array(arbParagraph, { minLength: 1, maxLength: 3 });

/** A figure of a cell of the given kind, or blank. */
function arbCell(cell: CellEntry): fc.Arbitrary<number | null> {
  const some = (a: fc.Arbitrary<number>) => fc.option(a, { freq: 6, nil: null });
  switch (cell.field.kind) {
    case "count":
      return some(
        fc.oneof({ arbitrary: fc.nat(30), weight: 6 }, { arbitrary: fc.nat(Number.MAX_SAFE_INTEGER), weight: 1 }),
      );
    case "signed":
      return some(
        fc.oneof(
          { arbitrary: fc.integer({ min: -30, max: 30 }), weight: 6 },
          { arbitrary: fc.maxSafeInteger(), weight: 1 },
        ),
      );
    case "amount":
      // figures the renderer prints exactly (it writes at most 15 significant digits)
      return some(
        fc.oneof(
          fc.nat(1000),
          fc.nat(100_000_000_000).map((cents) => cents / 100),
          fc.nat(99_999).map((n) => n / 10_000_000),
        ),
      );
    case "unit":
      return fc.constant(null);
  }
}

export interface Envelope {
  readonly organ: string;
  readonly year: number;
  readonly publishedOn: string | null;
  readonly title?: string;
  readonly preamble?: string[];
  readonly sections?: { overview?: string[]; problems?: string[]; other?: string[] };
}

const arbDate = fc
  .record({
    y: fc.integer({ min: 1900, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

const arbEnvelope: fc.Arbitrary<Envelope> = fc
  .record({
    organ: arbOrgan,
    year: fc.integer({ min: 1900, max: 9999 }),
    publishedOn: fc.option(arbDate, { nil: null }),
    titleForm: fc.nat(3),
    preamble: fc.option(arbParagraphs, { nil: undefined }),
    sections: fc.option(
      fc.record({ overview: arbParagraphs, problems: arbParagraphs, other: arbParagraphs }, { requiredKeys: [] }),
      { nil: undefined },
    ),
  })
  .map(({ organ, year, publishedOn, titleForm, preamble, sections }) => {
    const titles = [
      undefined,
      `${organ}${year}年度政府信息公开工作年度报告`,
      `${year}年${organ}政府信息公开工作年度报告`,
      `${organ}政府信息公开工作${year}年度报告`,
    ];
    const title = titles[titleForm];
    return {
      organ,
      year,
      publishedOn,
      ...(title === undefined ? {} : { title }),
      ...(preamble === undefined ? {} : { preamble }),
      ...(sections === undefined || Object.keys(sections).length === 0 ? {} : { sections }),
    };
  });

/**
 * Reports of an edition (or both): every cell any value of its kind or blank, an amount's unit given
 * only with an amount.
 */
export function arbReport(edition?: Edition): fc.Arbitrary<Report> {
  const of = (e: Edition) => {
    const cells = cellsOf(e);
    return fc
      .record({
        head: arbEnvelope,
        values: fc.tuple(...cells.map(arbCell)),
        units: fc.array(fc.option(fc.constantFrom("元", "万元"), { nil: null }), {
          minLength: cells.length,
          maxLength: cells.length,
        }),
      })
      .map(({ head, values, units }) => {
        const byPath = new Map(cells.map((c, i) => [c.path, values[i] ?? null]));
        return buildReport({ edition: e, ...head } as Parameters<typeof buildReport>[0], (cell, i) => {
          if (cell.field.kind !== "unit") return values[i] ?? null;
          const amount = byPath.get(cell.path.replace(/[^.]+$/, cell.field.unitOf ?? ""));
          return amount === null || amount === undefined ? null : (units[i] ?? null);
        }) as Report;
      });
  };
  return edition === undefined ? fc.oneof(of("2021"), of("2019")) : of(edition);
}
