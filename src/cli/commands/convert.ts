/**
 * `zfxxgk parse FILE` and `zfxxgk render FILE --to …`: a published report to model JSON, and a report to
 * the official layout.
 *
 * @module
 */
import { groupBlankCells } from "../../checks/blank-groups.js";
import { checkReport } from "../../checks/check-report.js";
import { renderReport } from "../../render/index.js";
import { removeTemporaryFiles, type WriteResult, writeAtomic, writeAtomicWith } from "../atomic.js";
import { loadReport, type ReadOptions } from "../input.js";
import { detailFields } from "../load-json.js";
import { jsonText, safe, Writer, whileInterruptible } from "../terminal.js";

/** The output formats of `render`: `docx` is a Word file (binary: with `-o`, or to a pipe, never to a terminal). */
export const renderFormats = ["text", "markdown", "html", "docx"] as const;

/**
 * Runs `parse`: prints the model JSON on stdout — what could be read, also when part of it could not (an organ
 * not printed is `""`, a year `0`, a figure not read `null`) — and the parser's diagnostics on stderr. Exit 0
 * when everything was read, 3 when the JSON is partial (a diagnostic on stderr says what is missing), 2 when
 * nothing usable was read.
 *
 * @example
 * ```ts
 * process.exitCode = await runParse("report.pdf", { lang: "zh", read: { organ: "某县人民政府" } });
 * ```
 */
export async function runParse(
  path: string,
  options: { readonly lang: "zh" | "en"; readonly read?: ReadOptions },
): Promise<number> {
  const err = new Writer(process.stderr);
  const loaded = await loadReport(path, options.read ?? {});
  if (!loaded.ok) {
    err.line(`${safe(path)}: ${safe(loaded.message[options.lang])}`);
    for (const d of loaded.details ?? []) {
      const { where, zh, en } = detailFields(d);
      err.line(`  ${where === "" ? "" : `${safe(where)}  `}${safe(options.lang === "zh" ? zh : en)}`);
    }
    return 2;
  }
  // blank cells said once per blank table, row or column, as `check` says them
  const blanks = loaded.diagnostics.filter((d) => d.code === "cell.blank");
  for (const d of loaded.diagnostics)
    if (d.code !== "cell.blank") err.line(`${safe(path)}: [${d.level}] ${safe(d.message[options.lang])}`);
  for (const g of groupBlankCells(
    loaded.report.edition,
    blanks.flatMap((d) => d.cells ?? []),
  )) {
    const what =
      options.lang === "zh"
        ? `「${g.name.zh}」${{ table: "整张表", row: "整行", column: "整列", cell: "" }[g.level]}空白，记为 null${g.cells.length > 1 ? `（${g.cells.length} 栏）` : ""}`
        : `“${g.name.en}”${{ table: ": the whole table", row: ": the whole row", column: ": the whole column", cell: "" }[g.level]} blank, read as null${g.cells.length > 1 ? ` (${g.cells.length} cells)` : ""}`;
    err.line(`${safe(path)}: [info] ${safe(what)}`);
  }
  const read = loaded.read;
  process.stdout.write(`${jsonText(read?.asRead ?? loaded.report, 2)}\n`);
  return read !== undefined && (read.unread.length > 0 || read.missing.length > 0) ? 3 : 0;
}

/**
 * Runs `render`: the report (model JSON or a published report) in the official layout, on stdout or written
 * atomically to `-o FILE` (never over an existing file without `--force`); 0, or 2. A Word file (`--to docx`, with
 * the optional `docx` package) is written to `-o FILE` or to a pipe, never to a terminal.
 *
 * @example
 * ```ts
 * process.exitCode = await runRender("report.json", { to: "html", output: "report.html", force: false, lang: "zh" });
 * ```
 */
