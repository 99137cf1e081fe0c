/**
 * A strict object codec: every declared key present (or, for an optional one, absent), no other key, a plain
 * object — the core's object check as an io-ts `t.Type`.
 *
 * @module
 */
import * as t from "io-ts";

/** Flattens an intersection into one object type (keeps `?` modifiers). */
type Flat<T> = { [K in keyof T]: T[K] };

/**
 * The decoded type of a strict object: required members `P`, optional members `O` (absent, never `undefined`).
 *
 * @example
 * ```ts
 * type T = StrictObjectOf<{ a: t.StringC }, { b: t.NumberC }>; // { a: string; b?: number }
 * ```
 */
export type StrictObjectOf<P, O> = Flat<
  { [K in keyof P]: TypeOfMember<P[K]> } & { [K in keyof O]?: TypeOfMember<O[K]> }
>;

/** The decoded type of a member codec. */
type TypeOfMember<C> = C extends t.Any ? t.TypeOf<C> : never;

/**
 * An io-ts codec of a strict object. `props` and `optionalProps` hold the member codecs.
 *
 * @example
 * ```ts
 * import { Applications2021Codec } from "zfxxgk/io-ts";
 * Object.keys(Applications2021Codec.props); // ["newReceived", "carriedOver", "results", "carriedForward"]
 * ```
 */
export class StrictObjectType<P, O = Record<never, never>> extends t.Type<
  StrictObjectOf<P, O>,
  StrictObjectOf<P, O>,
  unknown
> {
  /** Tells this codec apart from io-ts's own. */
  readonly _tag = "StrictObjectType" as const;
  constructor(
    name: string,
    is: (u: unknown) => u is StrictObjectOf<P, O>,
    validate: t.Validate<unknown, StrictObjectOf<P, O>>,
    /** Required members. */
    readonly props: P,
    /** Optional members. */
    readonly optionalProps: O,
  ) {
    super(name, is, validate, t.identity);
  }
}
