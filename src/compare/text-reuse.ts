/**
 * Text reuse: the share of this year's prose found in last year's, per part and overall, with the reused
 * passages as ranges of both reports' paragraphs, and boilerplate counted apart.
 *
 * @module
 */
import type { Report } from "../model/report.generated.js";
import { findPieces } from "./matching.js";
import { normaliseText } from "./normalise.js";
import { type Prose, proseOf } from "./prose.js";
import type { PartReuse, Passage, ReuseFigures, TextReuse } from "./types.js";

/**
 * Options of {@link textReuse}.
 *
 * @example
 * ```ts
 * const o: TextReuseOptions = { minPassage: 8, boilerplate: ["本报告根据"], passages: true };
 * ```
 */
export interface TextReuseOptions {
  readonly minPassage: number;
  readonly boilerplate: readonly string[];
  readonly passages: boolean;
}

/** One UTF-16 unit per code point (astral ones folded; matches are verified on the code points). */
function searchable(chars: Int32Array): string {
  let out = "";
  for (let i = 0; i < chars.length; i += 4096) {
    const slice = chars.subarray(i, i + 4096);
    out += String.fromCharCode(...Array.from(slice, (c) => c & 0xffff));
  }
  return out;
}

/** Phrases normalised once (the built-in list and callers' own, up to a bound). */
const phraseCache = new Map<string, Int32Array>();

function phraseChars(phrase: string): Int32Array {
  let chars = phraseCache.get(phrase);
  if (chars === undefined) {
    chars = Int32Array.from(normaliseText(phrase).chars);
    if (phraseCache.size < 4096) phraseCache.set(phrase, chars);
  }
  return chars;
}

/** Marks (1) every character of `prose` inside a whole occurrence of a boilerplate phrase. */
function boilerplateMarks(prose: Prose, phrases: readonly string[]): Uint8Array {
  const marks = new Uint8Array(prose.chars.length);
  if (phrases.length === 0 || prose.chars.length === 0) return marks;
  const haystack = searchable(prose.chars);
  for (const phrase of phrases) {
    const chars = phraseChars(phrase);
    if (chars.length === 0) continue;
    const needle = searchable(chars);
    let at = haystack.indexOf(needle);
    while (at >= 0) {
      let same = true;
      for (let t = 0; t < chars.length && same; t++) same = prose.chars[at + t] === chars[t];
      if (same) marks.fill(1, at, at + chars.length);
      at = haystack.indexOf(needle, at + 1);
    }
  }
  return marks;
}

interface Tally {
  characters: number;
  reused: number;
  boilerplate: number;
  boilerplateReused: number;
}

function figures(t: Tally): ReuseFigures {
  return {
    characters: t.characters,
    reused: t.reused,
    share: t.characters === 0 ? null : t.reused / t.characters,
    boilerplate: { characters: t.boilerplate, reused: t.boilerplateReused },
  };
}

const emptyTally = (): Tally => ({ characters: 0, reused: 0, boilerplate: 0, boilerplateReused: 0 });

function add(into: Tally, t: Tally): void {
  into.characters += t.characters;
  into.reused += t.reused;
  into.boilerplate += t.boilerplate;
  into.boilerplateReused += t.boilerplateReused;
}

/**
 * Measures how much of `current`'s prose is found in `previous`'s (see the module's notes and docs/compare.md).
 *
 * @example
 * ```ts
 * const reuse = textReuse(last, now, { minPassage: 8, boilerplate: boilerplatePhrases, passages: true });
 * reuse.overall.share; // 0…1, or null without prose
 * ```
 */
export function textReuse(previous: Report, current: Report, options: TextReuseOptions): TextReuse {
  const before = proseOf(previous);
  const now = proseOf(current);
  const n = now.chars.length;
  const pieces = findPieces(before.chars, now.chars, options.minPassage);
  const reused = new Uint8Array(n);
  for (const p of pieces) reused.fill(1, p.at, p.at + p.length);
  const boiler = boilerplateMarks(now, options.boilerplate);

  // each character counted in its finest part, then the parts added into their parents and the whole
  const own = now.parts.map(emptyTally);
  for (let i = 0; i < n; i++) {
    const t = own[now.part[i] as number] as Tally;
    if (boiler[i] === 1) {
      t.boilerplate++;
      t.boilerplateReused += reused[i] as number;
    } else {
      t.characters++;
      t.reused += reused[i] as number;
    }
  }
  const tallies = own.map((t) => ({ ...t }));
  const overall = emptyTally();
  now.parts.forEach((p, i) => {
    const t = own[i] as Tally;
    const parent = p.parent === undefined ? undefined : tallies[now.parts.findIndex((q) => q.key === p.parent)];
    for (const into of parent === undefined ? [overall] : [overall, parent]) add(into, t);
  });
  const parts: PartReuse[] = now.parts.map((p, i) => ({
    key: p.key,
    title: p.title,
    ...(p.parent === undefined ? {} : { parent: p.parent }),
    ...figures(tallies[i] as Tally),
  }));
  return {
    minPassage: options.minPassage,
    overall: figures(overall),
    previousCharacters: before.chars.length,
    parts,
    passages: options.passages ? passagesOf(pieces, before, now, boiler) : [],
  };
}

/** The pieces as passages: split wherever a paragraph or part changes on either side, or boilerplate starts or ends. */
function passagesOf(
  pieces: readonly { at: number; from: number; length: number }[],
  before: Prose,
  now: Prose,
  boiler: Uint8Array,
): Passage[] {
  const out: Passage[] = [];
  const emit = (at: number, from: number, length: number) => {
    const last = at + length - 1;
    const cb = now.blocks[now.block[at] as number] as Passage["current"];
    const pb = before.blocks[before.block[from] as number] as Passage["previous"];
    out.push({
      part: (now.parts[now.part[at] as number] as { key: string }).key,
      length,
      boilerplate: boiler[at] === 1,
      current: {
        section: cb.section,
        paragraph: cb.paragraph,
        start: now.start[at] as number,
        end: now.end[last] as number,
      },
      previous: {
        section: pb.section,
        paragraph: pb.paragraph,
        start: before.start[from] as number,
        end: before.end[from + length - 1] as number,
      },
    });
  };
  for (const piece of pieces) {
    let s = 0;
    for (let t = 1; t <= piece.length; t++) {
      const a = piece.at + t;
      const b = piece.from + t;
      const split =
        t === piece.length ||
        now.block[a] !== now.block[a - 1] ||
        now.part[a] !== now.part[a - 1] ||
        before.block[b] !== before.block[b - 1] ||
        boiler[a] !== boiler[a - 1];
      if (split) {
        emit(piece.at + s, piece.from + s, t - s);
        s = t;
      }
    }
  }
  return out;
}
