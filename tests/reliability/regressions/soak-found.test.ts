/**
 * Every failure the soak (`npm run fuzz`) has found, replayed on every `npm test`. The soak writes each one to
 * `found/<property>-<seed>.json`: the property, the batch's seed, the shrunk counterexample and its path. This test
 * runs the property's predicate on the stored counterexample (or, when it could not be stored as JSON, the property
 * again from that seed and path), so a failure found once is checked for good. A file whose failure is reported and
 * not yet fixed says so in `known` (the test then expects it to fail, so that it is noticed when it is fixed).
 * A failure while drawing inputs (`generation`) is a defect of an arbitrary, replayed by the regression test its
 * `known` names.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { soakProperties } from "../support/properties.js";

interface Found {
  readonly property: string;
  readonly seed: number;
  readonly path?: string;
  readonly runs: number;
  readonly error: string;
  readonly counterexample?: unknown;
  readonly generation?: boolean;
  /** Set by hand when the failure is reported and not yet fixed: which bug, and its regression test. */
  readonly known?: string;
}

const folder = new URL("./found/", import.meta.url);
const found: [string, Found][] = existsSync(folder)
  ? readdirSync(folder)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(new URL(f, folder), "utf8")) as Found])
  : [];

function replay(file: string, f: Found): void {
  const property = soakProperties[f.property];
  if (property === undefined) throw new Error(`${file}: no property ${f.property}`);
  if (Array.isArray(f.counterexample) && f.counterexample.length === 1) {
    // JSON has no undefined: a null stored inside a tuple stands for an option left out
    const [input] = f.counterexample as [unknown];
    property.predicate(Array.isArray(input) ? input.map((x) => (x === null ? undefined : x)) : input);
    return;
  }
  fc.assert(fc.property(property.arbitrary, property.predicate), {
    seed: f.seed,
    numRuns: f.runs,
    ...(f.path === undefined ? {} : { path: f.path }),
  });
}

describe("failures found by the soak, replayed", () => {
  it("the folder of findings is readable, each names a property of the soak, a known failure names its bug", () => {
    for (const [file, f] of found) {
      expect(soakProperties[f.property], file).toBeDefined();
      if (f.generation === true)
        expect(f.known, `${file}: a failure while drawing needs its regression test`).toBeDefined();
    }
  });

  for (const [file, f] of found) {
    if (f.generation === true) continue;
    if (f.known === undefined) it(`${file} (${f.error.slice(0, 80)})`, () => replay(file, f));
    else it.fails(`KNOWN BUG (${f.known}): ${file}`, () => replay(file, f));
  }
});
