/**
 * `zfxxgk/docx` — read a report from a Word document (.docx).
 *
 * @module
 */
export {};
