/**
 * Every failure the soak (`npm run fuzz`) has found, replayed on every `npm test`: the soak writes each one to
 * `found/<property>-<seed>.json` (the property, the batch's seed and the shrunk counterexample's path); this
 * test runs that property again from that seed and path (fast-check replays the same counterexample), so a
 * failure found once is checked for good. A file whose failure is known and not yet fixed says so in `known`
 * (and the test then expects it to fail, so that it is noticed when it is fixed).
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
  /** Set by hand when the failure is reported and not yet fixed: who is to fix it, and where. */
  readonly known?: string;
}

const folder = new URL("./found/", import.meta.url);
const found: [string, Found][] = existsSync(folder)
  ? readdirSync(folder)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(new URL(f, folder), "utf8")) as Found])
  : [];

describe("failures found by the soak, replayed", () => {
  it("the folder of findings is readable, and each names a property of the soak", () => {
    for (const [file, f] of found) expect(soakProperties[f.property], file).toBeDefined();
  });

  for (const [file, f] of found) {
    const replay = () => {
      const property = soakProperties[f.property];
      if (property === undefined) throw new Error(`${file}: no property ${f.property}`);
      fc.assert(fc.property(property.arbitrary, property.predicate), {
        seed: f.seed,
        numRuns: f.runs,
        ...(f.path === undefined ? {} : { path: f.path }),
      });
    };
    if (f.known === undefined) it(`${file} (${f.error.slice(0, 80)})`, replay);
    else it.fails(`KNOWN BUG (${f.known}): ${file}`, replay);
  }
});
