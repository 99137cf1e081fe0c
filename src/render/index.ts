/**
 * Renderers of the official report: text, Markdown and HTML, the layout grid they share, and the
 * Chinese formatting helpers they use.
 *
 * @module
 */
export {
  articleItem,
  type CalendarDate,
  chineseNumeral,
  formatAmount,
  formatAmountWithUnit,
  formatDate,
  itemOrdinal,
  listOrdinal,
  punctuation,
  sectionOrdinal,
} from "./chinese.js";
export {
  type GridCell,
  type GridCellRole,
  type GridOptions,
  type GridRow,
  type GridSection,
  gridSlots,
  type TableGrid,
  tableGrid,
} from "./grid.js";
export { escapeHtml } from "./html.js";
export { escapeMarkdown } from "./markdown.js";
export type {
  BlankStyle,
  CommonRenderOptions,
  HtmlRenderOptions,
  MarkdownRenderOptions,
  RenderFormat,
  RenderOptions,
  TextRenderOptions,
} from "./options.js";
export { renderReport, renderTable } from "./render.js";
export { reportStylesheet } from "./styles.js";
export { formatCellValue } from "./values.js";
export { cleanText, displayWidth, eastAsianWidth, padDisplay, type WidthOptions } from "./width.js";
