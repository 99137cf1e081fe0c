/**
 * `zfxxgk compare LAST THIS` and `zfxxgk compare FOLDER…`: two years of one organ's report compared (text reuse,
 * changed figures, jumps, identical tables, carry-over); a folder's reports paired by organ and consecutive years,
 * the files left unpaired listed. `--json` prints one object per line (docs/compare-output.schema.json).
 *
 * @module
 */
import { statSync } from "node:fs";
import { compareReports } from "../../compare/compare.js";
import { pairReports } from "../../compare/pairs.js";
import { renderComparisons } from "../../compare/render.js";
import type { Comparison } from "../../compare/types.js";
import type { Report } from "../../model/report.generated.js";
import { removeTemporaryFiles, writeAtomic } from "../atomic.js";
import { type Budget, defaultBudget } from "../budget.js";
import { readEach } from "../read-files.js";
import { jsonText, safe, Writer, whileInterruptible } from "../terminal.js";

/**
 * The output formats of `compare --to`.
 *
 * @example
 * ```ts
 * compareFormats.includes("html"); // true
 * ```
 */
export const compareFormats = ["text", "markdown", "html"] as const;

/**
 * Options of the compare command.
 *
 * @example
 * ```ts
 * const o: CompareCommandOptions = { json: false, to: "text", force: false, blankAsZero: false, lang: "zh" };
 * ```
 */
export interface CompareCommandOptions {
  readonly json: boolean;
  readonly to: (typeof compareFormats)[number];
  readonly output?: string | undefined;
  readonly force: boolean;
  readonly blankAsZero: boolean;
  readonly lang: "zh" | "en";
  /** Each file's memory and time budget (`--max-memory`, `--timeout`); by default {@link defaultBudget}. */
  readonly budget?: Budget | undefined;
}

/** A report read from a file, with what the file did not print. */
interface Read {
  readonly file: string;
  readonly report: Report;
  readonly organ: string;
  readonly year: number;
  /** The organ or the year could not be read (a stand-in is in `report`). */
  readonly missing: readonly ("organ" | "year")[];
}

/** A file that could not be used. */
interface Unusable {
  readonly file: string;
  readonly message: { readonly zh: string; readonly en: string };
}

/**
 * One line of `compare --json`: a pair, a file left unpaired, or a file that could not be read.
 *
 * @example
 * ```ts
 * const line: CompareLine = { kind: "unmatched", file: "a.json", organ: "甲", year: 2024, reason: "alone" };
 * ```
 */
export type CompareLine =
  | {
      readonly kind: "pair";
      readonly previous: { readonly file: string; readonly organ: string; readonly year: number };
      readonly current: { readonly file: string; readonly organ: string; readonly year: number };
      readonly comparison: Comparison;
    }
  | {
      readonly kind: "unmatched";
      readonly file: string;
      readonly organ: string;
      readonly year: number | null;
      readonly reason: "alone" | "duplicate" | "year-missing";
      readonly same?: string;
    }
  | {
      readonly kind: "unusable";
      readonly file: string;
      readonly message: { readonly zh: string; readonly en: string };
    };

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

async function readAll(paths: readonly string[], budget: Budget): Promise<{ reads: Read[]; unusable: Unusable[] }> {
  const reads: Read[] = [];
  const unusable: Unusable[] = [];
  for await (const { entry, loaded } of readEach(paths, { budget, read: {} })) {
    if (!loaded.ok) {
      unusable.push({ file: entry.path, message: entry.error ?? loaded.message });
      continue;
    }
    const missing = loaded.read?.missing ?? [];
    reads.push({
      file: entry.path,
      report: loaded.report,
      organ: missing.includes("organ") ? "" : loaded.report.organ,
      year: loaded.report.year,
      missing,
    });
  }
  return { reads, unusable };
}

const reasonText = {
  alone: { zh: "没有相邻年度的报告", en: "no report of the year before or after" },
  duplicate: { zh: "与另一文件为同一机关同一年度", en: "same organ and year as another file" },
  "year-missing": { zh: "未能读出报告年度", en: "the report year could not be read" },
} as const;

/**
 * Runs the compare command; resolves to the exit code: 0 when every pair holds the cross-year rules, 1 when a
 * pair fails an error-severity rule (carry-over), 2 when an input is unusable or no pair could be formed.
 *
 * @example
 * ```ts
 * process.exitCode = await runCompare(["2023.html", "2024.html"], { json: false, to: "text", force: false, blankAsZero: false, lang: "zh" });
 * ```
 */
