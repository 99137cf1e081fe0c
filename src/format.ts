/**
 * `zfxxgk/format` — the official format as data, and the pieces it is built from: the edition descriptors
 * (`edition2021`, `edition2019`, `editions`), their tables (`applications2021`, `proactive2019`,
 * `reviewLitigationTable`, …) and shared blocks (`applicantRow`, `reviewGroup`, …), the descriptor types, the
 * edition registry (`registerEdition` adds an edition at run time), the walks over a table (`cellsOf`, `cellAt`,
 * `recordsOf`, `printedLabel`) and the format's date rule (`isIsoDate`, `daysInMonth`). For code that reads or
 * extends the format itself — a generator, a new edition, a table editor. Everyday use (validate, check, render)
 * needs only the root entry, `zfxxgk`, which re-exports the edition keys, the enums and `cellsOf` from here. It
 * imports no package.
 *
 * @example
 * ```ts
 * import { cellAt, editions } from "zfxxgk/format";
 * const cell = cellAt("2021", "applications.received.naturalPerson");
 * console.log(cell?.label, editions["2021"].tables.applications.title);
 * ```
 *
 * @module zfxxgk/format
 */
export * from "./format/applicants.js";
export * from "./format/applications.js";
export type * from "./format/descriptor.js";
export * from "./format/editions.js";
export * from "./format/enums.js";
export * from "./format/proactive.js";
export * from "./format/review-litigation.js";
export * from "./format/walk.js";
export { daysInMonth, isIsoDate } from "./validate/date.js";
