import type { ReportValue } from "../report/report.js";

const unreadable = (v: ReportValue): boolean => v.value !== null && !Number.isFinite(v.value);

/**
 * The values with every number that is not finite (NaN, ±Infinity, from a broken formula or a
 * hand-built report) made unreadable, so that sums and ratios never see them. A new record the
 * caller may change.
 */
export function readableValues(values: Readonly<Record<string, ReportValue>>): Record<string, ReportValue> {
  // Built key by key: a spread of a report's values went through the engine's slow path (about
  // three times the cost, twice for each report consolidation validates).
  const result: Record<string, ReportValue> = {};
  for (const code of Object.keys(values)) {
    const v = values[code]!;
    const readable = unreadable(v) ? { ...v, value: null } : v;
    // An own property, as a spread makes it: assigning `__proto__` would set the prototype.
    if (code === "__proto__") {
      Object.defineProperty(result, code, {
        value: readable,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else result[code] = readable;
  }
  return result;
}

/**
 * {@link readableValues} for a reader that changes nothing: the values themselves when every
 * number in them is finite (nearly always), else the readable copy.
 */
export function readableView(
  values: Readonly<Record<string, ReportValue>>,
): Readonly<Record<string, ReportValue>> {
  for (const code of Object.keys(values)) if (unreadable(values[code]!)) return readableValues(values);
  return values;
}
