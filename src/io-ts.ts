/**
 * `zfxxgk/io-ts` — the report model as io-ts codecs. io-ts and fp-ts are optional peer dependencies.
 *
 * @module
 */
export {};
