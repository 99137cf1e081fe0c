/**
 * Object identity and prototypes: which objects two values share, deep freezing, and a snapshot of the
 * built-in prototypes to prove nothing was added to them.
 */

/** Every object reachable from `x` through own enumerable properties (cycles allowed). */
export function objectsOf(x: unknown, out: Set<object> = new Set()): Set<object> {
  if (typeof x !== "object" || x === null || out.has(x)) return out;
  out.add(x);
  for (const key of Reflect.ownKeys(x)) {
    const d = Object.getOwnPropertyDescriptor(x, key);
    if (d !== undefined && "value" in d) objectsOf(d.value, out);
  }
  return out;
}

/** The objects reachable from both `a` and `b`. */
export function sharedObjects(a: unknown, b: unknown): object[] {
  const inA = objectsOf(a);
  return [...objectsOf(b)].filter((o) => inA.has(o));
}

/** The shared objects that a caller could change (not frozen). */
export function sharedMutable(a: unknown, b: unknown): object[] {
  return sharedObjects(a, b).filter((o) => !Object.isFrozen(o));
}

/** Freezes a value and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  for (const o of objectsOf(value)) Object.freeze(o);
  return value;
}

/** True when every object reachable from `value` is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  return [...objectsOf(value)].every((o) => Object.isFrozen(o));
}

const prototypes = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
  Number: Number.prototype,
  Boolean: Boolean.prototype,
} as const;

/** The own property names (and the property descriptors' identity) of the built-in prototypes. */
export function prototypeSnapshot(): string[] {
  const out: string[] = [];
  for (const [name, proto] of Object.entries(prototypes))
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      out.push(
        `${name}.${String(key)}:${typeof d?.value}:${d?.get === undefined ? "" : "get"}:${d?.set === undefined ? "" : "set"}`,
      );
    }
  return out.sort();
}

/** A marker key that a polluting payload would make appear on every object. */
export const pollutionMarker = "zfxxgkPolluted";

/** Whether the marker shows through a fresh object (a polluted prototype). */
export function isPolluted(): boolean {
  const probe: Record<string, unknown> = {};
  const list: unknown[] = [];
  return (
    probe[pollutionMarker] !== undefined ||
    (list as unknown as Record<string, unknown>)[pollutionMarker] !== undefined ||
    Object.hasOwn(Object.prototype, pollutionMarker)
  );
}
