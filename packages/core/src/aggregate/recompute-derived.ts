import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import { deriveValues } from "../total/index.js";

/**
 * Totals with the derived indicators (rates, averages) recomputed from them. Only derived
 * indicators are taken: a gồm parent's total is the sum of the units' parents, and may rightly
 * exceed its children's totals when a unit gave only the parent.
 */
export function recomputeDerived(
  form: Form,
  totals: Readonly<Record<string, ReportValue>>,
): Record<string, ReportValue> {
  const derived = deriveValues(form, totals);
  const result: Record<string, ReportValue> = { ...totals };
  for (const indicator of form.indicators) {
    if (indicator.kind !== "derived") continue;
    const value = derived[indicator.code];
    if (value === undefined) delete result[indicator.code];
    else result[indicator.code] = value;
  }
  return result;
}
