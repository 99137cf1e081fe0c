/**
 * A report's prose as one normalised text: its paragraphs in order (preamble, 一、总体情况, 五, 六), each
 * normalised character knowing its paragraph, its original span and the part it belongs to (a 总体情况
 * sub-topic from its 「（一）…」 paragraph on).
 *
 * @module
 */
import type { Report } from "../model/report.generated.js";
import type { Message } from "../validate/issues.js";
import { appendNormalised, NormalisedBuffer } from "./normalise.js";
import type { ProseKey } from "./types.js";

/**
 * The prose keys in printed order.
 *
 * @example
 * ```ts
 * proseKeys; // ["preamble", "overview", "problems", "other"]
 * ```
 */
export const proseKeys: readonly ProseKey[] = ["preamble", "overview", "problems", "other"];

/** Names of the parts. */
const partTitles: Record<ProseKey, Message> = {
  preamble: { zh: "前言", en: "Preamble" },
  overview: { zh: "一、总体情况", en: "1. Overview" },
  problems: { zh: "五、存在的主要问题及改进情况", en: "5. Main problems and improvements" },
  other: { zh: "六、其他需要报告的事项", en: "6. Other matters to report" },
};

/**
 * One part of the prose: a section, or a sub-topic of 总体情况.
 *
 * @example
 * ```ts
 * const p: ProsePart = { key: "overview.2", title: { zh: "（二）依申请公开", en: "(2) 依申请公开" }, parent: "overview" };
 * ```
 */
export interface ProsePart {
  readonly key: string;
  readonly title: Message;
  readonly parent?: string;
}

/**
 * A report's prose, normalised: `chars`, each with its paragraph (`block`, an index into `blocks`), its span in
 * that paragraph, and its part (an index into `parts`, the finest: a sub-topic where there is one).
 *
 * @example
 * ```ts
 * const prose = proseOf(report);
 * prose.chars.length; // normalised characters of the whole prose
 * ```
 */
export interface Prose {
  readonly chars: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly block: Int32Array;
  readonly part: Int32Array;
  readonly blocks: readonly { readonly section: ProseKey; readonly paragraph: number }[];
  readonly parts: readonly ProsePart[];
}

const topicOrdinal = /^[\s\u3000]*[（(]([一二三四五六七八九十]{1,3})[）)]/u;
const numerals = "一二三四五六七八九";

/** `（三）…` → 3; not a sub-topic heading → 0. */
function topicNumber(paragraph: string): number {
  const m = topicOrdinal.exec(paragraph);
  if (m === null) return 0;
  const body = m[1] as string;
  if (body === "十") return 10;
  if (body.length === 1) return numerals.indexOf(body) + 1;
  if (body.startsWith("十")) return 10 + numerals.indexOf(body.slice(1)) + 1;
  return 0;
}

/** A sub-topic's title: its heading up to the first full stop, at most 20 characters. */
function topicTitle(paragraph: string): string {
  const trimmed = paragraph.trim();
  const stop = trimmed.search(/[。：:；;]/u);
  const head = stop < 0 ? trimmed : trimmed.slice(0, stop);
  const chars = Array.from(head);
  return chars.length > 20 ? `${chars.slice(0, 20).join("")}…` : head;
}

function paragraphsOf(report: Report, key: ProseKey): readonly string[] {
  const list = key === "preamble" ? report.preamble : report.sections?.[key];
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === "string") : [];
}

/**
 * The prose of a report, normalised (see `normalise.ts`). Paragraph boundaries are not characters: text
 * re-wrapped over paragraphs normalises the same.
 *
 * @example
 * ```ts
 * proseOf(report).parts.map((p) => p.key); // ["preamble", "overview", "overview.1", …, "problems", "other"]
 * ```
 */
export function proseOf(report: Report): Prose {
  let size = 0;
  for (const section of proseKeys) for (const p of paragraphsOf(report, section)) size += p.length;
  const into = new NormalisedBuffer(size);
  // each paragraph's run of characters: [block, part, end], filled into typed arrays at the end
  const runs: number[] = [];
  const blocks: { section: ProseKey; paragraph: number }[] = [];
  const parts: ProsePart[] = [];
  for (const section of proseKeys) {
    const sectionPart = parts.length;
    parts.push({ key: section, title: partTitles[section] });
    let current = sectionPart;
    let lastTopic = 0;
    paragraphsOf(report, section).forEach((text, paragraph) => {
      const n = section === "overview" ? topicNumber(text) : 0;
      if (n > lastTopic) {
        lastTopic = n;
        const title = topicTitle(text);
        current = parts.length;
        parts.push({ key: `overview.${n}`, title: { zh: title, en: title }, parent: "overview" });
      }
      appendNormalised(text, into);
      runs.push(blocks.length, current, into.length);
      blocks.push({ section, paragraph });
    });
  }
  const { chars, start, end } = into.done();
  const block = new Int32Array(chars.length);
  const part = new Int32Array(chars.length);
  let from = 0;
  for (let r = 0; r < runs.length; r += 3) {
    const to = runs[r + 2] as number;
    block.fill(runs[r] as number, from, to);
    part.fill(runs[r + 1] as number, from, to);
    from = to;
  }
  return {
    chars,
    start,
    end,
    block,
    part,
    blocks,
    parts,
  };
}
