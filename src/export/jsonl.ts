/**
 * JSON Lines for the spreadsheet layout: one JSON object per report, keyed by the columns' headers (what
 * `pandas.read_json(path, lines=True)` reads into a frame with the same columns as the CSV); a blank is `null`.
 *
 * @module
 */
import type { RowInput } from "./from-rows.js";
import type { Row } from "./to-rows.js";

/**
 * One line of JSON Lines (LF-ended): a row as an object keyed by the header.
 *
 * @example
 * ```ts
 * import { jsonlLine } from "zfxxgk/export";
 * jsonlLine(["发布机关", "报告年度"], ["某县教育局", 2024]); // '{"发布机关":"某县教育局","报告年度":2024}\n'
 * ```
 */
export function jsonlLine(header: readonly string[], row: Row): string {
  const record: Record<string, unknown> = {};
  header.forEach((name, i) => {
    record[name] = row[i] ?? null;
  });
  return `${JSON.stringify(record)}\n`;
}

/**
 * The JSON Lines of rows, one line (LF-ended) per row after the header, lazily.
 *
 * @example
 * ```ts
 * import { jsonlLines, toRows } from "zfxxgk/export";
 * for (const line of jsonlLines(toRows(reports))) process.stdout.write(line);
 * ```
 */
export function* jsonlLines(rows: Iterable<Row>): Generator<string, void, undefined> {
  let header: readonly string[] | undefined;
  for (const row of rows) {
    if (header === undefined) {
      header = row.map((h) => String(h));
      continue;
    }
    yield jsonlLine(header, row);
  }
}

/**
 * Reads JSON Lines into rows for {@link fromRows}, lazily: each non-empty line's value (an object is a row keyed
 * by header); a line that is not JSON is `null`, which `fromRows` reports as a row it cannot read. Never throws.
 *
 * @example
 * ```ts
 * import { fromRows, parseJsonl } from "zfxxgk/export";
 * const { reports } = fromRows(parseJsonl(await readFile("reports.jsonl", "utf8")));
 * ```
 */
export function* parseJsonl(text: string): Generator<RowInput, void, undefined> {
  for (const line of text.replace(/^\ufeff/, "").split(/\r?\n/)) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = null;
    }
    yield typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Readonly<Record<string, unknown>>)
      : null;
  }
}
