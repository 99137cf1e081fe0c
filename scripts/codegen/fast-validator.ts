/**
 * Generates `src/validate/fast.generated.ts`: a straight-line structural check per edition, emitted from the
 * validation plan (itself derived from the descriptors). It answers only yes/no, allocates nothing and reads
 * every property by a constant name, which V8 turns into fast monomorphic loads; the plan interpreter in
 * `validate.ts` explains a "no". Tests prove the file current and the two in agreement.
 */
import { editionKeys, tableKeys } from "../../src/format/editions.js";
import { type CellPlan, type ObjectPlan, type PlanNode, reportPlanOf, tablePlan } from "../../src/validate/plan.js";

const ident = /^[A-Za-z_$][\w$]*$/;
const prop = (v: string, key: string) => (ident.test(key) ? `${v}.${key}` : `${v}[${JSON.stringify(key)}]`);

function leafTest(plan: PlanNode, expr: string): string {
  switch (plan.t) {
    case "cell":
      switch (plan.kind) {
        // inline: V8 stops inlining small helpers after a budget, and a call per cell would dominate
        case "count":
          return `(t = ${expr}, typeof t === "number" ? t >= 0 && t <= ${Number.MAX_SAFE_INTEGER} && Math.floor(t) === t : t === null)`;
        case "signed":
          return `(t = ${expr}, typeof t === "number" ? t >= ${Number.MIN_SAFE_INTEGER} && t <= ${Number.MAX_SAFE_INTEGER} && Math.floor(t) === t : t === null)`;
        case "amount":
          return `(t = ${expr}, typeof t === "number" ? t >= 0 && t < Number.POSITIVE_INFINITY : t === null)`;
        case "unit":
          return `(${expr} === null || ${(plan.values ?? []).map((u) => `${expr} === ${JSON.stringify(u)}`).join(" || ")})`;
      }
      break;
    case "organ":
      return `organ(${expr})`;
    case "year":
      return `year(${expr})`;
    case "date":
      return `date(${expr})`;
    case "string":
      return `typeof ${expr} === "string"`;
    case "strings":
      return `strings(${expr})`;
    case "object":
      throw new Error("not a leaf");
  }
  throw new Error("unreachable");
}

/** The model type of an object whose children are all cells (a table row: `ApplicantRow`), else undefined. */
function recordType(plan: ObjectPlan): string | undefined {
  if (plan.children.length === 0 || !plan.children.every((c) => c.t === "cell")) return undefined;
  return (plan.children[0] as CellPlan).cell.record.node.typeName;
}

/**
 * The test that `v` is a plain object, inline: JSON objects take the first comparison; null-prototype and
 * other-realm objects (and arrays, rejected there) the call.
 */
const plainTest = (v: string) =>
  `typeof ${v} !== "object" || ${v} === null || (getProto(${v}) !== objectProto && !otherPlain(${v}))`;

/** The body of a record type's check: plain object, key count, each cell inline. */
function recordLines(plan: ObjectPlan, type: string): string[] {
  return [
    `/** True when \`o\` is a valid ${type}. */`,
    `function is${type}(o: Node): boolean {`,
    `  if (${plainTest("o")}) return false;`,
    "  let k = 0;",
    "  for (const _ in o) k++;",
    `  if (k !== ${plan.keys.length}) return false;`,
    "  let t: unknown;",
    `  return (\n${plan.keys.map((key, i) => `    ${leafTest(plan.children[i] as PlanNode, prop("o", key))}`).join(" &&\n")}\n  );`,
    "}",
    "",
  ];
}

/** One check per record type of every edition, in order of first use; a type with two layouts is an error. */
function recordChecks(): string[] {
  const out: string[] = [];
  const seen = new Map<string, string>();
  const visit = (plan: ObjectPlan): void => {
    const type = recordType(plan);
    if (type === undefined) {
      for (const c of plan.children) if (c.t === "object") visit(c);
      return;
    }
    const lines = recordLines(plan, type);
    const text = lines.join("\n");
    const known = seen.get(type);
    if (known !== undefined) {
      if (known !== text) throw new Error(`record type ${type} has two layouts`);
      return;
    }
    seen.set(type, text);
    out.push(...lines);
  };
  for (const e of editionKeys) for (const key of tableKeys) visit(tablePlan(e, key));
  return out;
}

function emitObject(plan: ObjectPlan, v: string, depth: number, out: string[], indent: string): void {
  out.push(`${indent}if (${plainTest(v)}) return false;`);
  const hasOptional = plan.optional.some((x) => x);
  if (hasOptional) out.push(`${indent}let n${depth} = ${plan.required};`);
  else
    out.push(
      `${indent}k = 0;`,
      `${indent}for (const _ in ${v}) k++;`,
      `${indent}if (k !== ${plan.keys.length}) return false;`,
    );
  plan.keys.forEach((key, i) => {
    const child = plan.children[i] as PlanNode;
    const optional = plan.optional[i] === true;
    // the edition is dispatched on before this function runs
    if (depth === 0 && key === "edition") return;
    const access = prop(v, key);
    const type = child.t === "object" ? recordType(child) : undefined;
    if (type !== undefined) {
      if (optional) throw new Error(`optional record ${key} is not supported`);
      out.push(`${indent}if (!is${type}(${access})) return false;`);
    } else if (child.t === "object") {
      const w = `v${depth + 1}`;
      if (optional) {
        out.push(
          `${indent}if (${access} !== undefined) {`,
          `${indent}  n${depth}++;`,
          `${indent}  const ${w} = ${access};`,
        );
        emitObject(child, w, depth + 1, out, `${indent}  `);
        out.push(`${indent}}`);
      } else {
        out.push(`${indent}{`, `${indent}  const ${w} = ${access};`);
        emitObject(child, w, depth + 1, out, `${indent}  `);
        out.push(`${indent}}`);
      }
    } else if (optional) {
      out.push(`${indent}if (${access} !== undefined) {`, `${indent}  n${depth}++;`);
      out.push(`${indent}  if (!(${leafTest(child, access)})) return false;`, `${indent}}`);
    } else {
      out.push(`${indent}if (!(${leafTest(child, access)})) return false;`);
    }
  });
  if (hasOptional) out.push(`${indent}if (size(${v}) !== n${depth}) return false;`);
}

