import type { ReportValue } from "../report/report.js";

/**
 * The values with every number that is not finite (NaN, ±Infinity, from a broken formula or a
 * hand-built report) made unreadable, so that sums and ratios never see them.
 */
export function readableValues(values: Readonly<Record<string, ReportValue>>): Record<string, ReportValue> {
  const result: Record<string, ReportValue> = {};
  for (const [code, v] of Object.entries(values)) {
    result[code] = v.value === null || Number.isFinite(v.value) ? v : { ...v, value: null };
  }
  return result;
}
