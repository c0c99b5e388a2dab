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
  const combined = form.indicators.filter((i) => i.kind !== "derived" && i.aggregate.units !== "none");
  const codes = combined.map((i) => i.code);
  const max = combined.map((i) => i.aggregate.units === "max");
  const sums: (number | undefined)[] = codes.map(() => undefined);
  const approximate = codes.map(() => false);
  const lacking: string[][] = codes.map(() => []);
  // Unit by unit, each unit's values read together (they sit together in memory): at 10,000 units
  // this is twice as fast as indicator by indicator. Each total still adds the units in their order.
  for (const { unit, values } of units) {
    for (let i = 0; i < codes.length; i++) {
      const v = values[codes[i]!];
      if (v === undefined || v.value === null) {
        lacking[i]!.push(unit);
        continue;
      }
      const total = sums[i];
      sums[i] = total === undefined ? v.value : max[i] ? Math.max(total, v.value) : total + v.value;
      if (v.approximate) approximate[i] = true;
    }
  }
  const totals: Record<string, ReportValue> = {};
  const missing: Record<string, readonly string[]> = {};
  codes.forEach((code, i) => {
    const value = sums[i];
    if (value === undefined) return;
    totals[code] = { value, approximate: approximate[i]!, source: "consolidated" };
    if (lacking[i]!.length > 0) missing[code] = lacking[i]!;
  });
  return { totals, missing };
}
