/**
 * `zfxxgk/io-ts` — the report model as io-ts codecs (stable `t.Type` API), built from the descriptors through
 * the core's validation plan: they accept exactly the inputs {@link validateReport} accepts, and
 * {@link formatErrors} turns their errors into the core's issues. io-ts and fp-ts are optional peer
 * dependencies; only the package root `io-ts` is imported, so the entry works from native Node ESM.
 *
 * @example
 * ```ts
 * import { ReportCodec, formatErrors } from "zfxxgk/io-ts";
 * const result = ReportCodec.decode(JSON.parse(text));
 * if (result._tag === "Left") console.log(formatErrors(result.left).map((i) => i.message.zh));
 * ```
 *
 * @module zfxxgk/io-ts
 */
import { createIoTsCodecs } from "./adapters/io-ts/build.js";
import { edition2019 } from "./format/editions/2019.js";
import { edition2021 } from "./format/editions/2021.js";

export {
  Amount,
  Count,
  createIoTsCodecs,
  type IoTsCodecOptions,
  type IoTsCodecs,
  IsoDate,
  type NamedReportCodecs,
  Organ,
  SignedCount,
  Year,
} from "./adapters/io-ts/build.js";
export {
  type ConsistencyCodecOptions,
  type ConsistentReportCodecType,
  withConsistency,
} from "./adapters/io-ts/consistent.js";
export { type AdapterIssue, formatErrors, type RuleIssue } from "./adapters/io-ts/issues.js";
export { type StrictObjectOf, StrictObjectType } from "./adapters/io-ts/strict-object.js";
export type {
  AnyReportCodec,
  CellCodecOf,
  ChildrenPropsOf,
  NodeCodecOf,
  NumberCellCodec,
  ParagraphsCodec,
  RecordPropsOf,
  ReportCodecOf,
  TableCodecOf,
} from "./adapters/io-ts/types.js";

const codecs = /* @__PURE__ */ createIoTsCodecs();

/**
 * A report of either edition: a `t.UnionType` of the two edition codecs, dispatched on `edition`.
 * `t.TypeOf<typeof ReportCodec>` is exactly `Report`.
 *
 * @example
 * ```ts
 * import { ReportCodec } from "zfxxgk/io-ts";
 * ReportCodec.is(report); // true for a structurally valid report
 * ```
 */
export const ReportCodec = codecs.ReportCodec;

/**
 * {@link ReportCodec} refined by the error-severity rules of `checkReport` (`T3.balance`, `T3.results-total`,
 * `T3.row-total`, `T4.total`): a structurally valid report fails with one error per failing rule instance,
 * which {@link formatErrors} turns into a `rule_failed` issue carrying the finding.
 *
 * @example
 * ```ts
 * import { ConsistentReportCodec, formatErrors } from "zfxxgk/io-ts";
 * const result = ConsistentReportCodec.decode(report);
 * if (result._tag === "Left") for (const issue of formatErrors(result.left)) console.log(issue.code, issue.message.zh);
 * ```
 */
export const ConsistentReportCodec = codecs.ConsistentReportCodec;

/**
 * A report of the 2021 edition. `t.TypeOf` is exactly `Report2021`.
 *
 * @example
 * ```ts
 * import { Report2021Codec } from "zfxxgk/io-ts";
 * Report2021Codec.decode(report);
 * ```
 */
export const Report2021Codec = codecs.Report2021Codec;

/**
 * A report of the 2019 edition. `t.TypeOf` is exactly `Report2019`.
 *
 * @example
 * ```ts
 * import { Report2019Codec } from "zfxxgk/io-ts";
 * Report2019Codec.decode(report);
 * ```
 */
export const Report2019Codec = codecs.Report2019Codec;

/**
 * 表二 主动公开政府信息情况, 2021 edition.
 *
 * @example
 * ```ts
 * import { Proactive2021Codec } from "zfxxgk/io-ts";
 * Proactive2021Codec.is(report.proactive);
 * ```
 */
export const Proactive2021Codec = codecs.tables[edition2021.edition].proactive;

/**
 * 表二 主动公开政府信息情况, 2019 edition.
 *
 * @example
 * ```ts
 * import { Proactive2019Codec } from "zfxxgk/io-ts";
 * Proactive2019Codec.is(report.proactive);
 * ```
 */
export const Proactive2019Codec = codecs.tables[edition2019.edition].proactive;

/**
 * 表三 收到和处理政府信息公开申请情况, 2021 edition.
 *
 * @example
 * ```ts
 * import { Applications2021Codec } from "zfxxgk/io-ts";
 * Applications2021Codec.decode(report.applications);
 * ```
 */
export const Applications2021Codec = codecs.tables[edition2021.edition].applications;

/**
 * 表三 收到和处理政府信息公开申请情况, 2019 edition.
 *
 * @example
 * ```ts
 * import { Applications2019Codec } from "zfxxgk/io-ts";
 * Applications2019Codec.decode(report.applications);
 * ```
 */
export const Applications2019Codec = codecs.tables[edition2019.edition].applications;

/**
 * 表四 政府信息公开行政复议、行政诉讼情况 (the same in both editions).
 *
 * @example
 * ```ts
 * import { ReviewLitigationCodec } from "zfxxgk/io-ts";
 * ReviewLitigationCodec.decode(report.reviewLitigation);
 * ```
 */
export const ReviewLitigationCodec = codecs.tables[edition2021.edition].reviewLitigation;

/**
 * Every table codec by edition and table key.
 *
 * @example
 * ```ts
 * import { TableCodecs } from "zfxxgk/io-ts";
 * TableCodecs["2019"].proactive.is(report.proactive);
 * ```
 */
export const TableCodecs = codecs.tables;
