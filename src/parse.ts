/**
 * `zfxxgk/parse` — recover reports from published text, Markdown and HTML.
 *
 * @module
 */
export {};