/**
 * The text of `src/validate/fast.generated.ts`.
 *
 * @example
 * ```ts
 * writeFileSync("src/validate/fast.generated.ts", generateFastValidator());
 * ```
 */
export function generateFastValidator(): string {
  const out: string[] = [
    "// Generated by scripts/generate.ts from the validation plan (src/validate/plan.ts). Do not edit: run `npm run generate`.",
    "/* eslint-disable */",
    'import { isIsoDate } from "./date.js";',
    'import { isObjectPrototype, isOrganText } from "./guards.js";',
    "",
    "type Obj = Record<string, unknown>;",
    "/** A value as read here: its type is what the checks establish. */",
    "// biome-ignore lint/suspicious/noExplicitAny: straight-line reads by constant names",
    "type Node = any;",
    "const objectProto = Object.prototype;",
    "const getProto = Object.getPrototypeOf;",
    "",
    "/** A plain object whose prototype is not this realm's Object.prototype: null, or another realm's (no impostor). */",
    "function otherPlain(x: object): x is Obj {",
    "  if (Array.isArray(x)) return false;",
    "  const p = getProto(x);",
    "  return p === null || isObjectPrototype(p);",
    "}",
    "function size(o: Obj): number {",
    "  let n = 0;",
    "  for (const _ in o) n++;",
    "  return n;",
    "}",
    "const organ = isOrganText;",
    'const year = (v: unknown): boolean => typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 9999;',
    'const date = (v: unknown): boolean => v === null || (typeof v === "string" && isIsoDate(v));',
    "function strings(v: unknown): boolean {",
    "  if (!Array.isArray(v)) return false;",
    '  for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") return false;',
    "  return true;",
    "}",
    "",
    ...recordChecks(),
  ];
  for (const e of editionKeys) {
    for (const key of tableKeys) {
      const plan = tablePlan(e, key);
      const body: string[] = [];
      emitObject(plan, "v1", 1, body, "  ");
      out.push(`function ${key}${e}(v1: Node): boolean {`, ...locals(body), ...body, "  return true;", "}", "");
    }
    const body = envelopeLines(reportPlanOf(e), e);
    out.push(`function report${e}(v0: Node): boolean {`, ...locals(body), ...body);
    out.push("  return true;", "}", "");
  }
  out.push(
    "/**",
    " * The editions this code was generated for; `validateReport` interprets the plan of any other (registered at run",
    " * time).",
    " *",
    " * @example",
    " * ```ts",
    " * fastEditions.includes(report.edition); // true for a built-in edition",
    " * ```",
    " */",
    `export const fastEditions: readonly string[] = ${JSON.stringify(editionKeys)};`,
    "",
    "/**",
    " * True when `x` is a structurally valid report: the straight-line fast path of `validateReport`.",
    " *",
    " * @example",
    " * ```ts",
    " * isReportFast(JSON.parse(text)); // true or false",
    " * ```",
    " */",
    "export function isReportFast(x: Node): boolean {",
    `  if (${plainTest("x")}) return false;`,
    "  // an enumerable property of Object.prototype (pollution) would be read and counted as the input's own:",
    "  // the interpreter, which reads own properties only, decides",
    "  for (const _ in objectProto) return false;",
    ...editionKeys.map((e) => `  if (x.edition === ${JSON.stringify(e)}) return report${e}(x);`),
    "  return false;",
    "}",
    "",
  );
  return out.join("\n");
}

/** Declarations of the scratch variables a body uses. */
function locals(body: readonly string[]): string[] {
  const text = body.join("\n");
  const out: string[] = [];
  if (/\bt = /.test(text)) out.push("  let t: unknown;");
  if (/\bk = /.test(text)) out.push("  let k = 0;");
  return out;
}

/** The envelope check of an edition: scalars inline, tables by call, optional keys counted. */
function envelopeLines(root: ObjectPlan, edition: string): string[] {
  const out: string[] = [`  let n0 = ${root.required};`];
  root.keys.forEach((key, i) => {
    if (key === "edition") return;
    const child = root.children[i] as PlanNode;
    const access = prop("v0", key);
    if ((tableKeys as readonly string[]).includes(key)) {
      out.push(`  if (!${key}${edition}(${access})) return false;`);
    } else if (child.t === "object") {
      out.push(`  if (${access} !== undefined) {`, "    n0++;", `    const v1 = ${access};`);
      emitObject(child, "v1", 1, out, "    ");
      out.push("  }");
    } else if (root.optional[i] === true) {
      out.push(
        `  if (${access} !== undefined) {`,
        "    n0++;",
        `    if (!(${leafTest(child, access)})) return false;`,
        "  }",
      );
    } else {
      out.push(`  if (!(${leafTest(child, access)})) return false;`);
    }
  });
  out.push("  if (size(v0) !== n0) return false;");
  return out;
}
