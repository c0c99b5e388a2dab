export { Hierarchy, type UnitDate } from "./hierarchy.js";
export { parseHierarchyCsv } from "./parse-hierarchy-csv.js";
export type { Unit, UnitInput } from "./unit.js";
export type { RecordsOptions } from "./units-from-records.js";
