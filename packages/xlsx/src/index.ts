// The description of a workbook to write is core's, so that the CLI and the add-in render one layout.
export type {
  CellInput,
  CellSpec,
  ConditionalFormatSpec,
  PrintSpec,
  SheetSpec,
  ValidationSpec,
  WorkbookSpec,
} from "@tonghop/core";
export type { InflateRaw } from "./archive/open-archive.js";
export { createPartMemory, type PartMemory, type RememberedPart } from "./archive/part-memory.js";
export { isXlsxError, XlsxError, type XlsxErrorCode } from "./error.js";
export { defaultReadLimits, type ReadLimits } from "./limits.js";
export type { WorkbookProperties } from "./read/core-properties.js";
export { type ReadOptions, readWorkbook, type SheetData, type Workbook } from "./read/read-workbook.js";
export { type ApplyEditsOptions, applyEdits, markFills } from "./write/apply-edits.js";
export { writeWorkbook } from "./write/write-workbook.js";
