/**
 * The comparison's own soft rules (`compareReports`, `zfxxgk/compare`), as data in the shape of the cross-year rules
 * (`X.` ids, warnings): a cell that jumps, and a table identical to last year's to the cell. Declared beside the
 * other rules so that the catalogue lists them.
 *
 * @module
 */
import type { DocumentedRule } from "./envelope-rules.js";

/**
 * `X.jump` and `X.same-table`.
 *
 * @example
 * ```ts
 * import { compareRules } from "zfxxgk/compare";
 * compareRules.map((r) => r.id); // ["X.jump", "X.same-table"]
 * ```
 */
export const compareRules = [
  {
    id: "X.jump",
    severity: "warning",
    official: false,
    equation: {
      zh: "本年数值 < 上年数值 × 倍数，且 本年数值 > 上年数值 ÷ 倍数（两者较大者不小于最小基数时；默认 5 倍、基数 10）",
      en: "this year's value < last year's × factor and > last year's ÷ factor (when the larger is at least the minimum base; defaults 5 and 10)",
    },
    templates: {
      fail: {
        zh: "{cell}由上一年度的 {previous} 变为 {current}{times}，请核实。",
        en: "{cell} went from {previous} last year to {current}{times}; please verify.",
      },
    },
    rationale: {
      zh: "同一机关相邻两年的同一数字通常同一量级；成倍的跳变多为录入错误（多写或少写一位、填错行列），也可能是真实变化，故为警告。",
      en: "One organ's figure is usually of the same order from one year to the next; a many-fold jump is most often a typing error (a digit added or lost, a wrong row or column) and sometimes real, hence a warning.",
    },
  },
  {
    id: "X.same-table",
    severity: "warning",
    official: false,
    equation: {
      zh: "本年报告的表格与上一年度报告的同一表格不应逐格相同（至少有一格非零时）",
      en: "a table should not equal last year's cell for cell (when some cell is not zero)",
    },
    templates: {
      fail: {
        zh: "{table}与上一年度报告逐格相同（{cells} 格，其中 {nonZero} 格非零），疑为沿用上年数据。",
        en: "{table} is identical to last year's, cell for cell ({cells} cells, {nonZero} not zero): possibly last year's figures carried over.",
      },
    },
    rationale: {
      zh: "两年的统计数字逐格相同极少见，是照搬上年报告的强烈迹象；全为零的表格（如无复议诉讼）不算。",
      en: "Two years' statistics equal in every cell are very rare and a strong sign of a copied report; a table of zeros only (no reconsideration or litigation) does not count.",
    },
  },
] as const satisfies readonly DocumentedRule[];
