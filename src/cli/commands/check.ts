/**
 * `zfxxgk check FILE…`: reads each report (model JSON, or a published report), checks it, prints findings
 * grouped per file and a summary; `--json` prints one object per line.
 *
 * @module
 */
import { type CheckResult, checkReport, type Finding } from "../../checks/index.js";
import { describeError, type InputEntry, walkInputs } from "../files.js";
import { isJsonText, type Loaded, loadJson } from "../load-json.js";
import { readText } from "../read-file.js";
import { Progress, safe, turn, whileInterruptible, Writer } from "../terminal.js";

/** The parser's side of reading (parse5 and all), loaded when the first file that is not JSON is met. */
let parser: Promise<typeof import("../input.js")> | undefined;

/** The loop lets the event loop turn (a signal, a pipe's drain) after this many files. */
const filesPerTurn = 32;

/**
 * Options of the check command.
 *
 * @example
 * ```ts
 * const o: CheckCommandOptions = { json: false, blankAsZero: false, lang: "zh" };
 * ```
 */
export interface CheckCommandOptions {
  readonly json: boolean;
  readonly blankAsZero: boolean;
  readonly lang: "zh" | "en";
}

/**
 * One line of `check --json`.
 *
 * @example
 * ```ts
 * const line: CheckLine = { file: "a.json", edition: "2021", ok: true, findings: [] };
 * ```
 */
export interface CheckLine {
  readonly file: string;
  readonly edition: "2021" | "2019" | null;
  readonly ok: boolean;
  readonly organ?: string;
  readonly year?: number;
  readonly source?: "json" | "published";
  readonly error?: { readonly code: string; readonly message: { readonly zh: string; readonly en: string }; readonly details?: readonly string[] };
  readonly findings: readonly Finding[];
}

/**
 * Runs the check command; resolves to the exit code (0 no error, 1 some error-severity failure, 2 an unusable input).
 *
 * @example
 * ```ts
 * process.exitCode = await runCheck(["reports/"], { json: true, blankAsZero: false, lang: "zh" });
 * ```
 */
export async function runCheck(paths: readonly string[], options: CheckCommandOptions): Promise<number> {
  const out = new Writer(process.stdout, { buffered: true });
  // interrupted, the run writes the lines of the files it has checked and exits 130 / 143 (never 0 or 1)
  return whileInterruptible(
    () => out.flushSync(),
    async () => {
      try {
        return await checkAll(paths, options, out);
      } finally {
        await out.flush();
      }
    },
  );
}