export async function runRender(
  path: string,
  options: {
    readonly to: (typeof renderFormats)[number];
    readonly output?: string | undefined;
    readonly force: boolean;
    readonly lang: "zh" | "en";
    readonly read?: ReadOptions;
    /** `--to text`: the most columns a table line takes (the terminal's width, else 100). */
    readonly width?: number;
  },
): Promise<number> {
  const err = new Writer(process.stderr);
  const loaded = await loadReport(path, options.read ?? {});
  if (!loaded.ok) {
    err.line(`${safe(path)}: ${safe(loaded.message[options.lang])}`);
    return 2;
  }
  const missing = loaded.read?.missing ?? [];
  if (missing.length > 0) {
    const zh = missing.map((m) => (m === "organ" ? "发布机关（--organ）" : "报告年度（--year）")).join("、");
    const en = missing
      .map((m) => (m === "organ" ? "the issuing organ (--organ)" : "the report year (--year)"))
      .join(", ");
    err.line(
      `${safe(path)}: ${options.lang === "zh" ? `文件中未找到${zh}，无法排版；请用选项给出` : `the file prints no ${en}: give it to render the report`}`,
    );
    return 2;
  }
  for (const u of loaded.read?.unread ?? []) err.line(`${safe(path)}: ${safe(u.message[options.lang])}`);
  // the report is rendered as it is, and stderr says when its figures do not add up: a printout is not a check
  const failed = checkReport(loaded.report).findings.filter((f) => f.severity === "error" && f.status === "fail");
  if (failed.length > 0)
    err.line(
      `${safe(path)}: ${
        options.lang === "zh"
          ? `注意：报告的数字有 ${failed.length} 处错误（${failed[0]?.rule} 等），照原样排版；zfxxgk check 列出每一处`
          : `note: the report's figures break ${failed.length} accounting rule${failed.length > 1 ? "s" : ""} (${failed[0]?.rule}…), rendered as they are; zfxxgk check lists each`
      }`,
    );
  if (options.to === "docx") return renderWord(loaded.report, { ...options, err });
  const text = renderReport(
    loaded.report,
    options.to === "html"
      ? { format: "html", standalone: true }
      : options.to === "text"
        ? { format: "text", ...(options.width === undefined ? {} : { width: options.width }) }
        : { format: "markdown" },
  );
  if (options.output === undefined) {
    process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    return 0;
  }
  // interrupted, the write leaves neither a partial output nor a temporary file
  const output = options.output;
  const written = await whileInterruptible(removeTemporaryFiles, () =>
    writeAtomic(output, text, { force: options.force, lang: options.lang }),
  );
  if (!written.ok) {
    err.line(safe(written.message));
    return 2;
  }
  return 0;
}

/** `render --to docx`: the Word file to `-o FILE` (atomically) or to a pipe; a terminal is refused. */
async function renderWord(
  report: Parameters<typeof renderReport>[0],
  options: {
    readonly output?: string | undefined;
    readonly force: boolean;
    readonly lang: "zh" | "en";
    readonly err: Writer;
  },
): Promise<number> {
  const { err } = options;
  if (options.output === undefined && process.stdout.isTTY === true) {
    err.line(
      options.lang === "zh"
        ? "Word 文件是二进制文件，不写到终端：请用 -o 文件名.docx 给出输出文件（或重定向到文件）"
        : "a Word file is binary and is not written to a terminal: give the output file with -o FILE.docx (or redirect)",
    );
    return 2;
  }
  const { renderDocx } = await import("../../render/docx/render.js");
  let bytes: Uint8Array;
  try {
    bytes = await renderDocx(report);
  } catch (error) {
    // the optional docx package is not installed: the message names `npm i docx`
    err.line(safe((error as Error).message));
    return 2;
  }
  if (options.output === undefined) {
    process.stdout.write(bytes);
    return 0;
  }
  const output = options.output;
  const written: WriteResult = await whileInterruptible(removeTemporaryFiles, () =>
    writeAtomicWith(output, (handle) => handle.writeFile(bytes), { force: options.force, lang: options.lang }),
  );
  if (!written.ok) {
    err.line(safe(written.message));
    return 2;
  }
  return 0;
}
