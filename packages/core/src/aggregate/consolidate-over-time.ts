import type { Form } from "../form/schema.js";
import type { Issue } from "../issue/issue.js";
import type { Period } from "../period/index.js";
import type { Report } from "../report/report.js";
import { combinePeriods } from "./combine-periods.js";

export interface OverTimeResult {
  readonly report: Report;
  readonly issues: readonly Issue[];
}

/**
 * One unit's reports of shorter periods rolled up into `period` (months → quarter → half-year →
 * nine months → year): flows summed, stocks the last period's, derived recomputed. The periods
 * must tile `period` exactly: gaps and overlaps are errors (TIME.GAP, TIME.OVERLAP).
 */
export function consolidateOverTime(form: Form, reports: readonly Report[], period: Period): OverTimeResult {
  const combined = combinePeriods(form, reports, period.year, period.months, period);
  const unit = combined.taken[0]?.unit ?? reports[0]?.unit ?? { foundBy: "none" as const };
  return {
    report: {
      form: form.id,
      unit,
      period: { id: period.id, text: period.label, foundBy: "given" },
      values: combined.values,
    },
    issues: combined.issues,
  };
}
