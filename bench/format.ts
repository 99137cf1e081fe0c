/**
 * Number and table formatting for the console and `docs/performance.md`.
 *
 * @module
 */

/**
 * A duration in microseconds, three significant figures.
 *
 * @example
 * ```ts
 * us(1.234); // "1.23"
 * ```
 */
export function us(x: number): string {
  if (!Number.isFinite(x)) return "—";
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

/**
 * Milliseconds, three significant figures.
 *
 * @example
 * ```ts
 * ms(1234.5); // "1235"
 * ```
 */
export function ms(x: number): string {
  return us(x);
}

/**
 * A ratio such as `1.32×`.
 *
 * @example
 * ```ts
 * ratio(1.3249); // "1.32×"
 * ```
 */
export function ratio(x: number): string {
  if (!Number.isFinite(x)) return "—";
  return `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`;
}

/**
 * A rate per second with a thousands separator.
 *
 * @example
 * ```ts
 * perSecond(1.25); // "800,000"
 * ```
 */
export function perSecond(microseconds: number): string {
  return Math.round(1e6 / microseconds).toLocaleString("en-US");
}

/**
 * Bytes as kB (1000 bytes, as size-limit reports them) or MB.
 *
 * @example
 * ```ts
 * kB(12345); // "12.35 kB"
 * ```
 */
export function kB(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1000).toFixed(2)} kB`;
}

/**
 * KiB of resident memory as MiB.
 *
 * @example
 * ```ts
 * mib(81920); // "80.0 MiB"
 * ```
 */
export function mib(kibibytes: number): string {
  return `${(kibibytes / 1024).toFixed(1)} MiB`;
}

/**
 * A Markdown table (also readable on a terminal).
 *
 * @example
 * ```ts
 * table(["a", "b"], [["1", "2"]]);
 * ```
 */
export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ("l" | "r")[],
): string {
  const a = align ?? head.map((_, i) => (i === 0 ? "l" : "r"));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(head), `|${a.map((x) => (x === "r" ? " ---: " : " --- ")).join("|")}|`, ...rows.map(line)].join("\n");
}
