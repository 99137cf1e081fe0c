/**
 * Blocks every edition so far shares: the prose sections and the order of the six parts. An edition module
 * takes them as they are or declares its own.
 *
 * @module
 */
import type { ProseSection } from "../descriptor.js";

/**
 * The prose sections 一、总体情况, 五、存在的主要问题及改进情况 and 六、其他需要报告的事项 (with the headings real
 * reports print for 五、).
 *
 * @example
 * ```ts
 * proseSections.map((s) => s.key); // ["overview", "problems", "other"]
 * ```
 */
export const proseSections = [
  { key: "overview", ordinal: "一、", title: "总体情况", en: "Overview" },
  {
    key: "problems",
    ordinal: "五、",
    title: "存在的主要问题及改进情况",
    en: "Main problems and improvements",
    aliases: [
      "政府信息公开工作存在的主要问题及改进情况",
      "存在问题及改进情况",
      "存在问题及下一步工作",
      "存在的主要问题及下一步工作",
      "存在的主要问题及改进措施",
    ],
  },
  { key: "other", ordinal: "六、", title: "其他需要报告的事项", en: "Other matters to report" },
] as const satisfies readonly ProseSection[];

/**
 * The order of the six parts of a report: prose keys and table keys.
 *
 * @example
 * ```ts
 * sectionOrder[1]; // "proactive"
 * ```
 */
export const sectionOrder = ["overview", "proactive", "applications", "reviewLitigation", "problems", "other"] as const;
