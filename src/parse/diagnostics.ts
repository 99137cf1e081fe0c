/**
 * The collector every stage of the parser reports into.
 *
 * @module
 */
import type { Message } from "../validate/issues.js";
import type { Diagnostic, DiagnosticCode, DiagnosticLevel } from "./types.js";

/**
 * Where a diagnostic points: line, table, row, column, cells.
 *
 * @example
 * ```ts
 * const place: DiagnosticPlace = { line: 205, table: "表三", row: "表三（三）不予公开 1.属于国家秘密" };
 * ```
 */
export type DiagnosticPlace = Omit<Diagnostic, "level" | "code" | "message">;

/**
 * How many diagnostics one parse lists at the most; the rest are counted in one `diagnostics.too-many` diagnostic
 * at the end, as serious as the most serious of them (a hostile input of millions of bad cells must not cost a
 * diagnostic object each; issue 18).
 *
 * @example
 * ```ts
 * diagnosticLimit; // 1000
 * ```
 */
export const diagnosticLimit = 1000;

const rank: Record<DiagnosticLevel, number> = { info: 0, warning: 1, error: 2 };

/**
 * Collects diagnostics in the order they are found; line numbers are 1-based. At most {@link diagnosticLimit}
 * are listed, then one diagnostic counts the others.
 *
 * @example
 * ```ts
 * const diagnostics = new Diagnostics();
 * diagnostics.info("cell.blank", { zh: "…", en: "…" }, { line: 3 });
 * diagnostics.list.length; // 1
 * ```
 */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  /** How many were not listed, and the most serious of them. */
  #more = 0;
  #moreLevel: DiagnosticLevel = "info";

  add(level: DiagnosticLevel, code: DiagnosticCode, message: Message, place: DiagnosticPlace = {}): void {
    if (this.list.length >= diagnosticLimit) {
      this.#countMore(level);
      return;
    }
    const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { level, code, message };
    if (place.line !== undefined) d.line = place.line;
    if (place.table !== undefined) d.table = place.table;
    if (place.row !== undefined) d.row = place.row;
    if (place.column !== undefined) d.column = place.column;
    if (place.cells !== undefined && place.cells.length > 0) d.cells = place.cells;
    this.list.push(d);
  }

  /** Counts a diagnostic past the limit in the last one, which says how many more there were. */
  #countMore(level: DiagnosticLevel): void {
    this.#more++;
    if (rank[level] > rank[this.#moreLevel]) this.#moreLevel = level;
    const more = this.#more;
    this.list[diagnosticLimit] = {
      level: this.#moreLevel,
      code: "diagnostics.too-many",
      message: {
        zh: `…及另外 ${more} 条诊断（每次解析最多列出 ${diagnosticLimit} 条）`,
        en: `… and ${more} more diagnostics (at most ${diagnosticLimit} are listed for one parse)`,
      },
    };
  }

  info(code: DiagnosticCode, message: Message, place?: DiagnosticPlace): void {
    this.add("info", code, message, place);
  }

  warning(code: DiagnosticCode, message: Message, place?: DiagnosticPlace): void {
    this.add("warning", code, message, place);
  }

  error(code: DiagnosticCode, message: Message, place?: DiagnosticPlace): void {
    this.add("error", code, message, place);
  }
}

/**
 * Shortens a quoted piece of the input for a message.
 *
 * @example
 * ```ts
 * quote("一段  很长的\n文字", 4); // "一段 很…"
 * ```
 */
export function quote(text: string, max = 40): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
