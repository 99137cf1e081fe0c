/**
 * The report as a document in official order, before any format: title, preamble, the six sections
 * (prose or table) under the headings of the edition's descriptor, and the signature block.
 *
 * @module
 */
import type { TableDescriptor } from "../format/descriptor.js";
import { editions, type TableKey, tableKeys } from "../format/editions.js";
import type { Report, ReportSections } from "../model/report.generated.js";
import { formatDate } from "./chinese.js";
import { cleanText } from "./width.js";

/** What the title says after the organ and the year when a report carries no title of its own. */
const titleTail = "年政府信息公开工作年度报告";

/** One of the six sections: its heading and its paragraphs, or its table. */
export interface DocumentSection {
  /** The section's key in the edition's `order` (`overview`, `proactive`, …). */
  readonly key: string;
  /** `一、总体情况`. */
  readonly heading: string;
  /** Paragraphs, cleaned; empty ones left out. */
  readonly paragraphs: readonly string[];
  /** The table printed in this section. */
  readonly table?: TableKey;
}

/** A report laid out as a document. */
export interface ReportDocument {
  readonly title: string;
  readonly preamble: readonly string[];
  readonly sections: readonly DocumentSection[];
  readonly signature: {
    readonly organ: string;
    /** `2024年1月12日`, and the ISO date, or `null` where the report has none. */
    readonly date: { readonly text: string; readonly iso: string } | null;
  };
}

function paragraphs(list: readonly string[] | undefined): string[] {
  return (list ?? []).map(cleanText).filter((p) => p !== "");
}

function isTableKey(key: string): key is TableKey {
  return (tableKeys as readonly string[]).includes(key);
}

/** Lays out a report as a document in the order and under the headings of its edition. */
export function reportDocument(report: Report): ReportDocument {
  const edition = editions[report.edition];
  const organ = cleanText(report.organ);
  const prose: ReportSections = report.sections ?? {};
  const sections = edition.order.map((key): DocumentSection => {
    if (isTableKey(key)) {
      const table: TableDescriptor = edition.tables[key];
      return { key, heading: table.ordinal + table.title, paragraphs: [], table: key };
    }
    const section = edition.sections.find((s) => s.key === key);
    if (section === undefined) throw new Error(`edition ${edition.edition}: no section ${key}`);
    return { key, heading: section.ordinal + section.title, paragraphs: paragraphs(prose[section.key]) };
  });
  const title = cleanText(report.title ?? "");
  return {
    title: title !== "" ? title : `${organ}${report.year}${titleTail}`,
    preamble: paragraphs(report.preamble),
    sections,
    signature: {
      organ,
      date: report.publishedOn === null ? null : { text: formatDate(report.publishedOn), iso: report.publishedOn },
    },
  };
}
