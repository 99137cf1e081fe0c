/**
 * Predicates shared by the validator, its generated fast path and the adapters: what a plain object is, and
 * what an organ's name must hold.
 *
 * @module
 */

const objectProto = Object.prototype;
const getProto = Object.getPrototypeOf;
const functionText = Function.prototype.toString;
const nativeObject = /^function Object\(\) \{\s*\[native code\]\s*\}$/;

/**
 * True when `p` is the `Object.prototype` of some realm (this one, a `vm` context's, an iframe's): a
 * null-prototype object whose `constructor` is that realm's native `Object`, whose `prototype` is `p`. An ordinary
 * null-prototype object — one carrying a report's keys, say — is not one.
 *
 * @example
 * ```ts
 * isObjectPrototype(Object.prototype); // true
 * isObjectPrototype(Object.create(null)); // false
 * ```
 */
export function isObjectPrototype(p: object): boolean {
  if (p === objectProto) return true;
  if (getProto(p) !== null) return false;
  const c: unknown = (p as { constructor?: unknown }).constructor;
  return (
    typeof c === "function" && (c as { prototype?: unknown }).prototype === p && nativeObject.test(functionText.call(c))
  );
}

/**
 * A plain object: made by a literal or JSON.parse (any realm), or with a null prototype. Its values are its own
 * enumerable properties; nothing is read through another prototype.
 *
 * @example
 * ```ts
 * isPlainObject({}); // true
 * isPlainObject(new Date()); // false
 * isPlainObject(Object.create(Object.create(null))); // false
 * ```
 */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const proto = getProto(x);
  return proto === objectProto || proto === null || isObjectPrototype(proto);
}

/**
 * What an organ's name must hold: one character that is not white space, a control character (C0, C1: NUL, NEL)
 * or a zero-width one (U+200B–U+200D, U+2060, U+FEFF).
 *
 * @example
 * ```ts
 * organPattern.test("\u200b"); // false
 * ```
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the pattern excludes
export const organPattern = /[^\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/;

/**
 * True when `x` is an organ's name: a string with something visible in it (see {@link organPattern}).
 *
 * @example
 * ```ts
 * isOrganText("某市人民政府"); // true
 * isOrganText("\u0000"); // false
 * ```
 */
export function isOrganText(x: unknown): x is string {
  return typeof x === "string" && organPattern.test(x);
}
