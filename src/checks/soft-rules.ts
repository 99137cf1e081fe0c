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
 * import { softRules } from "zfxxgk/rules";
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
    },
  ],
};
