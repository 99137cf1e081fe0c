/**
 * The `zfxxgk` command (first cut: `check FILE…` validates model JSON and prints a summary).
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { cellsOf, validateReport } from "../index.js";

function main(argv: readonly string[]): number {
  const [command, ...files] = argv;
  if (command !== "check" || files.length === 0) {
    process.stderr.write("用法 / usage: zfxxgk check FILE…\n");
    return 2;
  }
  let worst = 0;
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      process.stdout.write(`${file}: 无法读取 / unreadable: ${(error as Error).message}\n`);
      worst = 2;
      continue;
    }
    const result = validateReport(data);
    if (!result.ok) {
      process.stdout.write(`${file}: 结构不符 / invalid (${result.issues.length})\n`);
      for (const issue of result.issues) process.stdout.write(`  ${issue.path.join(".")}: ${issue.message.zh}\n`);
      worst = 2;
      continue;
    }
    const r = result.value;
    const cells = cellsOf(r.edition);
    process.stdout.write(
      `${file}: ${r.organ} ${r.year} 年度报告（${r.edition} 年版格式），结构有效 / valid — ${cells.length} 个单元格\n`,
    );
  }
  return worst;
}

process.exitCode = main(process.argv.slice(2));
