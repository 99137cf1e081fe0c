/**
 * The interpreter: one document form (lines, table rows, paragraphs), whatever reader produced it → the
 * report, with the edition and why and a diagnostic for everything that could not be read exactly.
 *
 * @module
 */
import { editions, type TableKey, tableKeys } from "../../format/editions.js";
import { cellsOf } from "../../format/walk.js";
import { buildReport, type CellValue } from "../../model/build.js";
import type { Report, ReportSections } from "../../model/report.generated.js";
import type { Diagnostics } from "../diagnostics.js";
import { labelKey } from "../document/chars.js";
import { plainText, type SourceDocument, type SourceLine } from "../document/lines.js";
import type { EditionDetection, ParseOptions, ParseResult } from "../types.js";
import { detectEdition } from "./edition.js";
import { findFragments } from "./fragments.js";
import { type Heading, scanHeadings } from "./headings.js";
import { chromeDate, findSignature, findTitle, isChrome, isModelYear, organAndYear, periodYear } from "./metadata.js";
import { paragraphsOf, wrapStyleOf } from "./prose.js";
import { segmentsOf } from "./segments.js";
import { TableReader } from "./table-reader.js";
import { tablePlan, tableVocabulary } from "./targets.js";

/** Lines of a section: from after its heading to the next heading. */
interface Region {
  readonly heading: Heading;
  readonly from: number;
  readonly to: number;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/**
 * Interprets a document that a reader produced: finds the title, organ, year, publication date, the sections
 * and the three tables, and builds the report. Every cell is read exactly or `null` with a diagnostic.
 *
 * @example
 * ```ts
 * const diagnostics = new Diagnostics();
 * const document = { format: "text", lines: readText(text, diagnostics), printed: true, webPage: false } as const;
 * const { report } = interpretDocument(document, {}, diagnostics);
 * ```
 */
export function interpretDocument(
  document: SourceDocument,
  options: ParseOptions,
  diagnostics: Diagnostics,
): ParseResult {
  const { format, lines } = document;
  const pdf = document.printed;
  const scan = scanHeadings(lines);
  const end = scan.secondReport ?? lines.length;
  if (scan.secondReport !== null) {
    let first = scan.secondReport;
    while (lines[first]?.kind === "blank") first++;
    const no = lines[first]?.no ?? first + 1;
    diagnostics.warning(
      "input.multiple-reports",
      {
        zh: `输入中不止一份报告（第二份自第 ${no} 行起），只解析了第一份`,
        en: `the input holds more than one report (the second begins on line ${no}); only the first was parsed`,
      },
      { line: no },
    );
  }
  const headings = scan.headings;
  const firstHeading = headings[0]?.line ?? end;

  // the envelope
  const title = findTitle(lines, 0, firstHeading, pdf);
  const named = title === null ? { organ: null, year: null } : organAndYear(title.text);
  const lastHeading = headings[headings.length - 1];
  const afterTitle = title === null ? 0 : (title.lines[title.lines.length - 1] as number) + 1;
  const chrome = document.webPage ? isChrome : () => false;
  const signature = findSignature(
    lines,
    lastHeading === undefined ? afterTitle : lastHeading.last + 1,
    end,
    named.organ,
    chrome,
  );
  const proseEnd = signature?.from ?? end;
  const texts = range(0, end).map((i) => plainText(lines[i] as SourceLine));
  const allKey = labelKey(texts.join(""));

  let publishedOn = signature?.date ?? null;
  if (publishedOn === null && document.webPage)
    for (let i = 0; i < firstHeading && publishedOn === null; i++) publishedOn = chromeDate(texts[i] as string);
  if (publishedOn === null)
    diagnostics.info("meta.date-missing", {
      zh: "落款处未找到发布日期，记为 null",
      en: "no publication date under the signature: null",
    });

  // the report year: the title's, else the statistics period's, else the caller's, else the year before an
  // early-year publication date — each only when the model holds it (1900–9999)
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
  let year = usable(named.year, "标题中的年度", "the title's year");
  if (year === null) {
    year = usable(
      periodYear(texts.slice(0, Math.min(end, headings[1]?.line ?? end)).join("")),
      "统计期限中的年度",
      "the statistics period's year",
    );
    if (year !== null)
      diagnostics.warning("meta.year-inferred", {
        zh: `标题中没有报告年度，按统计期限取 ${year} 年`,
        en: `the title states no year; ${year} is taken from the statistics period`,
      });
  }
  year ??= usable(options.year ?? null, "选项给出的年度", "the year given in the options");
  if (year === null && publishedOn !== null && Number(publishedOn.slice(5, 7)) <= 6) {
    year = usable(
      Number(publishedOn.slice(0, 4)) - 1,
      `按发布日期 ${publishedOn} 推定的年度`,
      `the year inferred from the publication date ${publishedOn},`,
    );
    if (year !== null)
      diagnostics.warning("meta.year-inferred", {
        zh: `未找到报告年度，按发布日期 ${publishedOn} 推定为 ${year} 年`,
        en: `no report year found; ${year} is inferred from the publication date ${publishedOn}`,
      });
  }
  if (year === null)
    diagnostics.error(
      "meta.year-missing",
      rejected.length === 0
        ? { zh: "未找到报告年度，记为 0", en: "no report year found; it is set to 0" }
        : {
            zh: `未找到 1900 至 9999 年之内的报告年度（${rejected.join("、")} 年不在其内），记为 0`,
            en: `no report year from 1900 to 9999 found (${rejected.join(", ")} is outside); it is set to 0`,
          },
    );

  let organ = named.organ ?? signature?.organ ?? options.organ ?? null;
  if (named.organ !== null && signature?.organ != null && labelKey(named.organ) !== labelKey(signature.organ))
    diagnostics.info("meta.organ-mismatch", {
      zh: `标题中的机关「${named.organ}」与落款「${signature.organ}」不同，取标题中的`,
      en: `the title names “${named.organ}”, the signature “${signature.organ}”; the title's is kept`,
    });
  if (organ === null) {
    diagnostics.error("meta.organ-missing", {
      zh: "未找到发布机关，记为空",
      en: "no issuing organ found; it is left empty",
    });
    organ = "";
  }
  if (title === null) diagnostics.info("meta.title-missing", { zh: "未找到标题", en: "no title found" });

  const detection: EditionDetection = detectEdition(allKey, year, options.edition, diagnostics);
  const edition = detection.edition;

  // sections
  const regions = new Map<string, Region>();
  headings.forEach((h, k) => {
    regions.set(h.spec.key, { heading: h, from: h.last + 1, to: headings[k + 1]?.line ?? end });
  });
  const headingLines = new Set<number>();
  for (const h of headings) for (let i = h.line; i <= h.last; i++) headingLines.add(i);
  const titleLines = new Set(title?.lines ?? []);

  // tables
  const readers = new Map<TableKey, TableReader>();
  for (const key of tableKeys) {
    const reader = new TableReader(tablePlan(edition, key), lines, diagnostics);
    readers.set(key, reader);
    const region = regions.get(key);
    if (region !== undefined)
      reader.read(segmentsOf(lines, range(region.from, Math.min(region.to, proseEnd))), "region");
  }
  const used = (i: number) => {
    for (const r of readers.values()) if (r.usedLines.has(i)) return true;
    return false;
  };
  const claimed = new Set<number>();
  const tableRegions = new Set<number>();
  for (const key of tableKeys) {
    const region = regions.get(key);
    if (region !== undefined) for (let i = region.from; i < region.to; i++) tableRegions.add(i);
  }
  for (const key of tableKeys) {
    const reader = readers.get(key) as TableReader;
    if (reader.complete) continue;
    const region = regions.get(key);
    const from = region === undefined ? afterTitle : region.to;
    const candidates = range(from, proseEnd).filter(
      (i) =>
        !headingLines.has(i) &&
        !titleLines.has(i) &&
        !claimed.has(i) &&
        !used(i) &&
        (region !== undefined || !tableRegions.has(i)),
    );
    const fragments = findFragments(lines, candidates, tableVocabulary(key), reader);
    const table = editions[edition].tables[key];
    for (const f of fragments) {
      for (const i of f.lines) claimed.add(i);
      const a = lines[f.lines[0] as number]?.no ?? 0;
      const b = lines[f.lines[f.lines.length - 1] as number]?.no ?? 0;
      if (region !== undefined)
        diagnostics.info(
          "table.relocated",
          {
            zh: `${table.number}有 ${f.rows} 行不在表中，在第 ${a}–${b} 行找到（分页错位），已归回表中`,
            en: `${f.rows} rows of ${table.number} were found away from it, on lines ${a}–${b} (a page break); they were put back`,
          },
          { table: table.number, line: a },
        );
      else
        diagnostics.warning(
          "table.heading-missing",
          {
            zh: `未找到标题「${table.ordinal}${table.title}」，${table.number}的 ${f.rows} 行在第 ${a}–${b} 行找到`,
            en: `the heading “${table.ordinal}${table.title}” was not found; ${f.rows} rows of ${table.number} were found on lines ${a}–${b}`,
          },
          { table: table.number, line: a },
        );
    }
  }
  const values = new Map<string, CellValue>();
  const lastRegion = headings[headings.length - 1];
  for (const key of tableKeys) {
    const reader = readers.get(key) as TableReader;
    const region = regions.get(key);
    const table = editions[edition].tables[key];
    const truncated =
      region !== undefined &&
      lastRegion !== undefined &&
      lastRegion.spec.key === key &&
      scan.secondReport === null &&
      signature === null;
    if (reader.empty && !truncated) {
      diagnostics.error(
        "table.missing",
        region === undefined
          ? {
              zh: `未找到${table.number}「${table.ordinal}${table.title}」，其各栏记为空白（null）`,
              en: `${table.number} “${table.ordinal}${table.title}” was not found; its cells are null`,
            }
          : {
              zh: `找到标题「${table.ordinal}${table.title}」，但其下没有可读的表格（或为图片），各栏记为空白（null）`,
              en: `the heading “${table.ordinal}${table.title}” is there but no table could be read under it (an image?); its cells are null`,
            },
        {
          table: table.number,
          ...(region === undefined ? {} : { line: lines[region.heading.line]?.no ?? 0 }),
          cells: cellsOf(edition)
            .filter((c) => c.table.key === key)
            .map((c) => c.path),
        },
      );
      continue;
    }
    reader.finish({ truncated, claimed });
    for (const [path, value] of reader.values) values.set(path, value);
  }

  const anyTable = [...readers.values()].some((r) => !r.empty);
  if (!anyTable && headings.length === 0 && title === null) {
    diagnostics.error("input.empty", {
      zh: "输入中没有可识别的年度报告",
      en: "the input holds nothing recognisable as an annual report",
    });
    // nothing else said about a non-report is of use
    const said = diagnostics.list.filter((d) => d.code.startsWith("input."));
    return { report: null, edition: detection, format, diagnostics: said };
  }

  // prose
  const proseIndexes = (from: number, to: number) =>
    range(from, Math.min(to, proseEnd)).filter(
      (i) =>
        !claimed.has(i) &&
        !used(i) &&
        !headingLines.has(i) &&
        !(document.webPage && isChrome(plainText(lines[i] as SourceLine))),
    );
  const preambleIndexes = proseIndexes(afterTitle, firstHeading);
  const sectionIndexes = new Map<string, number[]>();
  for (const s of editions[edition].sections) {
    const region = regions.get(s.key);
    if (region === undefined) {
      diagnostics.warning("section.missing", {
        zh: `未找到「${s.ordinal}${s.title}」一节`,
        en: `the section “${s.ordinal}${s.title}” was not found`,
      });
      continue;
    }
    sectionIndexes.set(s.key, proseIndexes(region.from, region.to));
  }
  const style = wrapStyleOf(lines, preambleIndexes.concat(...sectionIndexes.values()));
  const preamble = paragraphsOf(lines, preambleIndexes, style);
  const sections: ReportSections = {};
  for (const [key, indexes] of sectionIndexes) {
    const paragraphs = paragraphsOf(lines, indexes, style);
    if (paragraphs.length > 0) sections[key as keyof ReportSections] = paragraphs;
  }

  const report = buildReport(
    { edition, organ, year: year ?? 0, publishedOn },
    (cell) => values.get(cell.path) ?? null,
  ) as Report & {
    title?: string;
    preamble?: string[];
    sections?: ReportSections;
  };
  if (title !== null) report.title = title.text;
  if (preamble.length > 0) report.preamble = preamble;
  if (Object.keys(sections).length > 0) report.sections = sections;
  return { report: reorder(report), edition: detection, format, diagnostics: diagnostics.list };
}

/** Puts the envelope's optional keys where the model lists them (title, preamble, sections before the tables). */
function reorder(report: Report): Report {
  const { edition, organ, year, publishedOn, title, preamble, sections, proactive, applications, reviewLitigation } =
    report;
  return {
    edition,
    organ,
    year,
    publishedOn,
    ...(title === undefined ? {} : { title }),
    ...(preamble === undefined ? {} : { preamble }),
    ...(sections === undefined ? {} : { sections }),
    proactive,
    applications,
    reviewLitigation,
  } as Report;
}
