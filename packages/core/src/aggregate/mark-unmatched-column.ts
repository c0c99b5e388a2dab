import type { ReportValue } from "../report/report.js";
import { readableIn, type UnitColumns } from "./unit-columns.js";

/**
 * A consolidated plan (Kế hoạch năm) or last-year (Cùng kỳ năm trước) column with each total marked
 * approximate where the units that gave it are not the units that gave the result: 8 units' plans
 * against 12 units' results would read as 196,9 % of the plan. Such a total is not the
 * consolidating unit's plan, only a part of it; approximate says so to whoever divides by it
 * (So với kế hoạch), and to the level above, which carries the mark on. Derived rows are judged
 * the same way, on each unit's own derived values (both column sets laid out with their rates).
 */
export function markUnmatchedColumn(
  totals: Readonly<Record<string, ReportValue>>,
  results: UnitColumns,
  column: UnitColumns,
): Record<string, ReportValue> {
  const entryOf = new Map(column.entries.map((unit, e) => [unit, e]));
  // Each result unit's entry in the column, -1 where the unit gave no such column.
  const entries = Int32Array.from(results.entries, (unit) => entryOf.get(unit) ?? -1);
  const marked: Record<string, ReportValue> = { ...totals };
  for (const [code, total] of Object.entries(totals)) {
    if (total.approximate) continue;
    const r = results.column.get(code);
    const c = column.column.get(code);
    let matched = true;
    for (let e = 0; e < entries.length && matched; e++) {
      const given = r !== undefined && readableIn(results.flags[r]![e]!);
      const other = entries[e]!;
      const alsoGiven = c !== undefined && other >= 0 && readableIn(column.flags[c]![other]!);
      matched = given === alsoGiven;
    }
    if (!matched) marked[code] = { ...total, approximate: true };
  }
  return marked;
}
