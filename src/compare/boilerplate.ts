/**
 * Boilerplate: sentences every report must, or nearly always does, contain — the preamble's formula (the
 * 条例 and the notice it was written under, the statistical period, the six parts) and the fixed wording of the
 * format notice. Text that matches one of them is counted apart from the reuse share, since finding it in last
 * year's report says nothing about copying. Kept as data; callers add their own with
 * `CompareOptions.boilerplate`.
 *
 * @module
 */

/**
 * The built-in boilerplate phrases, as printed in reports. They are matched after the same normalisation as the
 * text (punctuation, white space and width ignored; every figure or date masked), and only whole: a phrase marks
 * the characters of an occurrence of all of it.
 *
 * @example
 * ```ts
 * import { boilerplatePhrases } from "zfxxgk/compare";
 * boilerplatePhrases.some((p) => p.includes("国办公开办函〔2021〕30号")); // true
 * ```
 */
export const boilerplatePhrases: readonly string[] = [
  // the preamble's formula
  "本报告根据《中华人民共和国政府信息公开条例》",
  "本报告是根据《中华人民共和国政府信息公开条例》",
  "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）",
  "《中华人民共和国政府信息公开条例》（国务院令第711号）",
  "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》",
  "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》",
  "（国办公开办函〔2021〕30号）",
  "（国办公开办函〔2019〕60号）",
  "等文件要求编制",
  "和有关规定编制",
  "要求编制本报告",
  "本报告共分6个部分",
  "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项",
  "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项",
  "本报告所列数据统计期限为2024年1月1日至2024年12月31日",
  "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止",
  "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止",
  "本报告中所列数据的统计期限为2024年1月1日至2024年12月31日",
  "本报告电子版可在",
  "如对本报告有疑问，请与",
  "如对本报告有任何疑问，请与",
  // the format notice's fixed wording, where reports repeat it in prose
  "区分处理的，只计这一情形，不计其他情形",
  "按照《政府信息公开信息处理费管理办法》",
  "未收取信息处理费",
  "无收取信息处理费情况",
  "收取信息处理费情况",
];
