import type { TargetMeasure } from "../form/schema.js";
import { evaluateOperand } from "../report/values.js";
import { decimal, type MeasureContext, type Measurement, missingMeasurement } from "./measurement.js";

type FrequencyMeasure = Extract<TargetMeasure, { kind: "frequency" }>;

/** So many a month (a current-affairs briefing every month): perMonth × the months of the period. */
export function measureFrequency(measure: FrequencyMeasure, context: MeasureContext): Measurement {
  const actual = evaluateOperand(context.values, measure.actual);
  const missing = [...actual.missing, ...(context.months === undefined ? ["period"] : [])];
  if (context.months === undefined || missing.length > 0) return missingMeasurement("frequency", missing);
  return {
    basis: "frequency",
    actual: decimal(actual.value),
    expected: decimal(measure.perMonth).times(context.months),
    annual: decimal(measure.perMonth).times(12),
    towardsAnnual: decimal(actual.value),
    approximate: actual.approximate,
    missing: [],
  };
}
