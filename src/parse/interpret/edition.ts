/**
 * Which edition a report's tables are in, and why: best fit over every registered edition — the labels that tell
 * one edition from another (derived from the descriptors), then the notice or the format cited, the report year —
 * with ambiguity as an outcome (a warning naming the candidates and the labels that decided).
 *
 * @module
 */
import type { TableNode } from "../../format/descriptor.js";
import {
  type Edition,
  editionKeys,
  editions,
  editionYears,
  newestEdition,
  registryVersion,
  tableKeys,
} from "../../format/editions.js";
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

/** Labels of `a` (four characters or more) that tell it from `b`: not among `b`'s, nor part of one of them. */
function apart(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const others = [...b];
  return [...a].filter((l) => l.length >= 4 && !others.some((o) => o.includes(l)));
}

let pairCache: { readonly version: number; readonly pairs: ReadonlyMap<string, readonly string[]> } | undefined;

/** Every ordered pair of registered editions `a\u0000b` → the labels that tell `a` from `b`; worked out once. */
function pairLabels(): ReadonlyMap<string, readonly string[]> {
  if (pairCache?.version === registryVersion()) return pairCache.pairs;
  const sets = new Map(editionKeys.map((e) => [e, labelsOf(e)] as const));
  const pairs = new Map<string, readonly string[]>();
  for (const a of editionKeys)
    for (const b of editionKeys)
      if (a !== b) pairs.set(pairKey(a, b), apart(sets.get(a) ?? new Set(), sets.get(b) ?? new Set()));
  pairCache = { version: registryVersion(), pairs };
  return pairs;
}

const pairKey = (a: Edition, b: Edition) => `${a}\u0000${b}`;

/**
 * Labels only one edition prints: not in any other, and not part of one of the other's (处理决定数量 is part of
 * 2021's 本年处理决定数量, so it tells nothing). At least four characters.
 *
 * @example
 * ```ts
 * distinctiveLabels().get("2019"); // ["本年新制作数量", "本年新公开数量", …]
 * ```
 */
export function distinctiveLabels(): ReadonlyMap<Edition, readonly string[]> {
  const pairs = pairLabels();
  const out = new Map<Edition, readonly string[]>();
  for (const e of editionKeys) {
    const others = editionKeys.filter((o) => o !== e);
    const lists = others.map((o) => pairs.get(pairKey(e, o)) ?? []);
    out.set(
      e,
      others.length === 0 ? [...labelsOf(e)] : (lists[0] ?? []).filter((l) => lists.every((x) => x.includes(l))),
    );
  }
  return out;
}

/**
 * The labels evidence of a text: for each edition, the labels found that tell it from another edition, and
 * which edition beats which (more of its telling labels found than of the other's). Best fit: the editions no
 * other beats.
 */
