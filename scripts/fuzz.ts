/**
 * The long soak (`npm run fuzz`): over a million fuzz inputs across every public entry point (the properties of
 * tests/reliability/support/properties.ts, in batches, each batch's seed printed), then the limits measured in
 * child processes under `/usr/bin/time -v` (time and peak memory: a folder of 100,000 files through the command
 * line, 10 MB inputs, 100,000 nested tags, JSON nested 100,000 deep), then `npm audit --omit=dev`. The figures go
 * to docs/reliability.md (between its `soak` markers); every failure is written to
 * tests/reliability/regressions/found/ (seed, path, counterexample), where regressions/soak-found.test.ts replays
 * it on every `npm test`.
 *
 *   npm run fuzz                       the whole soak (about an hour on two busy cores)
 *   npm run fuzz -- --scale 0.01       a short run (1% of the inputs), figures not written
 *   npm run fuzz -- --only parse-raw,check --no-limits
 *   npm run fuzz -- --seed 42          reproducible batches (seed of batch k is 42 + k)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import fc from "fast-check";

const root = new URL("..", import.meta.url).pathname;
const docPath = join(root, "docs", "reliability.md");
const foundDir = join(root, "tests", "reliability", "regressions", "found");
const cli = join(root, "dist", "cli.js");

/** Inputs per property at scale 1 (over a million in all). */
const plan: Record<string, number> = {
  validate: 250_000,
  adapters: 50_000,
  check: 150_000,
  continuity: 100_000,
  sum: 50_000,
  totals: 80_000,
  render: 30_000,
  precondition: 60_000,
  "parse-raw": 100_000,
  "parse-vocabulary": 100_000,
  "parse-html": 40_000,
  "parse-damaged": 10_000,
  "parse-adversarial": 2_000,
  "validate-adversarial": 2_000,
  "cli-load": 30_000,
};

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    only: { type: "string" },
    seed: { type: "string" },
    batch: { type: "string", default: "5000" },
    "no-limits": { type: "boolean", default: false },
    "no-audit": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    limit: { type: "string" },
    property: { type: "string" },
    runs: { type: "string" },
    "first-seed": { type: "string" },
  },
});

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const log = (line: string) => process.stdout.write(`${line}\n`);

// ————————————————————————————————————————————————— a child: one limit, measured by the parent

if (values.limit !== undefined) {
  const started = performance.now();
  const detail = await runLimit(values.limit);
  process.stdout.write(`${JSON.stringify({ ms: Math.round(performance.now() - started), detail })}\n`);
  process.exit(0);
}

/** Runs one in-process limit; returns what it found (thrown errors fail the limit). */
async function runLimit(name: string): Promise<string> {
  const lib = await import("../src/index.js");
  const { parseReport } = await import("../src/parse.js");
  const seed = JSON.parse(
    readFileSync(join(root, "examples", "lianzhou-2023.json"), "utf8"),
  ) as import("../src/index.js").Report;
  const seedText = readFileSync(join(root, "tests", "fixtures", "lianzhou-2023.txt"), "utf8");
  const tenMb = 10 * 1024 * 1024;
  const prose = "本机关坚持以公开为常态、不公开为例外，全年收到政府信息公开申请12件。";
  const big = prose.repeat(Math.ceil(tenMb / Buffer.byteLength(prose)));
  switch (name) {
    case "parse-10mb-one-line": {
      const r = parseReport("x".repeat(tenMb));
      return `report ${r.report === null ? "null" : "found"}; ${r.diagnostics.map((d) => d.code).join(", ")}`;
    }
    case "parse-10mb-paragraph": {
      const r = parseReport(seedText.replace("一、总体情况", `一、总体情况\n${big}\n`));
      const same = JSON.stringify(r.report?.applications) === JSON.stringify(seed.applications);
      if (!same) throw new Error("the tables were not read exactly");
      return "the seed's tables read exactly";
    }
    case "parse-100k-nested-tables": {
      const r = parseReport(`${"<table><tr><td>".repeat(100_000)}表三`);
      return `report ${r.report === null ? "null" : "found"}; ${r.diagnostics.map((d) => d.code).join(", ")}`;
    }
    case "parse-100k-nested-div": {
      const html = lib.renderReport(seed, { format: "html" });
      const r = parseReport(`${"<div>".repeat(100_000)}${html}${"</div>".repeat(100_000)}`);
      if (JSON.stringify(r.report?.applications) !== JSON.stringify(seed.applications))
        throw new Error("the tables were not read exactly");
      return "the seed inside 100,000 <div>: read exactly";
    }
    case "render-10mb": {
      const report = { ...seed, title: big, sections: { overview: [big] } } as typeof seed;
      const sizes = (["text", "markdown", "html"] as const).map((format) =>
        mb(lib.renderReport(report, { format }).length * 3),
      );
      return `outputs ≈ ${sizes.join(", ")} MB (text, Markdown, HTML)`;
    }
    case "validate-check-10mb": {
      const report = {
        ...seed,
        organ: `连州${big}`,
        title: big,
        preamble: [big],
        sections: { overview: [big], problems: [big], other: [big] },
      };
      if (!lib.validateReport(report).ok) throw new Error("rejected");
      const result = lib.checkReport(report as typeof seed);
      return `valid; ${result.findings.length} findings`;
    }
    default: {
      // issue 18's hostile shapes at full size: `hostile:SHAPE:BYTES`
      const [kind, shape, bytes] = name.split(":");
      if (kind !== "hostile" || shape === undefined) throw new Error(`no limit ${name}`);
      const { adversarial } = await import("../tests/reliability/support/adversarial.js");
      const input = adversarial(shape as Parameters<typeof adversarial>[0], Number(bytes));
      if (input.format === "json") return `valid: ${lib.validateReport(JSON.parse(input.text)).ok}`;
      const r = parseReport(input.text, { format: input.format });
      return `report ${r.report === null ? "null" : "found"}; ${r.diagnostics.length} diagnostics`;
    }
  }
}

