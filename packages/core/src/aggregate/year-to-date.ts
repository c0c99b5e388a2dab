import type { Form } from "../form/schema.js";
import { Period } from "../period/index.js";
import type { Report } from "../report/report.js";
import { combinePeriods } from "./combine-periods.js";
import type { OverTimeResult } from "./consolidate-over-time.js";

/** The period of the months 1..n of a year, where one exists (M01, Q1, S1, N9, the year). */
function periodOfFirstMonths(year: number, n: number): Period | undefined {
  const kinds = { 1: "month", 3: "quarter", 6: "half", 9: "nine", 12: "year" } as const;
  const kind = kinds[n as keyof typeof kinds];
  return kind === undefined ? undefined : Period.of(kind, year, 1);
}

/**
 * Lũy kế từ đầu năm: one unit's reports from January to the end of `upTo`, rolled up like
 * consolidateOverTime. January to April has no period id of its own: the report then carries
 * only the text `Lũy kế từ đầu năm đến Tháng 4/2024`.
 */
export function yearToDate(form: Form, reports: readonly Report[], upTo: Period): OverTimeResult {
  const last = Math.max(...upTo.months);
  const months = Array.from({ length: last }, (_, i) => i + 1);
  const own = periodOfFirstMonths(upTo.year, last);
  const text = own?.label ?? `Lũy kế từ đầu năm đến ${upTo.label}`;
  const combined = combinePeriods(form, reports, upTo.year, months, {
    id: own?.id ?? `${upTo.year}`,
    label: text,
  });
  const unit = combined.taken[0]?.unit ?? reports[0]?.unit ?? { foundBy: "none" as const };
  return {
    report: {
      form: form.id,
      unit,
      period: { ...(own === undefined ? {} : { id: own.id }), text, foundBy: "given" },
      values: combined.values,
    },
    issues: combined.issues,
  };
}
