import type { ReportValue } from "../report/report.js";

/**
 * The values with every number that is not finite (NaN, ±Infinity, from a broken formula or a
 * hand-built report) made unreadable, so that sums and ratios never see them.
 */
export function readableValues(values: Readonly<Record<string, ReportValue>>): Record<string, ReportValue> {
  // A spread copies a report's values in one step (it shares their shape), then the rare
  // non-finite number is replaced: cheaper than building the record key by key, per unit.
  const result: Record<string, ReportValue> = { ...values };
  for (const code of Object.keys(result)) {
    const v = result[code]!;
    if (v.value !== null && !Number.isFinite(v.value)) result[code] = { ...v, value: null };
  }
  return result;
}
