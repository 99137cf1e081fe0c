/**
 * Registers the hypothetical third edition (support/third.ts) by being imported: a test imports this first,
 * as a side-effect import, so that it runs before any module that builds over all editions is evaluated.
 */
import "./third.js";
