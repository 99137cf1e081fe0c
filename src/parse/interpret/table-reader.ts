/**
 * Reading one table: each run of figures is given to the row whose label stands nearest before it,
 * rows are expected in printed order, and every figure is read for its column. What cannot be read
 * unambiguously becomes `null` with a diagnostic naming the row (and the column where there is one).
 *
 * @module
 */
import type { CellValue } from "../../model/build.js";
import { type DiagnosticPlace, type Diagnostics, quote } from "../diagnostics.js";
import { isDigit } from "../document/chars.js";
import type { SourceLine } from "../document/lines.js";
import { cellPaths, type FieldCell, fieldCells, readFieldCell } from "./cells.js";
import { type ColumnSamples, placeByColumns, sampleColumns } from "./columns.js";
import { type LabelMatch, matchTarget, windowSize } from "./match.js";
import { isTableText, shareByOrder, totalHolds } from "./row-checks.js";
import type { Segment, ValueToken } from "./segments.js";
import { type TablePlan, type Target, tableVocabulary } from "./targets.js";
import { isBlankMark, isValueText } from "./values.js";
import { wrappedRests } from "./wraps.js";

/** A run of figures that belongs to no row (yet). */
interface Stray {
  readonly segment: Segment;
  readonly duplicate?: Target;
  /** True for a row found again on lines searched for displaced rows (their lines are claimed: still reported). */
  readonly searched?: boolean;
}

/** The row (or rows of one line: 表四) read last, with its figures. */
interface LastRow {
  readonly rows: readonly Target[];
  readonly tokens: readonly ValueToken[];
}

/** A short row of layout text, read by column positions once the full rows are known. */
interface Short {
  readonly target: Target;
  readonly segment: Segment;
}

/** A row's figures read apart from its label (plain `pdftotext`), which an unlabelled row's could also be. */
interface Pending {
  readonly target: Target;
  readonly segment: Segment;
}

/**
 * Figures no row's label claimed since the row read last (plain `pdftotext` and converters print the labels
 * of merged or wrapped cells apart from their figures), held until the next row found by its label.
 */
interface Unclaimed {
  /** The row read last before them. */
  readonly after: Target;
  /** That row's own run, where its figures ran on into the next rows' (it is not read yet), or `null`. */
  readonly own: Segment | null;
  /** Runs of figures since, in order. */
  readonly held: Segment[];
  /** For a run held although a label preceded it: that row and the row not read yet whose label came before. */
  readonly doubtful: Map<Segment, { readonly target: Target; readonly other: Target }>;
  /** Runs held from lines searched for displaced rows (not the table's own section): left alone if not settled. */
  readonly searched: Set<Segment>;
}

/**
 * How a reading pass went.
 *
 * @example
 * ```ts
 * const outcome: ReadOutcome = reader.read(segments, "search"); // { rows: 4, lastLine: 355 }
 * ```
 */
export interface ReadOutcome {
  /** Rows found (their label matched) in this pass. */
  readonly rows: number;
  /** Index of the last line of the last row found, or -1. */
  readonly lastLine: number;
}

/**
 * Reads the rows of one table from segments, in one or more passes, then settles what is missing.
 *
 * @example
 * ```ts
 * const reader = new TableReader(tablePlan("2021", "applications"), lines, diagnostics);
 * reader.read(segmentsOf(lines, indexes), "region");
 * reader.finish({ truncated: false, claimed: new Set() });
 * reader.values.get("applications.newReceived.total"); // 11
 * ```
 */
export class TableReader {
  /** Cell values by dotted path (this edition's cells only). */
  readonly values = new Map<string, CellValue>();
  /** Line indexes of the rows found. */
  readonly usedLines = new Set<number>();
  readonly #filled: boolean[];
  readonly #foreignFound = new Map<Target, (number | null)[]>();
  readonly #strays: Stray[] = [];
  readonly #shorts: Short[] = [];
  readonly #samples: ColumnSamples = new Map();
  /** The figures each row was read from, as printed, to tell a row printed twice from a row forged. */
  readonly #figures = new Map<Target, string>();
  /** Lines of the rows found again on lines searched for displaced rows (a block searched again: reported once). */
  readonly #foundAgainLines = new Set<number>();
  #next = 0;
  #lastFilled = -1;
  /** Figures no label claimed since the row read last, until the next row found by its label. */
  #unclaimed: Unclaimed | null = null;
  /** The row whose label was read last. */
  #lastRead: Target | null = null;
  /** Lines of the runs held so far (a block searched again holds nothing twice). */
  readonly #heldLines = new Set<number>();
  /** The row read last from figures on a line of their own, which an unlabelled row's could also be. */
  #loose: Pending | null = null;
  /**
   * True where the last row taken had more figures than it could read (a run-on not settled): the rows
   * after it may have their figures among them, so labels printed before a run of figures are not read as
   * the labels of those figures.
   */
  #spilled = false;
  /** The row the last `#take` read whole, with its figures, for telling figures wrapped in their cells. */
  #lastRow: LastRow | null = null;
  /** The row the last `#take` read whole from figures of its own. */
  #read1: Target | null = null;

  readonly #lines: readonly SourceLine[];
  readonly #diagnostics: Diagnostics;

  constructor(
    readonly plan: TablePlan,
    lines: readonly SourceLine[],
    diagnostics: Diagnostics,
  ) {
    this.#lines = lines;
    this.#diagnostics = diagnostics;
    this.#filled = plan.targets.map(() => false);
  }

  /** True once every row of the table has been found. */
  get complete(): boolean {
    return this.#next >= this.plan.targets.length && this.#filled.every((f, i) => f || this.#covered(i));
  }

  /** True when no row has been found. */
  get empty(): boolean {
    return this.#lastFilled < 0 && this.#foreignFound.size === 0;
  }

