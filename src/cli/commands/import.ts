/**
 * `zfxxgk import FILE [--check [--json]] [-o FILE]`: a spreadsheet in the layout of `export` (CSV in any encoding,
 * XLSX, JSON Lines — told by the content) read back into reports: model JSON, one report per line; with `--check`,
 * each row checked as `check` checks a file (the same exit codes).
 *
 * @module
 */
import { groupBlankCells } from "../../checks/blank-groups.js";
import { checkReport } from "../../checks/check-report.js";
import type { Finding } from "../../checks/types.js";
import { parseCsv } from "../../export/csv.js";
import { type RowInput, type RowResult, readRows } from "../../export/from-rows.js";
import { parseJsonl } from "../../export/jsonl.js";
import type { Edition } from "../../format/editions.js";
import { decodeBytes, sniffBytes } from "../../parse/readers/bytes.js";
import { removeTemporaryFiles, writeAtomic } from "../atomic.js";
import { describeError } from "../files.js";
import { readBytes } from "../read-file.js";
import { jsonText, safe, Writer, whileInterruptible } from "../terminal.js";

/**
 * Options of the import command.
 *
 * @example
 * ```ts
 * const o: ImportCommandOptions = { check: true, json: false, blankAsZero: false, force: false, lang: "zh" };
 * ```
 */
export interface ImportCommandOptions {
  readonly check: boolean;
  readonly json: boolean;
  readonly blankAsZero: boolean;
  readonly output?: string | undefined;
  readonly force: boolean;
  readonly lang: "zh" | "en";
}

type Rows = { readonly ok: true; readonly rows: Iterable<RowInput> } | { readonly ok: false; readonly message: string };

/** The rows of the file, by its content: an XLSX workbook (a zip), JSON Lines (an object first), else CSV. */
async function rowsOfFile(path: string, lang: "zh" | "en"): Promise<Rows> {
  const read = readBytes(path);
  if (!read.ok) return { ok: false, message: read.message[lang] };
  const bytes = new Uint8Array(read.bytes);
  const kind = sniffBytes(bytes);
  if (kind === "zip") {
    try {
      const { parseXlsx } = await import("../../export/xlsx.js");
      return { ok: true, rows: await parseXlsx(bytes) };
    } catch (error) {
      return { ok: false, message: describeError(error, lang) };
    }
  }
  const decoded = kind === "text" ? decodeBytes(bytes) : null;
  if (decoded === null)
    return {
      ok: false,
      message: lang === "zh" ? "不是 CSV、XLSX 或 JSON Lines 文件" : "not a CSV, XLSX or JSON Lines file",
    };
  return {
    ok: true,
    rows: decoded.text.trimStart().startsWith("{") ? parseJsonl(decoded.text) : parseCsv(decoded.text),
  };
}

const blankWhat = {
  table: ["整张表", "the whole table"],
  row: ["整行", "the whole row"],
  column: ["整列", "the whole column"],
  cell: ["", ""],
} as const;

/** The `cell.blank` warnings of a row, one line per blank table, row, column or lone cell. */
function blankLines(edition: Edition, findings: readonly Finding[], lang: "zh" | "en"): string[] {
  const blanks = findings.filter((f) => f.rule === "cell.blank");
  const single = new Map(blanks.filter((f) => f.cells.length === 1).map((f) => [f.cells[0] as string, f.message]));
  return groupBlankCells(
    edition,
    blanks.flatMap((f) => f.cells),
  ).map((g) => {
    const [zh, en] = blankWhat[g.level];
    const message =
      g.level === "cell"
        ? (single.get(g.cells[0] as string) ?? { zh: `「${g.name.zh}」未填写`, en: `“${g.name.en}” is blank` })
        : {
            zh: `「${g.name.zh}」${zh}未填写（${g.cells.length} 栏）`,
            en: `“${g.name.en}”: ${en} is blank (${g.cells.length} cells)`,
          };
    return `  ${lang === "zh" ? "! 提示" : "! warning"} cell.blank  ${safe(message[lang])}`;
  });
}

/** A row's verdict as `check --json` writes a file's. */
function checkLine(path: string, result: RowResult, options: ImportCommandOptions) {
  const report = result.report;
  if (report === undefined)
    return { file: path, row: result.row, edition: null, ok: false, status: "unusable", findings: [] };
  const checked = checkReport(report, { blankAsZero: options.blankAsZero, lang: options.lang });
  // a row read with errors, or an error-severity rule not judged (a blank cell it needs): not taken as checked
  const incomplete =
    result.diagnostics.some((d) => d.level === "error") ||
    checked.findings.some((f) => f.severity === "error" && f.status === "not-assessable");
  return {
    file: path,
    row: result.row,
    edition: report.edition,
    ok: checked.ok && !incomplete,
    status: !checked.ok ? "errors" : incomplete ? "incomplete" : "clean",
    organ: report.organ,
    year: report.year,
    findings: checked.findings,
  };
}

