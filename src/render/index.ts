/**
 * Renderers of the official report: text, Markdown and HTML.
 *
 * @module
 */
export {};
