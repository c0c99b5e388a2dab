export {
  type Completeness,
  type CompletenessEntry,
  type CompletenessStatus,
  completenessStatusLabels,
} from "./completeness.js";
export { type ConsolidateOptions, type ConsolidateResult, consolidate } from "./consolidate.js";
export { consolidateOverTime, type OverTimeResult } from "./consolidate-over-time.js";
export type { Matrix } from "./matrix.js";
export { yearToDate } from "./year-to-date.js";
