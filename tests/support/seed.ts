/**
 * Vitest setup: the seed of every fast-check property.
 *
 * Locally each run draws a fresh seed (exploration). In CI (`CI` set) every property runs from one fixed seed,
 * so that a submission's CI run replays exactly what was run before it was submitted; `FC_SEED` overrides
 * both. A failing property prints its seed and path either way.
 */
import fc from "fast-check";

const fixed = process.env.FC_SEED ?? (process.env.CI ? "20261128" : undefined);
if (fixed !== undefined && fixed !== "") fc.configureGlobal({ seed: Number(fixed) });
