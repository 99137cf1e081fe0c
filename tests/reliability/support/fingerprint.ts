/**
 * A fingerprint of any value — own keys, property descriptors, primitive values and object identities, deeply —
 * so that a test can prove a function left its input exactly as it was, even for inputs `structuredClone`
 * cannot copy (functions, symbols, class instances, getters).
 */
export function fingerprint(root: unknown): string {
  const ids = new Map<object, number>();
  const out: string[] = [];
  const visit = (x: unknown, depth: number): void => {
    if (typeof x === "object" ? x === null : typeof x !== "function") {
      out.push(typeof x === "number" && Object.is(x, -0) ? "-0" : `${typeof x}:${String(x)}`);
      return;
    }
    const o = x as object;
    const seen = ids.get(o);
    if (seen !== undefined) {
      out.push(`#${seen}`);
      return;
    }
    ids.set(o, ids.size);
    out.push(`{${ids.size - 1} ${Object.prototype.toString.call(o)} frozen=${Object.isFrozen(o)}`);
    if (depth > 200) {
      out.push("…}");
      return;
    }
    for (const key of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key) as PropertyDescriptor;
      out.push(`${String(key)}${d.enumerable ? "" : "(hidden)"}${d.writable === false ? "(ro)" : ""}=`);
      if ("value" in d) visit(d.value, depth + 1);
      else
        out.push(`get:${d.get === undefined ? "" : (ids.get(d.get) ?? "fn")} set:${d.set === undefined ? "" : "fn"}`);
    }
    if (o instanceof Map)
      for (const [k, v] of o) {
        visit(k, depth + 1);
        visit(v, depth + 1);
      }
    if (o instanceof Set) for (const v of o) visit(v, depth + 1);
    out.push("}");
  };
  visit(root, 0);
  return out.join(" ");
}
