export { isXlsxError, XlsxError, type XlsxErrorCode } from "./error.js";
export { defaultReadLimits, type ReadLimits } from "./limits.js";
export type { WorkbookProperties } from "./read/core-properties.js";
export { type ReadOptions, readWorkbook, type SheetData, type Workbook } from "./read/read-workbook.js";
export { type ApplyEditsOptions, applyEdits, markFills } from "./write/apply-edits.js";
export type {
  CellInput,
  CellSpec,
  ConditionalFormatSpec,
  PrintSpec,
  SheetSpec,
  ValidationSpec,
  WorkbookSpec,
} from "./write/spec.js";
export { writeWorkbook } from "./write/write-workbook.js";
