/**
 * The public shapes of `zfxxgk/parse`: options, result, diagnostics, edition detection.
 *
 * @module
 */
import type { Edition } from "../format/editions.js";
import type { Report } from "../model/report.generated.js";
import type { Message } from "../validate/issues.js";

/**
 * What the input is, or was read as: text extracted from a PDF (either `pdftotext` style), Markdown, HTML,
 * a PDF file's text layer (`zfxxgk/pdf`) or a Word document (`zfxxgk/docx`). As an option of `parseReport`
 * (which takes a string), `pdf` and `docx` read the string as text.
 *
 * @example
 * ```ts
 * const format: InputFormat = "html";
 * ```
 */
export type InputFormat = "text" | "markdown" | "html" | "pdf" | "docx";

/**
 * How serious a diagnostic is. `info`: the parser did something worth knowing (a blank cell read as
 * `null`, rows found after a page break); `warning`: something is off but no figure was lost or invented;
 * `error`: a figure could not be read and is `null`, or a part of the report is missing.
 *
 * @example
 * ```ts
 * const level: DiagnosticLevel = "warning";
 * ```
 */
export type DiagnosticLevel = "info" | "warning" | "error";

/**
 * Stable codes of the parser's diagnostics.
 *
 * | code | level | meaning |
 * |---|---|---|
 * | `input.format` | info | how the input was read (text, Markdown, HTML) |
 * | `input.empty` | error | nothing that looks like a report |
 * | `input.encoding` | info / error | the character encoding the bytes were decoded from (error: undecodable bytes) |
 * | `input.no-text-layer` | error / warning | a PDF without a text layer (a scan): nothing can be read without OCR (warning: some pages are scans) |
 * | `input.unsupported` | error | a file kind that is not read (legacy .doc, a zip without a Word document, an image) |
 * | `input.damaged` | error | a PDF or Word file that could not be opened (damaged, encrypted) |
 * | `input.multiple-reports` | warning | the input holds more than one report; only the first is parsed |
 * | `input.page-numbers` | info | page numbers between lines were dropped |
 * | `edition.detected` | info | which edition, and why |
 * | `edition.conflict` | warning | evidence for both editions (tables vs notice vs year) |
 * | `edition.assumed` | warning | no evidence: the edition was assumed |
 * | `edition.ambiguous` | warning | the tables fit several editions equally well: the candidates, the labels that told them from the others, and what decided |
 * | `meta.title-missing` | info | no title found |
 * | `meta.organ-missing` | error | the issuing organ could not be found |
 * | `meta.organ-mismatch` | info | the title and the signature name different organs |
 * | `meta.year-missing` | error | the report year could not be found |
 * | `meta.year-inferred` | warning | the year was inferred (from the statistics period or the publication date) |
 * | `meta.year-invalid` | warning | a year read or inferred outside the model's 1900–9999 (`0023年`); not used |
 * | `meta.date-missing` | info | no publication date under the signature |
 * | `section.missing` | warning | a prose section (一、五、六) was not found |
 * | `table.missing` | error | a table was not found; its cells are `null` |
 * | `table.truncated` | error | the input ends inside a table; the rows after the cut are `null` |
 * | `table.relocated` | info | rows of a table were found displaced after a page break and put back |
 * | `table.heading-missing` | warning | a table was found without its section heading |
 * | `row.missing` | error | a row was not found; its cells are `null` |
 * | `row.value-count` | error | a row has more or fewer values than columns; its cells are `null` |
 * | `row.duplicate` | warning / error | a row printed twice: the same figures, the second ignored; different figures, the row `null` (error) |
 * | `row.out-of-order` | info | a row printed out of its place, read by its label |
 * | `row.alias` | info | a row label printed in a known variant (结转下一年度…) |
 * | `row.collapsed` | info / warning | a group of rows printed as one row (2021 （六）其他处理 as one line) |
 * | `row.summed` | info | sub-rows of the other edition summed into one row (2019 （六）其他处理) |
 * | `values.unattributed` | warning | figures that belong to no row |
 * | `values.by-position` | info | a short row read by the columns its figures stand in (`pdftotext -layout`) |
 * | `cell.blank` | info | a blank, «/», «—» or «-» cell, read as `null` |
 * | `cell.unreadable` | error | a cell that is not a number; `null` |
 * | `cell.invalid` | error | a number not allowed in its column (negative count, fraction); `null` |
 * | `cell.unit` | error | a number with a unit other than its column's; `null` |
 * | `diagnostics.too-many` | any | more than 1,000 diagnostics: the rest are counted in this one, as serious as the most serious of them |
 * | `internal` | error | a defect of the parser (please report it); the report is `null` |
 *
 * @example
 * ```ts
 * const code: DiagnosticCode = "row.value-count";
 * ```
 */
