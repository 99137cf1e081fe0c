/**
 * What a web page prints around a report: share buttons and menus above it (微信微博 QQ空间, 全真版, 文字版,
 * 首页 · 政务公开 · …), link lists and the site's footer below it (福州市政府网站, 人民网, 使用帮助 | 联系我们 …).
 * The report itself is prose: its lines are sentences; a page's chrome comes in runs of short lines that are not.
 * Used for web pages only (a PDF's or a Word file's lines are the report's own).
 *
 * @module
 */
/** A line of a menu or a link list: short, and no sentence punctuation. */
function isMenuItem(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 24 && !/[。，；！？]/.test(t);
}

/** A line of a preamble: a sentence, or a long line of text that is not an address. */
function isPreambleProse(text: string): boolean {
  const t = text.trim();
  return /[。；！？]/.test(t) || (t.length > 60 && !/https?:\/\//.test(t));
}

/** The runs (positions in `indexes`, end exclusive) of at least `min` menu items in a row. */
function menuRuns(indexes: readonly number[], textOf: (i: number) => string, min: number): [number, number][] {
  const runs: [number, number][] = [];
  let from = -1;
  for (let k = 0; k <= indexes.length; k++) {
    const menu = k < indexes.length && isMenuItem(textOf(indexes[k] as number));
    if (menu && from < 0) from = k;
    if (!menu && from >= 0) {
      if (k - from >= min) runs.push([from, k]);
      from = -1;
    }
  }
  return runs;
}

/**
 * A web page's preamble (the lines between its title and 一、总体情况) without the page's chrome: runs of four or
 * more menu items go, and so does every line that is not prose (a sentence, or a long line that is no address).
 *
 * @example
 * ```ts
 * preambleOfPage([3, 4, 5], (i) => lines[i]); // [5]: 全真版, 文字版 dropped
 * ```
 */
export function preambleOfPage(indexes: readonly number[], textOf: (i: number) => string): number[] {
  const dropped = new Set<number>();
  for (const [from, to] of menuRuns(indexes, textOf, 4)) for (let k = from; k < to; k++) dropped.add(k);
  return indexes.filter((i, k) => !dropped.has(k) && isPreambleProse(textOf(i)));
}

/**
 * The last part of a web page's report without the site's footer: everything from the first run of six or more menu
 * items on (a link list: 福州市政府网站, 人民网, …) is the page's, not the report's.
 *
 * @example
 * ```ts
 * lastPartOfPage(indexes, (i) => lines[i]).length; // the lines up to the footer's link list
 * ```
 */
export function lastPartOfPage(indexes: readonly number[], textOf: (i: number) => string): number[] {
  for (const [from, to] of menuRuns(indexes, textOf, 6)) {
    // the report's own short lines may run into the footer: a numbered item, a count, a statement of none
    let k = from;
    while (k < to && looksLikeReport(textOf(indexes[k] as number))) k++;
    if (to - k >= 6) return indexes.slice(0, k);
  }
  return [...indexes];
}

/** A short line of a report rather than of a site: a list item (（一）, 1.), a figure counted, a statement of none. */
function looksLikeReport(text: string): boolean {
  const t = text.trim();
  return (
    /^(（[一二三四五六七八九十]+）|\(?[0-9]{1,2}[.、．)）])/.test(t) ||
    /[0-9０-９]\s*(件|条|个|次|元|万元|人次|项|家|篇|份)/.test(t) ||
    /(未|无|没有)[^，。]{0,12}(情况|收取|发生|收费)/.test(t)
  );
}
