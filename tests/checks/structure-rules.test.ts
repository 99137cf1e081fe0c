/**
 * The structure rules (S.*) and the two statements of the prose against 表三 (N.all-closed, N.fee-notices): a
 * failing and a passing example each, and the real reports of tests/fixtures/real judged as a hand check says.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkReport, type Report } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";
import { ruleInfo, structureRules } from "../../src/rules.js";

const readJson = (path: string): Report => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Report;
const seed = readJson("../../examples/lianzhou-2023.json");
const example2019 = readJson("../../examples/example-2019.json");
// biome-ignore lint/suspicious/noExplicitAny: tests edit reports loosely, as JSON
type Mutable = Record<string, any>;
const ids = structureRules.map((r) => r.id) as readonly string[];
const ours = (report: Report, includePassed = false) =>
  checkReport(report, { includePassed }).findings.filter((f) => ids.includes(f.rule));
const verdicts = (report: Report, includePassed = false) => ours(report, includePassed).map((f) => [f.rule, f.status]);
const edited = (edit: (r: Mutable) => void, from: Report = seed): Report => {
  const r = structuredClone(from) as Mutable;
  edit(r);
  return r as Report;
};

describe("the structure rules in the catalogue", () => {
  it("are warnings with words in both languages, 2021-only where the 2021 format asks", () => {
    for (const id of ids) {
      expect(ruleInfo(id)?.severity, id).toBe("warning");
      expect(ruleInfo(id)?.rationale.en.length, id).toBeGreaterThan(0);
    }
    expect(ruleInfo("S.parts")?.kind).toBe("structure");
    expect(ruleInfo("N.all-closed")?.kind).toBe("narrative");
    // the editions whose 表三 has （六）2. (the 2021 edition and any later one that keeps it)
    for (const id of ["S.fees-reported", "N.fee-notices"]) {
      expect(ruleInfo(id)?.editions).toContain("2021");
      expect(ruleInfo(id)?.editions).not.toContain("2019");
    }
  });

  it("pass on the seed and the 2019 example, and say so in the audit trail", () => {
    expect(ours(seed)).toEqual([]);
    expect(ours(example2019)).toEqual([]);
    expect(verdicts(seed, true)).toEqual([
      ["S.parts", "pass"],
      ["S.part-numbering", "pass"],
      ["S.problems-empty", "pass"],
      ["S.fees-reported", "pass"],
      ["N.fee-notices", "pass"], // 「本年度无发出收费通知」 and 表三（六）2. is 0
    ]);
  });

  it("say nothing on a report without sections (a model built from a form)", () => {
    const bare = edited((r) => {
      delete r.sections;
    });
    expect(verdicts(bare, true)).toEqual([]);
  });
});

describe("S.parts", () => {
  it("fails naming each prose part missing or empty, and lists its path", () => {
    const r = edited((r) => {
      delete r.sections.problems;
      r.sections.other = ["  "];
    });
    const [f] = ours(r);
    expect(f?.rule).toBe("S.parts");
    expect(f?.cells).toEqual(["sections.problems", "sections.other"]);
    expect(f?.message.zh).toContain("「五、存在的主要问题及改进情况」、「六、其他需要报告的事项」");
  });
});

describe("S.part-numbering", () => {
  it("fails on an overview topic numbered 二、, and passes on （二）", () => {
    const bad = edited((r) => {
      r.sections.overview = ["2023年工作概述。", "二、依申请公开方面。全年收到申请11件。"];
    });
    const [f] = ours(bad);
    expect([f?.rule, f?.status]).toEqual(["S.part-numbering", "fail"]);
    expect(f?.message.zh).toContain("“二、依申请公开方面”");
    expect(f?.message.zh).toContain("“二、主动公开政府信息情况”");
    const good = edited((r) => {
      r.sections.overview = ["2023年工作概述。", "（二）依申请公开方面。一是规范答复。"];
    });
    expect(ours(good)).toEqual([]);
    // a part's own heading left in the text (a heading the parser did not take as one) is not a sub-topic
    const heading = edited((r) => {
      r.sections.overview = ["2023年工作概述。", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"];
    });
    expect(ours(heading)).toEqual([]);
  });
});

describe("S.part-numbering on the seed's published text", () => {
  it("finds the 总体情况 topics renumbered 一、二、三、 in the text as published, the parser keeping them as prose", () => {
    const text = readFileSync(new URL("../fixtures/lianzhou-2023.txt", import.meta.url), "utf8")
      .replace("（一）主动公开方面", "一、主动公开方面")
      .replace("（二）依申请公开方面", "二、依申请公开方面");
    const { report } = parseReport(text);
    if (report === null) throw new Error("the seed text did not parse");
    const [f] = ours(report);
    expect([f?.rule, f?.status]).toEqual(["S.part-numbering", "fail"]);
    expect(f?.message.zh).toContain("“一、主动公开方面”");
    expect(f?.message.zh).toContain("“一、总体情况”");
  });
});

describe("S.problems-empty", () => {
  it("fails on 「无」 and its variants, passes on content", () => {
    for (const text of ["无", "无。", "本年度无。", "暂无", "2023年度无此项。"]) {
      const r = edited((r) => {
        r.sections.problems = [text];
      });
      expect(verdicts(r), text).toEqual([["S.problems-empty", "fail"]]);
    }
    const r = edited((r) => {
      r.sections.problems = ["无专人负责，下一步将明确专人。"];
    });
    expect(verdicts(r)).toEqual([]);
  });
});

describe("S.fees-reported", () => {
  it("fails when part 六 says nothing of fees (2021), passes on 「未收取信息处理费」, never on the 2019 edition", () => {
    const silent = edited((r) => {
      r.sections.other = ["无其他需要报告的事项。"];
    });
    expect(verdicts(silent)).toEqual([["S.fees-reported", "fail"]]);
    const none = edited((r) => {
      r.sections.other = ["本年度未收取信息处理费。"];
    });
    expect(verdicts(none)).toEqual([]);
    const old = edited((r) => {
      r.sections.other = ["无其他需要报告的事项。"];
    }, example2019);
    expect(verdicts(old)).toEqual([]);
  });
});

describe("N.all-closed", () => {
  const saying = (text: string, carriedForward: number) =>
    edited((r) => {
      r.sections.overview = [...r.sections.overview, text];
      r.applications.carriedForward.total = carriedForward;
    });
  it("fails on 「均已办结」 while 结转下年度 > 0, naming the cell", () => {
    const [f] = ours(saying("全年收到的申请均已按时办结。", 3));
    expect([f?.rule, f?.status, f?.cells]).toEqual(["N.all-closed", "fail", ["applications.carriedForward.total"]]);
    expect(f?.message.zh).toContain("“全年收到的申请均已按时办结”");
    expect(f?.message.zh).toContain("为 3");
    expect(verdicts(saying("办结率100%。", 1))).toEqual([["N.all-closed", "fail"]]);
  });
  it("passes when nothing is carried forward; ignores 「均已按时答复」 and a denied statement", () => {
    expect(verdicts(saying("全年收到的申请均已办结。", 0))).toEqual([]);
    expect(verdicts(saying("全年收到的申请均已按时答复。", 3))).toEqual([]);
    expect(verdicts(saying("年底尚未全部办结。", 3))).toEqual([]);
  });
});

describe("N.fee-notices", () => {
  it("fails on 「未发出收费通知」 while 表三（六）2. > 0, passes at 0, ignores 「未收取」 alone", () => {
    const overdue = (text: string, n: number) =>
      edited((r) => {
        r.sections.other = [text];
        r.applications.results.otherHandling.overdueFee.total = n;
      });
    const [f] = ours(overdue("本年度未发出收费通知，未收取信息处理费。", 2));
    expect([f?.rule, f?.cells]).toEqual(["N.fee-notices", ["applications.results.otherHandling.overdueFee.total"]]);
    expect(f?.message.zh).toContain("“本年度未发出收费通知”");
    expect(verdicts(overdue("本年度未发出收费通知，未收取信息处理费。", 0))).toEqual([]);
    expect(verdicts(overdue("本年度未收取信息处理费。", 2))).toEqual([]);
  });
});

const realText = (name: string): string => readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url), "utf8");

describe("S.part-order", () => {
  const lines = realText("lianzhou-zfb-2023.txt").split("\n");
  const at = (heading: string) => lines.findIndex((l) => l.trim().startsWith(heading));
  const four = at("四、政府信息公开行政复议");
  const five = at("五、");
  const six = at("六、其他需要报告的事项");
  // the published text with 五 printed before 四 (the blocks swapped whole)
  const swapped = [
    ...lines.slice(0, four),
    ...lines.slice(five, six),
    ...lines.slice(four, five),
    ...lines.slice(six),
  ].join("\n");
  const inOrder = parseReport(lines.join("\n"));
  const outOfOrder = parseReport(swapped);

  it("the parser reads a part out of its place as the same report, in the order printed", () => {
    expect([four, five, six].every((i) => i > 0) && four < five && five < six).toBe(true);
    expect(outOfOrder.diagnostics.map((d) => d.code)).not.toContain("input.multiple-reports");
    expect(outOfOrder.partsOrder).toEqual([
      "overview",
      "proactive",
      "applications",
      "problems",
      "reviewLitigation",
      "other",
    ]);
    // every table and section read as from the published order
    expect(outOfOrder.report?.reviewLitigation).toEqual(inOrder.report?.reviewLitigation);
    expect(outOfOrder.report?.applications).toEqual(inOrder.report?.applications);
    expect(outOfOrder.report?.sections).toEqual(inOrder.report?.sections);
  });

  it("fails on the order printed, naming the fewest parts out of place", () => {
    const report = outOfOrder.report as Report;
    const found = checkReport(report, { partsOrder: outOfOrder.partsOrder ?? [] }).findings.filter(
      (f) => f.rule === "S.part-order",
    );
    expect(found.map((f) => [f.status, f.cells])).toEqual([["fail", ["reviewLitigation"]]]);
    expect(found[0]?.message.zh).toContain("一、二、三、五、四、六");
    expect(found[0]?.message.zh).toContain("「四、政府信息公开行政复议、行政诉讼情况」");
    expect(found[0]?.severity).toBe("warning");
  });

  it("passes on the published order, and is not judged without the order or on a single part", () => {
    const report = inOrder.report as Report;
    const order = (partsOrder: readonly string[] | undefined) =>
      checkReport(report, { includePassed: true, ...(partsOrder ? { partsOrder } : {}) })
        .findings.filter((f) => f.rule === "S.part-order")
        .map((f) => f.status);
    expect(order(inOrder.partsOrder)).toEqual(["pass"]);
    expect(order(undefined)).toEqual([]);
    expect(order(["other"])).toEqual([]);
    // keys of no part and repeats are left out; a reversed order moves all but one
    expect(order(["other", "nonsense", "other", "overview"])).toEqual(["fail"]);
    const reversed = checkReport(report, { partsOrder: [...(inOrder.partsOrder ?? [])].reverse() }).findings.find(
      (f) => f.rule === "S.part-order",
    );
    expect(reversed?.cells).toHaveLength(5);
  });

  it("is judged on a model without prose too (the tables' order alone)", () => {
    const bare = edited((r) => {
      delete r.sections;
    });
    const found = checkReport(bare, { partsOrder: ["proactive", "reviewLitigation", "applications"] }).findings;
    expect(found.filter((f) => f.rule === "S.part-order").map((f) => f.cells)).toEqual([["applications"]]);
  });

  it("is left out by exclude", () => {
    const report = outOfOrder.report as Report;
    const found = checkReport(report, { partsOrder: outOfOrder.partsOrder ?? [], exclude: ["S.part-order"] }).findings;
    expect(found.some((f) => f.rule === "S.part-order")).toBe(false);
  });
});

describe("the real reports, as a hand check judges them", () => {
  const parsed = (name: string) => parseReport(realText(name));
  const real = (name: string) => {
    const { report } = parsed(name);
    if (report === null) throw new Error(name);
    return report;
  };
  // Read by hand: the six parts, 五's content, 六 on fees, 「均已办结」, 「未发出收费通知」; where the parser found no
  // section (archive pages of cells run together, Markdown conversions that keep only the tables) nothing is judged.
  const expected: Record<string, (readonly [string, string])[]> = {
    // 六: 「全年收取政府信息公开信息处理费…」; 表三（六）2. is 6 but no sentence denies a fee notice; 103 carried forward, no 「均已办结」
    "huaian-2024.raw.txt": [],
    // the seed's source: 六 「本年度无发出收费通知」 with （六）2. = 0
    "lianzhou-zfb-2023.txt": [],
    // 六: 「无收取信息处理费情况」
    "pingtan-2023.html": [],
    "pingtan-2024.html": [],
    // 2019 edition: 六 need not report fees
    "shanghai-2019.html": [],
    // 六 on fees (「认真落实《政府信息公开信息处理费管理办法》」)
    "shuyang-2025.md": [],
    // 五 is headed 「五、存在的主要问题及整改措施」, not the format's title: not found as part 五
    "shuyang-fgj-2023.html": [["S.parts", "fail"]],
    // archive text: the whole article on one line, no heading found, no section: not judged
    "pingtan-2021.txt": [],
    "pingtan-2025.txt": [],
    // Markdown conversions without the prose parts
    "shanghai-2025.md": [],
    "shanghai-kewei-2024.md": [],
  };
  for (const [name, want] of Object.entries(expected)) {
    it(name, () => {
      expect(verdicts(real(name))).toEqual(want);
    });
  }
  it("every real report prints its parts in the format's order (S.part-order passes where two or more were found)", () => {
    for (const name of Object.keys(expected)) {
      const { report, partsOrder } = parsed(name);
      const order = checkReport(report as Report, { includePassed: true, ...(partsOrder ? { partsOrder } : {}) })
        .findings.filter((f) => f.rule === "S.part-order")
        .map((f) => f.status);
      expect(order, name).toEqual((partsOrder?.length ?? 0) >= 2 ? ["pass"] : []);
    }
  });
  it("the part found missing in shuyang-fgj-2023 is 五, by its path", () => {
    expect(ours(real("shuyang-fgj-2023.html"))[0]?.cells).toEqual(["sections.problems"]);
  });
});

describe("the prose read once per list of paragraphs", () => {
  it("a report checked again reads its prose as it is now, also when edited in place", () => {
    const r = structuredClone(seed) as Mutable;
    expect(verdicts(r as Report)).toEqual([]);
    r.sections.problems[0] = "无";
    r.sections.problems.length = 1;
    expect(verdicts(r as Report)).toEqual([["S.problems-empty", "fail"]]);
    r.sections.problems[0] = "部分栏目更新不及时。";
    expect(verdicts(r as Report)).toEqual([]);
    r.sections.other.push("全年办理的申请均已办结。");
    r.applications.carriedForward.total = 2;
    expect(verdicts(r as Report)).toEqual([["N.all-closed", "fail"]]);
  });
});
