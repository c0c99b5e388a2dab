import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";

/** One unit's values, keyed by the unit's code. */
export interface UnitValues {
  readonly unit: string;
  readonly values: Readonly<Record<string, ReportValue>>;
}

export interface CombinedUnits {
  /** Entered indicators that at least one unit gave a readable number for. */
  readonly totals: Readonly<Record<string, ReportValue>>;
  /** For each indicator with a total: the units that did not give it (absent or unreadable). */
  readonly missing: Readonly<Record<string, readonly string[]>>;
}

/**
 * Entered indicators combined across units by the form's rule: `sum` (stocks and flows), `max`
 * (the same upstream conference relayed to many bridge points is one conference). A unit that
 * lacks a value is left out of the total and named in `missing`; an unreadable value (null) is
 * never added. Any approximate input (`trên 14.000`) makes the total approximate.
 */
export function combineUnits(form: Form, units: readonly UnitValues[]): CombinedUnits {
  const totals: Record<string, ReportValue> = {};
  const missing: Record<string, readonly string[]> = {};
  for (const indicator of form.indicators) {
    const how = indicator.aggregate.units;
    if (indicator.kind === "derived" || how === "none") continue;
    let total: number | undefined;
    let approximate = false;
    const lacking: string[] = [];
    for (const { unit, values } of units) {
      const v = values[indicator.code];
      if (v === undefined || v.value === null) {
        lacking.push(unit);
        continue;
      }
      total = total === undefined ? v.value : how === "max" ? Math.max(total, v.value) : total + v.value;
      approximate ||= v.approximate;
    }
    if (total === undefined) continue;
    totals[indicator.code] = { value: total, approximate, source: "consolidated" };
    if (lacking.length > 0) missing[indicator.code] = lacking;
  }
  return { totals, missing };
}
