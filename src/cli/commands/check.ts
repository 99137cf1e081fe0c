/**
 * `zfxxgk check FILE…`: reads each report (model JSON, or a published report), checks it, prints findings
 * grouped per file and a summary; `--json` prints one object per line.
 *
 * @module
 */

import { groupBlankCells } from "../../checks/blank-groups.js";
import type { Finding } from "../../checks/index.js";
import type { Edition } from "../../format/editions.js";
import { type Budget, defaultBudget } from "../budget.js";
import type { Checked } from "../checked.js";
import { type InputEntry, walkInputs } from "../files.js";
import type { ReadOptions } from "../input.js";
import { detailFields, type Unread } from "../load-json.js";
import { FileReader, readsMany } from "../read-files.js";
import { jsonText, Progress, safe, turn, Writer, whileInterruptible } from "../terminal.js";

/** The loop lets the event loop turn (a signal, a pipe's drain) after this many milliseconds of synchronous work. */
const turnEveryMs = 50;

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
  /** What a document may not print: `--organ`, `--year`, `--edition`. */
  readonly read?: ReadOptions;
  /** Each file's memory and time budget (`--max-memory`, `--timeout`); by default {@link defaultBudget}. */
  readonly budget?: Budget | undefined;
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
  readonly edition: Edition | null;
  readonly ok: boolean;
  /**
   * The verdict: `clean` (every figure read, every error-severity rule judged, none failed), `errors` (an
   * error-severity rule failed), `incomplete` (no error among what was read and judged, but part of the report could
   * not be read — see `unread` — or an error-severity rule could not be judged, a cell it needs being blank: a
   * finding of status `not-assessable`), `unusable`.
   */
  readonly status: "clean" | "errors" | "incomplete" | "unusable";
  readonly organ?: string;
  readonly year?: number | null;
  readonly source?: "json" | "published";
  /** How a published report was read: `text`, `markdown`, `html`, `pdf`, `docx`. */
  readonly format?: string;
  /** Envelope fields the document does not print (checked without the rules that judge them). */
  readonly missing?: readonly ("organ" | "year")[];
  /** What could not be read: one entry per table, row or cell, with the cells concerned. */
  readonly unread?: readonly Unread[];
  readonly error?: {
    readonly code: string;
    readonly message: { readonly zh: string; readonly en: string };
    readonly details?: readonly string[];
  };
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
  const reader = new FileReader({
    budget: options.budget ?? defaultBudget,
    many: readsMany(paths),
    read: options.read ?? {},
    check: { blankAsZero: options.blankAsZero, lang: options.lang },
  });
  try {
    return await checkEach(paths, options, out, reader);
  } finally {
    await reader.close();
  }
}

