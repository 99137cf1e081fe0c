/**
 * The `zfxxgk` command line (docs/guide.md).
 *
 * @module
 */
import { writeSync } from "node:fs";
import { parseArgs } from "node:util";
import { type Edition, editionKeys, isEdition } from "../format/editions.js";
import { budgetOf } from "./budget.js";
import { commandHelp, isCommand, type Lang, optionsOf, say, usageText } from "./help.js";
import { runLanguage, useLanguage } from "./language.js";

// each command's modules are imported when it runs: `check` over a folder of JSON never loads the parser or the
// renderers, and start-up compiles only what the command needs

/** The language the messages are in: `--lang`'s value when it is `zh` or `en`, else Chinese (an invalid one is said). */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "en" || value === "zh") return value;
  }
  return "zh";
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
  const lang = langOf(argv);
  useLanguage(lang);
  /** A usage error, in the chosen language, and where to read the usage. */
  const fail = (zh: string, en: string): number => {
    const hint = isCommand(command)
      ? say(lang, `用法见 zfxxgk ${command} --help`, `see zfxxgk ${command} --help`)
      : say(lang, "用法见 zfxxgk --help", "see zfxxgk --help");
    process.stderr.write(`zfxxgk: ${say(lang, zh, en)}\n${hint}\n`);
    return 2;
  };
  if (command === "--version" || command === "-V" || command === "version") {
    const { default: manifest } = await import("../../package.json", { with: { type: "json" } });
    process.stdout.write(`${manifest.version}\n`);
    return 0;
  }
  if (command === undefined) {
    process.stderr.write(usageText(lang));
    return 2;
  }
  if (command === "help" || command === "--help" || command === "-h") {
    const topic = rest.find((a) => !a.startsWith("-") && a !== "zh" && a !== "en");
    if (topic !== undefined && !isCommand(topic)) return fail(`没有命令 ${topic}`, `there is no command ${topic}`);
    process.stdout.write(topic === undefined ? usageText(lang) : commandHelp(topic, lang));
    return 0;
  }
  if (!isCommand(command)) return fail(`未知命令：${command}`, `unknown command: ${command}`);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(rest);
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option !== undefined)
      return fail(`${command} 没有选项 ${option}`, `${command} has no option ${option}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option !== undefined)
      return fail(`选项 ${option} 需要一个值`, `option ${option} needs a value`);
    return fail(`无法识别的参数：${(error as Error).message}`, `arguments not understood: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    process.stdout.write(commandHelp(command, lang));
    return 0;
  }
  const unused = unusedOption(command, parsed.tokens, values.output !== undefined);
  if (unused !== undefined) return fail(unused.zh, unused.en);
  if (values.lang !== undefined && values.lang !== "zh" && values.lang !== "en")
    return fail(`--lang 应为 zh 或 en，而不是 ${values.lang}`, `--lang is zh or en, not ${values.lang}`);
  const edition = values.edition;
  if (edition !== undefined && !isEdition(edition))
    return fail(
      `--edition 应为 ${editionKeys.join(" 或 ")}，而不是 ${edition}`,
      `--edition is ${editionKeys.join(" or ")}, not ${edition}`,
    );
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 9999))
    return fail(
      `--year 应为 1900 至 9999 之间的年份，而不是 ${values.year}`,
      `--year is a year from 1900 to 9999, not ${values.year}`,
    );
  const organ = values.organ?.trim();
  if (organ !== undefined && organ === "") return fail("--organ 不能为空", "--organ must not be empty");
  const width = values.width === undefined ? undefined : Number(values.width);
  if (width !== undefined && !(Number.isInteger(width) && width >= 40 && width <= 1000))
    return fail(
      `--width 应为 40 至 1000 之间的整数，而不是 ${values.width}`,
      `--width is a whole number from 40 to 1000, not ${values.width}`,
    );
  const read = { organ, year, edition: edition as Edition | undefined };
  // each file's memory and time budget, for the commands that read many files (said wrong: a usage error)
  const budgeted = optionsOf[command].includes("timeout");
  const budgetRead = budgeted ? budgetOf(values["max-memory"], values.timeout, process.env) : undefined;
  if (budgetRead !== undefined && !budgetRead.ok) return fail(budgetRead.zh, budgetRead.en);
  const budget = budgetRead?.ok === true ? budgetRead.budget : undefined;
  switch (command) {
    case "check": {
      if (positionals.length === 0)
        return fail("请给出文件或文件夹（- 为标准输入）", "give files or folders (- for standard input)");
      const { runCheck } = await import("./commands/check.js");
      return runCheck(positionals, {
        json: values.json === true,
        blankAsZero: values["blank-as-zero"] === true,
        lang,
        read,
        budget,
      });
    }
    case "parse": {
      if (positionals.length !== 1)
        return fail("请给出一个文件（- 为标准输入）", "give one file (- for standard input)");
      const { runParse } = await import("./commands/convert.js");
      return runParse(positionals[0] as string, { lang, read });
    }
    case "render": {
      if (positionals.length !== 1)
        return fail("请给出一个文件（- 为标准输入）", "give one file (- for standard input)");
      const { renderFormats, runRender } = await import("./commands/convert.js");
      const to = values.to ?? "text";
      if (!(renderFormats as readonly string[]).includes(to))
        return fail(
          `--to 应为 text、markdown、html 或 docx，而不是 ${to}`,
          `--to is text, markdown, html or docx, not ${to}`,
        );
      if (width !== undefined && to !== "text")
        return fail("--width 只用于 --to text", "--width goes with --to text only");
      return runRender(positionals[0] as string, {
        to: to as (typeof renderFormats)[number],
        output: values.output,
        force: values.force === true,
        lang,
        read,
        width: width ?? terminalWidth(),
      });
    }
    case "compare": {
      if (positionals.length === 0) return fail("请给出两个文件或一个文件夹", "give two files or a folder");
      const { compareFormats, runCompare } = await import("./commands/compare.js");
      const to = values.to ?? "text";
      if (!(compareFormats as readonly string[]).includes(to))
        return fail(`--to 应为 text、markdown 或 html，而不是 ${to}`, `--to is text, markdown or html, not ${to}`);
      if (values.json === true && (values.to !== undefined || values.output !== undefined))
        return fail("--json 不与 --to、-o 同用", "--json goes without --to and -o");
      return runCompare(positionals, {
        json: values.json === true,
        to: to as (typeof compareFormats)[number],
        output: values.output,
        force: values.force === true,
        blankAsZero: values["blank-as-zero"] === true,
        lang,
        budget,
      });
    }
    case "export": {
      if (positionals.length === 0) return fail("请给出文件或文件夹", "give files or folders");
      const { exportFormats, runExport } = await import("./commands/export.js");
      const to = values.to ?? "csv";
      if (!(exportFormats as readonly string[]).includes(to))
        return fail(`--to 应为 csv、xlsx 或 jsonl，而不是 ${to}`, `--to is csv, xlsx or jsonl, not ${to}`);
      if (to === "xlsx" && values.output === undefined)
        return fail("--to xlsx 需用 -o 给出输出文件", "--to xlsx needs the output file with -o");
      return runExport(positionals, {
        to: to as (typeof exportFormats)[number],
        output: values.output,
        force: values.force === true,
        lang,
        read,
        budget,
      });
    }
    case "assess": {
      if (positionals.length === 0) return fail("请给出文件或文件夹", "give files or folders");
      const { assessFormats, runAssess } = await import("./commands/assess.js");
      const to = values.to ?? "text";
      if (!(assessFormats as readonly string[]).includes(to))
        return fail(
          `--to 应为 html、markdown、text 或 json，而不是 ${to}`,
          `--to is html, markdown, text or json, not ${to}`,
        );
      return runAssess(positionals, {
        to: to as (typeof assessFormats)[number],
        output: values.output,
        force: values.force === true,
        lang,
        units: values.units,
        year,
        ignore: values.ignore,
        budget,
      });
    }
    case "import": {
      if (positionals.length !== 1)
        return fail("请给出一个文件（- 为标准输入）", "give one file (- for standard input)");
      if (values.check !== true && (values.json === true || values["blank-as-zero"] === true))
        return fail(
          "--json 与 --blank-as-zero 只与 --check 一起使用",
          "--json and --blank-as-zero go with --check only",
        );
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
      if (positionals.length > 0) return fail("schema 不读取文件", "schema reads no file");
      const { reportJsonSchema, reportJsonSchemas } = await import("../schema/index.js");
      process.stdout.write(
        `${JSON.stringify(edition === undefined ? reportJsonSchema : reportJsonSchemas[edition], null, 2)}\n`,
      );
      return 0;
    }
    case "example": {
      if (positionals.length > 0) return fail("example 不读取文件", "example reads no file");
      const { default: example } = await import("../../examples/lianzhou-2023.json", { with: { type: "json" } });
      process.stdout.write(`${JSON.stringify(example, null, 2)}\n`);
      return 0;
    }
  }
}

