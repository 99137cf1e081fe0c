/**
 * `arbReportInput`: what a validator meets in the wild — valid reports, near misses (one to three small
 * changes to a valid report: a key dropped or added, a value of the wrong kind, a table of the other edition,
 * an object that is not plain) and plain junk. For fuzzing and for agreement tests between validators.
 *
 * @module
 */
import { type Edition, editionKeys } from "../../format/editions.js";
import type { Arbitrary, FastCheck } from "./fast-check.js";
import { arbReportWith } from "./report.js";

/**
 * Options of {@link arbReportInput}.
 *
 * @example
 * ```ts
 * const options: ArbReportInputOptions = { json: true };
 * ```
 */
export interface ArbReportInputOptions {
  /**
   * Only values JSON can carry (no `undefined`, `NaN`, `Infinity`, `-0`, class instances, functions): for
   * validators of JSON documents such as a JSON Schema validator. Default false.
   */
  readonly json?: boolean;
  /** The edition of the valid reports the near misses start from; both when omitted. */
  readonly edition?: Edition;
}

/** Values close to valid ones, that JSON can carry. */
const jsonNearMisses: readonly unknown[] = [
  -1,
  0,
  1,
  1.5,
  -1.5,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e21,
  "1",
  "",
  " ",
  "\u3000",
  true,
  false,
  null,
  {},
  [],
  ["x"],
  [1],
  "2023-02-29",
  "2024-02-29",
  "2023-13-01",
  "0000-02-29",
  "2023-1-5",
  "2023-01-05T00:00:00Z",
  1899,
  1900,
  9999,
  10000,
  2023.5,
  "元",
  "万元",
  "美元",
  "2020",
  2021,
];

/** Another registered edition than `edition` (the `at`-th of the others). */
function otherEdition(edition: unknown, at: number): unknown {
  const others = editionKeys.filter((e) => e !== edition);
  return others[at % Math.max(1, others.length)] ?? edition;
}

class Row {}

/** Values only JavaScript can hold. */
const jsNearMisses: readonly unknown[] = [
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  undefined,
  new Date(0),
  new Map(),
  new Row(),
  () => 1,
  Symbol.for("zfxxgk"),
  10n,
];

const extraKeys = ["extra", "__proto__", "constructor", "toString", "总计", "Total", "", "0"] as const;

/** One change to make. */
interface Mutation {
  readonly kind: number;
  readonly at: number;
  readonly key: string;
  readonly value: unknown;
}

type Container = Record<string, unknown> | unknown[];

/** Every place in a value: its container and key, depth first. */
function places(root: unknown): [Container, string][] {
  const out: [Container, string][] = [];
  const visit = (x: unknown) => {
    if (typeof x !== "object" || x === null) return;
    for (const key of Object.keys(x)) {
      out.push([x as Container, key]);
      visit((x as Record<string, unknown>)[key]);
    }
  };
  visit(root);
  return out;
}

const objectsIn = (root: unknown): Record<string, unknown>[] => {
  const out: Record<string, unknown>[] = [];
  if (typeof root === "object" && root !== null && !Array.isArray(root)) out.push(root as Record<string, unknown>);
  for (const [c, k] of places(root)) {
    const v = (c as Record<string, unknown>)[k];
    if (typeof v === "object" && v !== null && !Array.isArray(v)) out.push(v as Record<string, unknown>);
  }
  return out;
};

