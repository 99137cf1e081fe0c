/**
 * `zfxxgk parse FILE` and `zfxxgk render FILE --to …`: a published report to model JSON, and a report to
 * the official layout.
 *
 * @module
 */
import { renderReport } from "../../render/index.js";
import { removeTemporaryFiles, writeAtomic } from "../atomic.js";
import { loadReport } from "../input.js";
import { safe, whileInterruptible, Writer } from "../terminal.js";

/** The output formats of `render`. */
export const renderFormats = ["text", "markdown", "html"] as const;

/**
 * Runs `parse`: prints the model JSON on stdout and the parser's diagnostics on stderr; 0, or 2 when nothing
 * usable was read.
 *
 * @example
 * ```ts
 * process.exitCode = await runParse("report.txt", { lang: "zh" });
 * ```
 */
export async function runParse(path: string, options: { readonly lang: "zh" | "en" }): Promise<number> {
  const err = new Writer(process.stderr);
  const loaded = await loadReport(path);
  if (!loaded.ok) {
    err.line(`${safe(path)}: ${safe(loaded.message[options.lang])}`);
    for (const d of loaded.details ?? []) err.line(`  ${safe(d.split("\t")[options.lang === "zh" ? 1 : 2] ?? d)}`);
    return 2;
  }
  for (const d of loaded.diagnostics) err.line(`${safe(path)}: [${d.level}] ${safe(d.message[options.lang])}`);
  process.stdout.write(`${JSON.stringify(loaded.report, null, 2)}\n`);
  return 0;
}

/**
 * Runs `render`: the report (model JSON or a published report) in the official layout, on stdout or written
 * atomically to `-o FILE` (never over an existing file without `--force`); 0, or 2.
 *
 * @example
 * ```ts
 * process.exitCode = await runRender("report.json", { to: "html", output: "report.html", force: false, lang: "zh" });
 * ```
 */
export async function runRender(
  path: string,
  options: { readonly to: (typeof renderFormats)[number]; readonly output?: string | undefined; readonly force: boolean; readonly lang: "zh" | "en" },
): Promise<number> {
  const err = new Writer(process.stderr);
  const loaded = await loadReport(path);
  if (!loaded.ok) {
    err.line(`${safe(path)}: ${safe(loaded.message[options.lang])}`);
    return 2;
  }
  const text = renderReport(loaded.report, options.to === "html" ? { format: "html", standalone: true } : { format: options.to });
  if (options.output === undefined) {
    process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    return 0;
  }
  // interrupted, the write leaves neither a partial output nor a temporary file
  const output = options.output;
  const written = await whileInterruptible(removeTemporaryFiles, () => writeAtomic(output, text, { force: options.force }));
  if (!written.ok) {
    err.line(safe(written.message));
    return 2;
  }
  return 0;
}