// ————————————————————————————————————————————————— the soak

interface Figures {
  readonly name: string;
  readonly entry: string;
  inputs: number;
  ms: number;
  rssMb: number;
  readonly failures: { seed: number; path?: string; error: string; file: string }[];
  readonly seeds: number[];
}

/** Runs one property in batches from `firstSeed` (batch i: seed firstSeed + i), in this process. */
async function soakProperty(name: string, total: number, firstSeed: number, batch: number): Promise<Figures> {
  const { soakProperties } = await import("../tests/reliability/support/properties.js");
  const property = soakProperties[name];
  if (property === undefined) throw new Error(`no property ${name}`);
  mkdirSync(foundDir, { recursive: true });
  const f: Figures = { name, entry: property.entry, inputs: 0, ms: 0, rssMb: 0, failures: [], seeds: [] };
  const t0 = performance.now();
  const say = (line: string) => process.stderr.write(`${line}\n`);
  for (let i = 0; f.inputs < total && f.failures.length < 3; i++) {
    const runs = Math.min(batch, total - f.inputs);
    const seed = (firstSeed + i) | 0;
    f.seeds.push(seed);
    let details: fc.RunDetails<[unknown]>;
    try {
      details = fc.check(fc.property(property.arbitrary, property.predicate), { numRuns: runs, seed });
    } catch (error) {
      // the arbitrary itself threw while drawing an input (fast-check does not catch that): recorded as a failure
      const message = `drawing an input failed: ${error instanceof Error ? error.message : String(error)}`;
      const file = join(foundDir, `${name}-${seed}.json`);
      writeFileSync(
        file,
        `${JSON.stringify({ property: name, seed, runs, error: message, generation: true }, null, 2)}\n`,
      );
      f.failures.push({ seed, error: message, file: file.slice(root.length) });
      f.inputs += runs; // drawn in part; counted as tried so that the run ends
      say(`  ✗ ${name}: FAILED while drawing (seed ${seed}): ${message.slice(0, 300)} → ${file.slice(root.length)}`);
      continue;
    }
    f.inputs += details.numRuns;
    if (details.failed) {
      const error =
        details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      const file = join(foundDir, `${name}-${seed}.json`);
      let counterexample: unknown;
      try {
        counterexample = JSON.parse(JSON.stringify(details.counterexample));
      } catch {
        counterexample = String(details.counterexample);
      }
      const path = details.counterexamplePath ?? "";
      writeFileSync(file, `${JSON.stringify({ property: name, seed, path, runs, error, counterexample }, null, 2)}\n`);
      f.failures.push({ seed, path, error, file: file.slice(root.length) });
      say(`  ✗ ${name}: FAILED (seed ${seed}, path ${path}): ${error.slice(0, 300)} → ${file.slice(root.length)}`);
    }
    const elapsed = performance.now() - t0;
    say(
      `  ${name}: ${f.inputs.toLocaleString("en")} / ${total.toLocaleString("en")} (seed ${seed}), ${Math.round((f.inputs / elapsed) * 1000)}/s, rss ${mb(process.memoryUsage().rss)} MB`,
    );
  }
  f.ms = performance.now() - t0;
  return f;
}

