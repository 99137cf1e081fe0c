/**
 * The report model: generated interfaces (with the official labels as TSDoc) and the mapped types they
 * are proven equal to.
 *
 * @module
 */
export type {
  AddedReport,
  CellOf,
  ChildrenOf,
  DerivedReport,
  NodeOf,
  RecordOf,
  ReportFromDescriptor,
  ReportOf,
  SectionKey,
  TableOf,
} from "./derive.js";
export type * from "./report.generated.js";
