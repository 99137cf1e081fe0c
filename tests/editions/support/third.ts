/**
 * A hypothetical third edition, declared in tests only (nothing in src/ knows it): the 2021 edition with
 * 表三 （三）不予公开 9.涉及个人隐私 added and 表二 第二十条第（六）项 without 行政强制. It is built from the library's
 * own blocks, the way an edition module in src/format/editions/ is, and registered when this module is evaluated —
 * import it before anything that builds over all editions (the zod, io-ts and JSON Schema entries' constants).
 *
 * It imports the registry and the descriptors only, so that nothing built over the editions is evaluated first.
 */
import { applicantRow } from "../../../src/format/applicants.js";
import type { EditionDescriptor, GroupNode, TableNode } from "../../../src/format/descriptor.js";
import { edition2021, registerEdition } from "../../../src/format/editions.js";
import { record } from "../../../src/format/nodes.js";

/** The key of the hypothetical edition: a year no real edition will take soon, so that it is the newest. */
export const thirdKey = "2099";

/** The edition it is derived from. */
export const base = edition2021.edition;

const applications = edition2021.tables.applications;
const proactive = edition2021.tables.proactive;

/** 9.涉及个人隐私: a row with the applicant columns, as every reason of 不予公开 has. */
const privacy = record("privacy", "9.", "涉及个人隐私", "Personal privacy", applicantRow);

/** `nodes` with `change` applied to the group of key `key`, wherever it sits. */
function mapGroup(nodes: readonly TableNode[], key: string, change: (g: GroupNode) => GroupNode): TableNode[] {
  return nodes.map((n) =>
    n.kind !== "group"
      ? n
      : n.key === key || n.id === key
        ? change(n)
        : { ...n, children: mapGroup(n.children, key, change) },
  );
}

/** The hypothetical edition's descriptor. */
export const thirdEdition = {
  edition: thirdKey,
  notice: "国办公开办函〔2099〕99号",
  formatTitle: "中华人民共和国政府信息公开工作年度报告格式（修订）",
  years: { from: 2099, to: null },
  sections: edition2021.sections,
  order: edition2021.order,
  tables: {
    proactive: {
      ...proactive,
      children: mapGroup(proactive.children, "article20.6", (g) => ({
        ...g,
        children: g.children.filter((c) => c.key !== "coercion"),
      })),
    },
    applications: {
      ...applications,
      children: mapGroup(applications.children, "notDisclosed", (g) => ({ ...g, children: [...g.children, privacy] })),
    },
    reviewLitigation: edition2021.tables.reviewLitigation,
  },
} satisfies EditionDescriptor;

/** The outcome of registering it (evaluated once, when this module is first imported). */
export const registered = registerEdition(thirdEdition);
