/**
 * The `zfxxgk` command line (MODEL.md §6).
 *
 * @module
 */
import { writeSync } from "node:fs";
import { parseArgs } from "node:util";

// each command's modules are imported when it runs: `check` over a folder of JSON never loads the parser or the
// renderers, and start-up compiles only what the command needs

const usage = `zfxxgk — 政府信息公开工作年度报告 检查、解析与排版 / check, parse and render annual reports

用法 / usage:
  zfxxgk check FILE|FOLDER…  [--json] [--blank-as-zero] [--lang zh|en] [--organ 机关] [--year 年度] [--edition 2021|2019]
  zfxxgk parse FILE  [--organ 机关] [--year 年度] [--edition 2021|2019]
                                                      已发布的报告（PDF、Word .docx、网页、Markdown、文本，任意编码）→ JSON
  zfxxgk render FILE --to text|markdown|html|docx [-o FILE] [--force]
                                                      排版；docx 为 Word 文件（需 npm i docx，用 -o 写出）
  zfxxgk compare LAST THIS | FOLDER…  [--json] [--to text|markdown|html] [-o FILE] [--force] [--blank-as-zero]
                                                      相邻两年报告对比：文字重复、数字变化、结转 / two years compared
  zfxxgk export FILE|FOLDER… --to csv|xlsx|jsonl [-o FILE] [--force]
                                                      多份报告 → 一张表：每份一行，每个单元格一列 / many reports as one sheet
  zfxxgk assess FOLDER…  [--units 单位清单.csv|json] [--year 年度] [--ignore FILE] [--to html|markdown|text|json] [-o FILE] [--force]
                                                      一个地区的报告：报送、汇总核对、问题清单与排名 / a region assessed
  zfxxgk import FILE [--check [--json] [--blank-as-zero]] [-o FILE]
                                                      按 export 格式的表（CSV、XLSX、JSON Lines）→ 报告 JSON，或逐行检查
  zfxxgk schema [--edition 2021|2019]                 数据模型的 JSON Schema
  zfxxgk example                                      内置示例：连州市人民政府办公室 2023 年度报告

文件按内容识别：JSON、PDF、.docx、HTML、Markdown、文本（UTF-8、UTF-16、GBK/GB18030）。
--organ / --year / --edition 用于文件中未印出的内容 / for what a document does not print.

退出码 / exit: 0 无错误 no error · 1 有错误 errors found · 2 输入无法使用或用法错误 unusable input or usage
              3 未能完整读出（部分表格、行或栏未读出，或缺少机关、年度）incomplete: part of a report could not be read
`;

function fail(message: string): number {
  process.stderr.write(`${message}\n\n${usage}`);
  return 2;
}