if (values.property !== undefined) {
  // a child: one property, its figures as the last line of stdout
  const f = await soakProperty(
    values.property,
    Number(values.runs),
    Number(values["first-seed"]),
    Number(values.batch),
  );
  process.stdout.write(`${JSON.stringify(f)}\n`);
  process.exit(0);
}

const scale = Number(values.scale);
const only = values.only?.split(",");
const batch = Number(values.batch);
const baseSeed = values.seed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(values.seed);
const started = Date.now();
const figures: Figures[] = [];
const tsx = join(root, "node_modules", ".bin", "tsx");
const self = join(root, "scripts", "fuzz.ts");

log(`zfxxgk soak — scale ${scale}, base seed ${baseSeed}, batches of ${batch}; each property in its own process`);
let nextSeed = baseSeed;
for (const [name, planned] of Object.entries(plan)) {
  const total = Math.max(1, Math.round(planned * scale));
  const firstSeed = nextSeed;
  nextSeed += Math.ceil(total / batch);
  if (only !== undefined && !only.includes(name)) continue;
  log(`${name}: ${total.toLocaleString("en")} inputs, batch seeds from ${firstSeed}`);
  const timeFile = join(tmpdir(), `zfxxgk-soak-${process.pid}-${name}.time`);
  const args = [
    "-v",
    "-o",
    timeFile,
    tsx,
    self,
    "--property",
    name,
    "--runs",
    String(total),
    "--first-seed",
    String(firstSeed),
    "--batch",
    String(batch),
  ];
  const child = spawnSync("/usr/bin/time", args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 26,
  });
  const last = child.stdout.trim().split("\n").pop() ?? "";
  let f: Figures;
  try {
    f = JSON.parse(last) as Figures;
  } catch {
    f = {
      name,
      entry: name,
      inputs: 0,
      ms: 0,
      rssMb: 0,
      failures: [{ seed: firstSeed, error: `the process ended (status ${child.status})`, file: "" }],
      seeds: [firstSeed],
    };
  }
  const report = readFileSync(timeFile, "utf8");
  rmSync(timeFile, { force: true });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  f.rssMb = rss === null ? Number.NaN : Math.round(Number(rss[1]) / 1024);
  figures.push(f);
  log(
    `${name}: ${f.inputs.toLocaleString("en")} inputs in ${Math.round(f.ms / 1000)} s, peak RSS ${f.rssMb} MB, ${f.failures.length} failures`,
  );
}
const soakMs = Date.now() - started;
const totalInputs = figures.reduce((n, f) => n + f.inputs, 0);
const totalFailures = figures.reduce((n, f) => n + f.failures.length, 0);
const soakRssMb = Math.max(...figures.map((f) => f.rssMb));
log(
  `soak: ${totalInputs.toLocaleString("en")} inputs in ${Math.round(soakMs / 1000)} s, peak RSS ${soakRssMb} MB, ${totalFailures} failures`,
);

// ————————————————————————————————————————————————— limits, each in a child process

interface Measured {
  readonly name: string;
  readonly what: string;
  readonly ok: boolean;
  readonly seconds: number;
  readonly rssMb: number;
  readonly detail: string;
}

