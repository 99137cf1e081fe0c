/**
 * `zfxxgk assess FOLDER… [--units FILE] [--year Y] [--ignore FILE] --to html|markdown|text|json [-o FILE]`: a
 * region's reports (read as `check` reads them) assessed against a unit list — the 问题清单.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { type Assessment, assessReports } from "../../assess/assess.js";
import { renderAssessment } from "../../assess/render.js";
import { readUnits, type Unit } from "../../assess/units.js";
import type { Report } from "../../model/report.generated.js";
import { removeTemporaryFiles, writeAtomic } from "../atomic.js";
import { type Budget, defaultBudget } from "../budget.js";
import { describeError } from "../files.js";
import { readEach } from "../read-files.js";
import { jsonText, Progress, safe, Writer, whileInterruptible } from "../terminal.js";

/** The output formats of `assess --to`. */
export const assessFormats = ["html", "markdown", "text", "json"] as const;

/**
 * Options of the assess command.
 *
 * @example
 * ```ts
 * const o: AssessCommandOptions = { to: "html", output: "清单.html", force: false, lang: "zh", units: "units.csv" };
 * ```
 */
export interface AssessCommandOptions {
  readonly to: (typeof assessFormats)[number];
  readonly output?: string | undefined;
  readonly force: boolean;
  readonly lang: "zh" | "en";
  readonly units?: string | undefined;
  readonly year?: number | undefined;
  readonly ignore?: string | undefined;
  /** Each file's memory and time budget (`--max-memory`, `--timeout`); by default {@link defaultBudget}. */
  readonly budget?: Budget | undefined;
}

/** Reads a text file; `undefined` with a line on stderr when it cannot be read. */
function readText(path: string, what: string, err: Writer, lang: "zh" | "en"): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    err.line(
      `${safe(path)}: ${lang === "zh" ? `无法读取${what}` : `cannot read the ${what}`}: ${safe(describeError(error, lang))}`,
    );
    return undefined;
  }
}

/**
 * The fingerprints of an ignore file: the first word of each line (so that a line may go on with a note), lines
 * starting with `#` left out.
 *
 * @example
 * ```ts
 * ignoreList("0123456789abcdef 已核实\n# a comment\n"); // ["0123456789abcdef"]
 * ```
 */
export function ignoreList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split(/\s+/)[0] as string);
}

/** The year assessed when none is given: the latest report year found. */
const latestYear = (reports: readonly { report: Report }[]): number =>
  reports.reduce((y, r) => Math.max(y, r.report.year), 0);

/**
 * Runs `assess`; resolves to the exit code: 0 no error-severity finding, 1 some, 2 unusable input or output.
 *
 * @example
 * ```ts
 * process.exitCode = await runAssess(["reports/"], { to: "html", output: "清单.html", force: false, lang: "zh" });
 * ```
 */
export async function runAssess(paths: readonly string[], options: AssessCommandOptions): Promise<number> {
  const err = new Writer(process.stderr);
  const lang = options.lang;
  return whileInterruptible(removeTemporaryFiles, async () => {
    let units: readonly Unit[] | undefined;
    if (options.units !== undefined) {
      const text = readText(options.units, lang === "zh" ? "单位清单" : "unit list", err, lang);
      if (text === undefined) return 2;
      const read = readUnits(text);
      for (const issue of read.issues) err.line(`${safe(options.units)}: ${safe(issue[lang])}`);
      if (read.units.length === 0) return 2;
      units = read.units;
    }
    let ignore: string[] = [];
    if (options.ignore !== undefined) {
      const text = readText(options.ignore, lang === "zh" ? "忽略清单" : "ignore list", err, lang);
      if (text === undefined) return 2;
      ignore = ignoreList(text);
    }
    const reports: { report: Report; source: string; partsOrder?: readonly string[] }[] = [];
    let unusable = 0;
    const progress = new Progress();
    let files = 0;
    for await (const { entry, loaded } of readEach(paths, { budget: options.budget ?? defaultBudget, read: {} })) {
      files++;
      progress.update(files, entry.path);
      if (!loaded.ok) {
        unusable++;
        progress.clear();
        err.line(`${safe(entry.path)}: ${safe(entry.error === undefined ? loaded.message[lang] : entry.error[lang])}`);
        continue;
      }
      const missing = loaded.read?.missing ?? [];
      if (missing.length > 0) {
        // a report of no known organ or year cannot be put in its place: said, and counted as unusable
        unusable++;
        progress.clear();
        err.line(
          `${safe(entry.path)}: ${lang === "zh" ? `未读出${missing.map((m) => (m === "organ" ? "发布机关" : "报告年度")).join("和")}，不能归入单位（可把文件转为模型 JSON 补上）` : `the ${missing.join(" and ")} could not be read: the report cannot be placed (convert it to model JSON and add it)`}`,
        );
        continue;
      }
      if ((loaded.read?.unread.length ?? 0) > 0) {
        progress.clear();
        err.line(
          `${safe(entry.path)}: ${lang === "zh" ? "部分内容未读出，未读出的单元格记为空白" : "part of it could not be read; those cells are blank"}`,
        );
      }
      const partsOrder = loaded.read?.partsOrder;
      reports.push({ report: loaded.report, source: entry.path, ...(partsOrder === undefined ? {} : { partsOrder }) });
    }
    progress.clear();
    if (files === 0) {
      err.line(lang === "zh" ? "没有找到报告文件" : "no report file found");
      return 2;
    }
    const year = options.year ?? latestYear(reports);
    const assessment: Assessment = assessReports(reports, { year, ...(units ? { units } : {}), ignore });
    const out =
      options.to === "json"
        ? `${jsonText(assessment, 2)}\n`
        : renderAssessment(assessment, { format: options.to, lang });
    if (options.output === undefined) process.stdout.write(out);
    else {
      const written = await writeAtomic(options.output, out, { force: options.force, lang: options.lang });
      if (!written.ok) {
        err.line(safe(written.message));
        return 2;
      }
    }
    const s = assessment.summary;
    err.line(
      lang === "zh"
        ? `${year} 年度：${s.units} 个单位，${s.reports} 份报告，${s.errors} 个错误，${s.warnings} 个警告，逾期 ${s.late}，未报送 ${s.missing}${unusable > 0 ? `；${unusable} 个文件无法使用` : ""}`
        : `${year}: ${s.units} units, ${s.reports} reports, ${s.errors} errors, ${s.warnings} warnings, ${s.late} late, ${s.missing} missing${unusable > 0 ? `; ${unusable} files unusable` : ""}`,
    );
    if (unusable > 0) return 2;
    return s.errors > 0 ? 1 : 0;
  });
}
