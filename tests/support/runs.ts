/**
 * How many runs a property gets: modest locally, at least `ci` (default 1000) when `CI` is set, and
 * `ZFXXGK_RUNS` overrides both (`npm run test:quick` sets 10) — but never fewer than `atLeast`, the sample a
 * property needs for what it asserts about its draws as a whole (both editions seen, some valid inputs among junk).
 */
export function runs(local = 100, ci = 1000, atLeast = 0): number {
  const override = process.env.ZFXXGK_RUNS;
  if (override !== undefined && override !== "") return Math.max(Number(override), atLeast);
  return process.env.CI ? Math.max(ci, local) : local;
}