/**
 * Runs the command line with the given arguments; resolves to the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await main(["check", "report.json"]);
 * ```
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(rest);
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help === true || command === "help" || command === "--help" || command === "-h") {
    process.stdout.write(usage);
    return 0;
  }
  const unused = unusedOption(command, parsed.tokens, values.output !== undefined);
  if (unused !== undefined) return fail(unused);
  const lang = values.lang ?? "zh";
  if (lang !== "zh" && lang !== "en") return fail(`--lang: zh 或 en / zh or en, not ${lang}`);
  const edition = values.edition;
  if (edition !== undefined && edition !== "2021" && edition !== "2019") return fail("--edition: 2021 或 2019");
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 9999))
    return fail(`--year: 1900 至 9999 之间的年份 / a year from 1900 to 9999, not ${values.year}`);
  const organ = values.organ?.trim();
  if (organ !== undefined && organ === "") return fail("--organ: 不能为空 / must not be empty");
  const read = { organ, year, edition: edition as "2021" | "2019" | undefined };
  switch (command) {
    case "check": {
      if (positionals.length === 0) return fail("check: 请给出文件或文件夹 / give files or folders");
      const { runCheck } = await import("./commands/check.js");
      return runCheck(positionals, {
        json: values.json === true,
        blankAsZero: values["blank-as-zero"] === true,
        lang,
        read,
      });
    }
    case "parse": {
      if (positionals.length !== 1) return fail("parse: 请给出一个文件 / give one file");
      const { runParse } = await import("./commands/convert.js");
      return runParse(positionals[0] as string, { lang, read });
    }
    case "render": {
      if (positionals.length !== 1) return fail("render: 请给出一个文件 / give one file");
      const { renderFormats, runRender } = await import("./commands/convert.js");
      const to = values.to ?? "text";
      if (!(renderFormats as readonly string[]).includes(to))
        return fail(`--to: text, markdown, html 或 docx, not ${to}`);
      return runRender(positionals[0] as string, {
        to: to as (typeof renderFormats)[number],
        output: values.output,
        force: values.force === true,
        lang,
        read,
      });
    }
    case "compare": {
      if (positionals.length === 0) return fail("compare: 请给出两个文件或一个文件夹 / give two files or a folder");
      const { compareFormats, runCompare } = await import("./commands/compare.js");
      const to = values.to ?? "text";
      if (!(compareFormats as readonly string[]).includes(to)) return fail(`--to: text, markdown 或 html, not ${to}`);
      if (values.json === true && (values.to !== undefined || values.output !== undefined))
        return fail("compare: --json 不与 --to、-o 同用 / --json goes without --to and -o");
      return runCompare(positionals, {
        json: values.json === true,
        to: to as (typeof compareFormats)[number],
        output: values.output,
        force: values.force === true,
        blankAsZero: values["blank-as-zero"] === true,
        lang,
      });
    }
    case "export": {
      if (positionals.length === 0) return fail("export: 请给出文件或文件夹 / give files or folders");
      const { exportFormats, runExport } = await import("./commands/export.js");
      const to = values.to ?? "csv";
      if (!(exportFormats as readonly string[]).includes(to)) return fail(`--to: csv, xlsx 或 jsonl, not ${to}`);
      if (to === "xlsx" && values.output === undefined)
        return fail("export --to xlsx: 请用 -o 给出输出文件 / give the output file with -o");
      return runExport(positionals, {
        to: to as (typeof exportFormats)[number],
        output: values.output,
        force: values.force === true,
        lang,
        read,
      });
    }
    case "assess": {
      if (positionals.length === 0) return fail("assess: 请给出文件或文件夹 / give files or folders");
      const { assessFormats, runAssess } = await import("./commands/assess.js");
      const to = values.to ?? "text";
      if (!(assessFormats as readonly string[]).includes(to))
        return fail(`--to: html, markdown, text 或 json, not ${to}`);
      return runAssess(positionals, {
        to: to as (typeof assessFormats)[number],
        output: values.output,
        force: values.force === true,
        lang,
        units: values.units,
        year,
        ignore: values.ignore,
      });
    }
    case "import": {
      if (positionals.length !== 1) return fail("import: 请给出一个文件 / give one file");
      if (values.check !== true && (values.json === true || values["blank-as-zero"] === true))
        return fail("import: --json 与 --blank-as-zero 只与 --check 一起使用 / go with --check only");
      const { runImport } = await import("./commands/import.js");
      return runImport(positionals[0] as string, {
        check: values.check === true,
        json: values.json === true,
        blankAsZero: values["blank-as-zero"] === true,
        output: values.output,
        force: values.force === true,
        lang,
      });
    }
    case "schema": {
      const { reportJsonSchema, reportJsonSchemas } = await import("../schema/index.js");
      process.stdout.write(
        `${JSON.stringify(edition === undefined ? reportJsonSchema : reportJsonSchemas[edition], null, 2)}\n`,
      );
      return 0;
    }
    case "example": {
      const { default: example } = await import("../../examples/lianzhou-2023.json", { with: { type: "json" } });
      process.stdout.write(`${JSON.stringify(example, null, 2)}\n`);
      return 0;
    }
    case undefined:
      process.stdout.write(usage);
      return 2;
    default:
      return fail(`未知命令 / unknown command: ${command}`);
  }
}

/** The options each command uses (`--help` aside); any other is a usage error, not silently ignored. */
const optionsOf: Readonly<Record<string, readonly string[]>> = {
  check: ["json", "blank-as-zero", "lang", "organ", "year", "edition"],
  parse: ["lang", "organ", "year", "edition"],
  render: ["to", "output", "force", "lang", "organ", "year", "edition"],
  compare: ["json", "to", "output", "force", "blank-as-zero", "lang"],
  export: ["to", "output", "force", "lang", "organ", "year", "edition"],
  import: ["check", "json", "blank-as-zero", "output", "force", "lang"],
  assess: ["units", "year", "ignore", "to", "output", "force", "lang"],
  schema: ["edition"],
  example: [],
};

/**
 * The usage error for the first option given that `command` does not use (as it was written: `-o`, `--output`), or
 * for `--force` without `-o`; `undefined` when there is none, or the command is unknown (said elsewhere).
 */
function unusedOption(
  command: string | undefined,
  tokens: ReturnType<typeof parse>["tokens"],
  output: boolean,
): string | undefined {
  const known = command === undefined ? undefined : optionsOf[command];
  if (known === undefined) return undefined;
  for (const token of tokens) {
    if (token.kind !== "option" || token.name === "help") continue;
    if (!known.includes(token.name))
      return `${command}: 不使用选项 ${token.rawName} / ${command} does not take ${token.rawName}`;
    if (token.name === "force" && !output)
      return `${command}: ${token.rawName} 只与 -o 一起使用 / ${token.rawName} goes with -o only`;
  }
  return undefined;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      json: { type: "boolean" },
      check: { type: "boolean" },
      "blank-as-zero": { type: "boolean" },
      lang: { type: "string" },
      to: { type: "string" },
      output: { type: "string", short: "o" },
      force: { type: "boolean" },
      edition: { type: "string" },
      organ: { type: "string" },
      year: { type: "string" },
      units: { type: "string" },
      ignore: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

// output that cannot be written ends the run at once, with a code that says the results were not delivered: a closed
// pipe (`zfxxgk render … | head`) exits 141, as a process ended by SIGPIPE — also when the run had finished, since
// what it wrote last was lost; any other failure (a full disk, `> /dev/full`) exits 2 with one line on stderr
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => process.exit(outputFailed(stream === process.stdout, error)));
}

/**
 * The exit code of a run whose stdout or stderr failed — 141 for a closed pipe, else 2 — after saying why on stderr
 * (when stderr can still be written).
 */
function outputFailed(stdout: boolean, error: NodeJS.ErrnoException): number {
  if (error.code === "EPIPE") return 141;
  try {
    writeSync(
      2,
      `zfxxgk: 无法写出${stdout ? "结果" : "消息"} / cannot write to ${stdout ? "stdout" : "stderr"}: ${String(error.message).replace(/[\s\p{Cc}]+/gu, " ")}\n`,
    );
  } catch {
    // stderr is gone too: the exit code says it
  }
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `zfxxgk: 内部错误 / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