export type DiagnosticCode =
  | "input.format"
  | "input.empty"
  | "input.encoding"
  | "input.no-text-layer"
  | "input.unsupported"
  | "input.damaged"
  | "input.multiple-reports"
  | "input.page-numbers"
  | "edition.detected"
  | "edition.conflict"
  | "edition.assumed"
  | "edition.ambiguous"
  | "meta.title-missing"
  | "meta.organ-missing"
  | "meta.organ-mismatch"
  | "meta.year-missing"
  | "meta.year-inferred"
  | "meta.year-invalid"
  | "meta.date-missing"
  | "section.missing"
  | "table.missing"
  | "table.truncated"
  | "table.relocated"
  | "table.heading-missing"
  | "row.missing"
  | "row.value-count"
  | "row.duplicate"
  | "row.out-of-order"
  | "row.alias"
  | "row.collapsed"
  | "row.summed"
  | "row.ambiguous"
  | "values.unattributed"
  | "values.by-position"
  | "values.by-order"
  | "cell.blank"
  | "cell.unreadable"
  | "cell.invalid"
  | "cell.unit"
  | "diagnostics.too-many"
  | "internal";

/**
 * One thing the parser has to say about the input.
 *
 * @example
 * ```ts
 * const d: Diagnostic = {
 *   level: "error",
 *   code: "row.value-count",
 *   message: { zh: "「表三（三）不予公开 1.属于国家秘密」应有 7 个数，实有 6 个：0 0 0 0 0 0", en: "…" },
 *   line: 205,
 *   table: "表三",
 *   row: "表三（三）不予公开 1.属于国家秘密",
 *   cells: ["applications.results.notDisclosed.stateSecret.naturalPerson"],
 * };
 * ```
 */
export interface Diagnostic {
  readonly level: DiagnosticLevel;
  readonly code: DiagnosticCode;
  readonly message: Message;
  /** 1-based line of the input where it was found (HTML: the line of the element). */
  readonly line?: number;
  /** The table concerned: 表二, 表三, 表四. */
  readonly table?: string;
  /** The row concerned, by its official name (`表三（三）不予公开 1.属于国家秘密`). */
  readonly row?: string;
  /** The column concerned, by its official label (`自然人`). */
  readonly column?: string;
  /** Dotted paths of the cells concerned (`applications.results.granted.total`). */
  readonly cells?: readonly string[];
}

/**
 * Options of {@link parseReport}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { format: "text", organ: "某县人民政府办公室" };
 * ```
 */
export interface ParseOptions {
  /** Read the input as this format instead of detecting it. */
  readonly format?: InputFormat;
  /** Read the tables in this edition instead of detecting it. */
  readonly edition?: Edition;
  /** The issuing organ, used when the document names none (its title and signature are read first). */
  readonly organ?: string;
  /** The report year, used when the document states none. */
  readonly year?: number;
}

/**
 * One piece of evidence for an edition.
 * - `labels`: table labels that only one edition prints (本年制发件数 → 2021; 本年新制作数量 → 2019);
 * - `notice`: the notice cited (国办公开办函〔2021〕30号);
 * - `format-title`: the title of the format cited (…年度报告格式（试行）→ 2019);
 * - `year`: the report year (2019, 2020 → 2019; from 2021 → 2021);
 * - `option`: the caller said so.
 *
 * @example
 * ```ts
 * const e: EditionEvidence = { kind: "labels", edition: "2021", found: ["本年制发件数", "本年废止件数"] };
 * ```
 */
