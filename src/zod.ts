/**
 * `zfxxgk/zod` — the report model as zod 4 schemas. zod is an optional peer dependency.
 *
 * @module
 */
export {};
