/**
 * `zfxxgk/pdf` — read a report from a PDF file's text layer (pdf.js, an optional peer dependency).
 *
 * @module
 */
export {};
