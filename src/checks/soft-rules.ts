/**
 * Soft rules (warnings) on 表二, declared as data in the shape of the descriptors' rules and evaluated by
 * the same engine. They name fields, not rows: a rule applies to every record of the table that has the
 * fields it names, in whichever edition. No exact relation holds within 表二 (documents lapse when their
 * validity ends without being repealed, items are merged and split), so these are bounds that figures
 * cannot, or can hardly, break — warnings, never errors.
 *
 * @module
 */
import type { SumRule } from "../format/descriptor.js";
import type { TableKey } from "../format/editions.js";

/**
 * The soft rules of each table, evaluated after the table's own rules.
 *
 * @example
 * ```ts
 * import { softRules } from "zfxxgk";
 * softRules.proactive?.map((r) => r.id); // ["T2.in-force-issued", "T2.items-nonnegative", "T2.published-within-total"]
 * ```
 */
export const softRules: { readonly [K in TableKey]?: readonly SumRule[] } = {
  proactive: [
    {
      id: "T2.in-force-issued",
      severity: "warning",
      per: "record",
      records: "all",
      compare: "at-least",
      left: ["inForce", "repealed"],
      right: ["issued"],
      official: false,
      equation: {
        zh: "现行有效件数 + 本年废止件数 ≥ 本年制发件数（2021 年版第二十条第（一）项，每一行）",
        en: "in force + repealed this year ≥ issued this year (2021 edition, article 20 item (1), each row)",
      },
      leftName: { zh: "现行有效件数与本年废止件数之和", en: "in force plus repealed this year" },
      rationale: {
        zh: "本年制发的文件到年底要么仍然有效（计入现行有效件数），要么已被废止（计入本年废止件数），要么已因有效期届满而失效。最后一种情形在制发当年很少见，所以左边小于右边几乎总是填错；但并非不可能，故为警告。现行有效件数与上年数、制发、废止之间没有精确关系（文件也会到期失效），单份报告内不作等式核对。",
        en: "A document issued this year is, at year end, still in force (counted in 现行有效件数), repealed (counted in 本年废止件数), or lapsed at the end of its validity. Lapsing in the year of issue is rare, so a left side below the right is almost always a mistake — but not impossible, hence a warning. 现行有效件数 has no exact relation to issued and repealed within one report (documents also lapse), so no equation is checked.",
      },
    },
    {
      id: "T2.items-nonnegative",
      severity: "warning",
      per: "record",
      records: "all",
      compare: "at-least",
      left: ["previousItems", "change"],
      right: [],
      official: false,
      equation: {
        zh: "上一年项目数量 + 本年增/减 ≥ 0（2019 年版，每一行）",
        en: "items last year + change this year ≥ 0 (2019 edition, each row)",
      },
      leftName: { zh: "上一年项目数量与本年增/减之和", en: "items last year plus the change this year" },
      rationale: {
        zh: "上一年项目数量加本年增/减即本年末的项目数量，不可能为负（official-format.md §4.4 T2′-C）。本年增/减的含义（减用负值表示）只见于湖北省的填报说明，故作为警告而非错误。",
        en: "Items last year plus this year's change is the number of items at year end, which cannot be negative (official-format.md §4.4 T2′-C). The meaning of 本年增/减 (a decrease written as a negative number) is attested only by a provincial annotation, so this is a warning, not an error.",
      },
    },
    {
      id: "T2.published-within-total",
      severity: "warning",
      per: "record",
      records: "all",
      compare: "at-least",
      left: ["publicTotal"],
      right: ["newlyPublished"],
      official: false,
      equation: {
        zh: "对外公开总数量 ≥ 本年新公开数量（2019 年版第二十条第（一）项，每一行）",
        en: "total published ≥ newly published this year (2019 edition, article 20 item (1), each row)",
      },
      rationale: {
        zh: "对外公开总数量是累计已公开的件数，应包括本年新公开的件数（official-format.md §4.4 T2′-E）；但有些机关只统计现行有效的文件，故为警告。",
        en: "对外公开总数量 counts every document published so far, this year's included (official-format.md §4.4 T2′-E); some organs count only those still in force, hence a warning.",
      },
    },
  ],
};
