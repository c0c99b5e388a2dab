export { type CheckUnitOptions, checkUnit } from "./check-unit.js";
export {
  type ReadUnitWorkbookOptions,
  readUnitWorkbook,
  type UnitWorkbook,
  type UnitWorkbookSheet,
} from "./read-unit-workbook.js";
