import { defineConfig } from "tsup";

const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      zod: "src/zod.ts",
      "io-ts": "src/io-ts.ts",
      testing: "src/testing.ts",
      parse: "src/parse.ts",
      schema: "src/schema.ts",
      rules: "src/rules.ts",
      render: "src/render.ts",
    },
    format: ["esm", "cjs"],
    dts,
    target: "es2022",
    platform: "neutral",
    splitting: true,
    treeshake: true,
    clean: true,
    sourcemap: false,
    external: ["zod", "io-ts", "fp-ts", "fast-check"],
    // parse5 (and its entities) is bundled into the `zfxxgk/parse` entry only: the package declares no runtime dependency
    noExternal: ["parse5"],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    clean: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
