/**
 * Which edition a report's tables are in, and why: labels only one edition prints (derived from the
 * descriptors), the notice or the format cited, the report year.
 *
 * @module
 */
import type { TableNode } from "../../format/descriptor.js";
import { type Edition, editionKeys, editions, tableKeys } from "../../format/editions.js";
import type { Message } from "../../validate/issues.js";
import type { Diagnostics } from "../diagnostics.js";
import { labelKey } from "../document/chars.js";
import type { EditionDetection, EditionEvidence } from "../types.js";

/** Labels (no ordinals, no notes) of every table of an edition, as compared. */
function labelsOf(edition: Edition): Set<string> {
  const out = new Set<string>();
  const walk = (nodes: readonly TableNode[]): void => {
    for (const n of nodes) {
      for (const l of [n.label, ...(n.aliases ?? [])]) out.add(labelKey(l));
      if (n.kind === "group") walk(n.children);
      else for (const f of n.fields) for (const l of [f.label, ...(f.aliases ?? [])]) out.add(labelKey(l));
    }
  };
  for (const k of tableKeys) walk(editions[edition].tables[k].children);
  return out;
}

let distinctiveCache: ReadonlyMap<Edition, readonly string[]> | undefined;

/**
 * Labels only one edition prints: not in the other, and not part of one of the other's (处理决定数量 is
 * part of 2021's 本年处理决定数量, so it tells nothing). At least four characters.
 *
 * @example
 * ```ts
 * distinctiveLabels().get("2019"); // ["本年新制作数量", "本年新公开数量", …]
 * ```
 */
export function distinctiveLabels(): ReadonlyMap<Edition, readonly string[]> {
  if (distinctiveCache !== undefined) return distinctiveCache;
  const sets = new Map(editionKeys.map((e) => [e, labelsOf(e)] as const));
  const out = new Map<Edition, string[]>();
  for (const e of editionKeys) {
    const others = editionKeys.filter((o) => o !== e).flatMap((o) => [...(sets.get(o) ?? [])]);
    out.set(
      e,
      [...(sets.get(e) ?? [])].filter((l) => l.length >= 4 && !others.some((o) => o.includes(l))),
    );
  }
  distinctiveCache = out;
  return out;
}

/** The year and number of a notice `国办公开办函〔2021〕30号`. */
function noticeParts(notice: string): { prefix: string; year: string; number: string } | null {
  const m = /^(\D+)〔(\d{4})〕(\d+)号$/.exec(notice);
  return m === null ? null : { prefix: labelKey(m[1] as string), year: m[2] as string, number: m[3] as string };
}

const noticeCache = new Map<string, ReturnType<typeof noticeParts>>();

/** {@link noticeParts}, worked out once per notice (the descriptors name two). */
function noticePartsOf(notice: string): ReturnType<typeof noticeParts> {
  if (!noticeCache.has(notice)) noticeCache.set(notice, noticeParts(notice));
  return noticeCache.get(notice) ?? null;
}

let titleCache: readonly (readonly [Edition, string])[] | undefined;

/** Each edition's format title as compared, longest first; worked out once. */
function formatTitles(): readonly (readonly [Edition, string])[] {
  titleCache ??= editionKeys
    .map((e) => [e, labelKey(editions[e].formatTitle)] as const)
    .sort((a, b) => b[1].length - a[1].length);
  return titleCache;
}

/** True where the text cites the notice (brackets and spaces as they come: 〔2021〕30 号, [2021]30号). */
function citesNotice(text: string, notice: string): boolean {
  const parts = noticePartsOf(notice);
  if (parts === null) return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(parts.prefix, from);
    if (at < 0) return false;
    from = at + parts.prefix.length;
    const tail = text.slice(from, from + 16).replace(/[^0-9号]/g, "");
    if (tail.startsWith(`${parts.year}${parts.number}号`)) return true;
  }
}

/**
 * Gathers the evidence in a report's text (as compared, {@link labelKey}) and its year, and decides.
 *
 * @example
 * ```ts
 * detectEdition(labelKey(text), 2023, undefined, diagnostics).edition; // "2021"
 * ```
 */
