/**
 * `npm run test:quick`: the unit and property tests, with no build, no browser, no packing, no LibreOffice — every
 * test file but those tagged with a need (tests/support/needs.ts) — and properties at 10 runs. The full suite is
 * `npm test`.
 */
import { availableParallelism } from "node:os";
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import { quickExcluded } from "./tests/support/needs.js";
import base from "./vitest.config.js";

/** The property run count of the quick set (`ZFXXGK_RUNS`, read by tests/support/runs.ts), unless set already. */
export const quickRuns = "10";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, ...quickExcluded()],
      env: { ZFXXGK_RUNS: process.env.ZFXXGK_RUNS || quickRuns },
      // the type tests (tests/**/*.test-d.ts) are type-checked by `npm run typecheck` (tsconfig includes tests/)
      typecheck: { enabled: false },
      // every core (vitest's default leaves one to the main process, which waits here: one worker on two cores)
      maxWorkers: availableParallelism(),
    },
  }),
);
