/**
 * The language of the command line's own lines (progress, interruption, write failures), set once from `--lang`
 * by `main` — a module of its own, so that setting it loads nothing else.
 *
 * @module
 */

let current: "zh" | "en" = "zh";

/**
 * Sets the language of the run.
 *
 * @example
 * ```ts
 * useLanguage("en");
 * ```
 */
export function useLanguage(lang: "zh" | "en"): void {
  current = lang;
}

/**
 * The language of the run.
 *
 * @example
 * ```ts
 * const zh = runLanguage() === "zh";
 * ```
 */
export function runLanguage(): "zh" | "en" {
  return current;
}
