/**
 * The rule catalogue: every rule the library checks, as data, for UIs that list rules and callers that
 * filter findings. The accounting relations come from the table descriptors (and the soft rules), so a
 * rule added there appears here with no change.
 *
 * @module
 */
import type { SumRule } from "../format/descriptor.js";
import { type Edition, editionKeys, editions, type TableKey, tableKeys } from "../format/editions.js";
import { cellsOf } from "../format/walk.js";
import type { Message } from "../validate/issues.js";
import { assessRules } from "./assess-rules.js";
import { CELL_BLANK, CELL_UNIT_BLANK } from "./cell-rules.js";
import { compareRules } from "./compare-rules.js";
import { type ContinuityTerm, continuityRules, pairRules } from "./continuity.js";
import { envelopeRules } from "./envelope-rules.js";
import { narrativeRules } from "./narrative-rules.js";
import { ruleTexts } from "./rule-texts.js";
import { softRules } from "./soft-rules.js";
import { structureRules } from "./structure-rules.js";
import { selectRecords } from "./sum-plan.js";
import {
  blankTemplates,
  boundTemplates,
  equationTemplates,
  nonNegativeTemplates,
  type RuleTemplates,
  unitBlankTemplates,
} from "./templates.js";
import type { Severity } from "./types.js";

/**
 * What a rule looks at.
 * - `sum`: an accounting relation declared in a table descriptor (exact: equations).
 * - `soft`: a bound on 表二 that figures can hardly break (warnings).
 * - `cell`: a single cell (blank, unit missing).
 * - `envelope`: the edition, year and publication date.
 * - `narrative`: figures stated in the prose against the tables.
 * - `structure`: the report as a document (its six parts, their numbering and content).
 * - `continuity`: two reports of consecutive years ({@link checkContinuity}, and `compareReports` of
 *   `zfxxgk/compare` for `X.jump` and `X.same-table`).
 *
 * @example
 * ```ts
 * const kind: RuleKind = "sum";
 * ```
 */
export type RuleKind = "sum" | "soft" | "cell" | "envelope" | "narrative" | "structure" | "continuity" | "assessment";

/**
 * One entry of the rule catalogue.
 *
 * @example
 * ```ts
 * import { ruleCatalogue } from "zfxxgk/rules";
 * const errors = ruleCatalogue.filter((r) => r.severity === "error").map((r) => r.id);
 * ```
 */
export interface RuleInfo {
  /** Stable id; findings carry it in `rule`. */
  readonly id: string;
  readonly severity: Severity;
  readonly kind: RuleKind;
  /** Editions whose reports the rule applies to (for `continuity`: the current report's). */
  readonly editions: readonly Edition[];
  /** The table the rule governs, where it governs one. */
  readonly table?: TableKey;
  /** True where the rule rests on an official text (the 勾稽 note printed in 表三, the 条例, the notices). */
  readonly official: boolean;
  /** The relation in words. */
  readonly equation: Message;
  /** Message templates by verdict; placeholders are described in `templates.ts`. */
  readonly templates: RuleTemplates;
  /** Why the rule holds, or why it is only a warning. */
  readonly rationale: Message;
}

/** The words of a rule declared without them (see `rule-texts.ts`). */
function documented(id: string): Pick<RuleInfo, "official" | "equation" | "rationale"> {
  const text = ruleTexts[id];
  if (text?.equation === undefined) throw new Error(`zfxxgk: no words for rule ${id} in rule-texts.ts`);
  return { official: text.official ?? false, equation: text.equation, rationale: text.rationale };
}

const fallbackRationale = (rule: SumRule): Message =>
  rule.official
    ? { zh: "表内注明的勾稽关系。", en: "The relation printed in the table." }
    : { zh: "由表格的算术含义推出的关系。", en: "Follows from the table's arithmetic." };

/** True when the rule has at least one instance in the table (the fields it names exist there). */
function applies(rule: SumRule, table: (typeof editions)[Edition]["tables"][TableKey]): boolean {
  const has = (keys: readonly string[], fields: readonly { key: string; kind: string }[]) =>
    keys.every((k) => fields.some((f) => f.key === k && f.kind !== "unit"));
  if (rule.per === "record")
    return selectRecords(table, rule.records).some((r) => has([...rule.left, ...rule.right], r.node.fields));
  return selectRecords(table, rule.left).length + selectRecords(table, rule.right).length > 0;
}