export interface EditionEvidence {
  readonly kind: "labels" | "notice" | "format-title" | "year" | "option";
  readonly edition: Edition;
  /** What was found: the labels, the notice number, the title, or the year. */
  readonly found: readonly string[];
  /**
   * For `labels`, where more than two editions are registered: the editions these labels tell `edition` apart
   * from (each of them lacks every label found). Absent: every other edition.
   */
  readonly against?: readonly Edition[];
}

/**
 * The edition the tables were read in, and why.
 *
 * @example
 * ```ts
 * import { parseReport } from "zfxxgk/parse";
 * const { edition } = parseReport(text);
 * console.log(edition.edition, edition.basis, edition.message.zh);
 * ```
 */
export interface EditionDetection {
  readonly edition: Edition;
  /** The evidence the decision rests on (`default`: there was none). */
  readonly basis: EditionEvidence["kind"] | "default";
  /** Every piece of evidence found, for either edition. */
  readonly evidence: readonly EditionEvidence[];
  /** The reason, in words. */
  readonly message: Message;
}

/**
 * Where a field of the envelope was read:
 * - `title`: the title (`淮安市人民政府2024年政府信息公开工作年度报告`);
 * - `above-title`: a line of its own above a title that begins with the year (the organ of many PDFs);
 * - `signature`: the signature block at the end (organ, date);
 * - `page`: a web page's fields (发布机构/来源, 发布时间/发布日期);
 * - `written-date`: a web page's 成文日期;
 * - `preamble`: 「本报告由…编制」 (often the organ's office);
 * - `period`: the statistics period (`自2024年1月1日至12月31日`);
 * - `publication-date`: the year before an early-year publication date;
 * - `option`: the caller gave it (`ParseOptions`, the command line's `--organ`, `--year`).
 *
 * @example
 * ```ts
 * const source: EnvelopeSource = "above-title";
 * ```
 */
export type EnvelopeSource =
  | "title"
  | "above-title"
  | "signature"
  | "page"
  | "written-date"
  | "preamble"
  | "period"
  | "publication-date"
  | "option";

/**
 * One field of the envelope with where it was read (`source`, `null` when it was not found) and the 1-based line.
 *
 * @example
 * ```ts
 * const organ: EnvelopeField<string> = { value: "淮安市人民政府", source: "above-title", line: 1 };
 * ```
 */
export interface EnvelopeField<T> {
  readonly value: T | null;
  readonly source: EnvelopeSource | null;
  readonly line?: number;
}

/**
 * The organ, year and publication date the parser settled on, each with where it was read.
 *
 * @example
 * ```ts
 * import { parseReport } from "zfxxgk/parse";
 * const { envelope } = parseReport(text);
 * if (envelope.organ.source === null) console.error("no organ printed: pass { organ }");
 * ```
 */
export interface EnvelopeSources {
  readonly organ: EnvelopeField<string>;
  readonly year: EnvelopeField<number>;
  readonly publishedOn: EnvelopeField<string>;
}

/**
 * What {@link parseReport} returns: the report (or `null` when the input holds none), the edition and
 * why, how the input was read, and the diagnostics. A cell that could not be read is `null` in the report
 * and named by an `error` diagnostic; the parser never fills in a figure it did not read.
 *
 * @example
 * ```ts
 * import { parseReport } from "zfxxgk/parse";
 * const { report, diagnostics } = parseReport(text);
 * const errors = diagnostics.filter((d) => d.level === "error");
 * ```
 */
export interface ParseResult {
  readonly report: Report | null;
  readonly edition: EditionDetection;
  readonly format: InputFormat;
  /** Where the organ, year and publication date were read (all `null` where the report is `null`). */
  readonly envelope: EnvelopeSources;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * The parts whose headings were found, by their keys in the edition's order (`overview`, `proactive`,
   * `applications`, `reviewLitigation`, `problems`, `other`), in the order printed; absent where no heading was
   * found. Give it to `checkReport` as `partsOrder` so that `S.part-order` judges the order (the model keeps no order).
   */
  readonly partsOrder?: readonly string[];
}