export function detectEdition(
  text: string,
  year: number | null,
  option: Edition | undefined,
  diagnostics: Diagnostics,
): EditionDetection {
  const evidence: EditionEvidence[] = [];
  const distinct = distinctiveLabels();
  for (const e of editionKeys) {
    const found = (distinct.get(e) ?? []).filter((l) => text.includes(l));
    if (found.length > 0) evidence.push({ kind: "labels", edition: e, found });
  }
  for (const e of editionKeys)
    if (citesNotice(text, editions[e].notice))
      evidence.push({ kind: "notice", edition: e, found: [editions[e].notice] });
  const titles = formatTitles();
  let rest = text;
  for (const [e, title] of titles) {
    if (rest.includes(title)) {
      evidence.push({ kind: "format-title", edition: e, found: [editions[e].formatTitle] });
      rest = rest.split(title).join("");
    }
  }
  if (year !== null)
    for (const e of editionKeys) {
      const { from, to } = editions[e].years;
      if (year >= from && (to === null || year <= to))
        evidence.push({ kind: "year", edition: e, found: [String(year)] });
    }
  if (option !== undefined) evidence.unshift({ kind: "option", edition: option, found: [option] });

  const count = (kind: EditionEvidence["kind"], e: Edition) =>
    evidence.filter((x) => x.kind === kind && x.edition === e).reduce((n, x) => n + x.found.length, 0);
  let chosen: Edition = "2021";
  let basis: EditionDetection["basis"] = "default";
  for (const kind of ["option", "labels", "notice", "format-title", "year"] as const) {
    const scores = editionKeys.map((e) => [e, count(kind, e)] as const).sort((a, b) => b[1] - a[1]);
    const [top, second] = scores;
    if (top !== undefined && top[1] > 0 && (second === undefined || top[1] > second[1])) {
      chosen = top[0];
      basis = kind;
      break;
    }
  }
  const message = describe(chosen, basis, evidence);
  diagnostics.info("edition.detected", message);
  const against = evidence.filter((x) => x.edition !== chosen && x.kind !== "option");
  if (basis === "default")
    diagnostics.warning("edition.assumed", {
      zh: `未找到判断格式版本的依据，按 ${chosen} 年版读表`,
      en: `no evidence of the edition; the tables are read in the ${chosen} edition`,
    });
  else if (against.length > 0)
    diagnostics.warning("edition.conflict", {
      zh: `也有指向另一版的依据：${against.map((x) => phrase(x).zh).join("；")}`,
      en: `there is also evidence of the other edition: ${against.map((x) => phrase(x).en).join("; ")}`,
    });
  return { edition: chosen, basis, evidence, message };
}

function phrase(x: EditionEvidence): Message {
  switch (x.kind) {
    case "labels":
      return {
        zh: `表中有仅见于 ${x.edition} 年版的栏目${x.found.map((l) => `「${l}」`).join("")}`,
        en: `the tables print labels only the ${x.edition} edition has (${x.found.join(", ")})`,
      };
    case "notice":
      return { zh: `引用了${x.found[0]}`, en: `it cites ${x.found[0]}` };
    case "format-title":
      return { zh: `引用了《${x.found[0]}》`, en: `it cites the format “${x.found[0]}”` };
    case "year":
      return {
        zh: `报告年度 ${x.found[0]} 年适用 ${x.edition} 年版`,
        en: `the report year ${x.found[0]} falls under the ${x.edition} edition`,
      };
    case "option":
      return { zh: "调用方指定", en: "the caller asked for it" };
  }
}

function describe(chosen: Edition, basis: EditionDetection["basis"], evidence: readonly EditionEvidence[]): Message {
  const notice = editions[chosen].notice;
  const reasons = evidence.filter((x) => x.edition === chosen).map(phrase);
  if (basis === "default" || reasons.length === 0)
    return {
      zh: `按 ${chosen} 年版（${notice}）读表：无任何依据，默认`,
      en: `read in the ${chosen} edition (${notice}) by default: no evidence`,
    };
  return {
    zh: `按 ${chosen} 年版（${notice}）读表：${reasons.map((r) => r.zh).join("；")}`,
    en: `read in the ${chosen} edition (${notice}): ${reasons.map((r) => r.en).join("; ")}`,
  };
}
