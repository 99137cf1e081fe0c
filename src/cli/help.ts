/**
 * What the command line says about itself, in one language at a time: the usage of all commands (`zfxxgk help`,
 * `zfxxgk --help`) and each command's help (`zfxxgk help check`, `zfxxgk check --help`) — its inputs, options,
 * output and exit codes.
 *
 * @module
 */
import { editionKeys } from "../format/editions.js";

/** Columns a flag takes in a terminal: a CJK character two (the flags' placeholders, 机关, 年度 and 秒). */
const columns = (text: string): number => Array.from(text).reduce((n, c) => n + (c >= "\u2e80" ? 2 : 1), 0);
const padTo = (text: string, width: number): string => text + " ".repeat(Math.max(0, width - columns(text)));
/** A flag as printed: its placeholder in the chosen language (`--organ 机关`, `--organ ORGAN`). */
const flagIn = (flag: string, lang: Lang): string =>
  lang === "zh" ? flag : flag.replace("机关", "ORGAN").replace("年度", "YEAR").replace("秒", "SECONDS");

/** The language of the command line's messages (`--lang`). */
export type Lang = "zh" | "en";

/** The text of a message in the chosen language. */
export const say = (lang: Lang, zh: string, en: string): string => (lang === "zh" ? zh : en);

/** The commands, in the order the usage lists them. */
export const commands = [
  "check",
  "parse",
  "render",
  "compare",
  "export",
  "assess",
  "import",
  "schema",
  "example",
] as const;

/** A command of the command line. */
export type Command = (typeof commands)[number];

/**
 * The options each command takes (`--help` aside), as `parseArgs` names them: any other is a usage error, not
 * silently ignored; each command's help lists exactly these (a test holds the two together).
 *
 * @example
 * ```ts
 * optionsOf.render.includes("width"); // true
 * ```
 */
export const optionsOf: Readonly<Record<Command, readonly string[]>> = {
  check: ["json", "blank-as-zero", "lang", "organ", "year", "edition", "max-memory", "timeout"],
  parse: ["lang", "organ", "year", "edition"],
  render: ["to", "width", "output", "force", "lang", "organ", "year", "edition"],
  compare: ["json", "to", "output", "force", "blank-as-zero", "lang", "max-memory", "timeout"],
  export: ["to", "output", "force", "lang", "organ", "year", "edition", "max-memory", "timeout"],
  import: ["check", "json", "blank-as-zero", "output", "force", "lang"],
  assess: ["units", "year", "ignore", "to", "output", "force", "lang", "max-memory", "timeout"],
  schema: ["edition", "lang"],
  example: ["lang"],
};

/** Whether `name` is a command. */
export const isCommand = (name: string | undefined): name is Command =>
  name !== undefined && (commands as readonly string[]).includes(name);

interface Help {
  /** The synopsis: the command and its arguments. */
  readonly synopsis: string;
  /** One line: what it does. */
  readonly summary: readonly [string, string];
  /** What it reads. */
  readonly input: readonly [string, string];
  /** Its options: flag, and what it does in each language. */
  readonly options: readonly (readonly [string, string, string])[];
  /** What it writes. */
  readonly output: readonly [string, string];
  /** Its exit codes. */
  readonly exit: readonly [string, string];
}

