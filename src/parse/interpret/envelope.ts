/**
 * The envelope of a report — organ, year, publication date — read from every place organs print them, each
 * with where it was read, in a fixed order of preference.
 *
 * @module
 */
import { organPattern } from "../../validate/guards.js";
import type { Diagnostics } from "../diagnostics.js";
import { labelKey } from "../document/chars.js";
import type { SourceLine } from "../document/lines.js";
import type { EnvelopeField, EnvelopeSources, ParseOptions } from "../types.js";
import { organAboveTitle, pageFieldsOf, preambleOrgan } from "./envelope-sources.js";
import {
  findSignature,
  isModelYear,
  joinLines,
  organAndYear,
  periodYear,
  type SignatureFound,
  type TitleFound,
} from "./metadata.js";

/**
 * What the interpreter knows when it reads the envelope.
 *
 * @example
 * ```ts
 * const input: EnvelopeInput = { lines, texts, title, firstHeading: 4, secondHeading: 9, signatureFrom: 40, end: 44, webPage: false, chrome: () => false, options: {}, diagnostics };
 * ```
 */
export interface EnvelopeInput {
  readonly lines: readonly SourceLine[];
  /** The plain text of each line up to `end`. */
  readonly texts: readonly string[];
  readonly title: TitleFound | null;
  /** Index of the first section heading (or `end`). */
  readonly firstHeading: number;
  /** Index of the second section heading (or `end`): the statistics period is looked for before it. */
  readonly secondHeading: number;
  /** Where the signature may begin (after the last heading). */
  readonly signatureFrom: number;
  readonly end: number;
  readonly webPage: boolean;
  readonly chrome: (text: string) => boolean;
  readonly options: ParseOptions;
  readonly diagnostics: Diagnostics;
}

/**
 * The envelope read: the three fields with their sources, the title as printed (with an organ line above it
 * joined in), the lines the title takes, and the signature block.
 *
 * @example
 * ```ts
 * const e = readEnvelope(input);
 * e.organ; // { value: "淮安市人民政府", source: "above-title", line: 1 }
 * ```
 */
export interface Envelope extends EnvelopeSources {
  readonly titleText: string | null;
  readonly titleLines: readonly number[];
  readonly signature: SignatureFound | null;
}

/**
 * The envelope of a document that holds no report: nothing found.
 *
 * @example
 * ```ts
 * noEnvelope.organ.source; // null
 * ```
 */
export const noEnvelope: EnvelopeSources = {
  organ: { value: null, source: null },
  year: { value: null, source: null },
  publishedOn: { value: null, source: null },
};

const none = { value: null, source: null } as const;

/**
 * Reads the envelope. Organ: the title's, else a line of its own above the title, else the signature's, else the
 * caller's, else a web page's 发布机构/来源, else the preamble's 「本报告由…编制」. Year: the title's, else the
 * statistics period's, else the caller's, else the year before an early-year publication date. Publication date:
 * the signature's, else a page's 成文日期, else its 发布时间/发布日期. A field found nowhere is one diagnostic.
 *
 * @example
 * ```ts
 * const { organ, year, publishedOn } = readEnvelope(input);
 * console.log(organ.value, organ.source, year.value, publishedOn.value);
 * ```
 */