  #lineNo(index: number): number {
    return this.#lines[index]?.no ?? index + 1;
  }

  #place(t: Target, line?: number): { table: string; row: string; line?: number } {
    return line === undefined
      ? { table: this.plan.table.number, row: t.name.zh }
      : { table: this.plan.table.number, row: t.name.zh, line };
  }

  /**
   * Reads segments. `region`: the table's own section; figures that fit no row are reported at the end.
   * `search`: lines elsewhere that may hold displaced rows; figures that fit no row are left alone.
   */
  read(segments: readonly Segment[], mode: "region" | "search"): ReadOutcome {
    let rows = 0;
    let lastLine = -1;
    for (const segment of segments) {
      if (segment.values.length === 0) continue;
      let choice = this.#choose(segment.gap.slice(-windowSize));
      // away from the table, a short label (其他, 总计) that is not the row expected next is a column header of
      // another table as often (表四's 总计)
      if (
        mode === "search" &&
        choice !== null &&
        "target" in choice &&
        choice.match.key.endOnly &&
        (choice.target.order !== this.#next || choice.target.foreign !== undefined)
      )
        choice = null;
      // a row's label on the figures' own line makes them its row's; else they may be rests of wrapped figures
      const seen = segment.gap.slice(-windowSize);
      const labelled =
        choice !== null &&
        "target" in choice &&
        choice.match.end > segment.lineStart - (segment.gap.length - seen.length);
      // only the figures right after a row's can be the rests of its wrapped figures
      const last = this.#lastRow;
      this.#lastRow = null;
      if (!labelled && this.#wrapped(segment, last, choice === null)) {
        for (let i = segment.from; i <= segment.to; i++) this.usedLines.add(i);
        continue;
      }
      if ((choice === null || "duplicate" in choice) && this.#restOfWrapped(segment, last)) continue;
      if (choice === null && this.#hold(segment, mode)) continue;
      if (choice === null || "duplicate" in choice) {
        // a row found again is reported wherever it is: away from the table too (a forged row before a relocated one)
        if (choice !== null && (mode === "region" || this.#foundAgain(choice.duplicate, choice.match, segment)))
          this.#strays.push({ segment, duplicate: choice.duplicate, searched: mode === "search" });
        else if (choice === null && mode === "region") this.#strays.push({ segment });
        continue;
      }
      // empty cells are a row of blanks only right after the row's label, or for a run of rows whose labels
      // all precede them; else they pad a header row (`| 行政复议 | | | | | 行政诉讼 | … |`)
      const window = segment.gap.slice(-windowSize);
      if (
        segment.values.every((v) => v.structured && v.raw === "") &&
        this.#readAs(choice.target, segment, choice.match.end === window.length) === null
      )
        continue;
      const other = this.#passedOver(choice.target, choice.match, segment);
      if (other !== null && this.#hold(segment, mode, { target: choice.target, other })) continue;
      // a short label (其他, 总计) is a column header as often: only a row found by more settles held figures
      if (!choice.match.key.endOnly) this.#settle(choice.target.order);
      const before = this.#loose;
      this.#loose = null;
      if (
        this.#unordered(choice.target, segment) ||
        this.#unreadableBetween(choice.target, choice.match, segment) ||
        (other !== null && this.#ambiguous(choice.target, other, segment))
      ) {
        rows++;
        lastLine = segment.to;
        for (let i = segment.from; i <= segment.to; i++) this.usedLines.add(i);
        continue;
      }
      rows += this.#take(choice.target, choice.match, segment);
      // a row found by its label and read whole: the rows it passed over tell about the one read before
      if (
        before !== null &&
        this.#filled[choice.target.order] &&
        (this.#read1 === choice.target || !choice.match.key.endOnly)
      )
        this.#checkSkipped(before, choice.target.order);
      lastLine = segment.to;
      for (let i = segment.from; i <= segment.to; i++) this.usedLines.add(i);
    }
    // the table's own lines end here: figures held to its end are its last rows' if they fit them exactly
    if (mode === "region") this.#settle(this.plan.targets.length, true);
    return { rows, lastLine };
  }

  /**
   * True where a row already read is found again on lines searched for displaced rows, by more than a short
   * label (其他, 总计 alone head another table's columns as often), and not found there before.
   */
  #foundAgain(target: Target, match: LabelMatch, segment: Segment): boolean {
    if (match.key.endOnly || this.#foundAgainLines.has(segment.to)) return false;
    this.#foundAgainLines.add(segment.to);
    return target.foreign === undefined;
  }

  /** True for a foreign target that may still be found. */
  #open(t: Target): boolean {
    return !this.#foreignFound.has(t) && t.order >= this.#next;
  }

  #choose(window: string): { target: Target; match: LabelMatch } | { duplicate: Target; match: LabelMatch } | null {
    const { targets, foreign } = this.plan;
    const next = targets[this.#next];
    const own = next === undefined ? null : matchTarget(next, window);
    let best: { target: Target; match: LabelMatch } | null =
      next === undefined || own === null ? null : { target: next, match: own };
    const consider = (t: Target, m: LabelMatch | null): void => {
      if (m !== null && (best === null || outbids(m, best.match))) best = { target: t, match: m };
    };
    // against the expected row's label, a later row needs more than a short label at the end (…不计其他)
    for (let i = this.#next + 1; i < targets.length; i++)
      consider(targets[i] as Target, matchTarget(targets[i] as Target, window, own === null));
    // a row passed over as missing may still come, out of its order
    for (let i = 0; i < Math.min(this.#next, targets.length); i++)
      if (!this.#filled[i]) consider(targets[i] as Target, matchTarget(targets[i] as Target, window, own === null));
    // a row of the other edition's layout counts only right before the figures (`（六）其他处理 0 0 0 0 0 0 0`)
    for (const f of foreign) {
      const m = this.#open(f) ? matchTarget(f, window, own === null) : null;
      if (m?.end === window.length) consider(f, m);
    }
    // a row already read whose label outbids them all is printed twice
    let again: { target: Target; match: LabelMatch } | null = null;
    for (let i = Math.min(this.#next, targets.length) - 1; i >= 0; i--) {
      const t = targets[i] as Target;
      const m = this.#filled[i] ? matchTarget(t, window, own === null) : null;
      if (m !== null && (best === null || outbids(m, best.match)) && (again === null || outbids(m, again.match)))
        again = { target: t, match: m };
    }
    return again !== null ? { duplicate: again.target, match: again.match } : best;
  }

  /** Gives a segment's figures to the chosen row (or to a run of rows whose labels all precede them); returns the rows found. */
  #take(target: Target, match: LabelMatch, segment: Segment): number {
    this.#read1 = null;
    this.#lastRow = null;
    const width = target.fields.length;
    if (match.key.alias)
      this.#diagnostics.info(
        "row.alias",
        {
          zh: `「${target.name.zh}」印作「${match.key.text}」`,
          en: `${target.name.en} printed as “${match.key.text}”`,
        },
        this.#place(target, this.#lineNo(segment.to)),
      );
    const reading = this.#readAs(target, segment, true);
    this.#spilled = false;
    if (reading !== null && reading.rows.length > 1) {
      this.#lastRow = { rows: reading.rows, tokens: reading.values };
      let k = 0;
      for (const t of reading.rows) {
        this.#assign(t, reading.values.slice(k, k + t.fields.length));
        k += t.fields.length;
        this.#advance(t);
      }
      return reading.rows.length;
    }
    if (reading === null && this.plan.table.layout === "column-groups" && this.#lastFilled < 0) {
      // a table of one row of figures (表四) whose labels are not all there: as many figures as it has
      // cells can only be its cells, in order
      const length = paddedLengths(segment.values).find((l) => l === this.plan.width);
      if (length !== undefined) {
        this.#lastRow = { rows: this.plan.targets, tokens: segment.values.slice(0, length) };
        let k = 0;
        for (const t of this.plan.targets) {
          this.#assign(t, segment.values.slice(k, k + t.fields.length));
          k += t.fields.length;
          this.#advance(t);
        }
        this.#diagnostics.info(
          "values.by-position",
          {
            zh: `${this.plan.table.number}的表头不全，其 ${length} 个数按各栏的顺序读入`,
            en: `${this.plan.table.number}'s header is incomplete; its ${length} figures were read in the order of its cells`,
          },
          { table: this.plan.table.number, line: this.#lineNo(segment.to) },
        );
        return this.plan.targets.length;
      }
    }
    if (reading !== null) {
      this.#read1 = target;
      this.#lastRow = target.foreign === undefined ? { rows: [target], tokens: reading.values } : null;
      this.#assign(target, reading.values);
      sampleColumns(this.#samples, reading.values);
      // figures on a line of their own (not the label's): an unlabelled row's could stand so too
      const window = segment.gap.slice(-windowSize);
      if (match.end <= segment.lineStart - (segment.gap.length - window.length)) this.#loose = { target, segment };
    } else if (segment.values.length < width && !segment.values.some((v) => v.structured)) {
      this.#shorts.push({ target, segment });
    } else if (this.#unclaimed === null && this.#runsOn(target, segment)) {
      this.#unclaimed = { after: target, own: segment, held: [], doubtful: new Map(), searched: new Set() };
      this.#spilled = true;
    } else {
      this.#mismatch(target, segment);
      this.#spilled = segment.values.length > width;
    }
    this.#advance(target);
    return 1;
  }

  /**
   * How a run of figures reads: as the target's row, or as a run of rows whose labels all precede it, once
   * the padding after the figures of a structured row (GFM ignores cells beyond the header's) is dropped —
   * longest reading first; with `alone` false (the label does not end right before the figures) only as a
   * run of rows. Empty label columns before the figures are dropped last. `null`: it reads as neither.
   */
  #readAs(target: Target, segment: Segment, alone: boolean): { rows: Target[]; values: readonly ValueToken[] } | null {
    const width = target.fields.length;
    // a header over one row of figures for several groups (表四): figures for fewer cannot be shared out
    const several =
      this.plan.table.layout === "column-groups" &&
      target.foreign === undefined &&
      this.#chain(segment.gap).rows.length > 1;
    for (const length of paddedLengths(segment.values)) {
      const values = segment.values.slice(0, length);
      if (length === width && alone && !several) return { rows: [target], values };
      if (length > width && target.foreign === undefined) {
        const rows = this.#sequence(segment.gap, length);
        if (rows !== null) return { rows, values };
      }
    }
    if (!alone) return null;
    // under a header naming several rows (表四's), figures for one of them only cannot be told apart
    if (several) return null;
    const fitted = trimPadding(segment.values, width);
    return fitted.length === width ? { rows: [target], values: fitted } : null;
  }

  /**
   * The rows, from the next expected one, whose labels all precede the figures in order: the first such
   * row and the ones after it, as far as their labels go on (several only in a header over one row of
   * figures, like 表四's, or where labels were printed before all their figures).
   */
  #chain(gap: string): { rows: Target[]; end: number } {
    const { targets } = this.plan;
    for (let s = this.#next; s < targets.length; s++) {
      const first = matchTarget(targets[s] as Target, gap);
      if (first === null) continue;
      const rows: Target[] = [targets[s] as Target];
      let end = first.end;
      for (let e = s + 1; e < targets.length; e++) {
        // each label after the last, not inside it (属于行政 inside 7.属于行政执法案卷 is no 8.属于行政查询事项)
        const m = matchTarget(targets[e] as Target, gap);
        if (m === null || m.start < end) break;
        rows.push(targets[e] as Target);
        end = m.end;
      }
      return { rows, end };
    }
    return { rows: [], end: 0 };
  }

  /**
   * The rows a run of `count` figures belongs to when several rows' labels precede it: all of them, or
   * none — a shorter run (blanks left out of extracted text) cannot be shared out among them.
   */
  #sequence(gap: string, count: number): Target[] | null {
    // figures spilled over from the row before may be the first of these rows' (printed apart from their labels)
    if (this.#spilled) return null;
    const { rows: run, end } = this.#chain(gap);
    // from the next expected row on: with its label lost, its figures may be among them (blanks hide it)
    if (run[0]?.order !== this.#next) return null;
    if (run.length < 2 || run.reduce((n, t) => n + t.fields.length, 0) !== count) return null;
    // the run's labels must be the last before the figures: another row's label after them (labels printed
    // apart, in reading-order text) says the figures may be that row's and the rows' after it
    const rest = gap.slice(end);
    for (const t of this.plan.targets) if (!run.includes(t) && matchTarget(t, rest, false) !== null) return null;
    return run;
  }

  #advance(t: Target): void {
    if (t.foreign === undefined) this.#lastRead = t;
    if (t.foreign === undefined && t.order < this.#next) {
      this.#filled[t.order] = true;
      this.#lastFilled = Math.max(this.#lastFilled, t.order);
      this.#diagnostics.info(
        "row.out-of-order",
        {
          zh: `「${t.name.zh}」不在原来的位置，已按其标签读入`,
          en: `${t.name.en} is out of its place; it was read by its label`,
        },
        this.#place(t),
      );
    } else if (t.foreign === undefined) {
      this.#filled[t.order] = true;
      this.#lastFilled = Math.max(this.#lastFilled, t.order);
      this.#next = Math.max(this.#next, t.order + 1);
    } else if (t.foreign.relation === "part") this.#next = Math.max(this.#next, t.order);
    else this.#next = Math.max(this.#next, (t.foreign.related[t.foreign.related.length - 1] as number) + 1);
  }

  /**
   * True where a row's run of figures may run on into the rows after it (reading-order text prints the
   * labels of merged or wrapped cells apart from their figures): a row of this edition in a table of rows,
   * figures of text lines, more than the row has, and the row's own first ones holding its 总计.
   */
  #runsOn(target: Target, segment: Segment): boolean {
    const width = target.fields.length;
    return (
      target.foreign === undefined &&
      this.plan.table.layout !== "column-groups" &&
      segment.values.length > width &&
      !segment.values.some((v) => v.structured) &&
      totalHolds(target, segment.values.slice(0, width))
    );
  }

  /**
   * Holds a run of figures no label claimed (or, with `doubt`, one a label claimed that may not be its row's)
   * until the next row found by its label: true where held. Only in a table of rows with a 总计 column (表三:
   * the only check of rows shared out by order), after a row was read, and for figures (a run of blank cells
   * pads a header row).
   */
  #hold(
    segment: Segment,
    mode: "region" | "search",
    doubt?: { readonly target: Target; readonly other: Target },
  ): boolean {
    if (!this.#sharable || segment.values.every((v) => isBlankMark(v.raw))) return false;
    if (segment.values.some((v) => this.#heldLines.has(v.line))) return true;
    const after = this.#unclaimed?.after ?? this.#lastRead;
    if (after === null) return false;
    for (const v of segment.values) this.#heldLines.add(v.line);
    this.#unclaimed ??= { after, own: null, held: [], doubtful: new Map(), searched: new Set() };
    this.#unclaimed.held.push(segment);
    if (doubt !== undefined) this.#unclaimed.doubtful.set(segment, doubt);
    if (mode === "search") this.#unclaimed.searched.add(segment);
    else for (let i = segment.from; i <= segment.to; i++) this.usedLines.add(i);
    return true;
  }

  /** True for a table of rows each with a 总计 column, whose unlabelled rows may be shared out by order. */
  get #sharable(): boolean {
    return (
      this.plan.table.layout !== "column-groups" &&
      this.plan.targets.every((t) => t.fields.some((f) => f.total === true))
    );
  }

  /**
   * Settles the figures held since the row read last, now that the next row found is `until` (the table's
   * end: its row count): they are the rows' between, in the table's order — the row read last included where
   * its own run ran on — only where none of those rows is read yet, the figures are exactly as many as their
   * cells, each run held ends where a row ends, and every row holds its own 总计. Else nothing is guessed: the
   * row whose run ran on is left blank (null) as a row of the wrong count, the runs held are reported as
   * figures that belong to no row.
   */
  #settle(until: number, onlyIfFits = false): void {
    const u = this.#unclaimed;
    if (u === null) return;
    const rows = this.plan.targets.slice(u.after.order + (u.own === null ? 1 : 0), until);
    const free = rows.every(
      (t, i) => (i === 0 && u.own !== null) || (!this.#filled[t.order] && !this.#covered(t.order)),
    );
    // runs held from lines searched (maybe not the table's) are dropped from the end until the rest fits: the
    // runs kept are those whose figures add up to the rows' cells (one pass, whatever the number of runs)
    const cells = rows.reduce((n, t) => n + t.fields.length, 0);
    let figures = u.own === null ? 0 : u.own.values.length;
    let keep = 0;
    while (keep < u.held.length && figures < cells) {
      figures += labelCellsDropped((u.held[keep] as Segment).values).length;
      keep++;
    }
    const counted = figures === cells && u.held.slice(keep).every((r) => u.searched.has(r));
    const held = counted ? u.held.slice(0, keep) : u.held;
    const chunks =
      !counted || (u.own === null && held.length === 0)
        ? null
        : shareByOrder(
            rows,
            (u.own === null ? held : [u.own, ...held]).map((r) => labelCellsDropped(r.values)),
          );
    const runs = u.own === null ? held : [u.own, ...held];
    const fits = chunks !== null && free && rows.length >= (u.own === null ? 1 : 2);
    if (!fits && onlyIfFits) return;
    this.#unclaimed = null;
    if (chunks === null || !fits) {
      if (u.own !== null) this.#mismatch(u.after, u.own);
      for (const segment of u.held) {
        const doubt = u.doubtful.get(segment);
        if (doubt !== undefined && !this.#filled[doubt.target.order])
          this.#ambiguous(doubt.target, doubt.other, segment);
        else if (!u.searched.has(segment)) this.#strays.push({ segment });
      }
      this.#spilled = true;
      return;
    }
    rows.forEach((t, i) => {
      this.#assign(t, chunks[i] ?? []);
      if (i > 0 || u.own === null) this.#advance(t);
    });
    for (const segment of held) for (let i = segment.from; i <= segment.to; i++) this.usedLines.add(i);
    this.#spilled = false;
    const first = runs[0] as Segment;
    const names = rows
      .slice(u.own === null ? 0 : 1)
      .map((t) => `「${t.name.zh}」`)
      .join("");
    const count = rows.length - (u.own === null ? 0 : 1);
    this.#diagnostics.info(
      "values.by-order",
      {
        zh: `「${u.after.name.zh}」后有 ${count} 行数没有标明所属的行（其标签印在别处）；按表中的行序读作${names}：数的个数与这些行相符，每行总计等于各栏之和`,
        en: `${count} rows of figures after ${u.after.name.en} are not labelled (their labels are printed elsewhere); they were read in the table's order as the rows that follow it: as many figures as their cells, each row's total the sum of its columns`,
      },
      {
        ...this.#place(u.after, this.#lineNo(first.to)),
        cells: rows.slice(u.own === null ? 0 : 1).flatMap(cellPaths),
      },
    );
  }

  /**
   * When the row found next (`found`: its order; the table's end: its row count) passes over rows not read,
   * and the row read before came from figures on a line of their own: those figures may as well be a
   * passed-over row's — the row above printed blank, the passed-over row's label missing or printed apart
   * (plain `pdftotext` prints a label after its figures as readily as before) — so the row read before is
   * left blank (null). Only a row found by more than a short label (其他, 总计: column headers too) counts.
   */
  #checkSkipped(before: Pending, found: number): void {
    if (found <= before.target.order + 1) return;
    const width = before.target.fields.length;
    let first: Target | undefined;
    for (let o = before.target.order + 1; o < Math.min(found, this.plan.targets.length) && !first; o++) {
      const t = this.plan.targets[o] as Target;
      if (!this.#filled[o] && !this.#covered(o) && t.fields.length === width) first = t;
    }
    if (first === undefined) return;
    const { target, segment } = before;
    const raws = quote(segment.values.map((v) => v.raw || "（空）").join(" "), 60);
    this.#diagnostics.error(
      "row.ambiguous",
      {
        zh: `「${target.name.zh}」的数（${raws}）不与其标签同行，其后「${first.name.zh}」一行没有读到（未印出，或标签印在别处）：这些数也可能是该行的，无法确定，「${target.name.zh}」记为空白（null）`,
        en: `the figures of ${target.name.en} (${raws}) are not on its label's line and the next row, ${first.name.en}, was not read (not printed, or its label printed elsewhere): they may be that row's, so ${target.name.en} is left blank (null)`,
      },
      { ...this.#place(target, this.#lineNo(segment.to)), cells: cellPaths(target) },
    );
    this.#blankRow(target);
  }

  /**
   * True (and the row left blank, with an error) where text that is not the table's own stands between the
   * row's label and the figures — in a structured row, only where the label is not in the figures' row: it
   * may be the label of another row that could not be read, whose figures these are.
   */
  #unreadableBetween(target: Target, match: LabelMatch, segment: Segment): boolean {
    const window = segment.gap.slice(-windowSize);
    // a table of column groups (表四) prints its headers between its labels and its figures
    if (match.end >= window.length || this.plan.table.layout === "column-groups") return false;
    const lineStart = segment.lineStart - (segment.gap.length - window.length);
    if (segment.values.some((v) => v.structured) && match.end > lineStart) return false;
    // header cells flattened with a separator (`行政复议·总计`)
    const between = window.slice(match.end).replaceAll("·", "");
    if (isTableText(between, tableVocabulary(this.plan.key))) return false;
    const raws = quote(segment.values.map((v) => v.raw || "（空）").join(" "), 60);
    this.#diagnostics.error(
      "row.ambiguous",
      {
        zh: `「${target.name.zh}」的标签与其后的数（${raws}）之间有不属于本表的文字（「${quote(between, 30)}」），这些数也可能属于一个无法识别标签的行，无法确定，该行记为空白（null）`,
        en: `text that is not the table's (“${quote(between, 30)}”) stands between the label of ${target.name.en} and the figures after it (${raws}); they may belong to a row whose label could not be read, so the row is left blank (null)`,
      },
      { ...this.#place(target, this.#lineNo(segment.to)), cells: this.#homeCells(target) },
    );
    this.#blankRow(target);
    if (target.foreign !== undefined)
      this.#foreignFound.set(
        target,
        target.fields.map(() => null),
      );
    this.#advance(target);
    return true;
  }

  /**
   * Where the figures stand on a line of their own after the labels of two rows not read yet — the expected
   * one's, then a later one's (`target`) — and are as many as one row's: the earlier row, whose figures they
   * are if the later one's follow elsewhere (converters print labels apart from their figures), as they are
   * the later one's if the earlier one was printed blank. `null` where this is not so.
   */
  #passedOver(target: Target, match: LabelMatch, segment: Segment): Target | null {
    const window = segment.gap.slice(-windowSize);
    const lineStart = segment.lineStart - (segment.gap.length - window.length);
    if (match.end > lineStart || target.foreign !== undefined || target.order <= this.#next) return null;
    const width = target.fields.length;
    if (segment.values.length !== width) return null;
    const before = window.slice(0, match.start);
    for (let o = this.#next; o < target.order; o++) {
      const t = this.plan.targets[o] as Target;
      if (!this.#filled[o] && !this.#covered(o) && t.fields.length === width && matchTarget(t, before, false) !== null)
        return t;
    }
    return null;
  }

  /**
   * True (and the row left blank, with an error) for figures of a table of column groups (表四) on several
   * lines of text: plain `pdftotext` prints each cell as a block of its own, in an order of its own (淮安's
   * 表四 came out as 复议's four parts, 复议后起诉's four parts, 复议's total, …), so neither the header words
   * nearest them nor their order tell which group's they are — their sums are alike for every order of whole
   * groups. On one line (`-layout`, a table's row) they stand in column order.
   */
  #unordered(target: Target, segment: Segment): boolean {
    if (this.plan.table.layout !== "column-groups") return false;
    const first = segment.values[0];
    if (first === undefined || segment.values.every((v) => v.structured || v.line === first.line)) return false;
    const raws = quote(segment.values.map((v) => v.raw || "（空）").join(" "), 60);
    this.#diagnostics.error(
      "row.ambiguous",
      {
        zh: `${this.plan.table.number}的数（${raws}）分印在多行（按阅读顺序提取的文字），各栏组的先后无法确定：不能确定是否属于「${target.name.zh}」，记为空白（null）`,
        en: `figures of ${this.plan.table.number} (${raws}) stand on several lines (text extracted in reading order), where the order of its column groups cannot be told: whether they are ${target.name.en}'s cannot be told, so it is left blank (null)`,
      },
      { ...this.#place(target, this.#lineNo(segment.to)), cells: this.#homeCells(target) },
    );
    this.#blankRow(target);
    this.#advance(target);
    return true;
  }

  /**
   * True (and the cut figures left blank, with an error) where a line of plain digits under the row read last
   * holds the rests of its figures, wrapped in their cells ({@link wrappedRests}).
   */
  #wrapped(segment: Segment, last: LastRow | null, unlabelled: boolean): boolean {
    const rests = last === null ? null : wrappedRests(last.tokens, segment.values, unlabelled);
    if (last === null || rests === null) return false;
    const cells = last.rows.flatMap((t) => fieldCells(t).map((cell) => ({ row: t, cell })));
    rests.forEach((rest, i) => {
      const at = cells[i];
      const token = last.tokens[i];
      if (rest === null || at === undefined || token === undefined) return;
      const { row, cell } = at;
      if (row.foreign !== undefined) return;
      this.values.set(cell.path, null);
      if (cell.unitPath !== null) this.values.set(cell.unitPath, null);
      this.#diagnostics.error(
        "cell.unreadable",
        {
          zh: `「${cell.name.zh}」折行印出（「${quote(token.raw)}」下一行还有「${quote(rest.raw)}」），整个数无法确定，记为 null`,
          en: `${cell.name.en} is wrapped in its cell (“${quote(token.raw)}”, and “${quote(rest.raw)}” on the next line): the whole figure cannot be told, null`,
        },
        {
          table: this.plan.table.number,
          row: row.name.zh,
          line: this.#lineNo(token.line),
          column: cell.field.label,
          cells: cell.cells.slice(),
        },
      );
    });
    return true;
  }

  /**
   * True (and the row read last left blank, with an error) for unlabelled figures holding a piece of digits
   * with a leading zero (`0212`): never a figure of its own, it is the rest of a figure wrapped in its cell,
   * printed apart from it (after a page break's repeated header) — one of the row's figures was cut short.
   */
  #restOfWrapped(segment: Segment, last: LastRow | null): boolean {
    if (last === null || !segment.values.some((v) => leadingZero(v.raw))) return false;
    const raws = quote(segment.values.map((v) => v.raw).join(" "), 60);
    for (const row of last.rows) {
      if (row.foreign !== undefined) continue;
      this.#diagnostics.error(
        "row.value-count",
        {
          zh: `「${row.name.zh}」之后有折行印出的数的后半（${raws}），其中有数被截断，无法确定，记为空白（null）`,
          en: `the rest of a figure wrapped in its cell (${raws}) follows ${row.name.en}: a figure is cut short, so the row is left blank (null)`,
        },
        { ...this.#place(row, this.#lineNo(segment.to)), cells: cellPaths(row) },
      );
      this.#blankRow(row);
    }
    return true;
  }

  /** Leaves `target` blank (null), with an error: its figures may be `other`'s (see `#passedOver`). */
  #ambiguous(target: Target, other: Target, segment: Segment): true {
    const raws = quote(segment.values.map((v) => v.raw || "（空）").join(" "), 60);
    this.#diagnostics.error(
      "row.ambiguous",
      {
        zh: `一行数（${raws}）单独成行，其前有「${other.name.zh}」和「${target.name.zh}」两行的标签，只够一行：不能确定属于哪一行，「${target.name.zh}」记为空白（null）`,
        en: `a row of figures (${raws}) stands on its own after the labels of both ${other.name.en} and ${target.name.en} and is one row's worth: whose it is cannot be told, so ${target.name.en} is left blank (null)`,
      },
      { ...this.#place(target, this.#lineNo(segment.to)), cells: cellPaths(target) },
    );
    this.#blankRow(target);
    if (target.order >= this.#next) this.#advance(target);
    else this.#filled[target.order] = true;
    return true;
  }

  #mismatch(target: Target, segment: Segment): void {
    const raws = segment.values.map((v) => (v.raw === "" ? "（空）" : v.raw)).join(" ");
    const width = target.fields.length;
    const cells = this.#homeCells(target);
    this.#diagnostics.error(
      "row.value-count",
      {
        zh: `「${target.name.zh}」应有 ${width} 个数，实有 ${segment.values.length} 个（${quote(raws, 60)}），无法确定各数所属的栏，该行记为空白（null）`,
        en: `${target.name.en} should have ${width} figures but has ${segment.values.length} (${quote(raws, 60)}); which column each belongs to cannot be told, so the row is left blank (null)`,
      },
      { ...this.#place(target, this.#lineNo(segment.to)), cells },
    );
    this.#blankRow(target);
    if (target.foreign !== undefined)
      this.#foreignFound.set(
        target,
        target.fields.map(() => null),
      );
  }

  #blankRow(target: Target): void {
    if (target.foreign !== undefined) return;
    for (const f of target.fields) {
      this.values.set(`${target.path}.${f.key}`, null);
      const unit = target.units.get(f.key);
      if (unit !== undefined) this.values.set(`${target.path}.${unit.key}`, null);
    }
  }

  /** Reads each figure for its column. */
  #assign(target: Target, tokens: readonly (ValueToken | null)[]): void {
    this.#figures.set(target, figuresOf(tokens.slice(0, target.fields.length)));
    const cells = fieldCells(target);
    const own = target.foreign === undefined;
    const found: (number | null)[] = own ? [] : new Array<number | null>(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const value = this.#readCell(target, cells[i] as FieldCell, tokens[i] ?? null);
      if (!own) found[i] = value;
    }
    if (!own) this.#foreignFound.set(target, found);
  }

  #readCell(target: Target, cell: FieldCell, token: ValueToken | null): number | null {
    const place = (): DiagnosticPlace => ({
      table: this.plan.table.number,
      row: target.name.zh,
      ...(token === null ? {} : { line: this.#lineNo(token.line) }),
      column: cell.field.label,
      cells: this.#homeCells(target, cell),
    });
    const { value, unit } = readFieldCell(cell, token, this.#diagnostics, place);
    if (target.foreign === undefined) {
      this.values.set(cell.path, value);
      if (cell.unitPath !== null) this.values.set(cell.unitPath, unit);
    }
    return value;
  }

  /**
   * The cells of this edition a diagnostic about `target` (or one of its columns) names: its own; for a row of
   * the other edition's layout, those of the rows of this edition it stands for (the report has no others).
   */
  #homeCells(target: Target, column?: FieldCell): string[] {
    if (target.foreign === undefined) return column === undefined ? cellPaths(target) : column.cells.slice();
    return target.foreign.related.flatMap((o) => {
      const home = this.plan.targets[o];
      if (home === undefined) return [];
      if (column === undefined) return cellPaths(home);
      return fieldCells(home).flatMap((c) => (c.field.key === column.field.key ? c.cells : []));
    });
  }

  /** True where a foreign target found in the input stands for this edition's row `order`. */
  #covered(order: number): boolean {
    for (const f of this.plan.foreign) if (this.#foreignFound.has(f) && f.foreign?.related.includes(order)) return true;
    return false;
  }

  /**
   * Settles the table: short layout rows read by column, rows of the other edition's layout folded in,
   * missing rows reported (as cut off when the input ends inside the table), stray figures reported.
   */
  finish(options: { readonly truncated: boolean; readonly claimed: ReadonlySet<number> }): void {
    this.#settle(this.plan.targets.length);
    if (this.#loose !== null) this.#checkSkipped(this.#loose, this.plan.targets.length);
    this.#loose = null;
    for (const { target, segment } of this.#shorts) {
      const placed = placeByColumns(this.#samples, target.fields.length, segment.values);
      if (placed === null) {
        this.#mismatch(target, segment);
        continue;
      }
      const tokens: (ValueToken | null)[] = target.fields.map(() => null);
      placed.forEach((col, i) => {
        tokens[col] = segment.values[i] as ValueToken;
      });
      this.#diagnostics.info(
        "values.by-position",
        {
          zh: `「${target.name.zh}」只有 ${segment.values.length} 个数，按各数在行中的位置对应到栏，其余栏为空白`,
          en: `${target.name.en} has only ${segment.values.length} figures; they were placed by their position under the columns, the other cells are blank`,
        },
        this.#place(target, this.#lineNo(segment.to)),
      );
      this.#assign(target, tokens);
    }
    this.#settleForeign();
    const { targets } = this.plan;
    const missing: Target[] = [];
    targets.forEach((t, i) => {
      if (!this.#filled[i] && !this.#covered(i)) missing.push(t);
    });
    const cut = options.truncated ? missing.filter((t) => t.order > this.#lastFilled) : [];
    for (const t of missing) {
      this.#blankRow(t);
      if (cut.includes(t)) continue;
      this.#diagnostics.error(
        "row.missing",
        {
          zh: `未找到「${t.name.zh}」这一行，该行记为空白（null）`,
          en: `row ${t.name.en} was not found; it is left blank (null)`,
        },
        { ...this.#place(t), cells: cellPaths(t) },
      );
    }
    const first = cut[0];
    if (first !== undefined)
      this.#diagnostics.error(
        "table.truncated",
        {
          zh: `输入在${this.plan.table.number}中途结束：自「${first.name.zh}」起 ${cut.length} 行缺失，记为空白（null）`,
          en: `the input ends inside ${this.plan.table.number}: ${cut.length} rows from ${first.name.en} on are missing (null)`,
        },
        {
          table: this.plan.table.number,
          row: first.name.zh,
          cells: cut.flatMap(cellPaths),
        },
      );
    for (const stray of this.#strays) {
      if (stray.searched !== true && stray.segment.values.some((v) => options.claimed.has(v.line))) continue;
      if (stray.segment.values.every((v) => isBlankMark(v.raw))) continue;
      const raws = quote(stray.segment.values.map((v) => v.raw || "（空）").join(" "), 60);
      const line = this.#lineNo(stray.segment.to);
      if (stray.duplicate !== undefined) this.#reportDuplicate(stray.duplicate, stray.segment, raws, line);
      else
        this.#diagnostics.warning(
          "values.unattributed",
          {
            zh: `${this.plan.table.number}中有一组数（${raws}）找不到所属的行，已忽略`,
            en: `figures in ${this.plan.table.number} (${raws}) belong to no row that could be found; ignored`,
          },
          { table: this.plan.table.number, line },
        );
    }
  }

  /**
   * Reports a row found again: a warning where both printings give the same figures (the first is kept), else
   * an error and the row's cells `null` — which of the two is the table's own cannot be told.
   */
  #reportDuplicate(target: Target, segment: Segment, raws: string, line: number): void {
    const first = this.#figures.get(target);
    const same = first === figuresOf(segment.values.slice(0, target.fields.length));
    if (first === undefined || same) {
      this.#diagnostics.warning(
        "row.duplicate",
        same
          ? {
              zh: `「${target.name.zh}」再次出现（${raws}），两处的数相同，保留第一次的数`,
              en: `${target.name.en} appears again (${raws}) with the same figures; the first is kept`,
            }
          : {
              zh: `「${target.name.zh}」再次出现（${raws}），已忽略`,
              en: `${target.name.en} appears again (${raws}); ignored`,
            },
        { ...this.#place(target, line) },
      );
      return;
    }
    this.#blankRow(target);
    this.#diagnostics.error(
      "row.duplicate",
      {
        zh: `「${target.name.zh}」出现两次，数不同（${quote(first, 60)}；${raws}），无法确定哪一行是真的，该行记为空白（null）`,
        en: `${target.name.en} appears twice with different figures (${quote(first, 60)}; ${raws}); which is the table's cannot be told, the row is left blank (null)`,
      },
      { ...this.#place(target, line), cells: cellPaths(target) },
    );
  }

  /** Rows printed in the other edition's layout: parts summed into a whole, a whole of zeros split into parts. */
  #settleForeign(): void {
    const { targets, foreign } = this.plan;
    const done = new Set<number>();
    for (const f of foreign) {
      const rel = f.foreign;
      if (rel === undefined || rel.relation !== "part" || !this.#foreignFound.has(f)) continue;
      const whole = rel.related[0] as number;
      if (this.#filled[whole] || done.has(whole)) continue;
      done.add(whole);
      const t = targets[whole] as Target;
      const parts = foreign.filter((g) => g.foreign?.relation === "part" && g.foreign.related[0] === whole);
      const found = parts.map((p) => this.#foreignFound.get(p));
      const complete = found.every((v) => v !== undefined);
      let summed = 0;
      t.fields.forEach((field, i) => {
        const addends = found.map((v) => v?.[i] ?? null);
        const ok = complete && addends.every((a) => a !== null);
        const total = ok ? (addends as number[]).reduce((a, b) => a + b, 0) : null;
        if (ok) summed++;
        this.values.set(`${t.path}.${field.key}`, total);
      });
      this.#filled[whole] = true;
      this.#lastFilled = Math.max(this.#lastFilled, whole);
      const names = parts.map((p) => p.entry.node.ordinal + p.entry.node.label).join("、");
      const level = summed === t.fields.length ? "info" : "warning";
      this.#diagnostics.add(
        level,
        "row.summed",
        {
          zh: `「${t.name.zh}」按另一版格式分行印出（${names}），各栏取其和${summed === t.fields.length ? "" : "；有分项缺失或空白的栏记为 null"}`,
          en: `${t.name.en} is printed as the other edition's sub-rows; each column is their sum${summed === t.fields.length ? "" : "; columns with a missing or blank sub-row are null"}`,
        },
        { ...this.#place(t), cells: cellPaths(t) },
      );
    }
    for (const f of foreign) {
      const rel = f.foreign;
      const found = this.#foreignFound.get(f);
      if (rel === undefined || rel.relation !== "whole" || found === undefined) continue;
      const parts = rel.related.filter((o) => !this.#filled[o]);
      if (parts.length === 0) continue;
      const zeros = found.every((v) => v === 0);
      for (const o of parts) {
        const t = targets[o] as Target;
        for (const field of t.fields) this.values.set(`${t.path}.${field.key}`, zeros ? 0 : null);
        this.#filled[o] = true;
        this.#lastFilled = Math.max(this.#lastFilled, o);
      }
      const label = f.entry.node.ordinal + f.entry.node.label;
      const cells = parts.flatMap((o) =>
        (targets[o] as Target).fields.map((x) => `${(targets[o] as Target).path}.${x.key}`),
      );
      if (zeros)
        this.#diagnostics.info(
          "row.collapsed",
          {
            zh: `「${label}」只印了一行且全为 0，其各分项均记为 0`,
            en: `“${label}” is printed as one row of zeros; each of its sub-rows is 0`,
          },
          { table: this.plan.table.number, row: label, cells },
        );
      else
        this.#diagnostics.warning(
          "row.collapsed",
          {
            zh: `「${label}」只印了一行（${found.map((v) => (v === null ? "空" : String(v))).join(" ")}），无法分到各分项，各分项记为空白（null）`,
            en: `“${label}” is printed as one row (${found.map((v) => (v === null ? "blank" : String(v))).join(" ")}); it cannot be split into its sub-rows, which are left blank (null)`,
          },
          { table: this.plan.table.number, row: label, cells },
        );
    }
  }
}

/**
 * True where label match `a` outbids `b`: where they overlap, by being longer (8.属于行政查询事项 over the
 * 属于行政 it shares with 7.属于行政执法案卷); else by standing later, nearer the figures. Ties keep `b`.
 */
function outbids(a: LabelMatch, b: LabelMatch): boolean {
  const overlap = a.start < b.end && b.start < a.end;
  return overlap ? a.end - a.start > b.end - b.start : a.start > b.start;
}

/**
 * Drops the empty cells a structured row has beyond the expected count: padding after the figures first
 * (GFM ignores cells beyond the header's; a value spanning columns leaves empty ones), then empty label
 * columns before them.
 */
function trimPadding(values: readonly ValueToken[], width: number): readonly ValueToken[] {
  if (values.length <= width || !values.every((v) => v.structured)) return values;
  let start = 0;
  let end = values.length;
  while (end - start > width && values[end - 1]?.raw === "") end--;
  while (end - start > width && values[start]?.raw === "") start++;
  return values.slice(start, end);
}

/** True for plain digits with a leading zero (`0212`, not `0`): no figure is printed so. */
function leadingZero(raw: string): boolean {
  return raw.length > 1 && raw.charCodeAt(0) === 0x30 && isDigit(raw.charCodeAt(1)) && isValueText(raw);
}

/** A structured run without the empty cells before its figures (a label cell left empty: `| | 447 | 7 | … |`). */
function labelCellsDropped(values: readonly ValueToken[]): readonly ValueToken[] {
  let k = 0;
  while (k < values.length && values[k]?.structured === true && values[k]?.raw === "") k++;
  return k === 0 ? values : values.slice(k);
}

/** The lengths a structured run may have once trailing padding is dropped, longest first. */
function paddedLengths(values: readonly ValueToken[]): number[] {
  const out = [values.length];
  if (!values.every((v) => v.structured)) return out;
  for (let end = values.length; end > 0 && values[end - 1]?.raw === ""; end--) out.push(end - 1);
  return out;
}

/** A row's figures as printed, white space removed, for comparing two printings of a row. */
function figuresOf(tokens: readonly (ValueToken | null)[]): string {
  return tokens.map((t) => (t === null ? "" : t.raw.replace(/\s+/g, ""))).join(" ");
}
