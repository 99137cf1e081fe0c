/**
 * Hand-made Word documents for the reader's tests: a body of WordprocessingML put into the smallest package
 * Word opens (content types, package relationships, `word/document.xml`), and table markup helpers.
 */
import { strToU8, type Zippable, zipSync } from "fflate";
import { cellsOf } from "../../src/format/walk.js";
import { readCell } from "../../src/model/build.js";
import type { Report } from "../../src/model/report.generated.js";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

export function relsFor(target: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
}

/** A document.xml around a body, with the namespaces Word declares (w, mc, wps, v). */
export function documentXml(body: string, root = `xmlns:w="${W}"`): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${root} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A .docx holding the given document.xml (or body), zipped. */
export function docxOf(body: string, options: { readonly xml?: string; readonly parts?: Zippable } = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(contentTypes),
    "_rels/.rels": strToU8(relsFor("word/document.xml")),
    "word/document.xml": strToU8(options.xml ?? documentXml(body)),
    ...options.parts,
  });
}

/** A paragraph of runs. */
export const p = (...runs: string[]): string => `<w:p>${runs.join("")}</w:p>`;
/** A run of text. */
export const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A table cell: text, with an optional grid span and vertical merge. */
export function tc(
  text: string,
  options: { readonly span?: number; readonly vMerge?: "restart" | "continue" | "" } = {},
): string {
  const props = [
    options.span === undefined ? "" : `<w:gridSpan w:val="${options.span}"/>`,
    options.vMerge === undefined ? "" : options.vMerge === "" ? "<w:vMerge/>" : `<w:vMerge w:val="${options.vMerge}"/>`,
  ].join("");
  const paragraphs = text.split("\n").map((line) => p(line === "" ? "" : r(line)));
  return `<w:tc>${props === "" ? "" : `<w:tcPr>${props}</w:tcPr>`}${paragraphs.join("")}</w:tc>`;
}

export const tr = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;
export const tbl = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join("")}</w:tbl>`;

/** What of a report must come back: every cell, and each envelope field it has (as the parser's round trip). */
export function differences(report: Report, back: Report | null): string[] {
  if (back === null) return ["no report"];
  const out: string[] = [];
  for (const c of cellsOf(report.edition)) {
    const a = readCell(report, c.segments);
    const b = readCell(back, c.segments);
    if (!Object.is(a, b)) out.push(`${c.path}: ${String(b)} ≠ ${String(a)}`);
  }
  for (const key of ["edition", "organ", "year", "publishedOn"] as const)
    if (JSON.stringify(report[key]) !== JSON.stringify(back[key]))
      out.push(`${key}: ${JSON.stringify(back[key])} ≠ ${JSON.stringify(report[key])}`);
  return out;
}
