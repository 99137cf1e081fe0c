/**
 * `zfxxgk/zod` — the report model as zod 4 schemas, built from the descriptors through the core's validation
 * plan: they accept exactly the inputs {@link validateReport} accepts, with the core's messages (Chinese by
 * default; no global `z.config()`). zod is an optional peer dependency.
 *
 * Where zod's shape differs from the core's issue list: the unknown keys of one object are one zod
 * `unrecognized_keys` issue (the core's messages joined by "；"); the core's extra `edition_mismatch`
 * explanation has no zod issue. An input whose getter or proxy trap throws fails the report schemas with the
 * core's `unreadable` message (the schema's root asks the core whether it can read the input; a table schema used
 * alone lets such an exception through `safeParse`).
 *
 * @example
 * ```ts
 * import { ReportSchema } from "zfxxgk/zod";
 * const result = ReportSchema.safeParse(JSON.parse(text));
 * if (!result.success) console.log(result.error.issues[0]?.message); // 「表三（七）总计·自然人」应为非负整数或空白（null），不能为负数：-1
 * ```
 *
 * @module zfxxgk/zod
 */
import { createZodSchemas } from "./adapters/zod/build.js";
import { edition2019 } from "./format/editions/2019.js";
import { edition2021 } from "./format/editions/2021.js";

export {
  createZodSchemas,
  type NamedReportSchemas,
  type ZodSchemaOptions,
  type ZodSchemas,
} from "./adapters/zod/build.js";
export { type ConsistencyOptions, type RuleIssueParams, withConsistency } from "./adapters/zod/consistent.js";
export type {
  AnyReportSchema,
  CellSchemaOf,
  ChildrenShapeOf,
  NodeSchemaOf,
  PlainObjectSchema,
  RecordShapeOf,
  ReportSchemaOf,
  ReportShapeOf,
  TableSchemaOf,
} from "./adapters/zod/types.js";

const schemas = /* @__PURE__ */ createZodSchemas();

/**
 * A report of either edition: a discriminated union on `edition` (behind a check that the input is a plain
 * object, as the core requires). `z.output<typeof ReportSchema>` is exactly `Report`.
 *
 * @example
 * ```ts
 * import { ReportSchema } from "zfxxgk/zod";
 * const report = ReportSchema.parse(JSON.parse(text)); // Report
 * ```
 */
export const ReportSchema = schemas.ReportSchema;

/**
 * {@link ReportSchema} plus the error-severity rules of `checkReport` (`T3.balance`, `T3.results-total`,
 * `T3.row-total`, `T4.total`): each failing rule instance is a `custom` issue at the path of its first cell,
 * with the finding's message and `params: { rule, cells, finding }`. Blank operands make a rule not
 * assessable, not failed (see {@link withConsistency} for `blankAsZero`).
 *
 * @example
 * ```ts
 * import { ConsistentReportSchema } from "zfxxgk/zod";
 * const result = ConsistentReportSchema.safeParse(report);
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path.join("."), issue.message);
 * ```
 */
export const ConsistentReportSchema = schemas.ConsistentReportSchema;

/**
 * A report of the 2021 edition (国办公开办函〔2021〕30号). `z.output` is exactly `Report2021`.
 *
 * @example
 * ```ts
 * import { Report2021Schema } from "zfxxgk/zod";
 * Report2021Schema.safeParse(report).success;
 * ```
 */
export const Report2021Schema = schemas.Report2021Schema;

/**
 * A report of the 2019 edition (国办公开办函〔2019〕60号). `z.output` is exactly `Report2019`.
 *
 * @example
 * ```ts
 * import { Report2019Schema } from "zfxxgk/zod";
 * Report2019Schema.safeParse(report).success;
 * ```
 */
export const Report2019Schema = schemas.Report2019Schema;

/**
 * 表二 主动公开政府信息情况, 2021 edition.
 *
 * @example
 * ```ts
 * import { Proactive2021Schema } from "zfxxgk/zod";
 * Proactive2021Schema.parse(report.proactive);
 * ```
 */
export const Proactive2021Schema = schemas.tables[edition2021.edition].proactive;

/**
 * 表二 主动公开政府信息情况, 2019 edition.
 *
 * @example
 * ```ts
 * import { Proactive2019Schema } from "zfxxgk/zod";
 * Proactive2019Schema.parse(report.proactive);
 * ```
 */
export const Proactive2019Schema = schemas.tables[edition2019.edition].proactive;

/**
 * 表三 收到和处理政府信息公开申请情况, 2021 edition.
 *
 * @example
 * ```ts
 * import { Applications2021Schema } from "zfxxgk/zod";
 * Applications2021Schema.parse(report.applications);
 * ```
 */
export const Applications2021Schema = schemas.tables[edition2021.edition].applications;

/**
 * 表三 收到和处理政府信息公开申请情况, 2019 edition.
 *
 * @example
 * ```ts
 * import { Applications2019Schema } from "zfxxgk/zod";
 * Applications2019Schema.parse(report.applications);
 * ```
 */
export const Applications2019Schema = schemas.tables[edition2019.edition].applications;

/**
 * 表四 政府信息公开行政复议、行政诉讼情况 (the same in both editions).
 *
 * @example
 * ```ts
 * import { ReviewLitigationSchema } from "zfxxgk/zod";
 * ReviewLitigationSchema.parse(report.reviewLitigation);
 * ```
 */
export const ReviewLitigationSchema = schemas.tables[edition2021.edition].reviewLitigation;

/**
 * Every table schema by edition and table key.
 *
 * @example
 * ```ts
 * import { TableSchemas } from "zfxxgk/zod";
 * TableSchemas["2019"].proactive.safeParse(report.proactive).success;
 * ```
 */
export const TableSchemas = schemas.tables;
