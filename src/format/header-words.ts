/**
 * Where a column header of the official tables may break (format data beside the descriptors, used by the HTML
 * renderer): between its words (商业|企业, 法律|服务|机构), never
 * inside one. The words are declared once here, for the column headers of both editions (a test walks every
 * header of every edition and fails on a header it cannot split into these words, so a new edition's header asks
 * for its words).
 *
 * @module
 */

/** The words of the official column headers, longest first when one begins another (复议后 before 复议). */
const words: readonly string[] = [
  "申请人",
  "自然人",
  "复议后",
  "新制作",
  "新公开",
  "总数量",
  "上一年",
  "总金额",
  "增/减",
  "信息",
  "内容",
  "本年",
  "制发",
  "件数",
  "废止",
  "现行",
  "有效",
  "处理",
  "决定",
  "数量",
  "收费",
  "金额",
  "情况",
  "法人",
  "其他",
  "组织",
  "总计",
  "商业",
  "企业",
  "科研",
  "机构",
  "社会",
  "公益",
  "法律",
  "服务",
  "行政",
  "复议",
  "诉讼",
  "结果",
  "维持",
  "纠正",
  "尚未",
  "审结",
  "未经",
  "直接",
  "起诉",
  "对外",
  "公开",
  "项目",
  "采购",
  "或",
];

/**
 * A column header cut into its words: the longest declared word at each point; anything else (a parenthesised
 * unit such as （单位：万元）, a character no word begins) stays with what precedes it, so it is never a break.
 *
 * @example
 * ```ts
 * headerWords("社会公益组织"); // ["社会", "公益", "组织"]
 * headerWords("本年收费金额（单位：万元）"); // ["本年", "收费", "金额（单位：万元）"]
 * ```
 */
export function headerWords(label: string): string[] {
  const out: string[] = [];
  let at = 0;
  let glue = "";
  while (at < label.length) {
    const word = words.find((w) => label.startsWith(w, at));
    if (word === undefined) {
      glue += label[at];
      at++;
      continue;
    }
    if (glue !== "") {
      if (out.length > 0) out[out.length - 1] += glue;
      else out.push(glue);
      glue = "";
    }
    out.push(word);
    at += word.length;
  }
  if (glue !== "") {
    if (out.length > 0) out[out.length - 1] += glue;
    else out.push(glue);
  }
  return out;
}
