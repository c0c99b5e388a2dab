export { type PeriodKind, periodKinds } from "./kinds.js";
export { Period } from "./period.js";
export type { DateConvention, DateRange } from "./range.js";
