import type { ReportLayout } from "../report/report.js";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

const within = (n: unknown, max: number): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) < max;

/** Whether every own value of `record` is within `max`: Object.values(…).every, without the arrays. */
function allWithin(record: Readonly<Record<string, unknown>>, max: number): boolean {
  for (const key of Object.keys(record)) if (!within(record[key], max)) return false;
  return true;
}

/**
 * The layout with only the rows and columns that can be sheet cells (non-negative integers inside
 * Excel's grid), so a layout built by hand can never make an address like `E0` or `-1`.
 */
export function usableLayout(layout: ReportLayout | undefined): ReportLayout | undefined {
  if (layout === undefined) return undefined;
  // A layout read from a sheet is usable as it is: no copy for each of thousands of reports.
  if (allWithin(layout.columns, MAX_COLUMNS) && allWithin(layout.rows, MAX_ROWS)) return layout;
  const columns = Object.fromEntries(
    Object.entries(layout.columns).filter(([, col]) => within(col, MAX_COLUMNS)),
  );
  const rows = Object.fromEntries(Object.entries(layout.rows).filter(([, row]) => within(row, MAX_ROWS)));
  return { ...layout, columns, rows };
}