const reads: readonly [string, string] = [
  "文件按内容识别：模型 JSON、PDF、Word .docx、HTML 网页、Markdown、文本（UTF-8、UTF-16、GBK/GB18030）；文件夹逐一读取其中的报告文件；- 为标准输入。",
  "files are read by their content: model JSON, PDF, Word .docx, HTML pages, Markdown, text (UTF-8, UTF-16, GBK/GB18030); a folder is walked for report files; - is standard input.",
];
const printed = [
  ["--organ 机关", "文件中未印出发布机关时使用", "the issuing organ, where the file does not print it"],
  ["--year 年度", "文件中未印出报告年度时使用", "the report year, where the file does not print it"],
  [
    `--edition ${editionKeys.join("|")}`,
    "格式版本（默认按表格识别）",
    "the format edition (by default, told by the tables)",
  ],
] as const;
const language = ["--lang zh|en", "消息语言（默认 zh）", "the language of the messages (default zh)"] as const;
const output = [
  "-o FILE",
  "写入文件（原子写入；不覆盖已有文件）",
  "write to FILE (atomically; never over an existing file)",
] as const;
const force = ["--force", "与 -o 同用：覆盖已有的普通文件", "with -o: replace an existing regular file"] as const;
const blankAsZero = [
  "--blank-as-zero",
  "空白单元格按 0 计算（默认：空白的运算项使规则无法核对）",
  "evaluate blank cells as 0 (by default a blank operand makes a rule not assessable)",
] as const;
const maxMemory = [
  "--max-memory MB",
  "每个文件读取、核对可用的内存（默认 1024；环境变量 ZFXXGK_MAX_MEMORY），超出则该文件「无法使用：过大」",
  "memory each file may take to be read and checked (default 1024; env ZFXXGK_MAX_MEMORY); over it, that file is unusable: too large",
] as const;
const timeout = [
  "--timeout 秒",
  "每个文件读取、核对可用的时间（默认 60；环境变量 ZFXXGK_TIMEOUT），超出则该文件「无法使用：超时」",
  "time each file may take to be read and checked, in seconds (default 60; env ZFXXGK_TIMEOUT); over it, that file is unusable: timed out",
] as const;
const checkExit: readonly [string, string] = [
  "0 无错误 · 1 有错误 · 2 输入无法使用或用法错误 · 3 未能完整读出（部分表格、行或栏未读出，或缺少机关、年度） · 130 / 143 被中断（Ctrl-C、SIGTERM），结果不完整",
  "0 no error · 1 errors found · 2 unusable input or usage error · 3 incomplete (part of a report could not be read, or its organ or year is missing) · 130 / 143 interrupted (Ctrl-C, SIGTERM): the results are incomplete",
];

