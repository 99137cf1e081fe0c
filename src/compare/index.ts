/**
 * Comparing two years of one organ's report.
 *
 * @module
 */
export { boilerplatePhrases } from "./boilerplate.js";
export { compareCells } from "./cells.js";
export { compareReports } from "./compare.js";
export { findPieces, type Piece } from "./matching.js";
export {
  appendNormalised,
  codePointsToString,
  figureMask,
  NormalisedBuffer,
  type NormalisedText,
  normalisedString,
  normaliseText,
} from "./normalise.js";
export { organKey, type Pairing, pairReports } from "./pairs.js";
export { type Prose, type ProsePart, proseOf } from "./prose.js";
export { renderComparison, renderComparisons } from "./render.js";
export { comparisonStylesheet } from "./render-html.js";
export type { ComparisonRenderOptions } from "./render-parts.js";
export { compareRules } from "./rules.js";
export { type TextReuseOptions, textReuse } from "./text-reuse.js";
export type {
  CellChange,
  CompareOptions,
  Comparison,
  NotCompared,
  PartReuse,
  Passage,
  ProseKey,
  ReportRef,
  ReuseFigures,
  TextRange,
  TextReuse,
} from "./types.js";
