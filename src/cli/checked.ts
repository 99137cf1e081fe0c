/**
 * One file of a command-line run, read and (for `check`) checked: the shape the main thread and the worker
 * threads that read files (`file-worker.ts`) hand each other.
 *
 * @module
 */
import { type CheckResult, checkReport } from "../checks/index.js";
import { describeError } from "./files.js";
import type { Loaded } from "./load-json.js";

/**
 * A file read, and its check result when the run checks.
 *
 * @example
 * ```ts
 * const checked: Checked = { loaded: { ok: false, code: "json", message: { zh: "JSON 格式错误", en: "invalid JSON" } } };
 * ```
 */
export interface Checked {
  readonly loaded: Loaded;
  readonly result?: CheckResult;
}

/**
 * How `check` checks what it read: `--blank-as-zero` and the language of the findings.
 *
 * @example
 * ```ts
 * const options: CheckWith = { blankAsZero: false, lang: "zh" };
 * ```
 */
export interface CheckWith {
  readonly blankAsZero: boolean;
  readonly lang: "zh" | "en";
}

/**
 * Checks a report read (with the rules its reading left out excluded); a file that could not be read is passed on.
 * Without `check`, the report is only read (`assess`, `compare`, `export`).
 *
 * @example
 * ```ts
 * checkLoaded(loadJson(text), { blankAsZero: false, lang: "zh" }).result?.ok;
 * ```
 */
export function checkLoaded(loaded: Loaded, check: CheckWith | undefined): Checked {
  if (!loaded.ok || check === undefined) return { loaded };
  const exclude = loaded.read?.exclude ?? [];
  return {
    loaded,
    result: checkReport(loaded.report, {
      blankAsZero: check.blankAsZero,
      lang: check.lang,
      ...(exclude.length === 0 ? {} : { exclude }),
      ...(loaded.read?.partsOrder === undefined ? {} : { partsOrder: loaded.read.partsOrder }),
    }),
  };
}

/**
 * A defect of the library on one file (an exception), as that file's `internal` error: the run goes on.
 *
 * @example
 * ```ts
 * internalError(new Error("x")).loaded.ok; // false
 * ```
 */
export function internalError(error: unknown): Checked {
  return {
    loaded: {
      ok: false,
      code: "internal",
      message: {
        zh: `内部错误（请报告此问题）：${describeError(error, "zh")}`,
        en: `internal error (please report it): ${describeError(error, "en")}`,
      },
    },
  };
}
