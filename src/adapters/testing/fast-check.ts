/**
 * The part of fast-check the arbitraries use. Every arbitrary is built from an `fc` passed in, so that a
 * user with another copy of fast-check can build them with theirs (`arbReportWith(options)(fc)`).
 *
 * @module
 */
import type * as FC from "fast-check";

/**
 * The fast-check functions the arbitraries are built from; `import * as fc from "fast-check"` and
 * `import fc from "fast-check"` both fit.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const mine: FastCheck = fc;
 * ```
 */
export type FastCheck = Pick<
  typeof FC,
  | "anything"
  | "array"
  | "boolean"
  | "constant"
  | "constantFrom"
  | "double"
  | "integer"
  | "jsonValue"
  | "nat"
  | "oneof"
  | "option"
  | "record"
  | "string"
  | "tuple"
>;

/**
 * A fast-check arbitrary.
 *
 * @example
 * ```ts
 * const a: Arbitrary<number> = fc.nat();
 * ```
 */
export type Arbitrary<T> = FC.Arbitrary<T>;