async function checkEach(
  paths: readonly string[],
  options: CheckCommandOptions,
  out: Writer,
  reader: FileReader,
): Promise<number> {
  const lookahead = reader.parallel + 2;
  const progress = new Progress();
  const zh = options.lang === "zh";
  let files = 0;
  let withErrors = 0;
  let incomplete = 0;
  let warnings = 0;
  let errors = 0;
  let notAssessable = 0;
  let unusable = 0;
  // synchronous from one file to the next (no promise per file): the loop awaits only to let the event loop turn
  // now and then, to write a full chunk of output, and to load the parser for a file that is not JSON
  // One file's verdict, written in the order the files were walked.
  const emit = (entry: InputEntry, checked: Checked): void => {
    const { loaded, result } = checked;
    progress.clear();
    if (!loaded.ok) {
      unusable++;
      if (options.json) {
        const line: CheckLine = {
          file: entry.path,
          edition: null,
          ok: false,
          status: "unusable",
          error:
            loaded.details === undefined
              ? { code: loaded.code, message: loaded.message }
              : { code: loaded.code, message: loaded.message, details: loaded.details },
          findings: [],
        };
        out.line(jsonText(line));
      } else {
        out.line(`${out.paint("bold", safe(entry.path))}`);
        out.line(`  ${out.paint("red", zh ? "✗ 无法使用" : "✗ unusable")}  ${safe(loaded.message[options.lang])}`);
        for (const d of (loaded.details ?? []).slice(0, 20)) {
          const { where, zh: m, en: e } = detailFields(d);
          out.line(`    ${where === "" ? "" : `${safe(where)}  `}${safe(zh ? m : e)}`);
        }
        if ((loaded.details?.length ?? 0) > 20) out.line(`    … ${(loaded.details?.length ?? 0) - 20}`);
      }
      return;
    }
    const { report } = loaded;
    if (result === undefined) return; // checkOne checks every report it loads
    const read = loaded.read;
    const unread = read?.unread ?? [];
    const missing = read?.missing ?? [];
    // error-severity rules not judged (a cell they need blank): the report cannot be taken as checked
    const unjudged = result.findings.filter((f) => f.severity === "error" && f.status === "not-assessable").length;
    const status = !result.ok ? "errors" : unread.length > 0 || unjudged > 0 ? "incomplete" : "clean";
    if (!result.ok) withErrors++;
    if (status === "incomplete") incomplete++;
    const organ = missing.includes("organ") ? "" : report.organ;
    const year = missing.includes("year") ? null : report.year;
    if (options.json) {
      const line: CheckLine = {
        file: entry.path,
        edition: report.edition,
        ok: status === "clean",
        status,
        organ,
        year,
        source: loaded.source,
        ...(read === undefined ? {} : { format: read.format }),
        ...(missing.length === 0 ? {} : { missing }),
        ...(unread.length === 0 ? {} : { unread }),
        findings: result.findings,
      };
      out.line(jsonText(line));
      return;
    }
    const errorCount = result.findings.filter((f) => f.severity === "error" && f.status === "fail").length;
    const shown = humanFindings(result.findings, unread, report.edition);
    warnings += shown.warnings;
    errors += errorCount;
    notAssessable += shown.notAssessable;
    const organText = organ === "" ? (zh ? "（未识别机关）" : "(organ not read)") : organ;
    const yearText = year === null ? (zh ? "（未识别年度）" : "(year not read)") : `${year}`;
    const head = zh
      ? `${organText} ${yearText} 年度报告（${report.edition} 年版格式）`
      : `${organText}, ${yearText} (${report.edition} edition)`;
    out.line(`${out.paint("bold", safe(entry.path))}  ${safe(head)}`);
    for (const field of missing) {
      const flag = field === "organ" ? "--organ" : "--year";
      out.line(
        `  ${out.paint("yellow", zh ? "! 缺项" : "! missing")}  ${
          zh
            ? `文件中未找到${field === "organ" ? "发布机关" : "报告年度"}，已核对表格；可用 ${flag} 给出`
            : `the file prints no ${field === "organ" ? "issuing organ" : "report year"}; the tables were checked — give it with ${flag}`
        }`,
      );
    }
    for (const u of unread) {
      out.line(`  ${out.paint("cyan", zh ? "? 未能读出" : "? not read")}  ${safe(u.message[options.lang])}`);
    }
    for (const d of loaded.diagnostics.filter((x) => x.level === "warning")) {
      out.line(`  ${out.paint("yellow", zh ? "! 解析" : "! parse")}  ${safe(d.message[options.lang])}`);
    }
    if (status === "clean" && result.findings.length === 0) {
      out.line(`  ${out.paint("green", zh ? "✓ 未发现问题" : "✓ no problems found")}`);
    }
    for (const line of shown.lines) {
      const tag =
        line.kind === "not-assessable"
          ? out.paint("cyan", zh ? "? 无法核对" : "? not assessable")
          : line.kind === "error"
            ? out.paint("red", zh ? "✗ 错误" : "✗ error")
            : out.paint("yellow", zh ? "! 提示" : "! warning");
      out.line(`  ${tag} ${out.paint("dim", line.rule)}  ${safe(line.message[options.lang])}`);
    }
    if (shown.hidden > 0)
      out.line(
        `  ${out.paint("dim", zh ? `（另有 ${shown.hidden} 项因上述未读出或空白的表、行、栏而无法核对，--json 列出每一项）` : `(${shown.hidden} more checks could not be made because of the parts not read or blank said above; --json lists each)`)}`,
      );
    if (status === "incomplete" && unread.length > 0)
      out.line(
        `  ${out.paint("cyan", zh ? "? 未能完整读出：已读出的部分未发现错误，但不能视为核对通过" : "? incomplete: no error in what was read, but the report cannot be taken as checked")}`,
      );
    else if (status === "incomplete")
      out.line(
        `  ${out.paint("cyan", zh ? `? 未能完整核对：未发现错误，但有 ${unjudged} 项勾稽关系因空白格无法核对，不能视为核对通过` : `? not fully checked: no error, but ${unjudged} relations could not be judged because of blank cells; the report cannot be taken as checked`)}`,
      );
  };
  // Files read in worker processes (published reports, large files) are read a few at a time, so that one's waits
  // are another's work; their verdicts are still written in order, and at most `lookahead` files are held.
  const pending: { readonly entry: InputEntry; readonly checked: Promise<Checked> }[] = [];
  let turned = Date.now();
  for (const entry of walkInputs(paths)) {
    files++;
    if (out.full) await out.flush();
    if (Date.now() - turned >= turnEveryMs) {
      await turn(); // small JSON files are read and checked synchronously: let a signal (Ctrl-C) be handled
      turned = Date.now();
    }
    progress.update(files, entry.path);
    const checked = reader.read(entry);
    if (!(checked instanceof Promise) && pending.length === 0) {
      emit(entry, checked); // small model JSON: no promise per file
      continue;
    }
    pending.push({ entry, checked: Promise.resolve(checked) });
    if (pending.length >= lookahead) {
      const next = pending.shift() as (typeof pending)[number];
      emit(next.entry, await next.checked);
      turned = Date.now();
    }
  }
  for (const next of pending) emit(next.entry, await next.checked);
  progress.clear();
  if (!options.json) {
    out.line();
    // files by verdict, then findings by kind: errors, warnings and the checks that could not be made, apart
    const summary = zh
      ? `${files} 个文件，${withErrors} 个有错误${incomplete > 0 ? `，${incomplete} 个未能完整读出或核对` : ""}${unusable > 0 ? `，${unusable} 个无法使用` : ""}；${errors} 处错误，${warnings} 处提示，${notAssessable} 处无法核对`
      : `${files} files, ${withErrors} with errors${incomplete > 0 ? `, ${incomplete} incomplete` : ""}${unusable > 0 ? `, ${unusable} unusable` : ""}; ${errors} errors, ${warnings} warnings, ${notAssessable} not assessable`;
    out.line(out.paint(withErrors + unusable + incomplete > 0 ? "red" : "green", summary));
  }
  if (files === 0) return 2;
  return unusable > 0 ? 2 : withErrors > 0 ? 1 : incomplete > 0 ? 3 : 0;
}

