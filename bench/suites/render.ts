/**
 * `renderReport` in each format, on the seed report and on the consistent corpus.
 *
 * @module
 */
import { type Corpus, parsedAll } from "../corpus.js";
import type { Library } from "../lib.js";
import { type Case, timeCases } from "../measure.js";
import type { InputTimings } from "./validate.js";

/** The formats, in the order of the report. */
export const formats = ["text", "markdown", "html"] as const;

/**
 * Times `renderReport` in every format on one input set.
 *
 * @example
 * ```ts
 * renderSuite(lib, seedInput());
 * ```
 */
export function renderSuite(lib: Library, input: Corpus): InputTimings {
  const { renderReport } = lib.core;
  const reports = parsedAll(input.texts);
  const cases: Case[] = formats.map((format) => ({
    name: `renderReport ${format}`,
    items: reports.length,
    run: () => {
      let s = 0;
      for (let i = 0; i < reports.length; i++) s += renderReport(reports[i] as never, { format }).length;
      return s;
    },
  }));
  cases.push({
    name: "renderReport html, standalone page",
    items: reports.length,
    run: () => {
      let s = 0;
      for (let i = 0; i < reports.length; i++) {
        s += renderReport(reports[i] as never, { format: "html", standalone: true }).length;
      }
      return s;
    },
  });
  return { input: input.name, description: input.description, timings: timeCases(cases) };
}
