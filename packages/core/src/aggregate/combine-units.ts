import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import { approximateIn, readableIn, type UnitColumns } from "./unit-columns.js";

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
 * never added. Any approximate input (`trên 14.000`) makes the total approximate. Each total adds
 * the units in their order.
 */
export function combineUnits(form: Form, units: UnitColumns): CombinedUnits {
  const totals: Record<string, ReportValue> = {};
  const missing: Record<string, readonly string[]> = {};
  const n = units.entries.length;
  for (const indicator of form.indicators) {
    if (indicator.kind === "derived" || indicator.aggregate.units === "none") continue;
    const c = units.column.get(indicator.code)!;
    const numbers = units.numbers[c]!;
    const flags = units.flags[c]!;
    const max = indicator.aggregate.units === "max";
    // A number, never undefined, so that the engine keeps it unboxed: a total that could be
    // undefined was a heap object for every unit added.
    let total = 0;
    let given = false;
    let approximate = false;
    const lacking: string[] = [];
    for (let e = 0; e < n; e++) {
      const f = flags[e]!;
      if (!readableIn(f)) {
        lacking.push(units.entries[e]!);
        continue;
      }
      const value = numbers[e]!;
      total = !given ? value : max ? Math.max(total, value) : total + value;
      given = true;
      if (approximateIn(f)) approximate = true;
    }
    if (!given) continue;
    totals[indicator.code] = { value: total, approximate, source: "consolidated" };
    if (lacking.length > 0) missing[indicator.code] = lacking;
  }
  return { totals, missing };
}