/** A line of the human output: a finding, or a group of blank cells said once. */
interface HumanLine {
  readonly kind: "error" | "warning" | "not-assessable";
  readonly rule: string;
  readonly message: { readonly zh: string; readonly en: string };
}

/**
 * The findings as a person reads them: findings about cells that were not read are left out (the «未能读出»
 * line said it once; `--json` keeps each), and the `cell.blank` warnings of printed blanks are said once per
 * blank table, row or column.
 */
function humanFindings(
  findings: readonly Finding[],
  unread: readonly Unread[],
  edition: Edition,
): { lines: HumanLine[]; warnings: number; notAssessable: number; hidden: number } {
  const notRead = new Set<string>();
  for (const u of unread) for (const c of u.cells) notRead.add(c);
  const explained = (cells: readonly string[] | undefined, by: ReadonlySet<string>) =>
    cells !== undefined && cells.length > 0 && cells.every((c) => by.has(c));
  let hidden = 0;
  // printed blanks, grouped: a whole blank table, row or column is one line
  const blanks: string[] = [];
  const blankMessage = new Map<string, HumanLine["message"]>();
  for (const f of findings) {
    if (f.rule !== "cell.blank") continue;
    if (explained(f.cells, notRead)) hidden++;
    else {
      blanks.push(...f.cells);
      if (f.cells.length === 1) blankMessage.set(f.cells[0] as string, f.message);
    }
  }
  const groups = groupBlankCells(edition, blanks);
  const grouped = new Set(notRead);
  for (const g of groups) if (g.level !== "cell") for (const c of g.cells) grouped.add(c);
  const lines: HumanLine[] = groups.map((g): HumanLine => {
    const what = {
      table: ["整张表", "the whole table"],
      row: ["整行", "the whole row"],
      column: ["整列", "the whole column"],
      cell: ["", ""],
    }[g.level];
    return {
      kind: "warning",
      rule: "cell.blank",
      message:
        g.level === "cell"
          ? (blankMessage.get(g.cells[0] as string) ?? { zh: `「${g.name.zh}」未填写`, en: `“${g.name.en}” is blank` })
          : {
              zh: `「${g.name.zh}」${what[0]}未填写（${g.cells.length} 栏）`,
              en: `“${g.name.en}”: ${what[1]} is blank (${g.cells.length} cells)`,
            },
    };
  });
  let warnings = lines.length;
  let notAssessable = 0;
  for (const f of findings) {
    if (f.rule === "cell.blank") continue;
    // a check that could not be made because its operands were not read, or lie in a blank table, row or column
    // said above, is counted, not repeated
    if (f.status === "not-assessable" && explained(f.blankCells, grouped)) {
      hidden++;
      continue;
    }
    const kind = f.status === "not-assessable" ? "not-assessable" : f.severity === "error" ? "error" : "warning";
    if (kind === "warning") warnings++;
    else if (kind === "not-assessable") notAssessable++;
    lines.push({ kind, rule: f.rule, message: f.message });
  }
  // the checks said once for their unread or blank table, row or column could not be made either
  return { lines, warnings, notAssessable: notAssessable + hidden, hidden };
}