export async function runCompare(paths: readonly string[], options: CompareCommandOptions): Promise<number> {
  const out = new Writer(process.stdout, { buffered: true });
  return whileInterruptible(
    () => {
      out.flushSync();
      removeTemporaryFiles();
    },
    async () => {
      try {
        return await compareAll(paths, options, out);
      } finally {
        await out.flush();
      }
    },
  );
}

async function compareAll(paths: readonly string[], options: CompareCommandOptions, out: Writer): Promise<number> {
  const err = new Writer(process.stderr);
  const lang = options.lang;
  const { reads, unusable } = await readAll(paths, options.budget ?? defaultBudget);
  const lines: Exclude<CompareLine, { kind: "pair" }>[] = unusable.map((u) => ({
    kind: "unusable",
    file: u.file,
    message: u.message,
  }));
  let pairs: { previous: Read; current: Read }[];
  if (paths.length === 2 && paths.every(isFile)) {
    // LAST THIS, as given; a year or organ the file does not print is said (the text is still compared)
    pairs = reads.length === 2 ? [{ previous: reads[0] as Read, current: reads[1] as Read }] : [];
    for (const r of reads)
      for (const field of r.missing)
        err.line(
          lang === "zh"
            ? `${safe(r.file)}: 文件中未找到${field === "year" ? "报告年度，跨年度规则无法核对" : "发布机关"}`
            : `${safe(r.file)}: the file prints no ${field === "year" ? "report year: the cross-year rules cannot be checked" : "issuing organ"}`,
        );
  } else {
    const dated = reads.filter((r) => !r.missing.includes("year"));
    for (const r of reads)
      if (r.missing.includes("year"))
        lines.push({ kind: "unmatched", file: r.file, organ: r.organ, year: null, reason: "year-missing" });
    const pairing = pairReports(dated);
    pairs = [...pairing.pairs];
    for (const u of pairing.unmatched)
      lines.push({
        kind: "unmatched",
        file: u.item.file,
        organ: u.item.organ,
        year: u.item.year,
        reason: u.reason,
        ...(u.same === undefined ? {} : { same: u.same.file }),
      });
  }
  const compared = pairs.map((p) => ({
    ...p,
    comparison: compareReports(p.previous.report, p.current.report, { lang, blankAsZero: options.blankAsZero }),
  }));
  const ref = (r: Read) => ({ file: r.file, organ: r.organ, year: r.year });
  if (options.json) {
    for (const c of compared)
      out.line(
        jsonText({ kind: "pair", previous: ref(c.previous), current: ref(c.current), comparison: c.comparison }),
      );
    for (const l of lines) out.line(jsonText(l));
  } else {
    const text = renderComparisons(
      compared.map((c) => ({ comparison: c.comparison, current: c.current.report })),
      { format: options.to, lang },
    );
    // the document alone on stdout or in the file; what was left out on stderr, except beside a text on stdout
    const aside = options.output === undefined && options.to === "text" ? out : err;
    if (compared.length > 0) {
      if (options.output === undefined) out.line(text.trimEnd());
      else {
        const output = options.output;
        const written = await writeAtomic(output, text, { force: options.force, lang: options.lang });
        if (!written.ok) {
          err.line(safe(written.message));
          return 2;
        }
      }
    }
    for (const l of lines) {
      if (l.kind === "unusable") {
        err.line(`${safe(l.file)}: ${lang === "zh" ? "无法使用" : "unusable"}：${safe(l.message[lang])}`);
        continue;
      }
      const what = `${l.organ === "" ? "?" : l.organ} ${l.year ?? "?"}`;
      aside.line(
        `${lang === "zh" ? "未配对" : "unpaired"}: ${safe(l.file)}（${safe(what)}）${reasonText[l.reason][lang]}${l.same === undefined ? "" : `：${safe(l.same)}`}`,
      );
    }
  }
  if (compared.length === 0) {
    err.line(lang === "zh" ? "没有可比较的相邻年度报告。" : "No reports of one organ in consecutive years to compare.");
    return 2;
  }
  if (unusable.length > 0) return 2;
  return compared.every((c) => c.comparison.ok) ? 0 : 1;
}
