export { type CellPosition, columnIndex, columnLetter, fromA1, gridCellAddress, toA1 } from "./address.js";
export type { CellEdit, CellMark, CellValue, Grid } from "./grid.js";
export type {
  CellInput,
  CellSpec,
  ConditionalFormatSpec,
  PrintSpec,
  SheetSpec,
  ValidationSpec,
  WorkbookSpec,
} from "./sheet-spec.js";
