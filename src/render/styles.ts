/**
 * The stylesheet of the HTML renderer: the look of a printed official report.
 *
 * @module
 */

/** Body text: 仿宋 (FangSong) as official documents use, then 宋体 and open CJK serif faces. */
const fangSong =
  '"FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "华文仿宋", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif';
/** Title: 方正小标宋 where installed, else 宋体 and open CJK serif faces. */
const xiaoBiaoSong =
  '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif';
/** First-level headings: 黑体. */
const heiTi =
  '"SimHei", "黑体", "Heiti SC", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", sans-serif';
/** Tables: 宋体. */
const songTi = '"SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif';

/**
 * The CSS of the HTML renderer, embedded in a standalone page; include it in your page to style a
 * fragment. Screen: a page about as wide as A4, laid out on whole pixels so that the table rules stay
 * one pixel thin. Print: A4 with the margins of GB/T 9704 (official documents),
 * 仿宋 body text, 宋体 tables with full borders, header rows repeated on every page, rows never split.
 * Every selector is scoped to the renderer's `zfxxgk-` classes.
 *
 * @example
 * ```ts
 * import { renderReport } from "zfxxgk";
 * import { reportStylesheet } from "zfxxgk/render";
 * const html = `<style>${reportStylesheet}</style>${renderReport(report, { format: "html" })}`;
 * ```
 */
export const reportStylesheet: string = /* @__PURE__ */ stylesheet();

/** The text of {@link reportStylesheet} (built by a call marked pure, so that bundles without the renderer drop it). */
function stylesheet(): string {
  return `.zfxxgk-report {
  box-sizing: border-box;
  max-width: 800px;
  margin: 0 auto;
  padding: 72px 64px;
  background: #fff;
  color: #000;
  font-family: ${fangSong};
  font-size: 16px;
  line-height: 28px;
}
.zfxxgk-report h1, .zfxxgk-report h2, .zfxxgk-report h3, .zfxxgk-report h4, .zfxxgk-report h5, .zfxxgk-report h6 {
  margin: 0;
  font-weight: normal;
}
.zfxxgk-report .zfxxgk-title {
  margin: 0 0 32px;
  font-family: ${xiaoBiaoSong};
  font-size: 26px;
  font-weight: bold;
  line-height: 39px;
  text-align: center;
}
.zfxxgk-section > :first-child {
  margin-top: 12px;
  font-family: ${heiTi};
  font-size: 1em;
  text-indent: 2em;
}
.zfxxgk-report p {
  margin: 0;
  text-indent: 2em;
  text-align: justify;
}
/* a table scrolls in its own box on a narrow screen, never the page */
.zfxxgk-table-box {
  overflow-x: auto;
}
.zfxxgk-table {
  width: 100%;
  margin: 8px 0 16px;
  border-collapse: collapse;
  font-family: ${songTi};
  font-size: 13px;
  line-height: 18px;
}
/* visually hidden (the section heading above says the same), still read by screen readers; kept in the
   flow (no absolute position), which in Chromium would open a gap between the header and the body rows */
.zfxxgk-table caption {
  height: 0;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.zfxxgk-table th, .zfxxgk-table td {
  padding: 4px 5px;
  border: 1px solid #000;
  font-weight: normal;
  text-align: center;
  vertical-align: middle;
}
/* column headers break between words only (<wbr> marks them: 商业<wbr>企业), never inside one */
.zfxxgk-table th[scope="col"] {
  word-break: keep-all;
}
.zfxxgk-table .zfxxgk-label {
  text-align: left;
}
.zfxxgk-table .zfxxgk-label[rowspan] {
  text-align: center;
}
.zfxxgk-table .zfxxgk-block {
  font-weight: bold;
  text-align: center;
}
.zfxxgk-table .zfxxgk-corner {
  text-align: left;
}
.zfxxgk-table .zfxxgk-value {
  min-width: 2.5em;
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
}
.zfxxgk-signature {
  margin-top: 40px;
  text-align: right;
}
.zfxxgk-signature p {
  text-indent: 0;
  text-align: right;
}
@media screen and (max-width: 600px) {
  .zfxxgk-report {
    padding: 24px 12px;
  }
  .zfxxgk-report .zfxxgk-title {
    font-size: 22px;
    line-height: 32px;
  }
  .zfxxgk-table th, .zfxxgk-table td {
    padding: 2px 3px;
  }
  /* labels keep a readable width; a table wider than the phone scrolls in its box */
  .zfxxgk-table .zfxxgk-label {
    min-width: 7em;
  }
  .zfxxgk-table .zfxxgk-label[rowspan] {
    min-width: 4em;
  }
}
@page {
  size: A4;
  margin: 37mm 26mm 35mm 28mm;
}
@media print {
  .zfxxgk-report {
    max-width: none;
    padding: 0;
    font-size: 16pt;
    line-height: 28pt;
  }
  .zfxxgk-report .zfxxgk-title {
    font-size: 22pt;
    line-height: 33pt;
  }
  .zfxxgk-table {
    font-size: 10.5pt;
    line-height: 1.4;
  }
  .zfxxgk-table thead {
    display: table-header-group;
  }
  .zfxxgk-table tr {
    break-inside: avoid;
  }
  /* no break after a table's first or second row; a table of blocks (表二) breaks between its blocks only, never
     after the first */
  .zfxxgk-table tbody:first-of-type tr:nth-child(-n + 2) {
    break-after: avoid;
  }
  .zfxxgk-blocks tbody {
    break-inside: avoid;
  }
  .zfxxgk-blocks tbody:first-of-type {
    break-after: avoid;
  }
  /* a heading is never the last line of a page: it takes the room of what must follow it along into the break
     decision (an empty block after it, cancelled by a negative margin, inside a box that may not break) — about
     three lines of text, or a table's header and its first three rows (a table never breaks after one or two) */
  .zfxxgk-section > :first-child {
    break-after: avoid;
    break-inside: avoid;
  }
  .zfxxgk-section > :first-child::after {
    content: "";
    display: block;
    height: 30mm;
    margin-bottom: -30mm;
  }
  .zfxxgk-section-table > :first-child::after {
    height: 75mm;
    margin-bottom: -75mm;
  }
  .zfxxgk-table-box {
    overflow: visible;
  }
}
`;
}
