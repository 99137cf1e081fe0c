/**
 * The budget each file of a command-line run is read, parsed and checked within: the memory of the worker process
 * that reads it (its resident memory on Linux, else its V8 heap; `--max-memory MB`, `ZFXXGK_MAX_MEMORY`) and the
 * time it may take (`--timeout S`, `ZFXXGK_TIMEOUT`). A file over either gets its own verdict — 「无法使用：过大」 or 「无法使用：超时」 — and the run goes
 * on with the next (see `file-pool.ts`).
 *
 * @module
 */

/**
 * A file's budget: megabytes of memory for the worker that reads it, and milliseconds of wall-clock time.
 *
 * @example
 * ```ts
 * const budget: Budget = { memoryMb: 1024, timeoutMs: 60_000 };
 * ```
 */
export interface Budget {
  readonly memoryMb: number;
  readonly timeoutMs: number;
}

/** The default budget: 1,024 MB and 60 seconds per file (a real city's PDF is read in under a second, in 150 MB). */
export const defaultBudget: Budget = { memoryMb: 1024, timeoutMs: 60_000 };

/** The bounds an option's value must lie within: memory in MB, time in seconds. */
export const budgetBounds = { memoryMb: [64, 65_536], timeoutS: [1, 86_400] } as const;

/**
 * The budget from the options (`--max-memory`, `--timeout`: strings as given, or `undefined`) and else the
 * environment (`ZFXXGK_MAX_MEMORY`, `ZFXXGK_TIMEOUT`), else the default; or the option that is not a number within
 * its bounds, said in both languages (a usage error).
 *
 * @example
 * ```ts
 * budgetOf("512", "10", {}); // { ok: true, budget: { memoryMb: 512, timeoutMs: 10000 } }
 * budgetOf("lots", undefined, {}).ok; // false
 * ```
 */
export function budgetOf(
  memory: string | undefined,
  timeout: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): { readonly ok: true; readonly budget: Budget } | { readonly ok: false; readonly zh: string; readonly en: string } {
  const memoryText = memory ?? env.ZFXXGK_MAX_MEMORY;
  const timeoutText = timeout ?? env.ZFXXGK_TIMEOUT;
  const memoryMb = memoryText === undefined || memoryText === "" ? defaultBudget.memoryMb : Number(memoryText);
  const [leastMb, mostMb] = budgetBounds.memoryMb;
  if (!(Number.isInteger(memoryMb) && memoryMb >= leastMb && memoryMb <= mostMb))
    return {
      ok: false,
      zh: `${memory === undefined ? "ZFXXGK_MAX_MEMORY" : "--max-memory"} 应为 ${leastMb} 至 ${mostMb} 之间的整数（MB），而不是 ${memoryText}`,
      en: `${memory === undefined ? "ZFXXGK_MAX_MEMORY" : "--max-memory"} is a whole number of MB from ${leastMb} to ${mostMb}, not ${memoryText}`,
    };
  const seconds =
    timeoutText === undefined || timeoutText === "" ? defaultBudget.timeoutMs / 1000 : Number(timeoutText);
  const [leastS, mostS] = budgetBounds.timeoutS;
  if (!(Number.isFinite(seconds) && seconds >= leastS && seconds <= mostS))
    return {
      ok: false,
      zh: `${timeout === undefined ? "ZFXXGK_TIMEOUT" : "--timeout"} 应为 ${leastS} 至 ${mostS} 之间的秒数，而不是 ${timeoutText}`,
      en: `${timeout === undefined ? "ZFXXGK_TIMEOUT" : "--timeout"} is a number of seconds from ${leastS} to ${mostS}, not ${timeoutText}`,
    };
  return { ok: true, budget: { memoryMb, timeoutMs: Math.round(seconds * 1000) } };
}
