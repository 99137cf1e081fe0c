/**
 * The edition registry: the one list of the official editions. Everything indexed by edition (types, validators,
 * schemas, arbitraries, renderers, the parser's targets, the command line's `--edition`) is derived from it, and
 * {@link registerEdition} adds an edition at run time with no change to the library.
 *
 * @module
 */
import type { EditionDescriptor } from "./descriptor.js";
import { edition2019 } from "./editions/2019.js";
import { edition2021 } from "./editions/2021.js";

export { edition2019 } from "./editions/2019.js";
export { edition2021 } from "./editions/2021.js";

/** The built-in editions, newest first: the only list of them. */
const builtInEditions = [edition2021, edition2019] as const;

/**
 * The built-in edition keys as a tuple type, newest first (`["2021", "2019"]`): for types that need one member
 * per edition (a union schema's options).
 *
 * @example
 * ```ts
 * type First = BuiltInEditionKeys[0]; // "2021"
 * ```
 */
export type BuiltInEditionKeys = KeysOf<typeof builtInEditions>;

/** The `edition` keys of a tuple of descriptors, as a tuple. */
type KeysOf<T extends readonly { readonly edition: string }[]> = { readonly [I in keyof T]: T[I]["edition"] };

/**
 * A built-in edition's key.
 *
 * @example
 * ```ts
 * const e: BuiltInEdition = "2019";
 * ```
 */
export type BuiltInEdition = (typeof builtInEditions)[number]["edition"];

/** The built-in editions by key. */
type BuiltInEditions = { readonly [D in (typeof builtInEditions)[number] as D["edition"]]: D };

/**
 * The editions by key, as types. An interface, so that a program compiled with the library's sources can add an
 * edition it registers at run time (a descriptor declared `as const`) by module augmentation of this module, and
 * {@link Edition}, `buildReport` and `Report` (through `AddedReport`) include it — tried: the library's sources
 * type-check with an edition added so. Users of the published package cast instead (docs/editions.md).
 *
 * @example
 * ```ts
 * declare module "./src/format/editions.js" {
 *   interface Editions {
 *     readonly "2027": typeof edition2027;
 *   }
 * }
 * ```
 */
export interface Editions extends BuiltInEditions {}

/**
 * An edition key: `"2021"` or `"2019"` (and any edition added to {@link Editions}).
 *
 * @example
 * ```ts
 * const e: Edition = "2021";
 * ```
 */
export type Edition = keyof Editions & string;

/** The registered editions by key (the built-in ones, then those registered). */
const registry: Record<string, EditionDescriptor> = {};
/** Their keys, newest first (by the first report year each applies to). */
const keys: Edition[] = [];
for (const d of builtInEditions) {
  registry[d.edition] = d;
  keys.push(d.edition);
}

/**
 * Every registered edition by its `edition` key. Live: an edition registered with {@link registerEdition}
 * appears here.
 *
 * @example
 * ```ts
 * import { editions } from "zfxxgk/format";
 * Object.keys(editions); // ["2021", "2019"]
 * ```
 */
export const editions: { readonly [E in Edition]: Editions[E] } = registry as unknown as Editions;

/**
 * The registered edition keys, newest first (by the first report year each applies to). Live: an edition
 * registered with {@link registerEdition} appears here.
 *
 * @example
 * ```ts
 * import { editionKeys } from "zfxxgk";
 * editionKeys; // ["2021", "2019"]
 * ```
 */
export const editionKeys: readonly Edition[] = keys;

/**
 * The outcome of {@link registerEdition}: registered, or why not (zh/en).
 *
 * @example
 * ```ts
 * const r: RegisterResult = { ok: true, edition: "2027" };
 * ```
 */
export type RegisterResult =
  | { readonly ok: true; readonly edition: string }
  | { readonly ok: false; readonly reason: { readonly zh: string; readonly en: string } };

let version = 0;

/**
 * A number that changes each time an edition is registered: caches of views over all editions compare it.
 *
 * @example
 * ```ts
 * const seen = registryVersion();
 * ```
 */
export function registryVersion(): number {
  return version;
}

/**
 * Registers an edition at run time: from then on it is validated, checked, rendered, parsed, exported, given
 * schemas and arbitraries like the built-in ones. Register it before building anything over all editions (the
 * constants of `zfxxgk/zod`, `zfxxgk/io-ts` and the JSON Schema are built when their module is first imported;
 * build another set with their `create…` functions). A key already registered, or a descriptor whose tables
 * are not `proactive`, `applications` and `reviewLitigation`, is refused, never replaced.
 *
 * @example
 * ```ts
 * import { registerEdition } from "zfxxgk/format";
 * const result = registerEdition(edition2027);
 * if (!result.ok) console.error(result.reason.zh);
 * ```
 */
