/**
 * Writes every generated file from the descriptors. `npm run generate`; a test proves them current.
 */
import { writeFileSync } from "node:fs";
import { generatedFiles } from "./codegen/index.js";

for (const [path, text] of Object.entries(generatedFiles())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), text);
  console.log(`wrote ${path}`);
}
