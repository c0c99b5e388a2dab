import type { TargetMeasure } from "../form/schema.js";
import { evaluateOperand } from "../report/values.js";
import {
  decimal,
  type MeasureContext,
  type Measurement,
  missingMeasurement,
  prorate,
} from "./measurement.js";

type CountMeasure = Extract<TargetMeasure, { kind: "count" }>;

/** A number to reach in a year (HNBCV + HNCD ≥ 6, BT_KY ≥ 12), prorated for a part of the year. */
export function measureCount(measure: CountMeasure, context: MeasureContext): Measurement {
  const actual = evaluateOperand(context.values, measure.actual);
  const missing = [...actual.missing, ...(context.months === undefined ? ["period"] : [])];
  if (context.months === undefined || missing.length > 0) return missingMeasurement("count", missing);
  const annual = decimal(measure.goal);
  return {
    basis: "count",
    actual: decimal(actual.value),
    expected: prorate(annual, context.months),
    annual,
    towardsAnnual: decimal(actual.value),
    approximate: actual.approximate,
    missing: [],
  };
}
