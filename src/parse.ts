/**
 * `zfxxgk/parse` — recover reports from published text, Markdown and HTML.
 *
 * @example
 * ```ts
 * import { parseReport } from "zfxxgk/parse";
 * const { report, edition, diagnostics } = parseReport(text);
 * ```
 *
 * @module zfxxgk/parse
 */
// label matching (the descriptors' character-level variants), for tools that match printed labels themselves
export { labelVariants, normalizeLabel } from "./format/normalize.js";
export { type BytesParseResult, parseBytes } from "./parse/parse-bytes.js";
export { parseReport } from "./parse/parse-report.js";
export { type ByteKind, type DecodedText, declaredEncoding, decodeBytes, sniffBytes } from "./parse/readers/bytes.js";
export { detectFormat } from "./parse/readers/detect.js";
export type {
  Diagnostic,
  DiagnosticCode,
  DiagnosticLevel,
  EditionDetection,
  EditionEvidence,
  EnvelopeField,
  EnvelopeSource,
  EnvelopeSources,
  InputFormat,
  ParseOptions,
  ParseResult,
} from "./parse/types.js";