function sumRuleInfos(): RuleInfo[] {
  const out = new Map<string, { info: RuleInfo; editions: Edition[] }>();
  for (const key of tableKeys) {
    for (const edition of editionKeys) {
      const table = editions[edition].tables[key];
      const declared: readonly SumRule[] = table.rules;
      const soft = softRules[key] ?? [];
      for (const [kind, rules] of [
        ["sum", declared],
        ["soft", soft],
      ] as const) {
        for (const rule of rules) {
          if (!applies(rule, table)) continue;
          const entry = out.get(rule.id);
          if (entry !== undefined) {
            if (!entry.editions.includes(edition)) entry.editions.push(edition);
            continue;
          }
          const atLeast = rule.compare === "at-least";
          const empty = rule.per === "record" && rule.right.length === 0;
          const templates = !atLeast ? equationTemplates : empty ? nonNegativeTemplates : boundTemplates;
          const eds: Edition[] = [edition];
          out.set(rule.id, {
            editions: eds,
            info: {
              id: rule.id,
              severity: rule.severity,
              kind,
              editions: eds,
              table: key,
              official: rule.official,
              equation: rule.equation,
              templates,
              rationale: rule.rationale ?? ruleTexts[rule.id]?.rationale ?? fallbackRationale(rule),
            },
          });
        }
      }
    }
  }
  return [...out.values()].map((e) => e.info);
}

function buildCatalogue(): readonly RuleInfo[] {
  const all: readonly Edition[] = editionKeys;
  const fieldEditions = (...fields: readonly string[]): Edition[] =>
    editionKeys.filter((e) => fields.every((k) => cellsOf(e).some((c) => c.field.key === k)));
  const infos: RuleInfo[] = [
    ...envelopeRules.map((r): RuleInfo => ({ ...r, ...documented(r.id), kind: "envelope", editions: all })),
    {
      id: CELL_BLANK,
      severity: "warning",
      kind: "cell",
      editions: all,
      official: false,
      equation: { zh: "每个数字格均已填写", en: "every figure cell is filled in" },
      templates: blankTemplates,
      rationale: {
        zh: "空白格不等于 0：模型保留空白（null），不替作者补 0。空白使涉及该格的勾稽关系无法核对（可用 blankAsZero 按 0 计）。单位格（2019 年版采购总金额单位）不是数字，留空不报此项。",
        en: "A blank is not a 0: the model keeps blanks (null) rather than invent a figure. A blank makes the relations that involve the cell not assessable (blankAsZero evaluates it as 0). Unit cells (2019 采购总金额 unit) are not figures and are not reported by this rule.",
      },
    },
    {
      id: CELL_UNIT_BLANK,
      severity: "warning",
      kind: "cell",
      editions: fieldEditions("amountUnit"),
      table: "proactive",
      official: false,
      equation: { zh: "金额不为 0 时注明单位（元或万元）", en: "an amount other than 0 has its unit (元 or 万元)" },
      templates: unitBlankTemplates,
      rationale: {
        zh: "2019 年版表二第二十条第（九）项的采购总金额表头未印单位，各机关在格内写“元”或“万元”，二者相差一万倍；未注明单位的金额无法解读，也无法汇总。金额为空白或 0 时单位无关紧要，不报。",
        en: "The 2019 Table 2 header of 采购总金额 prints no unit; organs write 元 or 万元 in the cell, a factor of 10,000 apart. An amount without its unit cannot be read or summed. When the amount is blank or 0 the unit does not matter and nothing is reported.",
      },
    },
    ...sumRuleInfos(),
    ...narrativeRules.map(
      (r): RuleInfo => ({
        id: r.id,
        severity: r.severity,
        kind: "narrative",
        editions: all,
        ...documented(r.id),
        templates: r.templates,
      }),
    ),
    ...structureRules.map(
      (r): RuleInfo => ({
        id: r.id,
        severity: r.severity,
        kind: r.kind,
        editions: r.editions,
        ...documented(r.id),
        templates: r.templates,
      }),
    ),
    ...pairRules.map((r): RuleInfo => ({ ...r, kind: "continuity", editions: all })),
    ...continuityRules.map(
      (r): RuleInfo => ({
        id: r.id,
        severity: r.severity,
        kind: "continuity",
        editions: fieldEditions(
          ...[...r.left, ...r.right].flatMap((t: ContinuityTerm) => (t.field === undefined ? [] : [t.field])),
        ),
        table: r.table,
        official: r.official,
        equation: r.equation,
        templates: r.templates,
        rationale: r.rationale,
      }),
    ),
    ...compareRules.map((r): RuleInfo => ({ ...r, kind: "continuity", editions: all })),
    ...assessRules.map((r): RuleInfo => ({ ...r, kind: "assessment", editions: all })),
  ];
  return Object.freeze(infos);
}

/**
 * Every rule, in the order findings come in: envelope, cell, the tables' relations (表二, 表三, 表四), the
 * narrative, the structure, the cross-year rules, then the assessment's (coverage and roll-up).
 *
 * @example
 * ```ts
 * import { ruleCatalogue } from "zfxxgk/rules";
 * ruleCatalogue.find((r) => r.id === "T3.balance")?.equation.zh;
 * // "本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理（每一列）"
 * ```
 */
export const ruleCatalogue: readonly RuleInfo[] = /* @__PURE__ */ buildCatalogue();

/**
 * The catalogue entry of a rule id, or `undefined`.
 *
 * @example
 * ```ts
 * import { ruleInfo } from "zfxxgk/rules";
 * ruleInfo("T4.total")?.severity; // "error"
 * ```
 */
export function ruleInfo(id: string): RuleInfo | undefined {
  return ruleCatalogue.find((r) => r.id === id);
}