/** Runs a command under /usr/bin/time -v: wall time, peak RSS, exit status, stdout. */
function timed(
  command: string,
  args: string[],
  stdoutFile?: string,
): { seconds: number; rssMb: number; status: number | null; stdout: string; stderr: string } {
  const shell =
    stdoutFile === undefined
      ? undefined
      : `${[command, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ")} > '${stdoutFile}'`;
  const r =
    shell === undefined
      ? spawnSync("/usr/bin/time", ["-v", command, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
      : spawnSync("/usr/bin/time", ["-v", "sh", "-c", shell], { encoding: "utf8", maxBuffer: 1 << 30 });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const seconds = wall === null ? Number.NaN : Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return {
    seconds,
    rssMb: rss === null ? Number.NaN : Math.round(Number(rss[1]) / 1024),
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

const limits: Measured[] = [];
if (!values["no-limits"]) {
  log("limits:");
  const inProcess: [string, string][] = [
    ["parse-10mb-one-line", "parseReport: 10 MB on one line («x» repeated)"],
    ["parse-10mb-paragraph", "parseReport: the seed text with a 10 MB paragraph"],
    ["parse-100k-nested-tables", "parseReport: 100,000 nested <table><tr><td>"],
    ["parse-100k-nested-div", "parseReport: the seed's HTML inside 100,000 nested <div>"],
    ["render-10mb", "renderReport: a 10 MB title and paragraph, three formats"],
    ["validate-check-10mb", "validateReport + checkReport: seven 10 MB texts"],
    ["hostile:formatting-bomb:139264", "parseReport: the 136 KB HTML formatting bomb (<font>s left open, then <p>x)"],
    ["hostile:html-rows:62914560", "parseReport: a 60 MB HTML table of <tr><td>1 rows"],
    ["hostile:html-cells:62914560", "parseReport: a 60 MB HTML row of <td>1 cells"],
    ["hostile:markdown-rows:62914560", "parseReport: 60 MB of Markdown rows"],
    ["hostile:text-rows:10485760", "parseReport: 10 MB of text rows of figures"],
    ["hostile:json-paragraphs:62914560", "validateReport: a 60 MB JSON report of one-character paragraphs"],
  ];
  for (const [name, what] of inProcess) {
    const r = timed(tsx, [join(root, "scripts", "fuzz.ts"), "--limit", name]);
    const line = r.stdout.trim().split("\n").pop() ?? "";
    let detail = r.stderr.split("\n").find((l) => l.includes("Error")) ?? "";
    try {
      detail = (JSON.parse(line) as { detail: string }).detail;
    } catch {
      // the child failed: its error is the detail
    }
    limits.push({ name, what, ok: r.status === 0, seconds: r.seconds, rssMb: r.rssMb, detail });
    log(`  ${name}: ${r.status === 0 ? "ok" : "FAILED"} ${r.seconds.toFixed(1)} s, peak RSS ${r.rssMb} MB — ${detail}`);
  }

  // through the command line
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-soak-"));
  try {
    const folder = join(dir, "folder");
    mkdirSync(folder);
    const seedJson = readFileSync(join(root, "examples", "lianzhou-2023.json"), "utf8");
    const n = Math.max(100, Math.round(100_000 * Math.min(1, scale * 10)));
    for (let i = 0; i < n; i++) {
      const name = `${String(i).padStart(6, "0")}.${i % 3 === 0 ? "txt" : "json"}`;
      writeFileSync(
        join(folder, name),
        i % 100 === 0 ? seedJson : i % 3 === 0 ? `不是报告 ${i}` : `{"edition":"2021","n":${i}}`,
      );
    }
    const out = join(dir, "out.jsonl");
    const r = timed(process.execPath, [cli, "check", "--json", folder], out);
    const lines = readFileSync(out, "utf8").trim().split("\n").length;
    const ok = lines === n && r.status === 2;
    limits.push({
      name: "cli-folder",
      what: `zfxxgk check --json: a folder of ${n.toLocaleString("en")} small files (1% valid reports)`,
      ok,
      seconds: r.seconds,
      rssMb: r.rssMb,
      detail: `${lines.toLocaleString("en")} lines, exit ${r.status}`,
    });
    log(
      `  cli-folder (${n} files): ${ok ? "ok" : "FAILED"} ${r.seconds.toFixed(1)} s, peak RSS ${r.rssMb} MB, ${lines} lines, exit ${r.status}`,
    );

    for (const depth of [10_000, 100_000]) {
      const file = join(dir, `deep-${depth}.json`);
      writeFileSync(file, `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);
      const d = timed(process.execPath, [cli, "check", "--json", file]);
      const code = (JSON.parse(d.stdout) as { error?: { code: string } }).error?.code;
      const fine = d.status === 2 && code === "invalid";
      limits.push({
        name: `cli-deep-${depth}`,
        what: `zfxxgk check: JSON nested ${depth.toLocaleString("en")} deep`,
        ok: fine,
        seconds: d.seconds,
        rssMb: d.rssMb,
        detail: `exit ${d.status}, ${code}`,
      });
      log(`  cli-deep-${depth}: ${fine ? "ok" : "FAILED"} ${d.seconds.toFixed(1)} s, peak RSS ${d.rssMb} MB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ————————————————————————————————————————————————— npm audit

let audit = "not run";
if (!values["no-audit"]) {
  try {
    const out = execFileSync("npm", ["audit", "--omit=dev", "--json"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    });
    const v =
      (JSON.parse(out) as { metadata?: { vulnerabilities?: Record<string, number> } }).metadata?.vulnerabilities ?? {};
    audit = `${v.total ?? 0} vulnerabilities (${Object.entries(v)
      .filter(([k]) => k !== "total")
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")})`;
  } catch (error) {
    const out = (error as { stdout?: string }).stdout ?? "";
    audit = out.includes("vulnerabilities")
      ? `vulnerabilities found: ${out.slice(0, 500)}`
      : `could not reach the registry: ${(error as Error).message.split("\n")[0]}`;
  }
  log(`npm audit --omit=dev: ${audit}`);
}

// ————————————————————————————————————————————————— the figures, into docs/reliability.md

const date = new Date().toISOString().slice(0, 10);
const table = [
  "| entry point | property | inputs | time | inputs/s | peak RSS | failures | seeds |",
  "|---|---|---:|---:|---:|---:|---:|---|",
  ...figures.map(
    (f) =>
      `| ${f.entry} | \`${f.name}\` | ${f.inputs.toLocaleString("en")} | ${(f.ms / 1000).toFixed(0)} s | ${Math.round((f.inputs / f.ms) * 1000).toLocaleString("en")} | ${f.rssMb} MB | ${f.failures.length} | ${f.seeds[0]} … ${f.seeds[f.seeds.length - 1]} |`,
  ),
  `| **all** | | **${totalInputs.toLocaleString("en")}** | **${Math.round(soakMs / 1000)} s** | | **${soakRssMb} MB** | **${totalFailures}** | base ${baseSeed} |`,
];
const failureLines = figures.flatMap((f) =>
  f.failures.map(
    (x) =>
      `- \`${f.name}\` seed ${x.seed} path \`${x.path}\`: ${x.error.slice(0, 300).replace(/\n/g, " ")} → \`${x.file}\``,
  ),
);
const limitTable = [
  "| limit | result | time | peak RSS | detail |",
  "|---|---|---:|---:|---|",
  ...limits.map(
    (l) => `| ${l.what} | ${l.ok ? "ok" : "**failed**"} | ${l.seconds.toFixed(1)} s | ${l.rssMb} MB | ${l.detail} |`,
  ),
];
const section = [
  "<!-- soak:begin (written by `npm run fuzz`; do not edit by hand) -->",
  "",
  `Last soak: ${date}, Node ${process.version}, ${process.platform}/${process.arch}, scale ${scale}. Each property ran in its own process (peak RSS measured with \`/usr/bin/time -v\`); batch *i* of a property runs from seed *first + i*.`,
  "",
  ...table,
  "",
  totalFailures === 0
    ? "No failure."
    : "Failures (each written to the regressions folder and replayed by `regressions/soak-found.test.ts`):",
  ...failureLines,
  "",
  ...(limits.length > 0
    ? ["Limits (each in its own process, measured with `/usr/bin/time -v`):", "", ...limitTable, ""]
    : []),
  `\`npm audit --omit=dev\`: ${audit}.`,
  "",
  "<!-- soak:end -->",
].join("\n");

if (values["no-write"] || scale < 1 || only !== undefined) {
  log("\n(figures not written: a partial run)\n");
  log(section);
} else {
  const doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "# Reliability\n";
  const begin = doc.indexOf("<!-- soak:begin");
  const end = doc.indexOf("<!-- soak:end -->");
  const next =
    begin >= 0 && end > begin
      ? doc.slice(0, begin) + section + doc.slice(end + "<!-- soak:end -->".length)
      : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(docPath, next);
  log(`figures written to ${docPath.slice(root.length)}`);
}
process.exitCode = totalFailures > 0 || limits.some((l) => !l.ok) ? 1 : 0;
