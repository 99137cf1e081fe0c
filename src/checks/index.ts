/**
 * The accounting rules (勾稽关系) and the check engine.
 *
 * @module
 */
export {};
