/**
 * Deep copies of plain data (objects, arrays, primitives), so that outputs never share objects with inputs.
 *
 * @module
 */

/**
 * A deep copy of plain JSON-like data. Own enumerable keys only; a `__proto__` key is copied as data.
 *
 * @example
 * ```ts
 * const copy = clonePlain({ a: [1, { b: null }] });
 * ```
 */
export function clonePlain<T>(x: T): T {
  if (typeof x !== "object" || x === null) return x;
  if (Array.isArray(x)) return x.map(clonePlain) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(x)) {
    const value = clonePlain((x as Record<string, unknown>)[key]);
    if (key === "__proto__")
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out as T;
}

/**
 * Sets the value at `segments` in a tree of plain objects, creating objects on the way.
 *
 * @example
 * ```ts
 * const o = {};
 * setPath(o, ["a", "b"], 1); // o is { a: { b: 1 } }
 * ```
 */
export function setPath(root: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node = root;
  const last = segments.length - 1;
  for (let i = 0; i < last; i++) {
    const key = segments[i] as string;
    let next = node[key];
    if (typeof next !== "object" || next === null) {
      next = {};
      node[key] = next;
    }
    node = next as Record<string, unknown>;
  }
  node[segments[last] as string] = value;
}
