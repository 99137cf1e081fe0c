/**
 * The words of `E.edition-year` that restate the editions' year ranges, written from the registry (each
 * edition's notice, title and years as `editionYears` gives them), so that they stay true when an edition is added.
 *
 * @module
 */
import { type Edition, editionKeys, editions, editionYears } from "../format/editions.js";
import type { Message } from "../validate/issues.js";

/** `〔2019〕60号`: a notice without the issuing office's prefix. */
const shortNotice = (e: Edition): string => editions[e].notice.replace(/^[^〔]*/, "");
/** True for a trial edition (its title ends in （试行）). */
const trial = (e: Edition): boolean => editions[e].formatTitle.endsWith("（试行）");

/** The years of an edition with a last year, one by one (three at most; a longer range is its ends). */
function yearList(e: Edition): { readonly zh: string; readonly en: string } {
  const { from, to } = editionYears(e);
  if (to === null || to - from > 2) return { zh: `${from}—${to ?? ""}`, en: `${from}–${to ?? ""}` };
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return { zh: out.join("、"), en: andList(out) };
}

/** `2019 and 2020`, `2021, 2022 and 2023`. */
function andList(items: readonly (string | number)[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The relation of `E.edition-year` in words: each edition's years and format, oldest first.
 *
 * @example
 * ```ts
 * editionYearsEquation().zh; // "报告年度在所用格式的适用年度内（2019—2020 年用〔2019〕60号试行格式，2021 年起用〔2021〕30号格式）"
 * ```
 */
export function editionYearsEquation(): Message {
  const oldest = [...editionKeys].reverse();
  const zh = oldest.map((e) => {
    const { from, to } = editionYears(e);
    return `${to === null ? `${from} 年起` : `${from}—${to} 年`}用${shortNotice(e)}${trial(e) ? "试行" : ""}格式`;
  });
  const en = oldest.map((e) => {
    const { from, to } = editionYears(e);
    return `${to === null ? `${from} onward` : `${from}–${to}`}: the ${e}${trial(e) ? " trial" : ""} format`;
  });
  return {
    zh: `报告年度在所用格式的适用年度内（${zh.join("，")}）`,
    en: `the report year lies within the years of the edition used (${en.join("; ")})`,
  };
}

/**
 * Why `E.edition-year` holds: which notice issued the format in force, and which years use the earlier ones.
 *
 * @example
 * ```ts
 * editionYearsRationale().en.startsWith("The 2021 notice"); // true
 * ```
 */
export function editionYearsRationale(): Message {
  const [newest, ...older] = editionKeys;
  if (newest === undefined) return { zh: "", en: "" };
  const from = editionYears(newest).from;
  const zh = [
    `${editions[newest].notice}印发修订后的格式，自 ${from} 年度报告起使用`,
    ...older.map((e) => `${yearList(e).zh} 年度报告使用${shortNotice(e)}${trial(e) ? "试行" : ""}格式`),
  ];
  const en = [
    `The ${newest} notice (${editions[newest].notice}) issued the revised format used from the ${from} reports on`,
    ...older.map((e) => `the ${yearList(e).en} reports use the ${e}${trial(e) ? " trial" : ""} format`),
  ];
  const two = editionKeys.length === 2;
  return {
    zh: `${zh.join("；")}。${two ? "表二在两版之间完全不同" : "各版的表格不尽相同"}，用错版本的报告缺少应报的数据。作为警告：报告可能按旧格式发布，数据本身仍可核对。`,
    en: `${en.join("; ")}. ${two ? "Table 2 differs entirely between them" : "The tables differ between them"}, so a report in the wrong edition lacks figures it should give. A warning: the figures it does give can still be checked.`,
  };
}
