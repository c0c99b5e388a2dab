import { consolidate, type Report, ttm01 } from "@tonghop/core";
import { enteredTotals, peakRssMb, type ScenarioResult, time } from "./measure.js";
import { flatHierarchy, unitReport } from "./reports.js";
import { differences } from "./result.js";
import { ENTERED, expectedTotals, unitValues } from "./unit-values.js";

/**
 * The floor of consolidation: the same numbers read from the same reports into a flat
 * Float64Array (units × indicators) and summed per indicator (max for HN_TIEPSONG).
 */
function floorSums(reports: readonly Report[]): Record<string, number> {
  const codes = ENTERED.map((i) => i.code);
  const max = ENTERED.map((i) => i.aggregate.units === "max");
  const k = codes.length;
  const cells = new Float64Array(k * reports.length);
  reports.forEach((report, u) => {
    for (let i = 0; i < k; i++) cells[u * k + i] = report.values[codes[i]!]?.value ?? 0;
  });
  const totals = new Float64Array(k);
  for (let u = 0; u < reports.length; u++) {
    for (let i = 0; i < k; i++) {
      const value = cells[u * k + i]!;
      totals[i] = max[i] ? Math.max(totals[i]!, value) : totals[i]! + value;
    }
  }
  return Object.fromEntries(codes.map((code, i) => [code, totals[i]!]));
}

export type CoreVariant = "floor" | "hierarchy" | "noHierarchy" | "validated";

/**
 * Row 1: consolidate() of `count` generated unit reports (built as readGrid builds them) with the
 * flat hierarchy (one parent, `count` units), without it, or validating every input (consolidate's
 * default); or the floor. Each variant runs in a process of its own: the median of `runs` runs
 * after one warm-up run, the same count for the floor and for consolidate.
 */
export function runCore(variant: CoreVariant, count: number, runs: number): ScenarioResult {
  const reports = Array.from({ length: count }, (_, i) => unitReport(i, unitValues(i)));
  if (variant === "floor") {
    const { ms, cpuMs, result } = time(runs, () => floorSums(reports));
    const expected = expectedTotals(Array.from({ length: count }, (_, i) => unitValues(i)));
    return { ms, cpuMs, rssMb: peakRssMb(), totals: result, notes: differences(expected, result) };
  }
  const hierarchy = variant === "noHierarchy" ? undefined : flatHierarchy(count);
  const options = {
    ...(hierarchy === undefined ? {} : { hierarchy }),
    ...(variant === "validated" ? {} : { validateInputs: false }),
  };
  const { ms, cpuMs, result } = time(runs, () => consolidate(ttm01, reports, options));
  const submitted = result.completeness.submitted.length;
  const errors = result.issues.filter((i) => i.severity === "error");
  return {
    ms,
    cpuMs,
    rssMb: peakRssMb(),
    totals: enteredTotals(result.report.values),
    notes: [
      ...(submitted === count ? [] : [`submitted ${submitted} of ${count}`]),
      ...errors.slice(0, 5).map((i) => `${i.code} ${i.message}`),
    ],
  };
}
