import { defineConfig } from "vitest/config";
import { needs } from "./tests/support/needs.js";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/support/seed.ts"],
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // what a test file may need beyond the sources (`// @module-tag dist` …): `npm run test:quick` leaves those
    // files out, `vitest --tags-filter` selects by them
    tags: Object.entries(needs).map(([name, description]) => ({ name, description })),
  },
});