/**
 * Runs `import`; resolves to the exit code. Without `--check`: 0 every row read, 3 a row read with a figure that
 * is not a number (left blank; stderr says where), 2 a row or the file could not be used. With `--check`, as
 * `check`: 0 no error, 1 some report has an error, 3 incomplete, 2 unusable.
 *
 * @example
 * ```ts
 * process.exitCode = await runImport("units.xlsx", { check: true, json: false, blankAsZero: false, force: false, lang: "zh" });
 * ```
 */
export async function runImport(path: string, options: ImportCommandOptions): Promise<number> {
  const err = new Writer(process.stderr);
  const zh = options.lang === "zh";
  const file = await rowsOfFile(path, options.lang);
  if (!file.ok) {
    err.line(`${safe(path)}: ${safe(file.message)}`);
    return 2;
  }
  const toFile = options.output !== undefined;
  const out = new Writer(process.stdout, { buffered: true });
  const lines: string[] = [];
  const emit = (line: string) => (toFile ? lines.push(line) : out.line(line));
  let rows = 0;
  let unusable = 0;
  let incomplete = 0;
  let withErrors = 0;
  let headerFailed = false;
  for (const item of readRows(file.rows)) {
    if ("header" in item) {
      for (const d of item.header) err.line(`${safe(path)}: [${d.level}] ${safe(d.message[options.lang])}`);
      headerFailed = item.header.some((d) => d.level === "error");
      continue;
    }
    rows++;
    if (!headerFailed)
      for (const d of item.diagnostics) err.line(`${safe(path)}: [${d.level}] ${safe(d.message[options.lang])}`);
    if (item.report === undefined) unusable++;
    else if (!item.ok) incomplete++;
    if (!options.check) {
      if (item.report !== undefined) emit(jsonText(item.report));
    } else {
      const line = checkLine(path, item, options);
      if (line.status === "errors") withErrors++;
      if (options.json) emit(jsonText(line));
      else if (item.report !== undefined) {
        const head = zh
          ? `${path} 第 ${item.row} 行  ${item.report.organ} ${item.report.year} 年度报告（${item.report.edition} 年版格式）`
          : `${path} row ${item.row}  ${item.report.organ}, ${item.report.year} (${item.report.edition} edition)`;
        emit(safe(head));
        const shown = line.findings.filter((f) => f.status === "fail");
        if (shown.length === 0) emit(zh ? "  ✓ 未发现错误" : "  ✓ no error found");
        for (const f of shown)
          if (f.rule !== "cell.blank")
            emit(
              `  ${f.severity === "error" ? (zh ? "✗ 错误" : "✗ error") : zh ? "! 提示" : "! warning"} ${f.rule}  ${safe(f.message[options.lang])}`,
            );
        // blank cells said once per blank table, row or column, as check says them
        for (const line of blankLines(item.report.edition, shown, options.lang)) emit(line);
        const notAssessable = line.findings.length - shown.length;
        if (notAssessable > 0)
          emit(
            zh ? `  ? ${notAssessable} 项因空白无法核对` : `  ? ${notAssessable} checks not assessable (blank cells)`,
          );
      }
    }
    if (out.full) await out.flush();
  }
  if (options.check && !options.json)
    emit(
      zh
        ? `${rows} 行，${withErrors} 行有错误${incomplete > 0 ? `，${incomplete} 行未能完整读出` : ""}${unusable > 0 ? `，${unusable} 行无法使用` : ""}`
        : `${rows} rows, ${withErrors} with errors${incomplete > 0 ? `, ${incomplete} incomplete` : ""}${unusable > 0 ? `, ${unusable} unusable` : ""}`,
    );
  await out.flush();
  if (toFile) {
    const output = options.output as string;
    const text = lines.length === 0 ? "" : `${lines.join("\n")}\n`;
    const written = await whileInterruptible(removeTemporaryFiles, () =>
      writeAtomic(output, text, { force: options.force, lang: options.lang }),
    );
    if (!written.ok) {
      err.line(safe(written.message));
      return 2;
    }
  }
  if (headerFailed || rows === 0 || unusable > 0) return 2;
  if (withErrors > 0) return 1;
  return incomplete > 0 ? 3 : 0;
}
