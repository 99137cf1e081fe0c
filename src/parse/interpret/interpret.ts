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
import { noEnvelope, readEnvelope } from "./envelope.js";
import { findFragments } from "./fragments.js";
import { type Heading, scanHeadings } from "./headings.js";
import { findTitle, isChrome, splitTitleParagraph } from "./metadata.js";
import { lastPartOfPage, preambleOfPage } from "./page-chrome.js";
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
  const { format } = document;
  const lines = splitTitleParagraph(document.lines);
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
  const lastHeading = headings[headings.length - 1];
  const afterTitle = title === null ? 0 : (title.lines[title.lines.length - 1] as number) + 1;
  const chrome = document.webPage ? isChrome : () => false;
  const texts = range(0, end).map((i) => plainText(lines[i] as SourceLine));
  const envelope = readEnvelope({
    lines,
    texts,
    title,
    firstHeading,
    secondHeading: headings[1]?.line ?? end,
    signatureFrom: lastHeading === undefined ? afterTitle : lastHeading.last + 1,
    end,
    webPage: document.webPage,
    chrome,
    options,
    diagnostics,
  });
  const { signature } = envelope;
  const year = envelope.year.value;
  const proseEnd = signature?.from ?? end;
  const allKey = labelKey(texts.join(""));

  const detection: EditionDetection = detectEdition(allKey, year, options.edition, diagnostics);
  const edition = detection.edition;

  // sections
  const regions = new Map<string, Region>();
  headings.forEach((h, k) => {
    regions.set(h.spec.key, { heading: h, from: h.last + 1, to: headings[k + 1]?.line ?? end });
  });
  const headingLines = new Set<number>();
  for (const h of headings) for (let i = h.line; i <= h.last; i++) headingLines.add(i);
  const titleLines = new Set(envelope.titleLines);

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
    return { report: null, edition: detection, format, envelope: noEnvelope, diagnostics: said };
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
  const textOf = (i: number) => plainText(lines[i] as SourceLine);
  // a web page's chrome (menus above the report, the site's footer below it) is not the report's prose
  const preambleIndexes = document.webPage
    ? preambleOfPage(proseIndexes(afterTitle, firstHeading), textOf)
    : proseIndexes(afterTitle, firstHeading);
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
    const indexes = proseIndexes(region.from, region.to);
    const last = document.webPage && lastHeading?.spec.key === s.key;
    sectionIndexes.set(s.key, last ? lastPartOfPage(indexes, textOf) : indexes);
  }
  const style = wrapStyleOf(lines, preambleIndexes.concat(...sectionIndexes.values()));
  const preamble = paragraphsOf(lines, preambleIndexes, style);
  const sections: ReportSections = {};
  for (const [key, indexes] of sectionIndexes) {
    const paragraphs = paragraphsOf(lines, indexes, style);
    if (paragraphs.length > 0) sections[key as keyof ReportSections] = paragraphs;
  }

  const report = buildReport(
    { edition, organ: envelope.organ.value ?? "", year: year ?? 0, publishedOn: envelope.publishedOn.value },
    (cell) => values.get(cell.path) ?? null,
  ) as Report & {
    title?: string;
    preamble?: string[];
    sections?: ReportSections;
  };
  if (envelope.titleText !== null) report.title = envelope.titleText;
  if (preamble.length > 0) report.preamble = preamble;
  if (Object.keys(sections).length > 0) report.sections = sections;
  const sources = { organ: envelope.organ, year: envelope.year, publishedOn: envelope.publishedOn };
  return {
    report: reorder(report),
    edition: detection,
    format,
    envelope: sources,
    diagnostics: diagnostics.list,
    ...(headings.length === 0 ? {} : { partsOrder: headings.map((h) => h.spec.key) }),
  };
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
