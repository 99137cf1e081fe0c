/**
 * The Standard Schema V1 interface (https://standardschema.dev), vendored as types so that the core depends
 * on nothing, and `reportSchema`, the report model as a Standard Schema.
 *
 * @module
 */
import type { Report } from "../model/report.generated.js";
import { validateReport } from "./validate.js";

/**
 * The Standard Schema V1 interface, vendored from the specification.
 *
 * @example
 * ```ts
 * import { reportSchema, type StandardSchemaV1 } from "zfxxgk";
 * const schema: StandardSchemaV1<unknown, Report> = reportSchema;
 * ```
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

/**
 * Types of the Standard Schema V1 interface.
 *
 * @example
 * ```ts
 * type Issue = StandardSchemaV1.Issue;
 * ```
 */
export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties. */
  export interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  /** The result of a validation. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  /** A successful validation. */
  export interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  /** A failed validation. */
  export interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  /** One issue. */
  export interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  /** A path segment. */
  export interface PathSegment {
    readonly key: PropertyKey;
  }
  /** The input and output types. */
  export interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  /** The input type of a schema. */
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];
  /** The output type of a schema. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}

/**
 * Makes the report model a Standard Schema whose messages are in the given language.
 *
 * @example
 * ```ts
 * import { createReportSchema } from "zfxxgk";
 * const en = createReportSchema({ lang: "en" });
 * const result = en["~standard"].validate({});
 * ```
 */
export function createReportSchema(options: { readonly lang?: "zh" | "en" } = {}): StandardSchemaV1<unknown, Report> {
  const lang = options.lang ?? "zh";
  return {
    "~standard": {
      version: 1,
      vendor: "zfxxgk",
      validate(value: unknown): StandardSchemaV1.Result<Report> {
        const result = validateReport(value);
        if (result.ok) return { value: result.value };
        return { issues: result.issues.map((i) => ({ message: i.message[lang], path: i.path })) };
      },
    },
  };
}

/**
 * The report model as a Standard Schema V1 object, with Chinese messages: usable wherever a library accepts
 * Standard Schema (tRPC, TanStack Form, Hono, …).
 *
 * @example
 * ```ts
 * import { reportSchema } from "zfxxgk";
 * const result = reportSchema["~standard"].validate(JSON.parse(text));
 * if (result instanceof Promise) throw new Error("never async");
 * if (result.issues) console.error(result.issues[0]?.message);
 * ```
 */
export const reportSchema: StandardSchemaV1<unknown, Report> = /* @__PURE__ */ createReportSchema();
