/**
 * `zfxxgk/testing` — fast-check arbitraries of reports. fast-check is an optional peer dependency.
 *
 * @module
 */
export {};