function define(target: Container, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A fresh deep copy of a drawn value (same prototypes; functions and symbols as they are). Mutations insert
 * copies, never the drawn value itself: the near-miss constants (`{}`, `[]`, `new Map()`, …) are shared by
 * every draw, and fast-check reuses drawn values while shrinking, so changing one in place would leak into
 * later draws (a BigInt reaching a JSON draw, an object inside itself) and make a draw depend on earlier ones
 * rather than on its seed alone.
 */
function copyOf(x: unknown): unknown {
  if (typeof x !== "object" || x === null) return x;
  if (x instanceof Date) return new Date(x.getTime());
  if (x instanceof Map) return new Map([...x].map(([k, v]) => [copyOf(k), copyOf(v)]));
  if (x instanceof Set) return new Set([...x].map(copyOf));
  const out: Container = Array.isArray(x) ? new Array<unknown>(x.length) : Object.create(Object.getPrototypeOf(x));
  for (const key of Object.keys(x)) define(out, key, copyOf((x as Record<string, unknown>)[key]));
  return out;
}

/** A copy that is not a plain object (its prototype is neither Object.prototype nor null). */
function notPlain(x: Record<string, unknown>, how: number): object {
  return how % 2 === 0 ? Object.assign(new Row(), x) : Object.assign(Object.create({ inherited: true }) as object, x);
}

function apply(root: Record<string, unknown>, m: Mutation, donor: Record<string, unknown>, json: boolean): void {
  const all = places(root);
  const place = all[m.at % Math.max(1, all.length)];
  const kinds = json ? 5 : 7;
  switch (m.kind % kinds) {
    case 0: // drop a key (from an array: an element, or, beyond JSON, leave a hole)
      if (place === undefined) return;
      if (Array.isArray(place[0]) && json) place[0].splice(Number(place[1]), 1);
      else delete (place[0] as Record<string, unknown>)[place[1]];
      return;
    case 1: {
      // add a key
      const objects = objectsIn(root);
      const target = objects[m.at % objects.length];
      if (target !== undefined) define(target, m.key, copyOf(m.value));
      return;
    }
    case 2: // a near-miss or junk value in place of another
      if (place !== undefined) define(place[0], place[1], copyOf(m.value));
      return;
    case 3: {
      // a table from another report (of either edition)
      const key = ["proactive", "applications", "reviewLitigation"][m.at % 3] as string;
      root[key] = donor[key];
      return;
    }
    case 4: // the other edition
      root.edition = otherEdition(root.edition, m.at);
      return;
    case 5: {
      // an object that is not plain
      const objects = objectsIn(root).slice(1);
      const target = objects[m.at % Math.max(1, objects.length)];
      const holder = all.find(([c, k]) => (c as Record<string, unknown>)[k] === target);
      if (target !== undefined && holder !== undefined) define(holder[0], holder[1], notPlain(target, m.at));
      return;
    }
    default: // an optional key present as undefined
      define(root, ["title", "preamble", "sections"][m.at % 3] as string, undefined);
  }
}

/**
 * Inputs for fuzzing, in the `(fc) => Arbitrary` form: valid reports, near misses and junk.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { validateReport } from "zfxxgk";
 * import { arbReportInputWith } from "zfxxgk/testing";
 * fc.assert(fc.property(arbReportInputWith({ json: true })(fc), (input) => typeof validateReport(input).ok === "boolean"));
 * ```
 */
export function arbReportInputWith(options: ArbReportInputOptions = {}): (fc: FastCheck) => Arbitrary<unknown> {
  const json = options.json === true;
  return (fc) => {
    const valid = options.edition === undefined ? arbReportWith()(fc) : arbReportWith({ edition: options.edition })(fc);
    const junk = json
      ? fc.jsonValue()
      : fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: true });
    const value = fc.oneof(
      {
        arbitrary: fc.constantFrom(
          ...(json ? [...jsonNearMisses, ...editionKeys] : [...jsonNearMisses, ...editionKeys, ...jsNearMisses]),
        ),
        weight: 3,
      },
      { arbitrary: junk, weight: 1 },
    );
    const mutation = fc.record({ kind: fc.nat(), at: fc.nat(), key: fc.constantFrom(...extraKeys), value });
    const nearMiss = fc
      .record({
        report: valid,
        donor: arbReportWith()(fc),
        mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
      })
      .map(({ report, donor, mutations }) => {
        const root = structuredClone(report) as unknown as Record<string, unknown>;
        const other = structuredClone(donor) as unknown as Record<string, unknown>;
        for (const m of mutations) apply(root, m, other, json);
        return root as unknown;
      });
    const all = fc.oneof(
      { arbitrary: valid as Arbitrary<unknown>, weight: 2 },
      { arbitrary: nearMiss, weight: 6 },
      { arbitrary: junk, weight: 1 },
    );
    // exactly what JSON text carries (-0 becomes 0, as it would once written and read)
    return json ? all.map((x) => JSON.parse(JSON.stringify(x)) as unknown) : all;
  };
}
