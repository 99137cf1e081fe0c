/**
 * 表三's columns: who applied (申请人情况), shared by both editions.
 *
 * @module
 */
import type { ColumnHeader, FieldDescriptor, FieldSet } from "./descriptor.js";

/**
 * The seven columns of 表三, in printed order: 自然人, the five kinds of 法人或其他组织, 总计.
 *
 * @example
 * ```ts
 * import { applicantFields } from "zfxxgk/format";
 * applicantFields.map((f) => f.label); // ["自然人", "商业企业", …, "总计"]
 * ```
 */
export const applicantFields = [
  { key: "naturalPerson", label: "自然人", en: "Natural persons", kind: "count", unit: "件", aliases: ["自然 人"] },
  { key: "commercial", label: "商业企业", en: "Commercial enterprises", kind: "count", unit: "件" },
  { key: "research", label: "科研机构", en: "Research institutions", kind: "count", unit: "件" },
  { key: "publicWelfare", label: "社会公益组织", en: "Public-welfare organisations", kind: "count", unit: "件" },
  { key: "legalService", label: "法律服务机构", en: "Legal service institutions", kind: "count", unit: "件" },
  { key: "other", label: "其他", en: "Other", kind: "count", unit: "件" },
  { key: "total", label: "总计", en: "Total", kind: "count", unit: "件", total: true },
] as const satisfies readonly FieldDescriptor[];

/**
 * 表三's header above the data columns: 申请人情况 over 自然人 | 法人或其他组织 (five columns) | 总计.
 *
 * @example
 * ```ts
 * import { applicantColumns } from "zfxxgk/format";
 * applicantColumns[0].label; // "申请人情况"
 * ```
 */
export const applicantColumns = [
  {
    label: "申请人情况",
    en: "Applicants",
    children: [
      { field: "naturalPerson" },
      {
        label: "法人或其他组织",
        en: "Legal persons and other organisations",
        children: [
          { field: "commercial" },
          { field: "research" },
          { field: "publicWelfare" },
          { field: "legalService" },
          { field: "other" },
        ],
      },
      { field: "total" },
    ],
  },
] as const satisfies readonly ColumnHeader[];

/**
 * 表三's row type: the seven applicant columns, named `ApplicantRow` in the model.
 *
 * @example
 * ```ts
 * import { applicantRow } from "zfxxgk/format";
 * applicantRow.name; // "ApplicantRow"
 * ```
 */
export const applicantRow = { name: "ApplicantRow", fields: applicantFields } as const satisfies FieldSet;