export function readEnvelope(input: EnvelopeInput): Envelope {
  const { lines, title, diagnostics, options } = input;
  const lineNo = (i: number) => (lines[i] as SourceLine).no;
  const named = title === null ? { organ: null, year: null } : organAndYear(title.text);
  const firstTitleLine = title?.lines[0];
  const above =
    named.organ === null && named.year !== null && firstTitleLine !== undefined
      ? organAboveTitle(lines, firstTitleLine, 0)
      : null;
  const titleLines = [...(above?.lines ?? []), ...(title?.lines ?? [])];
  const titleText = title === null ? null : above === null ? title.text : joinLines([above.organ, title.text], true);
  const signature = findSignature(
    lines,
    input.signatureFrom,
    input.end,
    named.organ ?? above?.organ ?? null,
    input.chrome,
  );
  // a page's fields: around the title on a web page; in any document, lines before the first section that open
  // with a field's label (a saved page's header: 「发布时间: 2025-03-10 15:35」)
  const page = pageFieldsOf(lines, 0, input.firstHeading, !input.webPage);

  // the organ
  const titleLine = firstTitleLine === undefined ? undefined : lineNo(firstTitleLine);
  const signatureLine = signature === null ? undefined : lineNo(signature.from);
  let organ: EnvelopeField<string> = none;
  if (named.organ !== null) organ = field(named.organ, "title", titleLine);
  else if (above !== null) organ = field(above.organ, "above-title", lineNo(above.lines[0] as number));
  else if (signature?.organ != null) organ = field(signature.organ, "signature", signatureLine);
  else if (options.organ !== undefined && options.organ.trim() !== "") organ = field(options.organ.trim(), "option");
  else if (page.organ !== undefined) organ = field(page.organ.value, "page", page.organ.line);
  else {
    const afterTitle = titleLines.length === 0 ? 0 : (titleLines[titleLines.length - 1] as number) + 1;
    const preamble = preambleOrgan(input.texts.slice(afterTitle, input.firstHeading).join(""));
    if (preamble !== null) organ = field(preamble, "preamble");
  }
  // a name with nothing visible in it (only zero-width or control characters) is no name: the model refuses it
  if (organ.value !== null && !organPattern.test(organ.value)) organ = none;
  const fromTitle = named.organ ?? above?.organ ?? null;
  if (fromTitle !== null && signature?.organ != null && labelKey(fromTitle) !== labelKey(signature.organ))
    diagnostics.info("meta.organ-mismatch", {
      zh: `标题中的机关「${fromTitle}」与落款「${signature.organ}」不同，取标题中的`,
      en: `the title names “${fromTitle}”, the signature “${signature.organ}”; the title's is kept`,
    });
  if (organ.value === null)
    diagnostics.error("meta.organ-missing", {
      zh: "未找到发布机关（标题、标题上方、落款、网页“发布机构/来源”、“本报告由…编制”均无），记为空；可用 organ 选项（命令行 --organ）给出",
      en: "no issuing organ found (not in the title, above it, in the signature, the page's fields or the preamble); it is left empty — give it with the organ option (--organ)",
    });

  // the publication date
  let publishedOn: EnvelopeField<string> = none;
  if (signature?.date != null) publishedOn = field(signature.date, "signature", lineNo(signature.dateLine));
  else if (page.written !== undefined) publishedOn = field(page.written.value, "written-date", page.written.line);
  else if (page.published !== undefined) publishedOn = field(page.published.value, "page", page.published.line);
  else
    diagnostics.info("meta.date-missing", {
      zh: "落款、网页“成文日期/发布时间”处均未找到发布日期，记为 null",
      en: "no publication date under the signature or in the page's fields: null",
    });

  const year = readYear(input, named.year, titleLine, publishedOn.value);
  return { organ, year, publishedOn, titleText, titleLines, signature };
}

function field<T>(value: T, source: EnvelopeField<T>["source"], line?: number): EnvelopeField<T> {
  return line === undefined ? { value, source } : { value, source, line };
}

/** The report year and where it was read (see {@link readEnvelope}); each only when the model holds it. */
function readYear(
  input: EnvelopeInput,
  titleYear: number | null,
  titleLine: number | undefined,
  publishedOn: string | null,
): EnvelopeField<number> {
  const { diagnostics, options } = input;
  const rejected: string[] = [];
  const usable = (y: number | null, zh: string, en: string): number | null => {
    if (y === null || isModelYear(y)) return y;
    diagnostics.warning("meta.year-invalid", {
      zh: `${zh} ${y} 年不在 1900 至 9999 年之内，不予采用`,
      en: `${en} ${y} is outside 1900–9999 and is not used`,
    });
    rejected.push(`${y}`);
    return null;
  };
  const fromTitle = usable(titleYear, "标题中的年度", "the title's year");
  if (fromTitle !== null) return field(fromTitle, "title", titleLine);
  const period = usable(
    periodYear(input.texts.slice(0, Math.min(input.end, input.secondHeading)).join("")),
    "统计期限中的年度",
    "the statistics period's year",
  );
  if (period !== null) {
    diagnostics.warning("meta.year-inferred", {
      zh: `标题中没有报告年度，按统计期限取 ${period} 年`,
      en: `the title states no year; ${period} is taken from the statistics period`,
    });
    return field(period, "period");
  }
  const given = usable(options.year ?? null, "选项给出的年度", "the year given in the options");
  if (given !== null) return field(given, "option");
  if (publishedOn !== null && Number(publishedOn.slice(5, 7)) <= 6) {
    const inferred = usable(
      Number(publishedOn.slice(0, 4)) - 1,
      `按发布日期 ${publishedOn} 推定的年度`,
      `the year inferred from the publication date ${publishedOn},`,
    );
    if (inferred !== null) {
      diagnostics.warning("meta.year-inferred", {
        zh: `未找到报告年度，按发布日期 ${publishedOn} 推定为 ${inferred} 年`,
        en: `no report year found; ${inferred} is inferred from the publication date ${publishedOn}`,
      });
      return field(inferred, "publication-date");
    }
  }
  diagnostics.error(
    "meta.year-missing",
    rejected.length === 0
      ? {
          zh: "未找到报告年度，记为 0；可用 year 选项（命令行 --year）给出",
          en: "no report year found; it is set to 0 — give it with the year option (--year)",
        }
      : {
          zh: `未找到 1900 至 9999 年之内的报告年度（${rejected.join("、")} 年不在其内），记为 0`,
          en: `no report year from 1900 to 9999 found (${rejected.join(", ")} is outside); it is set to 0`,
        },
  );
  return none;
}
