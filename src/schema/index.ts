/**
 * The JSON Schema (draft 2020-12) of the model, as data.
 *
 * @module
 */
export {};
