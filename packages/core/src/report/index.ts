export type {
  FoundBy,
  Report,
  ReportLayout,
  ReportPeriod,
  ReportUnit,
  ReportValue,
  RosterEntry,
  UnmatchedRow,
} from "./report.js";
export { evaluateOperand, numberOf, type OperandValue, operandCodes, withValues } from "./values.js";
