/**
 * The page script of the browser test: `zfxxgk/pdf` as a browser bundle reads a PDF fetched from the test's
 * server, with pdf.js's worker, CMaps and standard fonts served beside it (set up as pdf.js documents it).
 */
import * as modern from "pdfjs-dist"; // the package main: the modern build (build/pdf.mjs)
import { parsePdf } from "../../../src/pdf.js";

interface Served {
  readonly pdf: string;
  readonly workerSrc: string;
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
  /** Pass pdf.js's modern build as the `pdfjs` option (its worker set by `GlobalWorkerOptions`), instead of the default. */
  readonly modern: boolean;
}

async function read(served: Served): Promise<string> {
  const bytes = await (await fetch(served.pdf)).arrayBuffer();
  if (served.modern) modern.GlobalWorkerOptions.workerSrc = served.workerSrc;
  const result = await parsePdf(bytes, {
    ...(served.modern ? { pdfjs: modern } : { workerSrc: served.workerSrc }),
    cMapUrl: served.cMapUrl,
    standardFontDataUrl: served.standardFontDataUrl,
  });
  return JSON.stringify({
    report: result.report,
    text: result.text,
    pages: result.pages,
    diagnostics: result.diagnostics,
  });
}

(globalThis as { readPdf?: typeof read }).readPdf = read;