const helps: Readonly<Record<Command, Help>> = {
  check: {
    synopsis: "zfxxgk check FILE|FOLDER|- …",
    summary: [
      "检查报告：结构、勾稽关系、空白、期限与正文所述数字",
      "check reports: structure, accounting rules, blanks, deadline, the figures of the prose",
    ],
    input: reads,
    options: [
      [
        "--json",
        "每个文件输出一行 JSON（docs/check-output.schema.json）",
        "one JSON line per file (docs/check-output.schema.json)",
      ],
      blankAsZero,
      ...printed,
      maxMemory,
      timeout,
      language,
    ],
    output: [
      "每个文件的结论（未发现问题、有错误、未能完整读出、无法使用）及其问题；最后一行汇总文件数、错误、提示与无法核对的项数。",
      "each file's verdict (clean, errors, incomplete, unusable) and its findings; a last line counts the files, errors, warnings and checks that could not be made.",
    ],
    exit: checkExit,
  },
  parse: {
    synopsis: "zfxxgk parse FILE|-",
    summary: ["把已发布的报告读成数据模型 JSON", "read a published report into the model's JSON"],
    input: reads,
    options: [...printed, language],
    output: [
      "标准输出：读出的模型 JSON（未读出的数字为 null）；标准错误：解析提示。",
      "stdout: the model JSON read (a figure not read is null); stderr: the parser's diagnostics.",
    ],
    exit: [
      "0 全部读出 · 2 无法使用或用法错误 · 3 只读出一部分（JSON 照常输出，标准错误说明缺少什么）",
      "0 everything read · 2 unusable or usage error · 3 partly read (the JSON is still written; stderr says what is missing)",
    ],
  },
  render: {
    synopsis: "zfxxgk render FILE|- --to text|markdown|html|docx",
    summary: ["按官方表格排版报告", "print the report in the official layout"],
    input: reads,
    options: [
      [
        "--to text|markdown|html|docx",
        "输出格式（默认 text；docx 为 Word 文件，需 npm i docx）",
        "the format (default text; docx is a Word file, needs npm i docx)",
      ],
      [
        "--width N",
        "文本的宽度（列数；默认为终端宽度，否则 100）",
        "the width of text output in columns (default: the terminal's, else 100)",
      ],
      output,
      force,
      ...printed,
      language,
    ],
    output: [
      "标准输出或 -o 文件；报告的数字有错误时，标准错误中说明（仍照常排版）。Word 文件不写到终端。",
      "stdout or the -o file; when the report's figures break an accounting rule, stderr says so (it is rendered all the same). A Word file is never written to a terminal.",
    ],
    exit: [
      "0 已输出 · 2 无法使用、无法写出或用法错误",
      "0 written · 2 unusable input, output not written, or usage error",
    ],
  },
  compare: {
    synopsis: "zfxxgk compare LAST THIS | FOLDER…",
    summary: [
      "对比同一机关相邻两年的报告：文字重复（内容雷同）、数字变化、结转",
      "compare two years of one organ: text reuse, every figure's change, carry-over",
    ],
    input: [
      `${reads[0]} 给出文件夹或两个以上路径时，按机关与相邻年度自动配对。`,
      `${reads[1]} Given a folder or more than two paths, reports are paired by organ and consecutive years.`,
    ],
    options: [
      [
        "--json",
        "每对一行 JSON（docs/compare-output.schema.json）",
        "one JSON line per pair (docs/compare-output.schema.json)",
      ],
      ["--to text|markdown|html", "输出格式（默认 text）", "the format (default text)"],
      output,
      force,
      blankAsZero,
      maxMemory,
      timeout,
      language,
    ],
    output: [
      "每对的对比：各部分的文字重复率与重复段落、变化的数字、跳变与结转问题；未配对的文件逐一列出。",
      "each pair's comparison: text reuse per part with the reused passages, changed figures, jumps and carry-over findings; unpaired files listed.",
    ],
    exit: [
      "0 完成 · 1 某对有错误级问题（结转） · 2 有文件无法使用、未能配对或用法错误",
      "0 done · 1 an error-severity finding in some pair (carry-over) · 2 unusable or unpaired files, or usage error",
    ],
  },
  export: {
    synopsis: "zfxxgk export FILE|FOLDER|- … --to csv|xlsx|jsonl",
    summary: [
      "多份报告写成一张表：每份报告一行，每个单元格一列",
      "many reports as one sheet: a row per report, a column per cell",
    ],
    input: reads,
    options: [
      [
        "--to csv|xlsx|jsonl",
        "输出格式（默认 csv；xlsx 需 npm i exceljs 并用 -o）",
        "the format (default csv; xlsx needs npm i exceljs and -o)",
      ],
      output,
      force,
      ...printed,
      maxMemory,
      timeout,
      language,
    ],
    output: [
      "标准输出或 -o 文件（CSV 为带 BOM 的 UTF-8，Excel 可直接打开）；无法读取的文件在标准错误中列出并跳过。",
      "stdout or the -o file (CSV in UTF-8 with a BOM, for Excel); files that cannot be read are named on stderr and left out.",
    ],
    exit: [
      "0 全部写入 · 3 有文件只读出一部分（未读出的单元格留空） · 2 有文件无法读取（其余照常写入）、无法写出或用法错误",
      "0 all written · 3 a file was read in part (the cells not read are blank) · 2 a file could not be read (the rest are written), the output could not be written, or usage error",
    ],
  },
  assess: {
    synopsis: "zfxxgk assess FOLDER…",
    summary: [
      "评估一个地区的报告：报送情况、汇总核对、问题清单与排名",
      "assess a region's reports: coverage, roll-ups, the list of problems per unit, a ranking",
    ],
    input: reads,
    options: [
      [
        "--units FILE",
        "单位清单（CSV 或 JSON：名称、别名、行政区划代码、上级）",
        "the unit list (CSV or JSON: name, aliases, code, parent)",
      ],
      [
        "--year 年度",
        "评估的年度（默认为所见最晚的报告年度）",
        "the year assessed (default: the latest report year seen)",
      ],
      ["--ignore FILE", "已排除的问题（每行一个指纹）", "findings dismissed (one fingerprint a line)"],
      ["--to html|markdown|text|json", "输出格式（默认 text）", "the format (default text)"],
      output,
      force,
      maxMemory,
      timeout,
      language,
    ],
    output: [
      "问题清单：地区汇总、排名，逐单位的问题与修改建议；标准错误一行汇总。",
      "the list of problems: the region's summary, a ranking, each unit's findings with a fix; a summary line on stderr.",
    ],
    exit: [
      "0 无错误级问题 · 1 有错误级问题 · 2 输入或单位清单无法使用、用法错误",
      "0 no error-severity finding · 1 some · 2 unusable input or unit list, or usage error",
    ],
  },
  import: {
    synopsis: "zfxxgk import FILE|-",
    summary: [
      "把 export 格式的表（CSV、XLSX、JSON Lines）读回报告",
      "read a sheet in export's layout (CSV, XLSX, JSON Lines) back into reports",
    ],
    input: [
      "按内容识别 CSV（UTF-8、UTF-16、GBK）、XLSX、JSON Lines；- 为标准输入。",
      "CSV (UTF-8, UTF-16, GBK), XLSX or JSON Lines, by content; - is standard input.",
    ],
    options: [
      ["--check", "逐行检查，输出 check 的结论", "check each row and print check's verdicts"],
      ["--json", "与 --check 同用：每行一个 JSON", "with --check: one JSON line per row"],
      ["--blank-as-zero", "与 --check 同用：空白按 0 计算", "with --check: evaluate blanks as 0"],
      output,
      force,
      language,
    ],
    output: [
      "每行一份模型 JSON；无法使用的行与非数字的数据在标准错误中连同行号、列名列出。",
      "one model JSON a line; unusable rows and data that are not figures are named on stderr with row and column.",
    ],
    exit: [
      "0 全部读出 · 3 有数据不是数字（记为空白） · 2 有行或文件无法使用；--check 时同 check",
      "0 all read · 3 some data not a figure (read as blank) · 2 a row or the file unusable; with --check, as check",
    ],
  },
  schema: {
    synopsis: "zfxxgk schema",
    summary: ["输出数据模型的 JSON Schema（draft 2020-12）", "print the model's JSON Schema (draft 2020-12)"],
    input: ["不读取文件。", "reads no file."],
    options: [[`--edition ${editionKeys.join("|")}`, "只输出该版本的 Schema", "that edition's schema only"], language],
    output: ["标准输出：JSON Schema。", "stdout: the JSON Schema."],
    exit: ["0 · 2 用法错误", "0 · 2 usage error"],
  },
  example: {
    synopsis: "zfxxgk example",
    summary: [
      "输出内置示例：连州市人民政府办公室 2023 年度报告（模型 JSON）",
      "print the bundled example: the 2023 report of Lianzhou city government's office (model JSON)",
    ],
    input: ["不读取文件。", "reads no file."],
    options: [language],
    output: ["标准输出：模型 JSON。", "stdout: the model JSON."],
    exit: ["0", "0"],
  },
};

