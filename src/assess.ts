/**
 * `zfxxgk/assess` — assessing reports the way a 政务公开 office does: the indicators of a report as data
 * (公开率, 纠错率 …, `null` below a minimum sample), and a region's assessment (coverage of a unit list, roll-up
 * reconciliation, findings per unit with a one-line fix, a ranking) with its renderers. The root entry keeps none
 * of this, so that bundles that only check stay small.
 *
 * @example
 * ```ts
 * import { indicatorsOf } from "zfxxgk/assess";
 * for (const v of indicatorsOf(report)) console.log(v.id, v.value);
 * ```
 *
 * @module
 */
export {
  type Indicator,
  type IndicatorId,
  type IndicatorOptions,
  type IndicatorStatus,
  type IndicatorValue,
  indicatorFormula,
  indicatorInfo,
  indicators,
  indicatorsOf,
} from "./assess/indicators.js";
