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
 * @module zfxxgk/assess
 */

export {
  type AssessedReport,
  type AssessFinding,
  type AssessInput,
  type Assessment,
  type AssessOptions,
  type AssessSummary,
  assessReports,
  type FindingGroup,
  type FindingGroupKey,
  type RankingRow,
  type UnitAssessment,
} from "./assess/assess.js";
export { findingFingerprint } from "./assess/fingerprint.js";
export { type AssessRule, assessRules, fixOf } from "./assess/fixes.js";
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
export { type AssessRenderOptions, formatIndicator, renderAssessment } from "./assess/render.js";
export { normaliseOrgan, readUnits, type Unit, type UnitsResult, unitsFromCsv, unitsFromJson } from "./assess/units.js";
