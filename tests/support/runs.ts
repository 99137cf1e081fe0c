/**
 * How many runs a property gets: modest locally, at least `ci` (default 1000) when `CI` is set, and
 * `ZFXXGK_RUNS` overrides both.
 */
export function runs(local = 100, ci = 1000): number {
  const override = process.env.ZFXXGK_RUNS;
  if (override !== undefined && override !== "") return Number(override);
  return process.env.CI ? Math.max(ci, local) : local;
}
