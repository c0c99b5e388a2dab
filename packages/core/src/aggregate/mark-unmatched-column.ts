import type { ReportValue } from "../report/report.js";
import type { UnitValues } from "./combine-units.js";

const gives = (values: UnitValues["values"] | undefined, code: string): boolean => {
  const v = values?.[code];
  return v !== undefined && v.value !== null;
};

/**
 * A consolidated plan (Kế hoạch năm) or last-year (Cùng kỳ năm trước) column with each total marked
 * approximate where the units that gave it are not the units that gave the result: 8 units' plans
 * against 12 units' results would read as 196,9 % of the plan. Such a total is not the
 * consolidating unit's plan, only a part of it; approximate says so to whoever divides by it
 * (So với kế hoạch), and to the level above, which carries the mark on. Derived rows are judged
 * the same way, on each unit's own derived values.
 */
export function markUnmatchedColumn(
  totals: Readonly<Record<string, ReportValue>>,
  results: readonly UnitValues[],
  column: readonly UnitValues[],
): Record<string, ReportValue> {
  const columnOf = new Map(column.map((c) => [c.unit, c.values]));
  const marked: Record<string, ReportValue> = { ...totals };
  for (const [code, total] of Object.entries(totals)) {
    if (total.approximate) continue;
    const matched = results.every(
      ({ unit, values }) => gives(values, code) === gives(columnOf.get(unit), code),
    );
    if (!matched) marked[code] = { ...total, approximate: true };
  }
  return marked;
}