export function registerEdition(descriptor: EditionDescriptor): RegisterResult {
  const key = descriptor.edition;
  if (typeof key !== "string" || !/^\S+$/.test(key))
    return {
      ok: false,
      reason: {
        zh: `格式版本的键应为无空白的文字，实为 ${String(key)}`,
        en: `an edition key is a word, got ${String(key)}`,
      },
    };
  if (Object.hasOwn(registry, key))
    return {
      ok: false,
      reason: { zh: `格式版本 ${key} 已登记，不予替换`, en: `the edition ${key} is registered already; not replaced` },
    };
  const tables = Object.keys(descriptor.tables ?? {});
  const wrong = tableKeys.filter((t) => descriptor.tables?.[t]?.key !== t);
  if (wrong.length > 0 || tables.length !== tableKeys.length)
    return {
      ok: false,
      reason: {
        zh: `格式版本 ${key} 的表应为 ${tableKeys.join("、")}（各表 key 与之相同），实为 ${tables.join("、")}`,
        en: `the tables of edition ${key} must be ${tableKeys.join(", ")} (each with that key), got ${tables.join(", ")}`,
      },
    };
  registry[key] = descriptor;
  const at = keys.findIndex((k) => (registry[k] as EditionDescriptor).years.from < descriptor.years.from);
  keys.splice(at < 0 ? keys.length : at, 0, key as Edition);
  version++;
  return { ok: true, edition: key };
}

/**
 * The descriptor of a registered edition, or `undefined` for a value that names none (safe on any input).
 *
 * @example
 * ```ts
 * import { editionOf } from "zfxxgk/format";
 * editionOf("2019")?.notice; // "国办公开办函〔2019〕60号"
 * ```
 */
export function editionOf(key: unknown): EditionDescriptor | undefined {
  return typeof key === "string" && Object.hasOwn(registry, key) ? registry[key] : undefined;
}

/**
 * True when `key` names a registered edition.
 *
 * @example
 * ```ts
 * import { isEdition } from "zfxxgk";
 * isEdition("2021"); // true
 * ```
 */
export function isEdition(key: unknown): key is Edition {
  return editionOf(key) !== undefined;
}

/**
 * The report years an edition applies to, as the registry says: from its first year to its own last year, or,
 * where it names none, to the year before the next edition's first (`null`: still in force).
 *
 * @example
 * ```ts
 * import { editionYears } from "zfxxgk";
 * editionYears("2019"); // { from: 2019, to: 2020 }
 * ```
 */
export function editionYears(edition: Edition): { readonly from: number; readonly to: number | null } {
  const { from, to } = (registry[edition] as EditionDescriptor).years;
  if (to !== null) return { from, to };
  let next: number | null = null;
  for (const k of keys) {
    const f = (registry[k] as EditionDescriptor).years.from;
    if (f > from && (next === null || f < next)) next = f;
  }
  return { from, to: next === null ? null : next - 1 };
}

/**
 * The edition whose years contain `year` (the newest such), or `undefined`.
 *
 * @example
 * ```ts
 * import { editionForYear } from "zfxxgk";
 * editionForYear(2020); // "2019"
 * ```
 */
export function editionForYear(year: number): Edition | undefined {
  return keys.find((k) => {
    const { from, to } = editionYears(k);
    return year >= from && (to === null || year <= to);
  });
}

/**
 * The newest registered edition: what a report is read in when nothing says otherwise.
 *
 * @example
 * ```ts
 * import { newestEdition } from "zfxxgk/format";
 * newestEdition(); // "2021"
 * ```
 */
export function newestEdition(): Edition {
  return keys[0] as Edition;
}

/**
 * The table keys of a report, in printed order.
 *
 * @example
 * ```ts
 * import { tableKeys } from "zfxxgk";
 * tableKeys; // ["proactive", "applications", "reviewLitigation"]
 * ```
 */
export const tableKeys = ["proactive", "applications", "reviewLitigation"] as const;

/**
 * A table key.
 *
 * @example
 * ```ts
 * const t: TableKey = "applications";
 * ```
 */
export type TableKey = (typeof tableKeys)[number];
