import { describe, expect, it } from "vitest";
import {
  type ColumnHeader,
  edition2019,
  edition2021,
  printedLabel,
  type TableDescriptor,
  type TableNode,
} from "../../src/format.js";
import type { Edition } from "../../src/index.js";
import { normalizeLabel } from "../../src/parse.js";

// Copied verbatim from official-format.md §2.4–2.6 (2021) and §3.3–3.5 (2019). Do not derive these from the code.
const official2021 = {
  proactive: [
    "第二十条第（一）项",
    "第二十条第（五）项",
    "第二十条第（六）项",
    "第二十条第（八）项",
    "信息内容",
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "规章",
    "行政规范性文件",
    "本年处理决定数量",
    "行政许可",
    "行政处罚",
    "行政强制",
    "本年收费金额（单位：万元）",
    "行政事业性收费",
  ],
  applications: [
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "申请人情况",
    "自然人",
    "法人或其他组织",
    "总计",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "（三）不予公开",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "（四）无法提供",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "（五）不予处理",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "（七）总计",
    "四、结转下年度继续办理",
  ],
  reviewLitigation: [
    "行政复议",
    "行政诉讼",
    "未经复议直接起诉",
    "复议后起诉",
    "结果维持",
    "结果纠正",
    "其他结果",
    "尚未审结",
    "总计",
  ],
};

const official2019 = {
  proactive: [
    "第二十条第（一）项",
    "第二十条第（五）项",
    "第二十条第（六）项",
    "第二十条第（八）项",
    "第二十条第（九）项",
    "信息内容",
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "规章",
    "规范性文件",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "行政许可",
    "其他对外管理服务事项",
    "行政处罚",
    "行政强制",
    "行政事业性收费",
    "采购项目数量",
    "采购总金额",
    "政府集中采购",
  ],
  // §3.4: identical to 2021 except （六）其他处理 is one row
  applications: official2021.applications.filter(
    (l) => !l.startsWith("1.申请人") && !l.startsWith("2.申请人") && l !== "3.其他",
  ),
  reviewLitigation: official2021.reviewLitigation,
};

/** Every text a table descriptor would print: labels with ordinals and notes, headers, notes, the corner. */
function printedTexts(table: TableDescriptor): Set<string> {
  const out = new Set<string>([table.title, ...table.notes]);
  if (table.corner) out.add(table.corner);
  const headers = (cols: readonly ColumnHeader[]) => {
    for (const c of cols)
      if ("label" in c) {
        out.add(c.label);
        headers(c.children);
      }
  };
  headers(table.columns ?? []);
  const nodes = (list: readonly TableNode[]) => {
    for (const n of list) {
      out.add(printedLabel(n));
      if (n.kind === "record") {
        if (n.note) out.add(printedLabel(n) + n.note);
        for (const f of n.fields) out.add(f.label);
      } else {
        if (n.header) out.add(n.header);
        nodes(n.children);
      }
    }
  };
  nodes(table.children);
  return out;
}

const cases: [Edition, typeof official2021, typeof edition2021 | typeof edition2019][] = [
  ["2021", official2021, edition2021],
  ["2019", official2019, edition2019],
];

describe.each(cases)("official labels of the %s edition", (_edition, official, descriptor) => {
  for (const key of ["proactive", "applications", "reviewLitigation"] as const) {
    it(`${key}: every official label appears verbatim`, () => {
      const texts = printedTexts(descriptor.tables[key]);
      const missing = official[key].filter((label) => !texts.has(label));
      expect(missing).toEqual([]);
    });
  }
});

describe("edition differences", () => {
  it("2019 表三 has no （六） sub-items and 2021 has three", () => {
    const t21 = printedTexts(edition2021.tables.applications);
    const t19 = printedTexts(edition2019.tables.applications);
    expect(t21.has("3.其他")).toBe(true);
    expect(t19.has("3.其他")).toBe(false);
  });
  it("2021 表二 has no 第二十条第（九）项", () => {
    expect(printedTexts(edition2021.tables.proactive).has("第二十条第（九）项")).toBe(false);
  });
});

describe("label normalisation accepts the variants real reports print", () => {
  const pairs: [string, string][] = [
    [
      "（二）部分公开(区分处理的,只计这一情形,不计其他情形)",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    ],
    ["1、属于国家秘密", "1.属于国家秘密"],
    ["1．属于国家秘密", "1.属于国家秘密"],
    ['3.危及"三安全一稳定"', "3.危及“三安全一稳定”"],
    [
      "1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ],
    ["商 业 企 业", "商业企业"],
    ["本年增／减", "本年增/减"],
    ["本年收费金额(单位:万元)", "本年收费金额（单位：万元）"],
    ["１.属于国家秘密", "1.属于国家秘密"],
  ];
  it.each(pairs)("%s ≡ %s", (variant, official) => {
    expect(normalizeLabel(variant)).toBe(normalizeLabel(official));
  });
  it("keeps different labels apart", () => {
    expect(normalizeLabel("1.属于国家秘密")).not.toBe(normalizeLabel("2.属于国家秘密"));
    expect(normalizeLabel("结果维持")).not.toBe(normalizeLabel("结果纠正"));
  });
});
