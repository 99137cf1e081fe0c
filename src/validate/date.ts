/**
 * Calendar dates as the model writes them (`YYYY-MM-DD`).
 *
 * @module
 */

/**
 * True for an ISO calendar date `YYYY-MM-DD` that exists (no 2023-02-29, no month 13).
 *
 * @example
 * ```ts
 * import { isIsoDate } from "zfxxgk/format";
 * isIsoDate("2024-01-12"); // true
 * isIsoDate("2023-02-29"); // false
 * ```
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/**
 * Days in a month of the Gregorian calendar.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "zfxxgk/format";
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