const pick = (pair: readonly [string, string], lang: Lang) => (lang === "zh" ? pair[0] : pair[1]);

/**
 * One command's help: what it does, what it reads, its options, what it writes and its exit codes.
 *
 * @example
 * ```ts
 * process.stdout.write(commandHelp("check", "en"));
 * ```
 */
export function commandHelp(command: Command, lang: Lang): string {
  const h = helps[command];
  const width = Math.max(0, ...h.options.map(([flag]) => columns(flag)));
  const lines = [
    `${say(lang, "用法：", "usage: ")}${h.synopsis}${h.options.length > 0 ? ` [${say(lang, "选项", "options")}]` : ""}`,
    "",
    pick(h.summary, lang),
    "",
    `${say(lang, "读入：", "input: ")}${pick(h.input, lang)}`,
  ];
  if (h.options.length > 0) {
    lines.push("", say(lang, "选项：", "options:"));
    for (const [flag, zh, en] of h.options)
      lines.push(`  ${padTo(flagIn(flag, lang), width)}  ${lang === "zh" ? zh : en}`);
    lines.push(`  ${padTo("-h, --help", width)}  ${say(lang, "本说明", "this help")}`);
  }
  lines.push(
    "",
    `${say(lang, "输出：", "output: ")}${pick(h.output, lang)}`,
    `${say(lang, "退出码：", "exit: ")}${pick(h.exit, lang)}`,
    "",
  );
  return lines.join("\n");
}

/**
 * The usage of all commands, one line each, in one language.
 *
 * @example
 * ```ts
 * process.stdout.write(usageText("zh"));
 * ```
 */
export function usageText(lang: Lang): string {
  const width = Math.max(...commands.map((c) => helps[c].synopsis.length));
  return [
    say(
      lang,
      "zfxxgk —— 政府信息公开工作年度报告：检查、读取、排版、对比、导出与评估",
      "zfxxgk — annual reports on open government information: check, read, render, compare, export and assess",
    ),
    "",
    say(lang, "用法：", "usage:"),
    ...commands.map((c) => `  ${helps[c].synopsis.padEnd(width)}  ${pick(helps[c].summary, lang)}`),
    `  ${"zfxxgk help COMMAND".padEnd(width)}  ${say(lang, "某个命令的说明（或 COMMAND --help）", "a command's help (or COMMAND --help)")}`,
    `  ${"zfxxgk --version".padEnd(width)}  ${say(lang, "版本号", "the version")}`,
    "",
    pick(reads, lang),
    say(lang, "--lang en 以英文输出。", "--lang zh prints in Chinese (the default)."),
    "",
    `${say(lang, "退出码：", "exit: ")}${pick(checkExit, lang)}`,
    "",
  ].join("\n");
}
