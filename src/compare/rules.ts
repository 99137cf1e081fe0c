/**
 * The comparison's rules, `X.jump` and `X.same-table` (declared with the other rules in src/checks, so that the
 * rule catalogue lists them).
 *
 * @module
 */
export { compareRules } from "../checks/compare-rules.js";
