import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../../scripts/codegen/index.js";

describe("generated files are current (run `npm run generate` after changing a descriptor)", () => {
  for (const [path, text] of Object.entries(generatedFiles())) {
    it(path, () => {
      expect(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8")).toBe(text);
    });
  }
});