function labelContest(text: string): {
  readonly evidence: EditionEvidence[];
  readonly candidates: readonly Edition[];
  readonly decided: boolean;
  /** The labels found that tell `a` from `b`. */
  readonly telling: (a: Edition, b: Edition) => readonly string[];
} {
  const pairs = pairLabels();
  const found = new Map<string, readonly string[]>();
  for (const [key, labels] of pairs)
    found.set(
      key,
      labels.filter((l) => text.includes(l)),
    );
  const evidence: EditionEvidence[] = [];
  const many = editionKeys.length > 2;
  for (const e of editionKeys) {
    const others = editionKeys.filter((o) => o !== e);
    const labels = new Set<string>();
    const against: Edition[] = [];
    for (const o of others) {
      const f = found.get(pairKey(e, o)) ?? [];
      for (const l of f) labels.add(l);
      if (f.length > 0) against.push(o);
    }
    if (labels.size === 0) continue;
    const list = [...labels];
    evidence.push(
      many && against.length < others.length
        ? { kind: "labels", edition: e, found: list, against }
        : { kind: "labels", edition: e, found: list },
    );
  }
  const score = (a: Edition, b: Edition) => found.get(pairKey(a, b))?.length ?? 0;
  const beaten = (e: Edition) => editionKeys.some((o) => o !== e && score(o, e) > score(e, o));
  const undefeated = editionKeys.filter((e) => !beaten(e));
  // nothing told any edition from another, or a cycle: the labels decide nothing
  const telling = (a: Edition, b: Edition) => found.get(pairKey(a, b)) ?? [];
  if (evidence.length === 0 || undefeated.length === 0)
    return { evidence, candidates: editionKeys, decided: false, telling };
  return { evidence, candidates: undefeated, decided: undefeated.length === 1, telling };
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

let titleCache: { readonly version: number; readonly titles: readonly (readonly [Edition, string])[] } | undefined;

/** Each edition's format title as compared, longest first; worked out once per registry version. */
function formatTitles(): readonly (readonly [Edition, string])[] {
  if (titleCache?.version !== registryVersion())
    titleCache = {
      version: registryVersion(),
      titles: editionKeys
        .map((e) => [e, labelKey(editions[e].formatTitle)] as const)
        .sort((a, b) => b[1].length - a[1].length),
    };
  return titleCache.titles;
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
  const contest = labelContest(text);
  const evidence: EditionEvidence[] = [...contest.evidence];
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
      const { from, to } = editionYears(e);
      if (year >= from && (to === null || year <= to))
        evidence.push({ kind: "year", edition: e, found: [String(year)] });
    }
  if (option !== undefined) evidence.unshift({ kind: "option", edition: option, found: [option] });

  const count = (kind: EditionEvidence["kind"], e: Edition) =>
    evidence.filter((x) => x.kind === kind && x.edition === e).reduce((n, x) => n + x.found.length, 0);
  /** The one edition among `among` with the most evidence of `kind`, if one has more than the others. */
  const best = (kind: EditionEvidence["kind"], among: readonly Edition[]): Edition | undefined => {
    const scores = among.map((e) => [e, count(kind, e)] as const).sort((a, b) => b[1] - a[1]);
    const [top, second] = scores;
    return top !== undefined && top[1] > 0 && (second === undefined || top[1] > second[1]) ? top[0] : undefined;
  };
  // the labels narrow the field to the editions no other beats; among several, what follows decides
  const narrowed = !contest.decided && contest.candidates.length < editionKeys.length;
  let chosen: Edition = contest.candidates[0] ?? newestEdition();
  let basis: EditionDetection["basis"] = "default";
  if (option !== undefined) {
    chosen = option;
    basis = "option";
  } else if (contest.decided) {
    basis = "labels";
  } else {
    for (const kind of ["notice", "format-title", "year"] as const) {
      const top = best(kind, contest.candidates);
      if (top !== undefined) {
        chosen = top;
        basis = kind;
        break;
      }
    }
    if (basis === "default" && narrowed) basis = "labels";
  }
  const message = describe(chosen, basis, evidence);
  diagnostics.info("edition.detected", message);
  // evidence for another edition; of its labels, those that tell it from the chosen one (a label the chosen edition
  // prints too says nothing against it)
  const against = evidence.flatMap((x): EditionEvidence[] => {
    if (x.edition === chosen || x.kind === "option") return [];
    if (x.kind !== "labels") return [x];
    const found = contest.telling(x.edition, chosen);
    if (found.length === 0) return [];
    return editionKeys.length > 2
      ? [{ kind: "labels", edition: x.edition, found: [...found], against: [chosen] }]
      : [x];
  });
  if (basis === "default")
    diagnostics.warning("edition.assumed", {
      zh: `未找到判断格式版本的依据，按 ${chosen} 年版读表`,
      en: `no evidence of the edition; the tables are read in the ${chosen} edition`,
    });
  else if (narrowed && option === undefined)
    diagnostics.warning("edition.ambiguous", ambiguity(contest.candidates, contest.evidence, chosen, basis));
  else if (against.length > 0)
    diagnostics.warning("edition.conflict", {
      zh: `也有指向另一版的依据：${against.map((x) => phrase(x).zh).join("；")}`,
      en: `there is also evidence of the other edition: ${against.map((x) => phrase(x).en).join("; ")}`,
    });
  return { edition: chosen, basis, evidence, message };
}

/** The tables fit several editions equally well: the candidates, the labels that told each from the rest, the pick. */
function ambiguity(
  candidates: readonly Edition[],
  labels: readonly EditionEvidence[],
  chosen: Edition,
  basis: EditionDetection["basis"],
): Message {
  const said = (e: Edition, lang: "zh" | "en") => {
    const found = labels.find((x) => x.edition === e)?.found ?? [];
    if (lang === "zh") return `${e} 年版：${found.length === 0 ? "无" : found.map((l) => `「${l}」`).join("")}`;
    return `${e}: ${found.length === 0 ? "none" : found.join(", ")}`;
  };
  const by =
    basis === "labels"
      ? { zh: "取其中最新的一版", en: "the newest of them is taken" }
      : { zh: `按${basisWords[basis].zh}取 ${chosen} 年版`, en: `${basisWords[basis].en} decides for ${chosen}` };
  return {
    zh: `表格栏目同样符合 ${candidates.join("、")} 年版（区分的栏目——${candidates.map((e) => said(e, "zh")).join("；")}），${by.zh}`,
    en: `the tables fit the ${candidates.join(", ")} editions equally well (labels that tell them apart — ${candidates.map((e) => said(e, "en")).join("; ")}); ${by.en}`,
  };
}

const basisWords: Record<EditionDetection["basis"], Message> = {
  option: { zh: "调用方指定", en: "the caller's choice" },
  labels: { zh: "表格栏目", en: "the labels" },
  notice: { zh: "所引文号", en: "the notice cited" },
  "format-title": { zh: "所引格式名称", en: "the format's title cited" },
  year: { zh: "报告年度", en: "the report year" },
  default: { zh: "默认", en: "the default" },
};

function phrase(x: EditionEvidence): Message {
  switch (x.kind) {
    case "labels":
      if (x.against !== undefined)
        return {
          zh: `表中有 ${x.edition} 年版有而 ${x.against.join("、")} 年版没有的栏目${x.found.map((l) => `「${l}」`).join("")}`,
          en: `the tables print labels the ${x.edition} edition has and the ${x.against.join(", ")} editions lack (${x.found.join(", ")})`,
        };
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