async function checkAll(paths: readonly string[], options: CheckCommandOptions, out: Writer): Promise<number> {
  const progress = new Progress();
  const zh = options.lang === "zh";
  let files = 0;
  let withErrors = 0;
  let warnings = 0;
  let unusable = 0;
  // synchronous from one file to the next (no promise per file): the loop awaits only to let the event loop turn
  // now and then, to write a full chunk of output, and to load the parser for a file that is not JSON
  for (const entry of walkInputs(paths)) {
    files++;
    if (out.full) await out.flush();
    if (files % filesPerTurn === 0) await turn(); // reading is synchronous: let a signal (Ctrl-C) be handled
    progress.update(files, entry.path);
    let checked = checkOne(entry, options);
    if ("published" in checked) checked = await checkPublished(checked.published, options);
    const { loaded, result } = checked;
    progress.clear();
    if (!loaded.ok) {
      unusable++;
      if (options.json) {
        const line: CheckLine = {
          file: entry.path,
          edition: null,
          ok: false,
          error: loaded.details === undefined ? { code: loaded.code, message: loaded.message } : { code: loaded.code, message: loaded.message, details: loaded.details },
          findings: [],
        };
        out.line(JSON.stringify(line));
      } else {
        out.line(`${out.paint("bold", safe(entry.path))}`);
        out.line(`  ${out.paint("red", zh ? "✗ 无法使用" : "✗ unusable")}  ${safe(loaded.message[options.lang])}`);
        for (const d of (loaded.details ?? []).slice(0, 20)) {
          const [path, m, e] = d.split("\t");
          out.line(`    ${safe(path ?? "")}${m === undefined ? "" : `  ${safe((zh ? m : e) ?? m)}`}`);
        }
        if ((loaded.details?.length ?? 0) > 20) out.line(`    … ${(loaded.details?.length ?? 0) - 20}`);
      }
      continue;
    }
    const { report } = loaded;
    if (result === undefined) continue; // checkOne checks every report it loads
    if (!result.ok) withErrors++;
    if (options.json) {
      const line: CheckLine = {
        file: entry.path,
        edition: report.edition,
        ok: result.ok,
        organ: report.organ,
        year: report.year,
        source: loaded.source,
        findings: result.findings,
      };
      out.line(JSON.stringify(line));
      continue;
    }
    const errorCount = result.findings.filter((f) => f.severity === "error" && f.status === "fail").length;
    warnings += result.findings.length - errorCount;
    const head = zh
      ? `${report.organ} ${report.year} 年度报告（${report.edition} 年版格式）`
      : `${report.organ}, ${report.year} (${report.edition} edition)`;
    out.line(`${out.paint("bold", safe(entry.path))}  ${safe(head)}`);
    for (const d of loaded.diagnostics.filter((x) => x.level !== "info")) {
      out.line(`  ${out.paint("yellow", zh ? "! 解析" : "! parse")}  ${safe(d.message[options.lang])}`);
    }
    if (result.findings.length === 0) {
      out.line(`  ${out.paint("green", zh ? "✓ 未发现问题" : "✓ no problems found")}`);
    }
    for (const f of result.findings) {
      const tag =
        f.status === "not-assessable"
          ? out.paint("cyan", zh ? "? 无法核对" : "? not assessable")
          : f.severity === "error"
            ? out.paint("red", zh ? "✗ 错误" : "✗ error")
            : out.paint("yellow", zh ? "! 提示" : "! warning");
      out.line(`  ${tag} ${out.paint("dim", f.rule)}  ${safe(f.message[options.lang])}`);
    }
  }
  progress.clear();
  if (!options.json) {
    out.line();
    const summary = zh
      ? `${files} 个文件，${withErrors} 个有错误，${warnings} 个提示${unusable > 0 ? `，${unusable} 个无法使用` : ""}`
      : `${files} files, ${withErrors} with errors, ${warnings} warnings${unusable > 0 ? `, ${unusable} unusable` : ""}`;
    out.line(out.paint(withErrors + unusable > 0 ? "red" : "green", summary));
  }
  if (files === 0) return 2;
  return unusable > 0 ? 2 : withErrors > 0 ? 1 : 0;
}

/** One file read and checked. */
type Checked = { readonly loaded: Loaded; readonly result?: CheckResult };

/** The text of a file that is not JSON: the parser must be loaded to read it. */
type Published = { readonly published: string };

/**
 * Reads and checks one file. A defect of the library on this file (an exception) is this file's `internal` error:
 * the run goes on with the others, and the exit code says a file was unusable.
 */
function checkOne(entry: InputEntry, options: CheckCommandOptions): Checked | Published {
  if (entry.error !== undefined)
    return { loaded: { ok: false, code: "unreadable", message: { zh: `无法读取：${entry.error}`, en: `cannot read: ${entry.error}` } } };
  try {
    const read = readText(entry.path);
    if (!read.ok) return { loaded: read };
    if (!isJsonText(read.text)) return { published: read.text };
    return checkLoaded(loadJson(read.text), options);
  } catch (error) {
    return internalError(error);
  }
}

/** {@link checkOne}, continued for a published report (text, Markdown, HTML): its text through the parser. */
async function checkPublished(text: string, options: CheckCommandOptions): Promise<Checked> {
  try {
    parser ??= import("../input.js");
    const { loadPublished } = await parser;
    return checkLoaded(loadPublished(text), options);
  } catch (error) {
    return internalError(error);
  }
}

function checkLoaded(loaded: Loaded, options: CheckCommandOptions): Checked {
  if (!loaded.ok) return { loaded };
  return { loaded, result: checkReport(loaded.report, { blankAsZero: options.blankAsZero, lang: options.lang }) };
}

function internalError(error: unknown): Checked {
  const why = describeError(error);
  return {
    loaded: {
      ok: false,
      code: "internal",
      message: { zh: `内部错误（请报告此问题）：${why}`, en: `internal error (please report it): ${why}` },
    },
  };
}
