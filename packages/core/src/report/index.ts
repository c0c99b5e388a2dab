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