/** The terminal's width for `render --to text` on a terminal, else 100. */
function terminalWidth(): number {
  const columns = process.stdout.isTTY === true ? process.stdout.columns : undefined;
  return columns !== undefined && columns >= 40 ? columns : 100;
}

/**
 * The usage error for the first option given that `command` does not use (as it was written: `-o`, `--output`), or
 * for `--force` without `-o`; `undefined` when there is none, or the command is unknown (said elsewhere).
 */
function unusedOption(
  command: string | undefined,
  tokens: ReturnType<typeof parse>["tokens"],
  output: boolean,
): { readonly zh: string; readonly en: string } | undefined {
  const known = isCommand(command) ? optionsOf[command] : undefined;
  if (known === undefined) return undefined;
  for (const token of tokens) {
    if (token.kind !== "option" || token.name === "help") continue;
    if (!known.includes(token.name))
      return { zh: `${command} 不使用选项 ${token.rawName}`, en: `${command} does not take ${token.rawName}` };
    if (token.name === "force" && !output)
      return { zh: `${token.rawName} 只与 -o 一起使用`, en: `${token.rawName} goes with -o only` };
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
      width: { type: "string" },
      "max-memory": { type: "string" },
      timeout: { type: "string" },
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
      runLanguage() === "zh"
        ? `zfxxgk: 无法写出${stdout ? "结果" : "消息"}：${error.code === "ENOSPC" ? "磁盘已满" : String(error.message).replace(/[\s\p{Cc}]+/gu, " ")}\n`
        : `zfxxgk: cannot write to ${stdout ? "stdout" : "stderr"}: ${error.code === "ENOSPC" ? "no space left on the disk" : String(error.message).replace(/[\s\p{Cc}]+/gu, " ")}\n`,
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
